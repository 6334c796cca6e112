"""Moodle GIFT: the comprehension questions and the gap-fill, ready for Moodle's question bank.

The file starts with `$CATEGORY: quizgen/<article title>`, so several articles in one question
bank stay apart, and each question's name says what it is. Each of the worksheet's gaps becomes
a short-answer ("missing word") question on its sentence, with the hint the Anki cards use
(the lemma, or its first letter where the lemma would give the answer away); multiple choice
stays multiple choice, true/false becomes {TRUE}/{FALSE}, an order question becomes matching
(event -> position), paragraph topics matching (paragraph -> heading) and an open question an
essay whose model answer is the general feedback. All text is [plain], so Moodle shows article
text as text, never HTML.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..exercises.cloze import hint_for
from ..exercises.gapfill import blank_spans
from ..model import Analysis, Question, Quiz, WorksheetGap, question_kind
from ..runtime.atomic import write_atomic
from ..spans import render_spans
from .worksheet import worksheet_of

# What each kind of question is called in its name in the question bank.
KIND_NAMES = {"choice": "multiple choice", "true_false": "true/false", "order": "order",
              "open": "open question", "true_false_not_given": "true/false/not given",
              "matching": "matching", "other": "question"}

# GIFT's control characters; a backslash makes each literal (Moodle's qformat_gift).
SPECIAL = "\\~=#{}:"


def escape(text: str) -> str:
    """Text as GIFT reads it literally: specials escaped, line breaks as spaces."""
    text = re.sub(r"\s+", " ", text)
    return "".join(f"\\{c}" if c in SPECIAL else c for c in text)


def escape_answer(text: str) -> str:
    """An answer may not hold '->': Moodle would read the question as matching."""
    return escape(text).replace("->", "→")


def _head(title: str, text: str) -> str:
    return f"::{escape(title.strip())}::[plain]{escape(text.strip())}"


def _choice(question: Question) -> list[str]:
    lines = [" {"]
    for option in question.options:
        mark = "=" if option == question.answer else "~"
        lines.append(f"\t{mark}{escape_answer(option)}")
    return [*lines, "}"]


def _order(question: Question) -> list[str]:
    lines = [" {"]
    positions = {index: place for place, index in enumerate(question.answer, start=1)}
    for index, option in enumerate(question.options):
        lines.append(f"\t={escape_answer(option)} -> {positions[index]}")
    return [*lines, "}"]


def _matching(question: Question) -> list[str]:
    """Each item with its option; options no item takes are left out (GIFT matching pairs)."""
    lines = [" {"]
    for item, index in zip(question.items, question.answer, strict=True):
        lines.append(f"\t={escape_answer(item)} -> {escape_answer(question.options[index])}")
    return [*lines, "}"]


def question_to_gift(question: Question, number: int) -> str:
    kind = question_kind(question)
    head = _head(f"Q{number:02d} {KIND_NAMES[kind]} ({question.type})", question.prompt)
    if question.type == "matching":
        body = _matching(question)
        return head + body[0] + "\n" + "\n".join(body[1:])
    if kind == "true_false":
        return head + (" {TRUE}" if question.answer else " {FALSE}")
    if kind == "open":
        return head + " {####" + escape(str(question.answer)) + "}"
    body = _order(question) if kind == "order" else _choice(question)
    return head + body[0] + "\n" + "\n".join(body[1:])


def _accepted(answer: str) -> list[str]:
    """A split word ("teilte … mit") is also accepted typed with a space or three dots."""
    variants = [answer]
    if " … " in answer:
        variants += [answer.replace(" … ", " "), answer.replace(" … ", " ... ")]
    return variants


def gap_to_gift(analysis: Analysis, gap: WorksheetGap, hint: str = "lemma") -> str:
    """The gap's sentence with the answer braces at its first blank, '_____' at any other
    (a separable verb whose parts stand side by side is one blank)."""
    sentence = analysis.sentences[gap.sentence]
    answers = " ".join(f"={escape_answer(a)}" for a in _accepted(gap.answer))
    shown = hint_for(gap.item, hint)
    first = "{" + answers + "}" + (f" ({escape(shown)})" if shown else "")
    body = render_spans(sentence.text, blank_spans(gap.item, sentence),
                        lambda n, _: first if n == 0 else "_____", escape)
    name = f"Gap {gap.number:02d} {gap.item.pos.lower()}, sentence {gap.sentence + 1}"
    return f"::{escape(name)}::[plain]" + body


def category(title: str) -> str:
    """Moodle reads '/' as a subcategory; '//' is a slash in a category's name."""
    return "$CATEGORY: quizgen/" + " ".join(title.split()).replace("/", "//")


def quiz_to_gift(quiz: Quiz) -> str:
    title = " ".join(quiz.title.split())
    worksheet = worksheet_of(quiz)
    blocks = [f"// quizgen: {title}", category(title)]
    blocks += [gap_to_gift(quiz.analysis, g, quiz.options.hint) for g in worksheet.gaps]
    blocks += [question_to_gift(q, n) for n, q in enumerate(quiz.questions, start=1)]
    return "\n\n".join(blocks) + "\n"


def write_gift(quiz: Quiz, path: Path) -> None:
    write_atomic(path, quiz_to_gift(quiz))
