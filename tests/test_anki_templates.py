"""A teacher's Anki card templates are checked before the deck is written: each broken one is
refused with its file and line (exit 2); a good one builds a deck whose cards render."""

from __future__ import annotations

from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageRequest
from click.testing import CliRunner

from quizgen.cli import main
from quizgen.errors import TemplateError
from quizgen.export.anki_models import CLOZE_FIELDS
from quizgen.export.anki_templates import check_template

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"

# (file, template, line of the fault, what the message says)
BROKEN = [
    ("cloze_back.html", "{{cloze:Text}}\n<hr id=answer>\n{{#Gloss}}\n<div>{{Gloss}}</div>\n", 3,
     "section {{#Gloss}} is never closed"),
    ("cloze_back.html", "{{cloze:Text}}\n{{#Gloss}}{{Gloss}}\n{{/POS}}\n", 3,
     "{{/POS}} closes {{#Gloss}} (opened on line 2)"),
    ("vocab_back.html", "{{Word}}\n\n{{/Gloss}}\n", 3, "closes a section that was never opened"),
    ("question_front.html", "<p>{{Prompt}}</p>\n<p>{{Frage}}</p>\n", 2, "unknown field 'Frage'"),
    ("cloze_front.html", "<div>\n{{Text}}\n</div>\n", 1, "the cloze card's front must show a cloze field"),
    ("vocab_front.html", "{{Word}}\n{{POS\n", 2, "unmatched braces"),
    ("cloze_back.html", "{{cloze:Text}}\n{{#}}x{{/}}\n", 2, "malformed tag"),
]


def run_build(tmp_path: Path, teacher: Path):
    return CliRunner().invoke(main, ["build", str(SAMPLE), "--lang", "de", "--format", "apkg",
                                     "--out", str(tmp_path / "out"), "--templates", str(teacher)])


@pytest.mark.parametrize(("name", "template", "line", "message"), BROKEN,
                         ids=["unclosed", "crossed", "stray close", "unknown field", "no cloze",
                              "braces", "empty name"])
def test_a_broken_template_is_refused_with_file_and_line(tmp_path, name, template, line, message):
    teacher = tmp_path / "teacher"
    (teacher / "anki").mkdir(parents=True)
    (teacher / "anki" / name).write_text(template, encoding="utf-8")
    result = run_build(tmp_path, teacher)
    assert result.exit_code == 2
    expected = f"quizgen: error: template {teacher / 'anki' / name}, line {line}: "
    assert result.output.startswith(expected), result.output
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "out" / "de-russland-nordkorea-gipfel.apkg").exists()


@pytest.mark.parametrize("template", [
    "{{cloze:Text}}",
    "{{#Gloss}}{{hint:Gloss}}{{/Gloss}}{{^Gloss}}–{{/Gloss}} {{cloze:Text}}",
    "{{ cloze:Text }}{{tts de_DE:Sentence}}{{#Notes}}{{text:Notes}}{{/Notes}}{{Tags}}",
], ids=["plain", "sections and filters", "spaces, tts, special field"])
def test_good_cloze_fronts_pass(template):
    check_template(template, "anki/cloze_front.html", CLOZE_FIELDS, needs_cloze=True)


def test_a_good_teacher_template_builds_and_renders(tmp_path):
    teacher = tmp_path / "teacher"
    (teacher / "anki").mkdir(parents=True)
    (teacher / "anki" / "cloze_back.html").write_text(
        "{{cloze:Text}}\n<hr id=answer>\n{{#Gloss}}<b>{{Gloss}}</b>{{/Gloss}}\n"
        "{{^Gloss}}<i>{{Word}}</i>{{/Gloss}}\n{{#Notes}}{{Notes}}{{/Notes}}\n", encoding="utf-8")
    result = run_build(tmp_path, teacher)
    assert result.exit_code == 0, result.output
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        options = col._backend.get_import_anki_package_presets()
        col.import_anki_package(ImportAnkiPackageRequest(
            package_path=str(tmp_path / "out" / "de-russland-nordkorea-gipfel.apkg"), options=options))
        cards = [col.get_card(cid) for cid in col.find_cards('"note:Quizgen Cloze"')]
        assert cards
        for card in cards:
            assert "problem" not in card.answer().lower()
            assert card.note()["Word"] in card.answer() or card.note()["Gloss"] in card.answer()
    finally:
        col.close()


def test_check_names_the_line_of_the_first_fault():
    with pytest.raises(TemplateError, match=r"line 4: unknown field 'Glos'"):
        check_template("{{cloze:Text}}\n\n\n{{Glos}} {{Wort}}", "x.html", CLOZE_FIELDS, needs_cloze=True)
