"""The README documents every command and option, and every command explains itself."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from quizgen.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        path = f"{prefix}{name}"
        if isinstance(command, click.Group):
            found.extend(commands(command, path + " "))
        else:
            found.append((path, command))
    return found


COMMANDS = commands(main)


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[p for p, _ in COMMANDS])
def test_every_command_has_help_with_an_example_and_a_readme_entry(path, command) -> None:
    result = CliRunner().invoke(main, [*path.split(), "--help"])
    assert result.exit_code == 0
    assert "Example: quizgen " + path in result.output
    assert f"quizgen {path}" in README


@pytest.mark.parametrize("option", [o for p in main.commands["build"].params
                                    for o in p.opts if o.startswith("--") and o != "--help"])
def test_every_build_option_is_in_the_readme(option: str) -> None:
    assert re.search(rf"`{re.escape(option)}[ `\\]", README), option


def test_readme_starts_with_the_two_commands() -> None:
    block = README.split("```")[1].strip().splitlines()
    assert len(block) == 2
    assert "pip install" in block[0] and "quizgen build seeds/" in block[0]
    assert "pytest" in block[1]
