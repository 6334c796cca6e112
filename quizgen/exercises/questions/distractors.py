"""Wrong options that are the same kind of thing as the answer: numbers of a plausible size,
nouns of the same gender and frequency band."""

from __future__ import annotations

import random
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import islice

from ...analysis.frequency import english_lead

NUMBER = re.compile(r"^\d{1,3}(?:([.,  ])\d{3})*(?:[.,]\d+)?$|^\d+(?:[.,]\d+)?$")


def parse_number(text: str, lang: str) -> float | None:
    """'1.500' -> 1500, '3,5' -> 3.5 (English: '1,500', '3.5'); None for anything else."""
    if not NUMBER.match(text):
        return None
    thousands, decimal = (",", ".") if lang == "en" else (".", ",")
    if re.search(rf"\{decimal}\d{{3}}$", text) and text.count(decimal) == 1 and decimal == ",":
        pass  # '3,500' in German is 3.5 with three decimals: keep the decimal reading
    cleaned = text.replace(" ", "").replace(" ", "").replace(thousands, "").replace(decimal, ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


def format_number(value: float, like: str, lang: str) -> str:
    """`value` written the way `like` is written (thousands separator, decimals)."""
    thousands, decimal = (",", ".") if lang == "en" else (".", ",")
    decimals = len(like.split(decimal)[1]) if decimal in like else 0
    text = f"{value:,.{decimals}f}"
    sep = thousands if thousands in like else ("\u202f" if "\u202f" in like else "")
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", sep)


def _granularity(value: float) -> float:
    if value != int(value):
        return 10 ** -len(str(value).split(".")[1])
    step = 1
    while value % (step * 10) == 0 and step < value:
        step *= 10
    return step


def number_distractors(value: float, rng: random.Random, is_year: bool = False,
                       allowed: set[float] | None = None) -> list[float]:
    """Three wrong values near `value` in size: 40 -> e.g. 20, 60, 80; 2022 -> 2020, 2021, 2023."""
    if is_year:
        pool = [value + d for d in (-3, -2, -1, 1, 2, 3)]
    elif value <= 12 and value == int(value):
        pool = [v for v in (value - 3, value - 2, value - 1, value + 1, value + 2, value + 3, value * 2)
                if v >= 2]
    else:
        step = _granularity(value)
        pool = [round(value * f / step) * step for f in (0.5, 2 / 3, 1.5, 2, 3)]
        pool += [value + step * d for d in (-2, -1, 1, 2)] if value / step < 10 else []
        pool = [v for v in pool if v > 1]
    if allowed is not None and len([v for v in pool if v in allowed and v != value]) >= 3:
        pool = [v for v in pool if v in allowed]
    unique = sorted({v for v in pool if v != value})
    return sorted(rng.sample(unique, min(3, len(unique))))


@lru_cache(maxsize=4)
def noun_band(lang: str) -> dict[str, tuple[str, float]]:
    """Common German nouns with a known gender: word -> (gender, Zipf frequency).
    Filtering 40,000 words takes a second, so the result is kept in the cache folder."""
    from importlib import metadata

    from ...runtime.cache import load_or_build

    versions = "-".join(metadata.version(p) for p in ("wordfreq", "german-nouns"))
    return load_or_build(f"noun-band-{lang}", versions, lambda: _noun_band(lang))


def _noun_band(lang: str) -> dict[str, tuple[str, float]]:
    from wordfreq import top_n_list, zipf_frequency

    from ...languages import language_part
    from .namelists import name_lists

    rules = language_part(lang, "lexicon")
    if rules is None:
        return {}
    lex, adjectival = rules.noun_lexicon(), name_lists(lang).adjectival
    out: dict[str, tuple[str, float]] = {}
    for lower in top_n_list(lang, 40000):
        word = lower[:1].upper() + lower[1:]  # wordfreq lowercases; German nouns are capitalised
        gender = lex.gender.get(word)
        usable = (len(word) >= 4 and word.isalpha() and word not in lex.names
                  and word not in adjectival and word not in OFFENSIVE
                  and not word.endswith("ismus")  # ideologies make loaded wrong options
                  and not rules.derived_from_place(word) and not _inhabitant(word, lex.places)
                  and not _loanword(lower, lang))
        if gender and usable:
            out[word] = (gender, zipf_frequency(lower, lang))
    return out


# Rounding could put a noun at the very edge of a frequency window on either side.
WINDOW_SLACK = 1e-9


@lru_cache(maxsize=8)
def _band_by_frequency(lang: str, gender: str) -> tuple[list[float], list[str]]:
    """The band's nouns of one gender in order of Zipf value, and those values: a window of
    frequencies is then found by bisection, not by a pass over all the band's nouns."""
    pairs = sorted((z, w) for w, (g, z) in noun_band(lang).items() if g == gender)
    return [z for z, _ in pairs], [w for _, w in pairs]


def noun_distractors(gender: str, zipf: float, avoid: set[str], rng: random.Random,
                     lang: str = "de", answer: str | None = None) -> list[str]:
    """Three nouns of `gender` about as frequent as the answer, none from `avoid`. For an
    abstract answer ('Verhandlung') they are concrete and for a concrete one abstract, where
    enough exist, so that a wrong option rarely fits the gap too ('Genehmigung')."""
    values, nouns = _band_by_frequency(lang, gender)
    tails = {a[-5:] for a in avoid}  # 'Satellitenstartanlage' rules out 'Startanlage'
    unlike = None if answer is None else not _abstract(answer, gender)
    for want in (unlike, None):
        for width in (0.25, 0.5, 0.8):
            # The nouns a little either side of the window, then the exact test.
            low = bisect_left(values, zipf - width - WINDOW_SLACK)
            high = bisect_right(values, zipf + width + WINDOW_SLACK)
            pool = sorted(w for z, w in zip(values[low:high], nouns[low:high], strict=True)
                          if abs(z - zipf) <= width
                          and w not in avoid and not _weak_masculine(w, gender)
                          and w[-5:] not in tails
                          and (want is None or _abstract(w, gender) == want))
            if len(pool) >= 12:
                plain = [w for w in islice((w for w in rng.sample(pool, len(pool))
                                            if _plain_noun(w, lang)), 3)]
                if len(plain) == 3:
                    return plain
    return []


# Endings of abstract nouns: feminine ones ('Verhandlung', 'Toleranz'; not 'der Sprung',
# 'der Tanz') and the few of other genders ('das Ergebnis', 'der Irrtum').
ABSTRACT_ENDINGS = {"f": ("ung", "heit", "keit", "schaft", "ion", "tät", "nis", "enz", "anz"),
                    "n": ("nis", "tum"), "m": ("tum",)}


def _abstract(word: str, gender: str) -> bool:
    """'Verhandlung', 'Freiheit', 'Ergebnis': nouns for actions, states and ideas."""
    return word.endswith(ABSTRACT_ENDINGS.get(gender, ())) and not word.endswith("tennis")


@lru_cache(maxsize=4096)
def _plain_noun(word: str, lang: str) -> bool:
    """Is `word` a noun in its own dictionary form? 'Warf' (werfen), 'Kreisen' (Kreis),
    'Lecker' (Leck) or adjectival nouns like 'Feuchte' are odd as options. Asked of the few
    sampled words only: tagging the whole band would cost seconds."""
    from ...analysis.hanta import hanta_model
    from ...languages import get_language

    model = get_language(lang).hanta_model
    if not model:
        return True
    (_, lemma, tag), = hanta_model(model).tag_sent([word], taglevel=1)
    return tag == "NN" and lemma == word


def _inhabitant(word: str, places: set[str]) -> bool:
    """'Syrer', 'Genfer', 'Italienerin': people named after a place read like names."""
    stem = word.removesuffix("in").removesuffix("er")
    return stem != word and any(stem + end in places for end in ("", "e", "en", "ien"))


def _loanword(lower: str, lang: str) -> bool:
    """'Final', 'Cross', 'Yoga': words more at home in English look out of place."""
    return lang != "en" and english_lead(lower, lang) >= 0


# Words a teacher does not want on a worksheet, whatever their frequency.
OFFENSIVE = frozenset(str.split(
    "Milf Fick Ficker Arsch Arschloch Nutte Hure Schlampe Fotze Wichser Scheiße Scheiß Porno Pornos "
    "Nazi Neger Schwuchtel Penis Vagina Sex Kondom Titten Möse Schwanz Bastard Idiot Spast Mongo "
    "Fresse Kotze Kacke Trottel Depp Kanake Zigeuner Dildo Orgasmus Bordell Prostituierte "
    "Vergewaltigung Hitler Holocaust"
))


def _weak_masculine(word: str, gender: str) -> bool:
    """Nouns that change form in the object cases ('den Präsidenten'): they would not fit."""
    return gender == "m" and word.endswith(("e", "ent", "ant", "ist", "oge", "at", "graf", "ot"))
