"""The printable worksheet: HTML from the Jinja2 templates, PDF from that HTML via WeasyPrint.

Every build writes two sheets: the student's (`<slug>.html/.pdf`: blanks, no answers anywhere)
and the teacher's key (`<slug>-key.html/.pdf`: answers in the gaps, meanings in the word bank,
and the answer key). `--teacher` makes the main file the teacher's copy as well.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..errors import DependencyError
from ..exercises.gapfill import gap_paragraphs, split_blanks
from ..exercises.questions.finish import paragraph_numbers
from ..languages.i18n import ui_language, ui_strings
from ..model import Question, Quiz, Worksheet
from ..runtime.atomic import write_atomic
from .instructions import instructions
from .lines import gap_label, layout
from .question_views import question_kind, question_sections

__all__ = ["question_kind", "question_sections", "render_worksheet", "worksheet_context",
           "worksheet_of", "write_html", "write_pdf"]

TEMPLATE = "worksheet/worksheet.html.j2"
STYLESHEET = "worksheet/worksheet.css"
PAPER_CSS = {"a4": "A4", "letter": "letter"}
STUDENT_PAGES = 3  # a 600-900 word article's sheet fits on this many pages
KEY_PAGE_SHARE = 1 / 3  # a page left less full than this before the key is a wasted page
# A key whose last page is less full than this may fit on a page fewer, set closer or with the
# answer key following the questions: the teacher prints no more than needed.
LOOSE_LAST_PAGE = 1 / 2


def css_string(text: str) -> Markup:
    """`text` as a quoted CSS string, safe inside a <style> element."""
    escaped = "".join(c if c.isalnum() or c in " .,-_'’" else f"\\{ord(c):x} " for c in text)
    return Markup(f'"{escaped}"')


def stylesheet(user_dir: str | None, name: str = STYLESHEET) -> Markup:
    """The CSS for inlining; '</' is escaped so the file cannot close the <style> element."""
    from .templating import read_static

    return Markup(read_static(name, user_dir).replace("</", "<\\/"))


def worksheet_of(quiz: Quiz) -> Worksheet:
    """The worksheet chosen once in the exercises stage (build.make_quiz); an exporter never
    chooses or changes it, so every output shows the same gaps."""
    if quiz.worksheet is None:
        raise ValueError("the quiz has no worksheet: choose it with exercises.worksheet.with_worksheet")
    return quiz.worksheet


def worksheet_questions(quiz: Quiz, worksheet: Worksheet) -> tuple[Question, ...]:
    wanted = set(worksheet.question_ids)
    return tuple(q for q in quiz.questions if q.id in wanted)


def source_line(quiz: Quiz) -> str:
    """Where the text comes from, as a reader would cite it; never a file path."""
    return quiz.options.source or quiz.analysis.article.origin or ""


def common_context(quiz: Quiz) -> dict[str, Any]:
    """What both the printable and the interactive sheets show."""
    options = quiz.options
    worksheet = worksheet_of(quiz)
    lang = ui_language(options.ui_lang, quiz.language)
    ui = ui_strings(lang)
    distractors = sum(1 for w in worksheet.word_bank if w.distractor)
    shown_paragraphs = gap_paragraphs(quiz.analysis, worksheet, options.excerpt)
    lines_of_text = layout(shown_paragraphs, {s.index: s.text for s in quiz.analysis.sentences})
    # Questions and the key say "Absatz 3": the sheet numbers its body paragraphs the same way.
    numbers = paragraph_numbers(quiz.analysis)
    para_numbers = [numbers.get(quiz.analysis.sentences[p.sentences[0]].paragraph)
                    if p.kind == "body" and p.sentences else None for p in shown_paragraphs]
    sections = question_sections(worksheet_questions(quiz, worksheet), ui,
                                 instructions(lang, worksheet.address, distractors),
                                 lines=lines_of_text.lines_of)
    excerpt = worksheet.last_sentence < max(
        (s.index for s in quiz.analysis.sentences if s.kind != "credit"), default=-1)
    return {
        "title": " ".join(quiz.title.split()),
        "source": source_line(quiz),
        "language": quiz.language,
        "ui_lang": lang,
        "ui": ui,
        "instructions": instructions(lang, worksheet.address, distractors),
        "level": options.level,
        "worksheet": worksheet,
        "gaps": worksheet.gaps,
        "example": worksheet.example,
        "word_bank": worksheet.word_bank,
        "split_gaps": any(split_blanks(g.item, quiz.analysis.sentences[g.sentence])
                          for g in worksheet.gaps),
        "text": lines_of_text,
        "paragraph_numbers": para_numbers,
        "sections": sections,
        "gap_points": len(worksheet.gaps),
        "total_points": len(worksheet.gaps) + sum(s.points for s in sections),
        # one plain line: word counts are of no use to the class
        "excerpt_note": ui["excerpt"] if excerpt else "",
    }


def worksheet_context(quiz: Quiz, teacher: bool | None = None, key: bool | None = None,
                      compact: bool = False) -> dict[str, Any]:
    """Everything the worksheet templates may use (documented in docs/templates.md)."""
    options = quiz.options
    teacher = options.teacher if teacher is None else teacher
    context = common_context(quiz)
    return {
        **context,
        "paper": options.paper,
        "paper_css": PAPER_CSS[options.paper],
        "page_label": css_string(context["ui"]["page"]),
        "teacher": teacher,
        "key": teacher if key is None else key,
        "compact": compact,
        # one width for every blank (the text's layout chose it): a length hints at no answer
        "blank_width": lambda seg: f"{context['text'].blank_pt:.1f}pt",
        "gap_label": gap_label,
        "css": stylesheet(options.templates),
    }


def render_worksheet(quiz: Quiz, teacher: bool | None = None, key: bool | None = None,
                     compact: bool = False, key_on_new_page: bool = True) -> str:
    from .templating import render

    return render(TEMPLATE, quiz.options.templates,
                  **worksheet_context(quiz, teacher, key, compact),
                  key_on_new_page=key_on_new_page)


def key_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}-key{path.suffix}")


def write_html(quiz: Quiz, path: Path) -> list[Path]:
    """The student's sheet at `path` and the teacher's key beside it."""
    write_atomic(path, render_worksheet(quiz))
    write_atomic(key_path(path), render_worksheet(quiz, teacher=True, key=True))
    return [key_path(path)]


def _document(html: str) -> Any:
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: WeasyPrint is there but Pango is not
        raise DependencyError(
            f"--format pdf needs WeasyPrint and the system's Pango library ({exc})"
        ) from exc
    # No base_url: the worksheet is self-contained and must not fetch anything.
    return HTML(string=html).render()


def html_to_pdf(html: str) -> bytes:
    return _document(html).write_pdf()


def filled_share(page: Any) -> float:
    """How much of the page's height its text takes, from the top to the last line."""
    box = page._page_box  # WeasyPrint's laid-out page; its public API gives no positions
    top, height = box.content_box_y(), box.height
    bottom = max((line.position_y + line.margin_height() for child in box.children
                  if type(child).__name__ != "MarginBox" for line in child.descendants()
                  if type(line).__name__ in ("LineBox", "TableRowBox")), default=top)
    return (bottom - top) / height if height else 1.0


