"""The TOML config file: exactly the option names, with their types; every mistake is one
line and exit 2, never an internal error."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quizgen.cli import main, make_options
from quizgen.config import load_config
from quizgen.errors import UsageError

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"

GOOD = [
    ('format = "html,tsv"', {"formats": ("html", "tsv")}),
    ('formats = "html"', {"formats": ("html",)}),
    ('formats = ["apkg", "JSON"]', {"formats": ("apkg", "json")}),
    ('max-cards = 12\nquestions = 0', {"max_cards": 12, "questions": 0}),
    ("max_zipf = 4", {"max_zipf": 4.0}),
    ('include = "Haus"', {"include": frozenset({"Haus"})}),
    ('exclude = ["Haus", "Baum"]', {"exclude": frozenset({"Haus", "Baum"})}),
    ('known-words = ["Haus", "Baum"]', {"known_words": frozenset({"Haus", "Baum"})}),
    ("teacher = true", {"teacher": True}),
    ('cards = "cloze, reverse"', {"cards": ("cloze", "reverse")}),
    ('anki-decks = "Deutsch*"\nknown-interval = 30', {"anki_decks": ("Deutsch*",), "known_interval": 30}),
    ('[quizgen]\nlevel = "a2"', {"level": "a2"}),
]

BAD = [
    ('questions = "ten"', "config file {path!r}: questions must be a whole number, not 'ten'"),
    ("max-cards = 2.5", "config file {path!r}: max-cards must be a whole number, not 2.5"),
    ("teacher = 1", "config file {path!r}: teacher must be true or false, not 1"),
    ("max-zipf = true", "config file {path!r}: max-zipf must be a number, not True"),
    ("deck = 3", "config file {path!r}: deck must be a string, not 3"),
    ("formats = [1, 2]", "config file {path!r}: formats must be a list of strings, not [1, 2]"),
    ('max-card = 3', "config file {path!r}: unknown setting 'max-card'; did you mean 'max-cards'?"),
    ('knwon-words = "k.txt"',
     "config file {path!r}: unknown setting 'knwon-words'; did you mean 'known-words'?"),
    ('colour = "red"', "config file {path!r}: unknown setting 'colour'"),
    ("[other]\nx = 1", "config file {path!r}: unknown table [other]"),
    ("level = ", "config file {path!r} is not valid TOML: "),
]


def write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "quizgen.toml"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("text", "expected"), GOOD, ids=[t.split("=")[0].strip() for t, _ in GOOD])
def test_good_settings_have_exact_values(tmp_path, text, expected):
    assert load_config(write(tmp_path, text)) == expected


@pytest.mark.parametrize(("text", "message"), BAD, ids=[t.split("=")[0].strip() for t, _ in BAD])
def test_bad_settings_are_one_line_errors_with_exit_2(tmp_path, text, message):
    path = write(tmp_path, text)
    expected = message.format(path=path)
    with pytest.raises(UsageError) as caught:
        load_config(path)
    assert str(caught.value).startswith(expected)
    result = CliRunner().invoke(main, ["vocab", str(SAMPLE), "--config", path])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"quizgen: error: {caught.value}"]


def test_known_words_as_a_path_is_read_as_a_word_list(tmp_path):
    (tmp_path / "my").mkdir()
    (tmp_path / "my" / "known.txt").write_text("Haus\n# a comment\nBaum\n", encoding="utf-8")
    config = write(tmp_path, f'known-words = "{tmp_path / "my" / "known.txt"}"')
    options = make_options(config=config)
    assert options.known_words == frozenset({"Haus", "Baum"})
    assert options.known_words_file == str(tmp_path / "my" / "known.txt")


def test_a_missing_word_list_is_a_one_line_error(tmp_path):
    config = write(tmp_path, f'known-words = "{tmp_path / "absent.txt"}"')
    result = CliRunner().invoke(main, ["vocab", str(SAMPLE), "--config", config])
    assert result.exit_code == 2
    assert result.output.startswith("quizgen: error: cannot read word list")


def test_the_command_line_wins_over_the_config(tmp_path):
    config = write(tmp_path, 'format = "html,tsv"\nmax-cards = 5')
    options = make_options(config=config, format="json", max_cards=None)
    assert options.formats == ("json",) and options.max_cards == 5


@pytest.mark.parametrize(("text", "message"), [
    ('format = "html,docx"', "unknown format 'docx'"),
    ('cards = "cloze,pictures"', "unknown card kind 'pictures'"),
    ("known-interval = 0", "--known-interval must be at least 1 day"),
], ids=["format", "card kind", "interval"])
def test_values_of_the_right_type_are_still_checked(tmp_path, text, message):
    with pytest.raises(UsageError, match=message):
        make_options(config=write(tmp_path, text))
