"""The printable worksheet, checked where it is used: printed to PDF by headless Chromium and
by WeasyPrint, then read back with pypdf (and poppler's word boxes for the page edges)."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from browser import chromium
from hypothesis import given, settings
from hypothesis import strategies as st
from playwright.sync_api import Browser
from pypdf import PdfReader
from quiz_samples import with_questions

from quizgen.export.worksheet import html_to_pdf, question_sections, render_worksheet
from quizgen.gapfill import Gap, make_gapfill, make_gaps, word_bank
from quizgen.i18n import UI_STRINGS
from quizgen.model import Article, Quiz

MM = 72 / 25.4
PAPER_PT = {"a4": (210 * MM, 297 * MM), "letter": (612.0, 792.0)}
SIDE_MARGIN_PT = 16 * MM  # worksheet.css @page margin
PAGE_LINE = re.compile(r"^Seite \d+ / \d+\s*$", re.M)
GAP_MARK = re.compile(r"\((\d+)\)")


def nfkc(text: str) -> str:
    """PDF text comes back with ligatures and '…' decomposed; compare like with like."""
    return unicodedata.normalize("NFKC", text)


@pytest.fixture(scope="module")
def browser():
    return chromium()


def chromium_pdf(browser: Browser, html: str) -> bytes:
    page = browser.new_page()
    try:
        page.set_content(html, wait_until="load")
        return page.pdf(prefer_css_page_size=True, print_background=True)
    finally:
        page.close()


@dataclass
class Printed:
    quiz: Quiz
    gaps: tuple[Gap, ...]
    path: Path
    reader: PdfReader
    texts: list[str]  # per page, NFKC (no ligatures), page-number footer removed
    paper: str

    @property
    def key_page(self) -> int:
        return next(i for i, text in enumerate(self.texts) if "Lösungen" in text)


@pytest.fixture(scope="module", params=[("chromium", "a4"), ("chromium", "letter"),
                                        ("weasyprint", "a4"), ("weasyprint", "letter")],
                ids=["chromium-a4", "chromium-letter", "weasyprint-a4", "weasyprint-letter"])
def printed(request, browser, sample_quiz, tmp_path_factory) -> Printed:
    engine, paper = request.param
    quiz = with_questions(sample_quiz, paper=paper)
    html = render_worksheet(quiz)
    pdf = chromium_pdf(browser, html) if engine == "chromium" else html_to_pdf(html)
    path = tmp_path_factory.mktemp(f"{engine}-{paper}") / "worksheet.pdf"
    path.write_bytes(pdf)
    reader = PdfReader(path)
    texts = [PAGE_LINE.sub("", nfkc(p.extract_text())).strip()
             for p in reader.pages]
    return Printed(quiz, make_gaps(quiz.analysis, quiz.vocabulary), path, reader, texts, paper)


def test_paper_size(printed):
    width, height = PAPER_PT[printed.paper]
    for page in printed.reader.pages:
        assert float(page.mediabox.width) == pytest.approx(width, abs=1)
        assert float(page.mediabox.height) == pytest.approx(height, abs=1)


def test_answer_key_starts_a_new_page(printed):
    key = printed.key_page
    assert key > 0
    assert printed.texts[key].startswith("Lösungen")
    assert all("Lösungen" not in text for text in printed.texts[:key])


def test_gaps_numbered_in_order(printed):
    student = "\n".join(printed.texts[: printed.key_page])
    marks = [int(n) for n in GAP_MARK.findall(student)]
    first_seen = list(dict.fromkeys(marks))
    assert first_seen == list(range(1, len(printed.gaps) + 1))
    assert len(marks) == sum(len(g.item.spans) for g in printed.gaps)


def test_every_gap_has_its_answer_in_the_key(printed):
    key = "\n".join(printed.texts[printed.key_page:])
    assert len(printed.gaps) >= 10
    for gap in printed.gaps:
        row = rf"(?m)^{gap.number}\.\s+{re.escape(nfkc(gap.answer))}\s+{re.escape(nfkc(gap.lemma))}\s*$"
        assert re.search(row, key), f"gap {gap.number} ({gap.answer!r}) missing from the key"


def test_every_question_answer_in_the_key(printed):
    key = "\n".join(printed.texts[printed.key_page:])
    views = [v for s in question_sections(printed.quiz.questions, UI_STRINGS["de"]) for v in s.questions]
    assert [v.type for v in views] == ["who", "who_said", "number", "word_in_context",
                                       "true_false", "true_false", "order", "open"]
    for view in views:
        assert re.search(rf"(?m)^{view.number}\.\s+{re.escape(nfkc(view.key))}\s*$", key), view.key


def _page_of(offset: int, starts: list[int]) -> int:
    return max(i for i, start in enumerate(starts) if start <= offset)


def test_no_question_split_across_pages(printed):
    texts = printed.texts[: printed.key_page]
    starts = [sum(len(t) + 1 for t in texts[:i]) for i in range(len(texts))]
    student = "\n".join(texts)
    for question in printed.quiz.questions:
        begin = student.index(nfkc(question.prompt[:30]))
        last = f"{'abcd'[len(question.options) - 1]}) {question.options[-1]}" if question.options else None
        end = student.index(nfkc(last), begin) if last else begin
        assert _page_of(begin, starts) == _page_of(end, starts), question.id


def word_boxes(pdf: Path) -> list[tuple[float, float, str]]:
    """(xMin, xMax, word) of every word poppler finds in the PDF."""
    xhtml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
    return [(float(a), float(b), w) for a, b, w in re.findall(pattern, xhtml)]


def test_nothing_overflows_the_page_width(printed):
    width = PAPER_PT[printed.paper][0]
    boxes = word_boxes(printed.path)
    assert len(boxes) > 900
    outside = [w for x0, x1, w in boxes if x0 < SIDE_MARGIN_PT - 1 or x1 > width - SIDE_MARGIN_PT + 1]
    assert outside == []
    starts: list[float] = []
    for page in printed.reader.pages:
        page.extract_text(visitor_text=lambda text, cm, tm, *_: text.strip() and starts.append(
            cm[0] * tm[4] + cm[4]))
    assert starts and all(0 <= x < width - SIDE_MARGIN_PT for x in starts)


def open_page(browser: Browser, html: str):
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.set_content(html, wait_until="load")
    return page, dialogs


@pytest.mark.parametrize("teacher", [False, True], ids=["student", "teacher"])
def test_answers_inline_only_in_teachers_copy(browser, sample_quiz, teacher):
    quiz = with_questions(sample_quiz, teacher=teacher)
    gaps = make_gaps(quiz.analysis, quiz.vocabulary)
    page, _ = open_page(browser, render_worksheet(quiz))
    try:
        filled = page.eval_on_selector_all(".gap", "els => els.map(e => [+e.dataset.gap, e.innerText])")
        ticked = page.locator(".box.ticked").count()
        slots = page.locator(".slot").all_inner_texts()
        model = page.locator(".model-answer").count()
    finally:
        page.close()
    spans = {(g.number, quiz.analysis.sentences[g.sentence].text[s:e]) for g in gaps for s, e in g.item.spans}
    shown = {(n, text.split(")", 1)[1].strip()) for n, text in filled}
    if teacher:
        assert shown == spans
        assert (ticked, slots, model) == (6, ["3", "1", "2"], 1)
    else:
        assert shown == {(n, "") for n, _ in spans}
        assert (ticked, slots, model) == (0, ["", "", ""], 0)


@pytest.mark.parametrize("teacher", [False, True], ids=["student", "teacher"])
def test_word_bank_shows_meanings_only_in_teachers_copy(browser, sample_quiz, teacher):
    quiz = with_questions(sample_quiz, teacher=teacher)
    glossed = {item.lemma: item.gloss for item in quiz.vocabulary if item.gloss}
    assert glossed, "the sample's words have meanings from the installed dictionary"
    page, _ = open_page(browser, render_worksheet(quiz))
    try:
        items = page.locator(".word-bank li").all_inner_texts()
    finally:
        page.close()
    with_meaning = {text for text in items if any(text == f"{w} {g}" for w, g in glossed.items())}
    assert len(with_meaning) == (len(glossed) if teacher else 0)


HOSTILE = ("<script>alert('x')</script>", "{{ 7 * 7 }}", "{% if true %}ja{% endif %}",
           "<img src=x onerror=alert(1)>")


@pytest.fixture(scope="module")
def hostile_quiz(sample_quiz) -> Quiz:
    """The sample quiz with hostile text in its title, a sentence, a gap and a question."""
    analysis = sample_quiz.analysis
    first = analysis.sentences[0]
    sentence = replace(first, text=first.text + " " + " ".join(HOSTILE))
    article = replace(analysis.article, title=HOSTILE[0] + HOSTILE[1])
    analysis = replace(analysis, article=article, sentences=(sentence, *analysis.sentences[1:]))
    item = replace(sample_quiz.vocabulary[0], sentence=0, start=len(first.text) + 1,
                   end=len(first.text) + 1 + len(HOSTILE[0]), extra_spans=(), lemma=HOSTILE[3])
    quiz = with_questions(replace(sample_quiz, analysis=analysis, vocabulary=(item,)))
    hostile_q = replace(quiz.questions[0], prompt=HOSTILE[2], options=HOSTILE, answer=HOSTILE[1])
    return replace(quiz, questions=(hostile_q, *quiz.questions[1:]))


@pytest.mark.parametrize("teacher", [False, True], ids=["student", "teacher"])
def test_hostile_text_never_becomes_markup(browser, hostile_quiz, teacher):
    quiz = replace(hostile_quiz, options=hostile_quiz.options.with_(teacher=teacher))
    page, dialogs = open_page(browser, render_worksheet(quiz))
    try:
        counts = page.evaluate("() => [document.scripts.length, document.images.length]")
        body = page.inner_text("body")
        title = page.title()
    finally:
        page.close()
    assert counts == [0, 0] and dialogs == []
    assert title == HOSTILE[0] + HOSTILE[1]
    for text in HOSTILE:
        assert text in body
    assert "49" not in body


def test_hostile_text_is_text_in_weasyprint_pdf(hostile_quiz):
    reader = PdfReader(__import__("io").BytesIO(html_to_pdf(render_worksheet(hostile_quiz))))
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "{{ 7 * 7 }}" in text and "<script>" in text and "{% if true %}" in text


def test_same_quiz_same_bytes(sample_quiz):
    quiz = with_questions(sample_quiz)
    html = render_worksheet(quiz)
    assert render_worksheet(with_questions(sample_quiz)) == html
    assert html_to_pdf(html) == html_to_pdf(html)


def test_gapfill_keeps_every_character(sample_analysis, sample_quiz):
    gapfill = make_gapfill(sample_analysis, sample_quiz.vocabulary)
    rebuilt = ["".join(seg.text for seg in p.segments) for p in gapfill.paragraphs]
    paragraphs: dict[int, list[str]] = {}
    for sentence in sample_analysis.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence.text)
    assert rebuilt == [" ".join(texts) for _, texts in sorted(paragraphs.items())]


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_gaps_numbered_by_reading_order_for_any_choice(sample_analysis, sample_quiz, data):
    chosen = data.draw(st.permutations(sample_quiz.vocabulary).map(lambda v: v[: data.draw(
        st.integers(0, len(v)))]))
    gapfill = make_gapfill(sample_analysis, chosen)
    numbers = [seg.gap for p in gapfill.paragraphs for seg in p.segments if seg.gap]
    assert list(dict.fromkeys(numbers)) == list(range(1, len(chosen) + 1))
    assert sorted(g.lemma for g in gapfill.gaps) == sorted(v.lemma for v in chosen)


def test_word_bank_shuffled_deterministically(sample_analysis, sample_quiz):
    gaps = make_gaps(sample_analysis, sample_quiz.vocabulary)
    bank = word_bank(gaps, "0\x1fde\x1ftitle")
    assert bank == word_bank(gaps, "0\x1fde\x1ftitle")
    assert sorted(bank) == sorted({g.lemma for g in gaps})
    assert bank != tuple(g.lemma for g in gaps)
    assert word_bank(gaps, "1\x1fde\x1ftitle") != bank


def test_no_source_line_for_standard_input(sample_quiz):
    article = Article("Kurz", ("Text.",), "de", "-")
    quiz = replace(sample_quiz, analysis=replace(sample_quiz.analysis, article=article))
    html = render_worksheet(quiz)
    assert "<h1>Kurz</h1>" in html and "Quelle" not in html
