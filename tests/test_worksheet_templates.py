"""Teachers' templates and the instruction language, through the command line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizgen.cli import main
from quizgen.errors import UsageError
from quizgen.export.instructions import KEYS
from quizgen.export.templating import environment
from quizgen.languages import SUPPORTED, language
from quizgen.languages.i18n import ui_language

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = str(ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt")
SLUG = "de-russland-nordkorea-gipfel"


def build(tmp_path: Path, *args: str):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", SAMPLE, "--lang", "de", "--out", str(out), *args])
    html = out / f"{SLUG}.html"
    return result, html.read_text(encoding="utf-8") if html.exists() else None


def teacher_folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "mine"
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


EXTENDS = ('{% extends "default/worksheet/worksheet.html.j2" %}\n'
           '{% block instructions %}<p class="mine">Unterstreiche erst alle Verben. '
           '{{ instructions.gapfill }}</p>{% endblock %}\n')


def test_teacher_template_extends_default_and_overrides_one_block(tmp_path):
    folder = teacher_folder(tmp_path, {"worksheet/worksheet.html.j2": EXTENDS})
    result, html = build(tmp_path, "--format", "html", "--templates", str(folder))
    assert result.exit_code == 0, result.output
    assert '<p class="mine">Unterstreiche erst alle Verben. Lesen Sie den Text.' in html
    # the default block is replaced (the question sections keep their own instructions) ...
    assert '<p class="instructions">Lesen Sie den Text' not in html
    assert 'class="gap"' in html and "word-bank" in html  # ... and everything else is kept
    key = (tmp_path / "out" / f"{SLUG}-key.html").read_text(encoding="utf-8")
    assert '<p class="mine">' in key and "Lösungen" in key and "Lösungen" not in html


def test_an_edited_template_is_used_on_the_next_run(tmp_path, monkeypatch):
    """Compiled templates are kept in the cache folder; an edit must not meet a stale one."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = teacher_folder(tmp_path, {"worksheet/worksheet.html.j2": EXTENDS})
    assert build(tmp_path, "--format", "html", "--templates", str(folder))[0].exit_code == 0
    assert any((tmp_path / "cache" / "quizgen" / "templates").iterdir())
    edited = EXTENDS.replace("alle Verben", "alle Nomen")
    (folder / "worksheet" / "worksheet.html.j2").write_text(edited, encoding="utf-8")
    environment.cache_clear()  # as a new run starts without Jinja's in-memory templates
    result, html = build(tmp_path, "--format", "html", "--templates", str(folder))
    assert result.exit_code == 0, result.output
    assert "Unterstreiche erst alle Nomen." in html and "alle Verben" not in html


def test_teacher_may_replace_one_file(tmp_path):
    css = ".gap-line { width: 40mm; } /* mine */ </style><script>x()</script>"
    folder = teacher_folder(tmp_path, {"worksheet/worksheet.css": css})
    result, html = build(tmp_path, "--format", "html", "--templates", str(folder))
    assert result.exit_code == 0, result.output
    assert ".gap-line { width: 40mm; } /* mine */" in html
    assert html.count("</style>") == 1  # a stylesheet cannot close its <style> element
    assert "--accent" not in html  # the default stylesheet is not used


def test_exported_templates_build_the_same_worksheet(tmp_path):
    folder = tmp_path / "exported"
    assert CliRunner().invoke(main, ["templates", "export", str(folder)]).exit_code == 0
    assert (folder / "worksheet" / "worksheet.html.j2").is_file()
    assert (folder / "worksheet" / "worksheet.css").is_file()
    result, html = build(tmp_path, "--format", "html", "--templates", str(folder))
    default_result, default_html = build(tmp_path / "default", "--format", "html")
    assert result.exit_code == default_result.exit_code == 0
    assert html == default_html


