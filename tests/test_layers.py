"""Data flows one way: an exporter does not import the job that runs it or the CLI's tables."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

EXPORT = Path(__file__).resolve().parent.parent / "quizgen" / "export"
# Modules a format may not import: the job, the command line and its tables.
UPSTREAM = {"quizgen.build", "quizgen.cli", "quizgen.vocab.report", "quizgen.web"}


def imported(path: Path) -> set[str]:
    """Every module `path` imports, at the top or inside a function, as an absolute name."""
    package = "quizgen.export"
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(p for p in (base, node.module or "") if p)
            names.add(module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("name", ["anki.py", "anki_notes.py", "gift.py", "tsv.py"])
def test_exporters_do_not_reach_back(name):
    modules = imported(EXPORT / name)
    assert not {m for m in modules if any(m == u or m.startswith(u + ".") for u in UPSTREAM)}
