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

from quizgen.exercises.gapfill import blank_spans, choose_worksheet, gap_paragraphs, shown_sentences
from quizgen.export.worksheet import common_context, html_to_pdf, render_worksheet
from quizgen.model import Article, Quiz, WorksheetGap

MM = 72 / 25.4
PAPER_PT = {"a4": (210 * MM, 297 * MM), "letter": (612.0, 792.0)}
SIDE_MARGIN_PT = 16 * MM  # worksheet.css @page margin
PAGE_LINE = re.compile(r"^Seite \d+ / \d+\s*$", re.M)
GAP_MARK = re.compile(r"\((\d+)[ab]?\)")


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
    """The teacher's key file printed (the sheet with answers, then the key), and the
    student's sheet printed from the same quiz."""

    quiz: Quiz
    gaps: tuple[WorksheetGap, ...]
    path: Path
    reader: PdfReader
    texts: list[str]  # per page, NFKC (no ligatures), page-number footer removed
    paper: str
    student: list[str]  # the student's sheet, per page

    @property
    def key_page(self) -> int:
        return next(i for i, text in enumerate(self.texts) if "Lösungen" in text)


def pdf_texts(path: Path) -> list[str]:
    return [PAGE_LINE.sub("", nfkc(p.extract_text())).strip() for p in PdfReader(path).pages]


@pytest.fixture(scope="module", params=[("chromium", "a4"), ("chromium", "letter"),
                                        ("weasyprint", "a4"), ("weasyprint", "letter")],
                ids=["chromium-a4", "chromium-letter", "weasyprint-a4", "weasyprint-letter"])
def printed(request, browser, sample_quiz, tmp_path_factory) -> Printed:
    engine, paper = request.param
    quiz = with_questions(sample_quiz, paper=paper)
    folder = tmp_path_factory.mktemp(f"{engine}-{paper}")
    paths = []
    for name, html in (("key", render_worksheet(quiz, teacher=True, key=True)),
                       ("student", render_worksheet(quiz))):
        pdf = chromium_pdf(browser, html) if engine == "chromium" else html_to_pdf(html)
        paths.append(folder / f"{name}.pdf")
        paths[-1].write_bytes(pdf)
    return Printed(quiz, quiz.worksheet.gaps, paths[0], PdfReader(paths[0]), pdf_texts(paths[0]),
                   paper, pdf_texts(paths[1]))


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
    for pages in (printed.texts[: printed.key_page], printed.student):
        marks = [int(n) for n in GAP_MARK.findall("\n".join(pages))]
        first_seen = list(dict.fromkeys(marks))
        assert first_seen == list(range(0, len(printed.gaps) + 1))  # (0) is the example
        sentences = printed.quiz.analysis.sentences
        assert len(marks) == 1 + sum(len(blank_spans(g.item, sentences[g.sentence]))
                                     for g in printed.gaps)


def test_every_gap_has_its_answer_in_the_key(printed):
    key = "\n".join(printed.texts[printed.key_page:])
    assert len(printed.gaps) == 12  # --gaps default
    for gap in printed.gaps:
        row = rf"{gap.number}\.\s+{re.escape(nfkc(gap.answer))}"
        assert re.search(row, key), f"gap {gap.number} ({gap.answer!r}) missing from the key"


def test_every_question_answer_in_the_key(printed):
    key = "\n".join(printed.texts[printed.key_page:])
    views = [v for s in common_context(printed.quiz)["sections"] for v in s.questions]
    assert [v.type for v in views] == ["who", "who_said", "number", "word_in_context",
                                       "true_false", "true_false", "order", "open"]
    for view in views:
        assert re.search(rf"(?m)^{view.number}\.\s+{re.escape(nfkc(view.key))}", key), view.key
    assert "a 3, b 1, c 2" in key  # the order key names the numbers students write


def test_student_sheet_gives_no_answer_away(printed):
    """No key, no question holding a gap word, no gap word ungapped in the text."""
    student = "\n".join(printed.student)
    assert "Lösungen" not in student and len(printed.student) <= 3
    first = shown_sentences(printed.quiz.analysis, 800)[0].text
    bank_end = max(student.index(nfkc(w.text)) for w in printed.quiz.worksheet.word_bank)
    text = student[student.index(nfkc(first[:25]), bank_end):]  # the text, past the word bank
    questions = " ".join(t for q in printed.quiz.questions for t in (q.prompt, *q.options, *q.items))
    for gap in printed.gaps:
        for word in {*gap.answer.split(" … "), gap.lemma}:
            assert not re.search(rf"\b{re.escape(nfkc(word))}\b", nfkc(text)), word
            assert not re.search(rf"\b{re.escape(word)}\b", questions), word


def _page_of(offset: int, starts: list[int]) -> int:
    return max(i for i, start in enumerate(starts) if start <= offset)


