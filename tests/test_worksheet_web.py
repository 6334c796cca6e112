"""The interactive worksheet (`--format web`) in headless Chromium: the check button marks
what the student wrote, and no answer can be read from the file."""

from __future__ import annotations

import re

import pytest
from browser import chromium
from quiz_samples import with_questions

from quizgen.exercises.gapfill import gap_paragraphs
from quizgen.export.interactive import cyrb53, normalise, render_web
from quizgen.export.worksheet import common_context


@pytest.fixture(scope="module")
def quiz(sample_quiz):
    return with_questions(sample_quiz)


def right_answers(quiz) -> dict[str, str]:
    """Field name -> what a student who knows everything writes or picks."""
    context = common_context(quiz)
    answers = {}
    for paragraph in gap_paragraphs(quiz.analysis, context["worksheet"], quiz.options.excerpt):
        for seg in paragraph.segments:
            if seg.gap:
                answers[f"g{seg.gap}{seg.part}"] = seg.text
    for section in context["sections"]:
        for q in section.questions:
            field = f"q{q.number}"
            if q.kind in ("choice", "true_false_not_given"):
                answers[field] = next(o.letter for o in q.options if o.correct)
            elif q.kind == "true_false":
                answers[field] = "true" if q.answer else "false"
            elif q.kind == "matching":
                answers.update({f"{field}-{i.number}": i.answer for i in q.items})
            elif q.kind == "order":
                answers.update({f"{field}-{o.letter}": str(o.position) for o in q.options})
    return answers


def fill(page, answers: dict[str, str]) -> None:
    for name, value in answers.items():
        radio = page.locator(f'input[type=radio][name="{name}"][value="{value}"]')
        if radio.count():
            radio.check()
        elif page.locator(f'select[name="{name}"]').count():
            page.select_option(f'select[name="{name}"]', value)
        else:
            page.fill(f'input[name="{name}"]', value)


def marks(page) -> dict[str, str]:
    return page.eval_on_selector_all(
        "[data-h]", "els => Object.fromEntries(els.map(e => [e.name || e.dataset.name, "
        "e.classList.contains('right') ? 'right' : e.classList.contains('wrong') ? 'wrong' : '']))")


def open_sheet(html: str):
    page = chromium().new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.set_content(html, wait_until="load")
    return page, requests


def test_all_right_is_marked_right_and_one_wrong_is_marked_wrong(quiz):
    html = render_web(quiz)
    answers = right_answers(quiz)
    assert len([a for a in answers if a.startswith("g")]) >= 10
    page, requests = open_sheet(html)
    try:
        assert set(marks(page)) == set(answers)  # every answer field is checked
        fill(page, answers)
        page.click("#check")
        assert set(marks(page).values()) == {"right"}
        wrong_gap = next(name for name in answers if name.startswith("g"))
        page.fill(f'input[name="{wrong_gap}"]', answers[wrong_gap] + "x")
        wrong_question = next(name for name in answers if name.startswith("q"))
        other = "false" if answers[wrong_question] == "true" else (
            "a" if answers[wrong_question] != "a" else "b")
        fill(page, {wrong_question: other})
        page.click("#check")
        got = marks(page)
    finally:
        page.close()
    assert {name for name, mark in got.items() if mark == "wrong"} == {wrong_gap, wrong_question}
    assert requests == []  # the page fetched nothing


def test_an_empty_answer_is_not_yet_marked(quiz):
    """A student who checks half-way sees what is right or wrong so far, not every field
    still empty marked wrong."""
    answers = right_answers(quiz)
    name = next(n for n in answers if n.startswith("g"))
    page, _ = open_sheet(render_web(quiz))
    try:
        fill(page, {name: answers[name]})
        page.click("#check")
        got = marks(page)
        score = page.inner_text("#score")
    finally:
        page.close()
    assert got[name] == "right"
    assert {mark for field, mark in got.items() if field != name} == {""}
    assert score.startswith(f"1 / {len(answers)}")


def test_typed_answers_are_forgiving_about_case_and_spacing(quiz):
    answers = right_answers(quiz)
    name, answer = next((n, a) for n, a in answers.items() if n.startswith("g"))
    page, _ = open_sheet(render_web(quiz))
    try:
        fill(page, {name: f"  {answer.upper()} "})
        page.click("#check")
        assert marks(page)[name] == "right"
    finally:
        page.close()


def test_no_answer_is_readable_in_the_file(quiz):
    html = render_web(quiz)
    text_of_page = re.sub(r"<[^>]+>", " ", html)
    for gap in quiz.worksheet.gaps:
        for part in gap.answer.split(" … "):
            # the word bank shows lemmas, so look for the inflected form as a value or word
            assert f'value="{part}"' not in html
            if part.lower() not in {w.text.split()[-1].lower() for w in quiz.worksheet.word_bank}:
                assert not re.search(rf"\b{re.escape(part)}\b", text_of_page), part
    assert "Lösungen" not in html


def test_hash_matches_the_pages_script():
    page = chromium().new_page()
    try:
        for text in ("teilte … mit", "Straße", "ÄÖÜ ẞ", "😀 emoji"):
            script = f"() => {{ {_js_cyrb53()} return String(cyrb53({text!r}, 0)); }}"
            assert page.evaluate(script) == str(cyrb53(text))
            got = page.evaluate(f"() => {{ {_js_normalise()} return normalise({text!r}); }}")
            assert got == normalise(text)
    finally:
        page.close()


def _script() -> str:
    from quizgen.export.templating import read_static

    return read_static("worksheet/web.js")


def _js_cyrb53() -> str:
    return re.search(r"function cyrb53\(str, seed\) \{.*?\n  \}", _script(), re.S).group()


def _js_normalise() -> str:
    return re.search(r"function normalise\(text\) \{.*?\n  \}", _script(), re.S).group()


def test_paragraphs_are_numbered_as_the_questions_name_them(quiz):
    """'Absatz 7' in a matching task must be findable on the screen, as on the printed sheet."""
    html = render_web(quiz)
    shown = re.findall(r'<span class="para-no">(\d+)</span>', html)
    numbers = [str(n) for n in common_context(quiz)["paragraph_numbers"] if n]
    assert shown == numbers and len(shown) > 3
    for section in common_context(quiz)["sections"]:
        for q in section.questions:
            if q.kind == "matching":
                for item in q.items:
                    assert item.text.split()[-1] in shown, item.text
    assert '<ol class="match-options">' not in html  # lettered options, not numbered as well


def test_the_screen_says_choose_where_the_paper_says_write(quiz):
    """On screen the letters and numbers are chosen in lists; the printed boxes are not there."""
    html = render_web(quiz)
    printed = common_context(quiz)["instructions"]
    listed = {s.kind for s in common_context(quiz)["sections"]} & {"matching", "order"}
    assert listed
    for kind in listed:
        assert printed[f"{kind}_web"] in html and printed[kind] not in html