BROKEN = [
    ("syntax", "<aside>\n<ul>\n{% for lemma in %}\n</ul>\n", "line 3", "expected an expression"),
    ("undefined", "<aside>\n{{ no_such_field }}\n</aside>\n", "line 2", "'no_such_field' is undefined"),
    ("unclosed", "<aside>\n{% if word_bank %}\n<ul></ul>\n", "line 3", "unexpected end of template"),
    ("sandbox", "{{ word_bank.__class__.__mro__ }}\n", "line 1", "not allowed in templates"),
]


@pytest.mark.parametrize("text, line, message", [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_broken_template_names_file_and_line(tmp_path, text, line, message):
    folder = teacher_folder(tmp_path, {"worksheet/word_bank.html.j2": text})
    result, html = build(tmp_path, "--format", "html", "--templates", str(folder))
    assert result.exit_code == 2
    error = result.stderr.strip()
    assert error.startswith("quizgen: error: template ") and "\n" not in error
    assert f"{folder / 'worksheet' / 'word_bank.html.j2'}, {line}:" in error
    assert message in error.lower()
    assert html is None  # no partial output


@pytest.mark.parametrize("ui_lang, expected", [(None, "Wortkasten"), ("en", "Word bank"),
                                               ("fr", "Banque de mots"), ("NL", "Woordenlijst")],
                         ids=["article-language", "en", "fr", "upper-case"])
def test_ui_lang_sets_the_fixed_words(tmp_path, ui_lang, expected):
    result, html = build(tmp_path, "--format", "html", *(["--ui-lang", ui_lang] if ui_lang else []))
    assert result.exit_code == 0, result.output
    assert f"<h3>{expected}</h3>" in html


def test_unknown_ui_lang_is_a_usage_error(tmp_path):
    result, html = build(tmp_path, "--format", "html", "--ui-lang", "tlh")
    assert result.exit_code == 2 and html is None
    assert "unknown --ui-lang 'tlh'" in result.stderr


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_language_has_every_word(lang):
    ui = language(lang).ui
    assert set(ui) == set(language("en").ui)
    assert all(value.strip() for value in ui.values())
    for address in ("sie", "du"):
        table = language(lang).instructions[address]
        assert set(table) == set(KEYS) and all(line.strip() for line in table.values())
        if lang != "en":
            assert table["gapfill"] != language("en").instructions[address]["gapfill"]


@pytest.mark.parametrize("address, register, other", [
    ("sie", ["Lesen Sie den Text", "Kreuzen Sie"], ["Lies ", "Kreuze "]),
    ("du", ["Lies den Text", "Kreuze "], [" Sie "]),
], ids=["sie", "du"])
def test_one_register_throughout(tmp_path, address, register, other):
    result, html = build(tmp_path, "--format", "html", "--address", address)
    assert result.exit_code == 0, result.output
    lines = " ".join(re.findall(r'<p class="instructions">([^<]*)</p>', html))
    assert all(phrase in lines for phrase in register), lines
    assert not any(phrase in lines for phrase in other), lines


@pytest.mark.parametrize("ui_lang, article_lang, expected", [
    (None, "de", "de"), (None, "it", "it"), (None, "pt", "en"), ("es", "de", "es"), (" Fr ", "de", "fr"),
], ids=["article", "article-it", "fallback", "asked", "normalised"])
def test_ui_language_choice(ui_lang, article_lang, expected):
    assert ui_language(ui_lang, article_lang) == expected


def test_ui_language_rejects_unknown():
    with pytest.raises(UsageError, match="'xx'"):
        ui_language("xx", "de")


@pytest.mark.parametrize("address", ["sie", "du"])
def test_german_instructions_do_not_repeat_the_section_heading(address):
    """'Richtig oder falsch?' under the heading 'Richtig oder falsch?' says nothing twice."""
    ui, lines = language("de").ui, language("de").instructions[address]
    for kind in ("choice", "true_false", "true_false_not_given", "matching", "order"):
        assert not lines[kind].startswith(ui[f"title_{kind}"]), kind
