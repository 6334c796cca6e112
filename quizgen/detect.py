"""Which supported language a text is in (lingua, restricted to quizgen's languages)."""

from __future__ import annotations

import re
from functools import lru_cache

from .errors import LanguageError
from .languages import SUPPORTED

# Enough text to decide; more only costs time.
SAMPLE_CHARS = 3000
MIN_CONFIDENCE = 0.5
# lingua, asked to choose among quizgen's languages only, names one even for Finnish or
# Polish; real text has most of its words in that language's word list, such text does not.
MIN_KNOWN_WORDS = 0.6


@lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in SUPPORTED]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect_language(text: str, source: str = "input") -> str:
    """The ISO code of `text`'s language, or LanguageError naming what was found."""
    sample = text[:SAMPLE_CHARS]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < 20:
        raise LanguageError(f"{source}: too little text to detect its language; use --lang")
    detector = _detector()
    values = detector.compute_language_confidence_values(sample)
    if not values or values[0].value < MIN_CONFIDENCE:
        raise LanguageError(
            f"{source}: cannot tell which language this is; quizgen supports "
            f"{', '.join(SUPPORTED)} (use --lang to say)"
        )
    lang = values[0].language.iso_code_639_1.name.lower()
    if known_word_share(sample, lang) < MIN_KNOWN_WORDS:
        raise LanguageError(
            f"{source}: this text is in none of the languages quizgen supports "
            f"({', '.join(SUPPORTED)}); use --lang to insist"
        )
    return lang


def known_word_share(text: str, lang: str) -> float:
    """The share of `text`'s words that wordfreq knows in `lang`."""
    from wordfreq import zipf_frequency

    words = re.findall(r"[^\W\d_]+", text)
    if not words:
        return 0.0
    return sum(zipf_frequency(w, lang) > 0 for w in words) / len(words)
