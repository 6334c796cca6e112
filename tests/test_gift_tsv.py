"""Teacher formats: Moodle GIFT parsed back into questions, and term<TAB>definition TSV."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from quiz_samples import with_questions

from quizgen.cli import main
from quizgen.exercises.cloze import hint_for
from quizgen.exercises.gapfill import blank_spans
from quizgen.export.gift import question_to_gift, quiz_to_gift
from quizgen.export.tsv import BLANK, quiz_to_tsv
from quizgen.model import Question, Worksheet, WorksheetGap
from quizgen.vocab.report import dictionary_form

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = str(ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt")


# A small GIFT reader after Moodle's own (qformat_gift): escaped characters are masked first,
# then the question is split at its unescaped {...} answer block.
def _mask(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: chr(0xE000 + ord(m.group(1))), text, flags=re.S)


def _unmask(text: str) -> str:
    return re.sub("[\ue000-\ue0ff]", lambda m: chr(ord(m.group()) - 0xE000), text)


def _answers(block: str, after: str) -> dict:
    block, _, feedback = block.partition("####")
    block = block.strip()
    if not block:
        return {"type": "essay", "feedback": _unmask(feedback.strip())}
    if block in ("T", "TRUE", "F", "FALSE"):
        return {"type": "truefalse", "value": block.startswith("T")}
    items = [(mark, text.strip()) for mark, text in re.findall(r"([=~])([^=~]*)", block)]
    if any("->" in text for _, text in items):
        pairs = [tuple(_unmask(part.strip()) for part in text.split("->", 1)) for _, text in items]
        return {"type": "matching", "pairs": pairs}
    if after.strip() and all(mark == "=" for mark, _ in items):
        return {"type": "shortanswer", "accepted": [_unmask(t) for _, t in items]}
    return {"type": "multichoice", "options": [_unmask(t) for _, t in items],
            "right": [_unmask(t) for mark, t in items if mark == "="]}


def parse_gift(text: str, categories: list[str] | None = None) -> list[dict]:
    questions = []
    for block in re.split(r"\n\s*\n", _mask(text)):
        block = "\n".join(ln for ln in block.splitlines() if not ln.lstrip().startswith("//")).strip()
        if not block:
            continue
        if block.startswith("$CATEGORY:"):  # Moodle: a block of its own, the path after it
            assert "\n" not in block, block
            if categories is not None:
                categories.append(block.removeprefix("$CATEGORY:").strip())
            continue
        match = re.fullmatch(r"::(.*?)::(?:\[(\w+)\])?(.*?)\{(.*?)\}(.*)", block, flags=re.S)
        assert match, f"not a GIFT question: {block!r}"
        title, fmt, before, answers, after = match.groups()
        parsed = _answers(answers, after)
        prompt = before.strip() if not after.strip() else before + "_____" + after
        questions.append({"title": _unmask(title), "format": fmt, "text": _unmask(prompt), **parsed})
    return questions


def expected(question: Question) -> dict:
    """What Moodle should read back for each question type of the contract."""
    if question.type == "true_false":
        return {"type": "truefalse", "text": question.prompt, "value": question.answer}
    if question.type == "open":
        return {"type": "essay", "text": question.prompt, "feedback": question.answer}
    if question.type == "matching":  # each paragraph with its heading; unused headings left out
        return {"type": "matching", "text": question.prompt,
                "pairs": [(item, question.options[i]) for item, i in zip(question.items, question.answer,
                                                                         strict=True)]}
    if question.type == "order":
        places = {i: str(n) for n, i in enumerate(question.answer, start=1)}
        return {"type": "matching", "text": question.prompt,
                "pairs": [(opt, places[i]) for i, opt in enumerate(question.options)]}
    return {"type": "multichoice", "text": question.prompt, "options": list(question.options),
            "right": [question.answer]}


def test_gift_questions_parse_back(sample_quiz):
    quiz = with_questions(sample_quiz)
    gaps = quiz.worksheet.gaps
    parsed = parse_gift(quiz_to_gift(quiz))
    assert len(parsed) == len(gaps) + len(quiz.questions)
    assert all(p["format"] == "plain" for p in parsed)
    for got, question in zip(parsed[len(gaps):], quiz.questions, strict=True):
        assert {k: got[k] for k in expected(question)} == expected(question), question.id


def test_gift_gaps_parse_back_as_missing_words(sample_quiz):
    quiz = with_questions(sample_quiz)
    gaps = quiz.worksheet.gaps
    categories: list[str] = []
    parsed = parse_gift(quiz_to_gift(quiz), categories)[: len(gaps)]
    assert categories == [f"quizgen/{' '.join(quiz.title.split())}"]
    for got, gap in zip(parsed, gaps, strict=True):
        text = quiz.analysis.sentences[gap.sentence].text
        (s0, e0), *rest = blank_spans(gap.item, quiz.analysis.sentences[gap.sentence])
        hint = hint_for(gap.item, "lemma")
        assert hint.casefold() != gap.answer.casefold()  # the answer is never its own hint
        want = text[:s0] + f"_____ ({hint})"
        cursor = e0
        for start, end in rest:
            want += text[cursor:start] + "_____"
            cursor = end
        name = f"Gap {gap.number:02d} {gap.item.pos.lower()}, sentence {gap.sentence + 1}"
        assert (got["type"], got["title"], got["text"]) == ("shortanswer", name, want + text[cursor:])
        variants = [gap.answer.replace(" … ", " "), gap.answer.replace(" … ", " ... ")]
        assert got["accepted"] == [gap.answer, *(variants if rest else [])]


NASTY = [
    ("equals", "Ist 2 = 1 + 1?"),
    ("braces", "Was steht in {geschweiften} Klammern?"),
    ("tilde-hash", "Tilde ~ und Raute # zugleich"),
    ("colons", "::kein Titel:: und 12:30 Uhr"),
    ("backslash", "Pfad C:\\Temp\\neu\\"),
    ("comment", "// kein Kommentar"),
    ("newline", "Zeile eins\nZeile zwei"),
    ("html", "<b>fett</b> & <script>x()</script>"),
]


@pytest.mark.parametrize("text", [t for _, t in NASTY], ids=[i for i, _ in NASTY])
@pytest.mark.parametrize("qtype", ["who", "true_false", "order", "open"])
def test_gift_escapes_every_special_character(text, qtype):
    flat = " ".join(text.split())
    options = {"who": (text, "b", "c", "d"), "order": ("x", text, "y")}.get(qtype, ())
    answer = {"who": text, "true_false": False, "order": [1, 0, 2], "open": text}[qtype]
    question = Question("q", qtype, text, options, answer)
    got = parse_gift(question_to_gift(question, 1))
    assert len(got) == 1
    want = expected(replace(question, prompt=flat, options=tuple(" ".join(o.split()) for o in options),
                            answer=flat if isinstance(answer, str) else answer))
    assert {k: got[0][k] for k in want} == want


def test_gift_split_words_accept_common_spellings(sample_quiz):
    item = next(v for v in sample_quiz.vocabulary if v.lemma == "mitteilen")
    text = sample_quiz.analysis.sentences[item.sentence].text
    answer = " … ".join(text[s:e] for s, e in sorted(item.spans))
    worksheet = Worksheet((WorksheetGap(1, answer, item),), None, (), "sie", 0, 0)
    parsed = parse_gift(quiz_to_gift(replace(sample_quiz, worksheet=worksheet, questions=())))
    assert parsed[0]["accepted"] == ["teilte … mit", "teilte mit", "teilte ... mit"]


def test_gift_arrow_in_an_answer_cannot_turn_it_into_matching():
    question = Question("q", "who", "Welcher Weg?", ("A -> B", "B -> A", "A", "B"), "B -> A")
    got = parse_gift(question_to_gift(question, 1))[0]
    assert got["type"] == "multichoice"
    assert (got["options"], got["right"]) == (["A → B", "B → A", "A", "B"], ["B → A"])


def _unblank(definition: str, fills: list[str]) -> str:
    for fill in fills:
        definition = definition.replace(BLANK, fill, 1)
    return definition


def test_tsv_rows(sample_quiz):
    glossed = {0: "approaching", 3: "to inform,\tto tell\nsomeone"}
    vocabulary = tuple(replace(v, gloss=glossed.get(i)) for i, v in enumerate(sample_quiz.vocabulary))
    quiz = replace(sample_quiz, vocabulary=vocabulary)
    rows = quiz_to_tsv(quiz).split("\n")
    assert rows.pop() == ""
    assert len(rows) == len(vocabulary)
    for i, (row, item) in enumerate(zip(rows, vocabulary, strict=True)):
        term, definition = row.split("\t")
        assert term == dictionary_form(item, "de")
        sentence = quiz.analysis.sentences[item.sentence].text
        if i in glossed:
            assert definition == " ".join(glossed[i].split())
        else:
            fills = [sentence[s:e] for s, e in sorted(item.spans)]
            assert definition.count(BLANK) == len(item.spans)
            assert _unblank(definition, fills) == " ".join(sentence.split())


def test_cli_writes_gift_and_tsv_reproducibly(tmp_path):
    outputs = []
    for run in ("one", "two"):
        out = tmp_path / run
        result = CliRunner().invoke(main, ["build", SAMPLE, "--lang", "de", "--out", str(out),
                                           "--format", "gift,tsv"])
        assert result.exit_code == 0, result.output
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert set(outputs[0]) == {"de-russland-nordkorea-gipfel.gift", "de-russland-nordkorea-gipfel.tsv"}
    assert outputs[0] == outputs[1]
    gift = outputs[0]["de-russland-nordkorea-gipfel.gift"].decode("utf-8")
    parsed = parse_gift(gift)
    assert sum(1 for q in parsed if q["title"].startswith("Gap ")) == 12  # --gaps default
    assert len(parsed) > 12  # and the comprehension questions
    assert len({q["title"] for q in parsed}) == len(parsed)  # names tell questions apart