def test_no_question_split_across_pages(printed):
    texts = printed.student
    starts = [sum(len(t) + 1 for t in texts[:i]) for i in range(len(texts))]
    student = "\n".join(texts)
    flat = " ".join(student.split())
    for question in printed.quiz.questions:
        assert " ".join(nfkc(question.prompt).split()) in flat, question.id
        begin = student.index(nfkc(question.prompt[:20]))
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
    gaps = (quiz.worksheet.example, *quiz.worksheet.gaps)
    page, _ = open_page(browser, render_worksheet(quiz))
    try:
        filled = page.eval_on_selector_all(".gap", "els => els.map(e => [e.dataset.gap, e.innerText])")
        ticked = page.locator(".box.ticked").count()
        slots = page.locator(".slot").all_inner_texts()
        model = page.locator(".model-answer").count()
    finally:
        page.close()
    sentences = quiz.analysis.sentences
    spans = {(g.number, sentences[g.sentence].text[s:e])
             for g in gaps for s, e in blank_spans(g.item, sentences[g.sentence])}
    shown = {(int(n.rstrip("ab")), text.split(")", 1)[1].strip()) for n, text in filled}
    if teacher:
        assert shown == spans
        assert (ticked, slots, model) == (6, ["3", "1", "2"], 1)
    else:  # only the worked example is filled in
        assert shown == {(n, text if n == 0 else "") for n, text in spans}
        assert (ticked, slots, model) == (0, ["", "", ""], 0)


@pytest.mark.parametrize("teacher", [False, True], ids=["student", "teacher"])
def test_word_bank_shows_meanings_only_in_teachers_copy(browser, sample_quiz, teacher):
    quiz = with_questions(sample_quiz, teacher=teacher)
    bank = quiz.worksheet.word_bank
    glossed = {w.key_text: w.gloss for w in bank if w.gloss}
    assert glossed, "the sample's words have meanings from the installed dictionary"
    page, _ = open_page(browser, render_worksheet(quiz))
    try:
        items = page.locator(".word-bank li").all_inner_texts()
    finally:
        page.close()
    with_meaning = {text for text in items if any(text == f"{w} {g}" for w, g in glossed.items())}
    assert len(with_meaning) == (len(glossed) if teacher else 0)
    assert len(items) == len(bank)
    for text, word in zip(items, bank, strict=True):
        assert text == word.text if not teacher else text.startswith(word.key_text)


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
    assert title.removesuffix(" – Lösungen") == HOSTILE[0] + HOSTILE[1]
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


def test_gapfill_keeps_every_character(sample_quiz):
    analysis = sample_quiz.analysis
    paragraphs = gap_paragraphs(analysis, sample_quiz.worksheet, 800)
    rebuilt = ["".join(seg.text for seg in p.segments) for p in paragraphs]
    by_paragraph: dict[int, list[str]] = {}
    for sentence in shown_sentences(analysis, 800):
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence.text)
    assert rebuilt == [" ".join(texts) for _, texts in sorted(by_paragraph.items())]
    assert all(s.kind != "credit" for s in shown_sentences(analysis, 800))
    assert any(s.kind == "credit" for s in analysis.sentences)  # the news credit line is gone


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_gaps_numbered_by_reading_order_for_any_pool(sample_quiz, data):
    pool = data.draw(st.permutations(sample_quiz.vocabulary))
    count = data.draw(st.integers(0, 15))
    worksheet = choose_worksheet(sample_quiz.analysis, pool, (), count, 800, "sie")
    places = [(g.sentence, g.item.start) for g in worksheet.gaps]
    assert places == sorted(places) and len(worksheet.gaps) <= count
    assert [g.number for g in worksheet.gaps] == list(range(1, len(worksheet.gaps) + 1))
    bank = [w.lemma.casefold() for w in worksheet.word_bank]
    assert bank == sorted(bank)
    assert {g.lemma for g in worksheet.gaps} <= {w.lemma for w in worksheet.word_bank}


def test_word_bank_has_distractors_and_articles(sample_quiz):
    worksheet = sample_quiz.worksheet
    distractors = [w for w in worksheet.word_bank if w.distractor]
    assert 2 <= len(distractors) <= 4
    gap_kinds = {g.item.pos for g in worksheet.gaps}
    assert {w.lemma for w in distractors}.isdisjoint(g.lemma for g in worksheet.gaps)
    nouns = [g.item for g in worksheet.gaps if g.item.pos == "NOUN" and g.item.gender]
    assert nouns
    for noun in nouns:
        word = next(w for w in worksheet.word_bank if w.lemma == noun.lemma)
        assert word.text.split()[0] in ("der", "die", "das") and word.text.endswith(noun.lemma)
        if noun.plural:
            assert word.key_text.startswith(word.text + ", ")
    assert gap_kinds


def test_no_word_bank_means_none(sample_quiz):
    worksheet = choose_worksheet(sample_quiz.analysis, sample_quiz.vocabulary, (), 12, 800, "sie",
                                 with_bank=False)
    assert worksheet.word_bank == () and worksheet.gaps


def test_no_source_line_for_standard_input(sample_quiz):
    article = Article("Kurz", ("Text.",), "de", "-")
    quiz = replace(sample_quiz, analysis=replace(sample_quiz.analysis, article=article))
    html = render_worksheet(quiz)
    assert "<h1>Kurz</h1>" in html and "Quelle" not in html
