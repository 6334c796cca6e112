"""Blanks that give no answer away: on the printed sheet, rendered in headless Chromium, every
blank is as wide as every other and wide enough for the longest answer; the interactive
sheet's boxes are all of one size."""

from __future__ import annotations

import re

import pytest
from browser import chromium
from conftest import SHARED_DATA

from quizgen import Options, make_quiz, read_article
from quizgen.exercises.gapfill import gap_paragraphs
from quizgen.export.interactive import render_web
from quizgen.export.worksheet import render_worksheet

KLEXIKON = SHARED_DATA / "klexikon" / "klexikon"
TEXTS = ["sample", "Vulkan.txt", "Elefanten.txt"]
PX = 0.5  # rounding of the browser's layout


@pytest.fixture(scope="module")
def browser():
    return chromium()


@pytest.fixture(scope="module")
def quizzes(sample_quiz):
    found = {"sample": sample_quiz}
    for name in TEXTS[1:]:
        if (KLEXIKON / name).is_file():
            found[name] = make_quiz(read_article(str(KLEXIKON / name)), Options(lang="de"))
    return found


def blanks(browser, html: str) -> list[dict]:
    """Each blank's answer number, width, and the width its content needs."""
    page = browser.new_page()
    try:
        page.set_content(html, wait_until="load")
        return page.eval_on_selector_all(".gap", """els => els.map(e => {
            const line = e.querySelector('.gap-line');
            return {gap: e.dataset.gap, width: line.getBoundingClientRect().width,
                    needs: line.scrollWidth, text: line.innerText};
        })""")
    finally:
        page.close()


def quiz_for(quizzes, name):
    if name not in quizzes:
        pytest.skip(f"development data {name} is not here")
    return quizzes[name]


@pytest.mark.parametrize("name", TEXTS)
def test_every_blank_on_the_student_sheet_is_as_wide(browser, quizzes, name):
    quiz = quiz_for(quizzes, name)
    answers = [g.item.form for g in quiz.worksheet.gaps]
    # the check means something only where the answers differ in length
    assert max(map(len, answers)) - min(map(len, answers)) >= 3, answers
    widths = [b["width"] for b in blanks(browser, render_worksheet(quiz)) if b["gap"] != "0"]
    assert len(widths) >= len(answers)
    assert max(widths) - min(widths) <= PX, widths


@pytest.mark.parametrize("name", TEXTS)
def test_the_key_writes_every_answer_inside_its_blank(browser, quizzes, name):
    """The key's blanks are the student's: each one holds its answer, the longest too."""
    quiz = quiz_for(quizzes, name)
    student = {b["gap"]: b["width"] for b in blanks(browser, render_worksheet(quiz))}
    filled = blanks(browser, render_worksheet(quiz, teacher=True, key=True))
    assert all(b["text"].strip() for b in filled)
    for blank in filled:
        assert blank["needs"] <= blank["width"] + PX, blank
        assert abs(blank["width"] - student[blank["gap"]]) <= PX, blank


@pytest.mark.parametrize("name", TEXTS)
def test_interactive_boxes_are_all_one_size(quizzes, name):
    quiz = quiz_for(quizzes, name)
    sizes = set(re.findall(r'<input class="(?:answer|example)"[^>]* size="(\d+)"', render_web(quiz)))
    paragraphs = gap_paragraphs(quiz.analysis, quiz.worksheet, quiz.options.excerpt)
    longest = max(len(s.text) for p in paragraphs for s in p.segments if s.gap is not None)
    assert len(sizes) == 1 and int(next(iter(sizes))) > longest, sizes
