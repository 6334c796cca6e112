"""Per-language data and rules, one module per language, looked up by ISO code."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cache

from ..errors import LanguageError

SUPPORTED = ("de", "en", "fr", "es", "it", "nl")


@dataclass(frozen=True)
class LanguageProfile:
    """What quizgen needs to know about one language. Data only; rules live in the stages."""

    code: str
    name: str
    # HanTa model file when HanTa covers the language, else lookup lemmas and rules.
    hanta_model: str | None = None
    # Abbreviations that end with a period and never end a sentence by themselves.
    abbreviations: frozenset[str] = frozenset()
    # Abbreviations that always stand before a name or a number (Dr. Müller, Nr. 5).
    title_abbreviations: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    # Words that start sentences: after "2001." they mark a real sentence end.
    sentence_starters: frozenset[str] = frozenset()
    # Definite article per gender, for showing nouns ("die Anlage").
    articles: dict[str, str] = field(default_factory=dict)
    plural_article: str | None = None
    # Lemmas never worth a card even when rare (spelling variants, interjections ...).
    stop_lemmas: frozenset[str] = frozenset()
    # Verbs that introduce reported speech, by lemma ("sagen", "say").
    speech_verbs: frozenset[str] = frozenset()
    # UD German splits "SPD-Politiker" into three tokens; so does quizgen's tokenizer.
    split_hyphens: bool = False
    # "Die Lage ist klar: Die Regierung muss handeln." is two sentences in UD German.
    colon_ends_sentence: bool = False


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@cache
def get_language(code: str) -> LanguageProfile:
    if code not in SUPPORTED:
        raise LanguageError(
            f"unsupported language {code!r}; quizgen supports {', '.join(SUPPORTED)}"
        )
    module = importlib.import_module(f".{code}", __name__)
    return module.PROFILE


words = _words
