"""Which supported language a text is in (lingua, restricted to quizgen's languages)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..errors import LanguageError
from ..languages import SUPPORTED, get_language
from .frequency import zipf

# Enough text to decide; more only costs time.
SAMPLE_CHARS = 3000
MIN_CONFIDENCE = 0.5
# lingua, asked to choose among quizgen's languages only, names one even for Portuguese or
# Finnish. Two checks catch that: a second, cheap detector that also knows languages close to
# quizgen's (low-accuracy mode loads in a fraction of a second), and the share of words that
# the chosen language's word list knows (high in real text, low in any other language).
NEIGHBOURS = ("pt", "ca", "ro", "pl", "cs", "sk", "sv", "da", "nb", "fi", "et", "af",
              "ru", "tr", "hu", "id")
MIN_KNOWN_WORDS = 0.6
# lingua's low-accuracy mode is as good as its full mode on texts this long; shorter ones
# are asked of the full (slower to load) detector.
LONG_SAMPLE = 400


@lru_cache(maxsize=1)
def _detector():
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_iso_codes_639_1(*_iso_codes(SUPPORTED)).build()


@lru_cache(maxsize=8)
def _low_accuracy_detector(codes: tuple[str, ...]):
    from lingua import LanguageDetectorBuilder

    return (LanguageDetectorBuilder.from_iso_codes_639_1(*_iso_codes(codes))
            .with_low_accuracy_mode().build())


def _iso_codes(codes: tuple[str, ...]) -> list:
    from lingua import IsoCode639_1

    return [getattr(IsoCode639_1, code.upper()) for code in codes]


def _closest(sample: str, codes: tuple[str, ...]):
    """lingua's low-accuracy guess among `codes`: a lingua Language, or None."""
    return _low_accuracy_detector(codes).detect_language_of(sample)


def _code(language) -> str:
    return language.iso_code_639_1.name.lower()


def detect_language(text: str, source: str = "input") -> str:
    """The ISO code of `text`'s language, or LanguageError naming what was found."""
    sample = text[:SAMPLE_CHARS]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < 20:
        raise LanguageError(f"{source}: too little text to detect its language; use --lang")
    closest = None
    if len(sample) >= LONG_SAMPLE:
        guess = _closest(sample, SUPPORTED)
        if guess is not None and known_word_share(sample, _code(guess)) >= MIN_KNOWN_WORDS:
            # then among its relatives (profile.relatives): lingua loads each language's
            # model on first use (7 ms each), so this costs half of asking all at once
            closest = _closest(sample, get_language(_code(guess)).relatives)
    if closest is None:  # a short text, or one in none of quizgen's languages
        closest = _closest(sample, (*SUPPORTED, *NEIGHBOURS))
    if closest is not None and _code(closest) not in SUPPORTED:
        raise LanguageError(
            f"{source}: this text looks like {closest.name.title()}, which quizgen does not "
            f"support ({', '.join(SUPPORTED)}); if it is one of them, name it with --lang"
        )
    if closest is not None and len(sample) >= LONG_SAMPLE:
        lang = _code(closest)  # low-accuracy mode is reliable here
    else:
        values = _detector().compute_language_confidence_values(sample)
        if not values or values[0].value < MIN_CONFIDENCE:
            raise LanguageError(
                f"{source}: cannot tell which language this is; quizgen supports "
                f"{', '.join(SUPPORTED)} (use --lang to say)"
            )
        lang = _code(values[0].language)
    if known_word_share(sample, lang) < MIN_KNOWN_WORDS:
        raise LanguageError(
            f"{source}: this text is in none of the languages quizgen supports "
            f"({', '.join(SUPPORTED)}); if it is one of them, name it with --lang"
        )
    return lang


@lru_cache(maxsize=16)  # detection asks it of the same sample twice
def known_word_share(text: str, lang: str) -> float:
    """The share of `text`'s words that wordfreq knows in `lang`."""
    words = re.findall(r"[^\W\d_]+", text)
    if not words:
        return 0.0
    return sum(zipf(w, lang) > 0 for w in words) / len(words)