def _key_start(document: Any) -> int | None:
    """The number of the page the answer key begins on."""
    for number, page in enumerate(document.pages):
        for child in page._page_box.descendants():
            element = getattr(child, "element", None)
            if element is not None and "answer-key" in (element.get("class") or "").split():
                return number
    return None


def wasted_pages(document: Any) -> int:
    """Pages left less than KEY_PAGE_SHARE full: a page of questions before the key, or a
    few rows of the key spilled onto a page of their own."""
    return sum(filled_share(page) < KEY_PAGE_SHARE for page in document.pages)


def _compact_key(quiz: Quiz, document: Any, compact: bool) -> Any:
    """The key as `document`, or where that wastes a page or ends on a loose one, set closer
    or with the answer key following the questions on their page: the fewest wasted pages,
    then pages."""
    loose = filled_share(document.pages[-1]) < LOOSE_LAST_PAGE if document.pages else False
    if not wasted_pages(document) and not loose:
        return document
    best = (wasted_pages(document), len(document.pages)), document
    for closer, new_page in ((compact, False), (True, True), (True, False)):
        if (closer, new_page) == (compact, True):
            continue
        other = _document(render_worksheet(quiz, True, True, closer, key_on_new_page=new_page))
        score = (wasted_pages(other), len(other.pages))
        if score < best[0]:
            best = score, other
        if not score[0] and score[1] < len(document.pages):
            break
    return best[1]


def fitted_pdf(quiz: Quiz, teacher: bool, key: bool) -> bytes:
    return fitted_document(quiz, teacher, key).write_pdf()


def fitted_document(quiz: Quiz, teacher: bool, key: bool) -> Any:
    """The sheet laid out for PDF; one that runs past STUDENT_PAGES pages by a little is set closer
    (less space between lines and questions) when that saves a page."""
    document = _document(render_worksheet(quiz, teacher, key))
    budget = STUDENT_PAGES + (2 if key else 0)  # the key: the filled sheet and a page of key
    compact = False
    if len(document.pages) > budget:
        closer = _document(render_worksheet(quiz, teacher, key, compact=True))
        if len(closer.pages) < len(document.pages):
            document, compact = closer, True
    if key:
        document = _compact_key(quiz, document, compact)
    return document


def write_pdf(quiz: Quiz, path: Path) -> list[Path]:
    write_atomic(path, fitted_pdf(quiz, quiz.options.teacher, quiz.options.teacher))
    write_atomic(key_path(path), fitted_pdf(quiz, teacher=True, key=True))
    return [key_path(path)]
