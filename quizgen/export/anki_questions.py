"""Question notes over a course: identity from what a question asks, not from the text it
rests on; choices in the order the learner saw them before."""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import replace
from typing import Any

from ..model import Question, Quiz
from .anki_notes import NoteData, note_guid, question_note

CHOICE = re.compile(r"<li>(.*?)</li>", re.S)
# Names and numbers in a statement: what a true/false or open question is about.
ABOUT = re.compile(r"\d[\d.,]*|(?<=\s)[^\W\d_][\w-]*", re.U)


def question_about(question: Question) -> str:
    """What a question asks, not how: its kind and the entity, number or events it is
    about. A corrected sentence or a reworded prompt keeps the note."""
    if question.type == "order":
        about = sorted(question.options)
    elif question.type == "matching":
        about = sorted(question.items)
    elif question.type in ("true_false", "open"):
        words = ABOUT.findall(" " + question.prompt)
        about = sorted({w for w in words if w[:1].isupper() or w[:1].isdigit()})
        about.append(str(question.answer) if question.type == "true_false" else "")
    else:
        about = [str(question.answer)]
    return "\x1f".join([question.type, *about])


def question_guid(lang: str, slug: str, question: Question, nth: int = 1) -> str:
    """`nth`: the place of this question among the article's questions about the same thing."""
    return note_guid(lang, slug, question_about(question), str(nth), "question")


def kept_order(question: Question, shown_before: tuple[str, ...]) -> Question:
    """`question` with the choices the previous package showed, in that order: all of them
    while the right answer is still one of them (the question is the same, see
    question_about; an unrelated edit of the article draws new distractors and a new
    shuffle, which would make a known card new again); else the same choices reordered."""
    before = [html.unescape(choice) for choice in shown_before]
    answer: Any = question.answer
    if len(set(before)) != len(before) or list(question.options) == before:
        return question
    if isinstance(answer, str) and answer in before and answer in question.options:
        return replace(question, options=tuple(before))
    if sorted(question.options) != sorted(before) or len(set(before)) != len(question.options):
        return question
    order = [question.options.index(choice) for choice in before]  # new position -> old index
    if isinstance(answer, list | tuple):  # order and matching: option indexes
        answer = [order.index(i) for i in answer]
    elif isinstance(answer, int) and not isinstance(answer, bool) and 0 <= answer < len(order):
        answer = order.index(answer)
    return replace(question, options=tuple(before), answer=answer)


def question_notes(quiz: Quiz, slug: str, previous: dict[str, tuple[str, ...]]) -> list[NoteData]:
    """A note per question; two questions about the same thing are told apart by their
    place among those questions. `previous`: GUID -> the choices shown last time."""
    seen: Counter[str] = Counter()
    notes = []
    for question in quiz.questions:
        seen[question_about(question)] += 1
        guid = question_guid(quiz.language, slug, question, seen[question_about(question)])
        notes.append(question_note(quiz, slug, question, guid, previous.get(guid)))
    return notes


def shown_choices(choices_html: str) -> tuple[str, ...]:
    """The choices of a question note's Choices field, as written."""
    return tuple(CHOICE.findall(choices_html))
