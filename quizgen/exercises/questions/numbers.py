"""Numbers in sentences: their value, unit and spelling, for the false statements that change
one (see truefalse.py)."""

from __future__ import annotations

from functools import lru_cache

from ...model import Sentence, Token
from .distractors import format_number, parse_number
from .phrasing import phrasing


@lru_cache(maxsize=8)
def number_words(lang: str) -> dict[str, int]:
    """Numbers learners meet written as words: two to twelve and the round tens (asked
    once per token of the text, so made once per language)."""
    words = phrasing(lang)
    return {**words.number_words, **words.tens_words}


def _value(token: Token, lang: str) -> float | None:
    words = number_words(lang)
    if token.text.lower() in words:
        return float(words[token.text.lower()])
    if token.upos != "NUM" and token.xpos not in ("CARD", "CD", "CRD"):
        return None
    return parse_number(token.text, lang)


def _is_year(value: float, sentence: Sentence, i: int) -> bool:
    return value == int(value) and 1500 <= value <= 2100 and "." not in sentence.tokens[i].text


def _unit(sentence: Sentence, i: int) -> Token | None:
    """The noun right after the number ('40 Sekunden'), or None."""
    if i + 1 >= len(sentence.tokens):
        return None
    nxt = sentence.tokens[i + 1]
    return nxt if nxt.upos == "NOUN" or nxt.text in ("%", "Prozent") else None


def _is_fraction(sentence: Sentence, i: int) -> bool:
    """'zwei Drittel', 'neun Zehntel': a size that other numbers would make absurd."""
    unit = _unit(sentence, i)
    return unit is not None and unit.text.lower().endswith(("tel", "stel", "hälfte"))


def _word_values(token: Token, lang: str) -> set[float] | None:
    """For an answer written as a word, the values that have a word too (no '13' beside 'zwölf')."""
    words = number_words(lang)
    return {float(n) for n in words.values()} if token.text.lower() in words else None


def _spell(value: float, like: Token, lang: str) -> str:
    """A wrong value written as the answer is: a word for a word, digits for digits."""
    words = number_words(lang)
    if like.text.lower() in words:
        word = next((w for w, n in words.items() if n == value), None)
        if word is None:
            return format_number(value, "0", lang)
        return word.capitalize() if like.text[0].isupper() else word
    return format_number(value, like.text, lang)
