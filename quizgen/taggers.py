"""quizgen's own POS taggers and lemmatizers for spaCy's blank pipelines."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from .cache import register
from .frequency import zipf
from .languages import get_language
from .tagsets import hanta_tag_to_xpos, xpos_to_upos
from .wordcache import WordAnalyses

PUNCT = re.compile(r"^[\W_]+$")


@lru_cache(maxsize=4)
def hanta_model(filename: str):
    """HanTa's model, loaded once, with its per-word analyses cached (see wordcache)."""
    from HanTa import HanoverTagger

    tagger = HanoverTagger.HanoverTagger(filename)
    cache = WORD_CACHES[filename] = WordAnalyses(tagger, filename)
    # Saved at exit too: compound splits are asked for after the analysis.
    register(f"hanta-tags-{filename}", cache.saved_tags)
    register(f"hanta-analyses-{filename}", cache.saved_analyses)
    return tagger


WORD_CACHES: dict[str, WordAnalyses] = {}


class HantaTagger:
    """Tags and lemmatizes each sentence with HanTa (a trigram HMM over morphology)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.model_file = get_language(lang).hanta_model

    def __call__(self, doc: Doc) -> Doc:
        tagger = hanta_model(self.model_file)
        for sent in doc.sents:
            words = [t.text for t in sent]
            for token, (_, lemma, tag) in zip(sent, tagger.tag_sent(words, taglevel=1), strict=True):
                xpos = hanta_tag_to_xpos(tag, self.lang)
                token.tag_ = xpos
                token.pos_ = xpos_to_upos(xpos, self.lang)
                token.lemma_ = lemma
                token._.is_name = token.pos_ == "PROPN"
        return doc


# Suffixes of lemmas, per language: a cheap part-of-speech guess where no tagger exists.
VERB_ENDINGS = {"fr": ("er", "ir", "re", "oir"), "es": ("ar", "er", "ir"),
                "it": ("are", "ere", "ire", "rre")}
# Participles and other verb forms whose lookup lemma (the infinitive) is right even though
# the form itself is more frequent: "approvato" -> "approvare".
VERB_FORM_ENDINGS = {
    "fr": ("é", "ée", "és", "ées", "ait", "aient", "ant", "era", "ront", "ons", "ez"),
    "es": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ó", "aron", "ieron", "ando",
           "iendo", "rá", "rán"),
    "it": ("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute", "ò",
           "ando", "endo", "rà", "ranno"),
}
ADV_ENDINGS = {"fr": ("ment",), "es": ("mente",), "it": ("mente",)}
ADJ_ENDINGS = {
    "fr": ("eux", "euse", "if", "ive", "ique", "able", "ible", "aire"),
    "es": ("oso", "osa", "ico", "ica", "able", "ible", "ivo", "iva", "ante", "ente"),
    "it": ("oso", "osa", "ico", "ica", "abile", "ibile", "ivo", "iva", "ante", "ente"),
}
# A form this much more frequent than its lookup lemma is a word of its own ("progetto" is
# "project" far more often than "I plan", so its lemma is not "progettare").
OWN_WORD_MARGIN = 0.3


class RuleTagger:
    """Universal POS from spelling, stop words and lemma endings, for languages without HanTa."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def better_lemma(self, form: str, lemma: str) -> str:
        """Spacy's lookup tables give one lemma per form, often a verb's; keep a frequent form
        that is not a verb form as its own lemma."""
        if lemma == form or not lemma.endswith(VERB_ENDINGS.get(self.lang, ())):
            return lemma
        if form.endswith(VERB_FORM_ENDINGS.get(self.lang, ())):
            return lemma
        return form if zipf(form, self.lang) >= zipf(lemma, self.lang) + OWN_WORD_MARGIN else lemma

    def guess(self, token: Token, sentence_initial: bool) -> str:
        text = token.text
        if PUNCT.match(text):
            return "PUNCT"
        if token.like_num:
            return "NUM"
        if token.is_stop:
            return "X"
        if text[:1].isupper() and not sentence_initial:
            return "PROPN"
        lemma, form = (token.lemma_ or text).lower(), text.lower()
        if lemma.endswith(ADV_ENDINGS.get(self.lang, ())) and len(lemma) > 6:
            return "ADV"
        plural = form in (lemma + "s", lemma + "x")
        if lemma != form and not plural and lemma.endswith(VERB_ENDINGS.get(self.lang, ())):
            return "VERB"
        if lemma.endswith(ADJ_ENDINGS.get(self.lang, ())):
            return "ADJ"
        return "NOUN"

    def __call__(self, doc: Doc) -> Doc:
        for sent in doc.sents:
            for token in sent:
                if token.lemma_ and token.text[:1].islower():
                    token.lemma_ = self.better_lemma(token.text.lower(), token.lemma_.lower())
                upos = self.guess(token, token.i == sent.start)
                token.pos_ = upos
                token.tag_ = "_"
                token._.is_name = upos == "PROPN"
                if not token.lemma_:
                    token.lemma_ = token.text
        return doc
