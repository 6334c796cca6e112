"""The printable worksheet: HTML from the Jinja2 templates, PDF from that HTML via WeasyPrint."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..atomic import write_atomic
from ..errors import DependencyError
from ..gapfill import make_gapfill, word_bank
from ..i18n import ui_language, ui_strings
from ..model import Question, Quiz

TEMPLATE = "worksheet/worksheet.html.j2"
STYLESHEET = "worksheet/worksheet.css"
PAPER_CSS = {"a4": "A4", "letter": "letter"}
LETTERS = "abcdefghijklmnopqrstuvwxyz"

# Question types as the worksheet lays them out; sections appear in this order.
KINDS = ("choice", "true_false", "order", "open")
KIND_OF_TYPE = {"who": "choice", "who_said": "choice", "number": "choice",
                "word_in_context": "choice", "true_false": "true_false", "order": "order",
                "open": "open"}


@dataclass(frozen=True)
class OptionView:
    letter: str
    text: str
    correct: bool = False  # multiple choice: the right answer
    position: int | None = None  # order: where this event belongs, 1-based


@dataclass(frozen=True)
class QuestionView:
    """A question as the templates draw it; `key` is its answer as the answer key prints it."""

    number: int
    type: str
    kind: str
    prompt: str
    options: tuple[OptionView, ...]
    key: str
    answer: Any  # the raw answer: str, bool, or list of option indexes


@dataclass(frozen=True)
class QuestionSection:
    kind: str
    instructions: str
    questions: tuple[QuestionView, ...]


def question_kind(question: Question) -> str:
    """Types added later fall back by shape: choices to tick, or lines to write on."""
    return KIND_OF_TYPE.get(question.type, "choice" if question.options else "open")


def _options(question: Question, kind: str) -> tuple[OptionView, ...]:
    order = list(question.answer) if kind == "order" else []
    return tuple(
        OptionView(LETTERS[i], text, correct=kind == "choice" and text == question.answer,
                   position=order.index(i) + 1 if i in order else None)
        for i, text in enumerate(question.options)
    )


def _key(question: Question, kind: str, options: tuple[OptionView, ...], ui: Any) -> str:
    if kind == "true_false":
        return ui["true"] if question.answer else ui["false"]
    if kind == "order":
        return " – ".join(LETTERS[i] for i in question.answer)
    right = [o for o in options if o.correct]
    return f"{right[0].letter}) {right[0].text}" if right else str(question.answer)


def question_sections(questions: tuple[Question, ...], ui: Any) -> tuple[QuestionSection, ...]:
    """Questions grouped by how they are answered, numbered 1..n across the groups."""
    sections = []
    number = 0
    for kind in KINDS:
        views = []
        for question in (q for q in questions if question_kind(q) == kind):
            number += 1
            options = _options(question, kind)
            views.append(QuestionView(number, question.type, kind, question.prompt, options,
                                      _key(question, kind, options, ui), question.answer))
        if views:
            sections.append(QuestionSection(kind, ui[f"{kind}_instructions"], tuple(views)))
    return tuple(sections)


def css_string(text: str) -> Markup:
    """`text` as a quoted CSS string, safe inside a <style> element."""
    escaped = "".join(c if c.isalnum() or c in " .,-_'’" else f"\\{ord(c):x} " for c in text)
    return Markup(f'"{escaped}"')


def stylesheet(user_dir: str | None) -> Markup:
    """The CSS for inlining; '</' is escaped so the file cannot close the <style> element."""
    from ..templating import read_static

    return Markup(read_static(STYLESHEET, user_dir).replace("</", "<\\/"))


def worksheet_context(quiz: Quiz) -> dict[str, Any]:
    """Everything the worksheet templates may use (documented in docs/templates.md)."""
    options = quiz.options
    article = quiz.analysis.article
    lang = ui_language(options.ui_lang, quiz.language)
    ui = ui_strings(lang)
    gapfill = make_gapfill(quiz.analysis, quiz.vocabulary)
    seed = f"{options.seed}\x1f{quiz.language}\x1f{article.title}"
    return {
        "title": article.title,
        "source": "" if article.source == "-" else article.source,
        "language": quiz.language,
        "ui_lang": lang,
        "ui": ui,
        "paper": options.paper,
        "paper_css": PAPER_CSS[options.paper],
        "page_label": css_string(ui["page"]),
        "teacher": options.teacher,
        "paragraphs": gapfill.paragraphs,
        "gaps": gapfill.gaps,
        "word_bank": word_bank(gapfill.gaps, seed),
        "glosses": {item.lemma: item.gloss for item in quiz.vocabulary if item.gloss},
        "sections": question_sections(quiz.questions, ui),
        "css": stylesheet(options.templates),
    }


def render_worksheet(quiz: Quiz) -> str:
    from ..templating import render

    return render(TEMPLATE, quiz.options.templates, **worksheet_context(quiz))


def write_html(quiz: Quiz, path: Path) -> None:
    write_atomic(path, render_worksheet(quiz))


def html_to_pdf(html: str) -> bytes:
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: WeasyPrint is there but Pango is not
        raise DependencyError(
            f"--format pdf needs WeasyPrint and the system's Pango library ({exc})"
        ) from exc
    # No base_url: the worksheet is self-contained and must not fetch anything.
    return HTML(string=html).write_pdf()


def write_pdf(quiz: Quiz, path: Path) -> None:
    write_atomic(path, html_to_pdf(render_worksheet(quiz)))
