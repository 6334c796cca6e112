"""Questions as the worksheet lays them out, by the Question contract (model.Question).

Any question with options is multiple choice unless its type says otherwise; "true_false"
has a bool answer, "true_false_not_given" three labelled options, "matching" items to pair
with lettered options, "order" events to number. A type quizgen does not know yet is drawn
as a question with lines to write on, so a new generator never breaks the sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import ANSWER_KINDS, Question, question_kind

LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class OptionView:
    letter: str
    text: str
    correct: bool = False  # multiple choice / true-false-not-given: the right answer
    position: int | None = None  # order: where this event belongs, 1-based


@dataclass(frozen=True)
class ItemView:
    """One thing to match; `answer` is the letter of its option."""

    number: int
    text: str
    answer: str


@dataclass(frozen=True)
class QuestionView:
    """A question as the templates draw it; `key` is its answer as the answer key prints it."""

    number: int
    id: str
    type: str
    kind: str
    prompt: str
    options: tuple[OptionView, ...]
    items: tuple[ItemView, ...]
    key: str
    answer: Any  # the raw answer
    points: int
    explanation: str = ""
    lines: str = ""  # the text lines that answer it, e.g. "12–14"


@dataclass(frozen=True)
class QuestionSection:
    number: int  # the worksheet's section number (the gap-fill is 1)
    kind: str
    instructions: str
    questions: tuple[QuestionView, ...]

    @property
    def points(self) -> int:
        return sum(q.points for q in self.questions)


POINTS = {"choice": 1, "true_false": 1, "true_false_not_given": 1, "order": 2, "open": 2,
          "other": 1}


def _points(question: Question, kind: str) -> int:
    return max(1, len(question.items)) if kind == "matching" else POINTS[kind]


def _options(question: Question, kind: str) -> tuple[OptionView, ...]:
    order = list(question.answer) if kind == "order" else []
    return tuple(
        OptionView(LETTERS[i], text,
                   correct=kind in ("choice", "true_false_not_given") and text == question.answer,
                   position=order.index(i) + 1 if i in order else None)
        for i, text in enumerate(question.options))


def _items(question: Question, kind: str) -> tuple[ItemView, ...]:
    if kind != "matching":
        return ()
    answers = list(question.answer)
    return tuple(ItemView(n, text, LETTERS[answers[n - 1]] if n - 1 < len(answers) else "")
                 for n, text in enumerate(question.items, start=1))


def _key(question: Question, kind: str, options: tuple[OptionView, ...],
         items: tuple[ItemView, ...], ui: Any) -> str:
    if kind == "true_false":
        return ui["true"] if question.answer else ui["false"]
    if kind == "order":  # students write a number beside each letter
        return ", ".join(f"{o.letter} {o.position}" for o in options)
    if kind == "matching":
        return ", ".join(f"{i.number} {i.answer}" for i in items)
    right = [o for o in options if o.correct]
    if right and kind == "true_false_not_given":
        return right[0].text
    return f"{right[0].letter}) {right[0].text}" if right else str(question.answer)


def question_sections(questions: tuple[Question, ...], ui: Any, instructions: Any,
                      first_number: int = 2, lines: Any = None) -> tuple[QuestionSection, ...]:
    """Questions grouped by how they are answered, numbered 1..n across the groups;
    `lines(evidence)` gives the text lines a question's evidence stands on."""
    sections = []
    number = 0
    for kind in ANSWER_KINDS:  # sections in this order
        views = []
        for question in (q for q in questions if question_kind(q) == kind):
            number += 1
            options, items = _options(question, kind), _items(question, kind)
            views.append(QuestionView(
                number, question.id, question.type, kind, question.prompt, options, items,
                _key(question, kind, options, items, ui), question.answer,
                _points(question, kind), question.explanation or "",
                lines(question.evidence, kind == "matching") if lines else ""))
        if views:
            sections.append(QuestionSection(first_number + len(sections), kind,
                                            instructions[kind], tuple(views)))
    return tuple(sections)
