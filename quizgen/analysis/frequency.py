"""Word frequencies (wordfreq's Zipf scale), looked up once per word and language.

Every stage asks wordfreq: word choice, lemma repairs, name rules, question options. The
lookups repeat the same words many times over a book, and the same everyday words in every
text, so the values are kept in the cache folder (keyed by wordfreq's version): a run whose
words are all known there never loads wordfreq's word lists at all.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata

from ..runtime.cache import SavedDict, register

MAX_SAVED_ENTRIES = 1_000_000  # about 30 MB on disk
FORMAT = 1


@lru_cache(maxsize=1)
def saved_frequencies() -> dict[tuple[str, str], float]:
    """The values kept from earlier runs (loaded once; forked workers inherit them)."""
    saved = SavedDict(f"zipf-{metadata.version('wordfreq')}-{FORMAT}.pickle", MAX_SAVED_ENTRIES)
    register("zipf", saved)
    return saved.values


def saved_zipf(word: str, lang: str) -> float | None:
    """The value if an earlier lookup (this run or one before) saved it, else None."""
    return saved_frequencies().get((word, lang))


def zipf(word: str, lang: str) -> float:
    values = saved_frequencies()
    key = (word, lang)
    found = values.get(key)
    if found is None:
        from wordfreq import zipf_frequency

        found = values[key] = zipf_frequency(word, lang)
    return found


def english_lead(word: str, lang: str) -> float:
    """How much more frequent `word` is in English than in `lang` ('Royal', 'Silicon')."""
    return zipf(word, "en") - zipf(word, lang)


@lru_cache(maxsize=64)
def has_frequencies(lang: str) -> bool:
    """Whether wordfreq has a word list for `lang` (a gloss language may be anything)."""
    from wordfreq import available_languages

    return lang in available_languages()
