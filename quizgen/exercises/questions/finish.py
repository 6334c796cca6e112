"""What every chosen question gets last: its explanation for the answer key ("Absatz 3: ..."),
fixed instructions in the worksheet's language and register, and, when the text gave fewer
questions than asked, a note that says so."""

from __future__ import annotations

from dataclasses import replace

from ...languages.i18n import ui_language
from ...model import Analysis, Question, Quiz
from ...options import Options
from .common import per_analysis
from .phrasing import phrasing


@per_analysis
def paragraph_numbers(analysis: Analysis) -> dict[int, int]:
    """Paragraph index -> its number as a reader counts: body paragraphs only, from 1."""
    numbers: dict[int, int] = {}
    for sentence in analysis.sentences:
        if sentence.kind == "body" and sentence.paragraph not in numbers:
            numbers[sentence.paragraph] = len(numbers) + 1
    return numbers


def _explanation(question: Question, analysis: Analysis, ui: str) -> str:
    words = phrasing(ui)
    numbers = paragraph_numbers(analysis)
    if question.type == "matching":
        return "; ".join(f"{item}: {question.options[i]}"
                         for item, i in zip(question.items, question.answer, strict=True))
    sentence = analysis.sentences[question.evidence[0]]
    text = " ".join(analysis.sentences[i].text for i in question.evidence)
    if question.type == "true_false" and question.answer is False:
        text = words.true_false_note.format(text=text)
    return f"{words.paragraph} {numbers.get(sentence.paragraph, 1)}: {text}"


def _localised(question: Question, analysis: Analysis, ui: str, address: str) -> Question:
    if question.type == "who_said" and ui != analysis.language:
        return replace(question, prompt=_who_said(question.prompt, analysis.language, ui))
    if question.type != "matching":
        return question
    words = phrasing(ui)
    numbers = paragraph_numbers(analysis)
    items = tuple(f"{words.paragraph} {numbers[analysis.sentences[i].paragraph]}"
                  for i in question.evidence)
    return replace(question, prompt=words.matching[address], items=items)


def _who_said(prompt: str, lang: str, ui: str) -> str:
    """The question around a quotation in the worksheet's language; the quotation as written."""
    opening, closing = phrasing(lang).quote_marks
    quote = prompt.split(opening, 1)[1].rsplit(closing, 1)[0]
    return phrasing(ui).who_said.format(quote=opening + quote + closing)


def finish(questions: tuple[Question, ...], analysis: Analysis, options: Options) -> tuple[Question, ...]:
    ui = ui_language(options.ui_lang, analysis.language)
    done = []
    for question in questions:
        question = _localised(question, analysis, ui, options.address)
        done.append(replace(question, explanation=_explanation(question, analysis, ui)))
    return tuple(done)


def questions_note(quiz: Quiz) -> str | None:
    """Why the quiz has fewer questions than asked, or None when it has them all."""
    asked, got = quiz.options.questions, len(quiz.questions)
    if got >= asked:
        return None
    body = sum(1 for s in quiz.analysis.sentences if s.kind == "body")
    return (f"{got} of {asked} questions: only these passed the checks for a good question "
            f"(the text has {body} sentences; a weak question is left out rather than asked)")
