"""Details with numbers: the sentence with a number (and its unit) gapped, four sizes to choose."""

from __future__ import annotations

from functools import lru_cache

from ..model import Analysis, Question, Sentence, Token, VocabItem
from .common import (
    Candidate,
    clause_window,
    looks_complete,
    question_id,
    quoted_sentences,
    replace_span,
    rng_for,
    with_text,
)
from .distractors import format_number, number_distractors, parse_number
from .phrasing import GAP, phrasing


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


def _thousands_group(sentence: Sentence, i: int) -> bool:
    """'12 000' split into two tokens: neither part is the number."""
    tokens = sentence.tokens
    after = i + 1 < len(tokens) and len(tokens[i + 1].text) == 3 and tokens[i + 1].text.isdigit()
    before = i > 0 and tokens[i - 1].text.isdigit() and len(tokens[i].text) == 3
    return after or before


def _in_range(sentence: Sentence, i: int) -> bool:
    """'drei bis vier Stunden', 'zwei oder drei': another size would make the range absurd."""
    tokens = sentence.tokens
    near = [tokens[k].text.lower() for k in (i - 1, i + 1) if 0 <= k < len(tokens)]
    return bool({"bis", "oder", "-", "–"} & set(near))


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


def _question(analysis: Analysis, sentence: Sentence, i: int, value: float) -> Question | None:
    lang = analysis.language
    token, unit = sentence.tokens[i], _unit(sentence, i)
    end = unit.end if unit else token.end
    answer = sentence.text[token.start : end]
    year = _is_year(value, sentence, i)
    if unit and year:
        return None
    evidence = (sentence.index,)
    qid = question_id(lang, "number", analysis, evidence, f"{token.start}:{answer}")
    rng = rng_for(analysis, qid)
    wrong = [v for v in number_distractors(value, rng, year, _word_values(token, lang))
             if _spell(v, token, lang) not in sentence.text]
    if len(wrong) < 3:
        return None
    suffix = sentence.text[token.end : end]
    options = [_spell(v, token, lang) + suffix for v in sorted([*wrong, value])]
    gapped = replace_span(sentence.text, token.start, end, GAP)
    shown = clause_window(with_text(sentence, gapped, token.start), token.start, token.start + len(GAP))
    if answer in shown or GAP not in shown:
        return None
    prompt = phrasing(lang).gap_detail.format(text=shown)
    return Question(qid, "number", prompt, tuple(options), answer, evidence)


def number_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    found = []
    quoted = quoted_sentences(analysis)
    for sentence in analysis.sentences:
        complete = looks_complete(sentence, analysis.language)
        if sentence.kind != "body" or sentence.index in quoted or not complete:
            continue  # numbers in quotations are often figures of speech
        for i, token in enumerate(sentence.tokens):
            value = _value(token, analysis.language)
            if value is None or value < 2 or (i and sentence.tokens[i - 1].text in ("-", "/")):
                continue
            if _is_fraction(sentence, i) or _thousands_group(sentence, i) or _in_range(sentence, i):
                continue
            if i and sentence.tokens[i - 1].text.lower() in phrasing(analysis.language).comparisons:
                continue  # 'wie zwei Flüchtlinge': a comparison, not a fact to ask about
            question = _question(analysis, sentence, i, value)
            if question:
                score = 2.0 if _unit(sentence, i) else 1.0
                found.append(Candidate(question, score))
    return found
