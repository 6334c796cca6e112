"""Cause and purpose (German): 'Kim reiste nach Russland, weil ...' -> 'Warum reiste Kim nach
Russland?', and '..., um ... zu ...' -> 'Wozu ...?'. The options are the other reasons (or
purposes) the same text gives, so a reader must know which belongs to which event."""

from __future__ import annotations

from dataclasses import dataclass

from ..languages import get_language
from ..model import Analysis, Question, Sentence, VocabItem
from .clauses import clause_end, main_clause
from .common import Candidate, has_pronoun, has_quote, question_id, quoted_sentences, rng_for
from .phrasing import phrasing

MIN_OPTIONS = 3


@dataclass(frozen=True)
class _Reason:
    sentence: int
    kind: str  # cause | purpose
    question: str
    answer: str


def _reason_clause(sentence: Sentence) -> tuple[str, int, int] | None:
    """(kind, start, end) of a 'weil/da' or 'um ... zu / damit' clause after the main clause."""
    tokens = sentence.tokens
    for i, token in enumerate(tokens[1:-1], start=1):
        if tokens[i - 1].text != ",":
            continue
        word = token.text.lower()
        kind = "cause" if word in ("weil", "da") and token.xpos == "KOUS" else \
            "purpose" if (word == "um" and token.xpos == "KOUI") or word == "damit" else None
        if kind is None:
            continue
        end = clause_end(sentence, i)
        return (kind, i, end) if end is not None else None
    return None


def _answer(sentence: Sentence, start: int, end: int) -> str | None:
    tokens = sentence.tokens[start:end]
    if has_pronoun(tokens, "de"):
        return None  # 'weil er ...': who 'er' is the option cannot say
    text = sentence.text[tokens[0].start : tokens[-1].end]
    # 'da' and 'weil' give a reason alike; one form keeps the options alike.
    return "weil" + text[2:] if text.lower().startswith("da ") else text[0].lower() + text[1:]


def _reasons(analysis: Analysis) -> list[_Reason]:
    speech = get_language("de").speech_verbs
    quoted = quoted_sentences(analysis)
    words = phrasing("de")
    found = []
    for sentence in analysis.sentences:
        if sentence.kind != "body" or sentence.index in quoted or has_quote(sentence.text):
            continue
        located = _reason_clause(sentence)
        clause = main_clause(sentence, speech) if located else None
        if located is None or clause is None:
            continue
        kind, start, end = located
        if clause.rest and sentence.tokens.index(clause.rest[-1]) >= start:
            continue  # the main clause must end before the reason
        answer = _answer(sentence, start, end)
        if answer:
            word = words.why if kind == "cause" else words.what_for
            found.append(_Reason(sentence.index, kind, f"{word} {clause.inverted(sentence)}?", answer))
    return found


def reason_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    reasons = _reasons(analysis)
    found = []
    for reason in reasons:
        others = [r.answer for r in reasons if r.kind == reason.kind and r is not reason
                  and r.answer != reason.answer]
        if len(others) + 1 < MIN_OPTIONS:
            continue  # no other reasons of the text to choose from: no question
        evidence = (reason.sentence,)
        qid = question_id("de", "reason", analysis, evidence)
        rng = rng_for(analysis, qid)
        options = [reason.answer, *rng.sample(others, min(3, len(others)))]
        rng.shuffle(options)
        found.append(Candidate(Question(qid, "reason", reason.question, tuple(options),
                                        reason.answer, evidence), 2.5))
    return found
