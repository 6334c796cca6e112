"""The pipeline's stages import only from stages before them: analysis < vocab < exercises < export.

`languages/` and `runtime/` serve every stage; `build`, `cli` and `web` run the stages and are
imported by none of them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "quizgen"
ORDER = ("analysis", "vocab", "exercises", "export")
RUNNERS = ("build", "cli", "web")
# Reading a learner's Anki collection back needs quizgen's own note types, which the Anki
# exporter defines: the one import from a later stage, kept to this one module.
READS_BACK = {("vocab/learner_collection.py", "quizgen.export.anki_models")}


def imported(path: Path) -> set[str]:
    """Every quizgen module `path` imports, at the top or inside a function, as an absolute name."""
    package = list(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package[: len(package) - (node.level - 1)])
                module = ".".join(p for p in (base, node.module or "") if p)
                names.add(module)
                if not node.module:
                    names.update(f"{module}.{alias.name}" for alias in node.names)
            else:
                names.add(node.module or "")
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {name for name in names if name.startswith("quizgen.")}


def stage_modules() -> list[tuple[str, Path]]:
    return [(stage, path) for stage in ORDER for path in sorted((PACKAGE / stage).rglob("*.py"))]


@pytest.mark.parametrize(("stage", "path"), stage_modules(),
                         ids=lambda v: str(v.relative_to(PACKAGE)) if isinstance(v, Path) else v)
def test_a_stage_imports_no_later_stage_and_no_runner(stage, path):
    later = ORDER[ORDER.index(stage) + 1:]
    where = path.relative_to(PACKAGE).as_posix()
    wrong = sorted(
        name for name in imported(path)
        if name.split(".")[1] in later + RUNNERS and (where, name) not in READS_BACK)
    assert wrong == [], f"{where} reaches forward: {wrong}"


def test_the_check_resolves_relative_imports():
    """`from .frequency import ...` in analysis/analyze.py is quizgen.analysis.frequency, so a
    forward reach written relatively is seen as well."""
    assert "quizgen.analysis.frequency" in imported(PACKAGE / "analysis" / "analyze.py")
    assert "quizgen.model" in imported(PACKAGE / "exercises" / "cloze.py")
