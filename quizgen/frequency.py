"""Word frequencies (wordfreq's Zipf scale), looked up once per word and language.

Every stage asks wordfreq: word choice, lemma repairs, name rules, question options. The
lookups repeat the same words many times over a book, so they share one cache here.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


def english_lead(word: str, lang: str) -> float:
    """How much more frequent `word` is in English than in `lang` ('Royal', 'Silicon')."""
    return zipf(word, "en") - zipf(word, lang)
