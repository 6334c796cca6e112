"""The command line's help states the defaults Options really has."""

from click.testing import CliRunner

from quizgen.cli import main
from quizgen.options import Options


def test_build_help_shows_the_options_defaults():
    shown = " ".join(CliRunner().invoke(main, ["build", "--help"], terminal_width=1000).output.split())
    defaults = Options()
    for name in ("level", "cognates", "max_cards", "known_interval", "questions", "out", "hint",
                 "paper", "address", "gaps", "excerpt", "input_format", "epub"):
        assert f"[default: {getattr(defaults, name)}]" in shown, name
    assert f"[default: {','.join(defaults.formats)}]" in shown
    assert f"[default: {','.join(defaults.cards)}]" in shown
    assert f"[default: {defaults.max_input_mb}]" in shown
