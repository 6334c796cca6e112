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
RUNNERS = ("build", "cli", "cli_options", "web")
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


# Where English is the reference, not a language with rules of its own: words more frequent
# in English are foreign in any other text, and English meanings are the default.
ENGLISH_AS_REFERENCE = "en"
# Every module outside languages/: the stages, ingest, runtime, web and the runners.
def language_free_modules() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py")
                  if "languages" not in path.relative_to(PACKAGE).parts)


def language_tests(path: Path) -> list[str]:
    """Where `path` compares something with a language code other than the reference one
    (`lang == "de"`, `code in ("fr", "it")`), as 'line: code'."""
    codes = {"de", "en", "fr", "es", "it", "nl"} - {ENGLISH_AS_REFERENCE}
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Compare):
            for side in (node.left, *node.comparators):
                values = side.elts if isinstance(side, (ast.Tuple, ast.List, ast.Set)) else [side]
                found += [f"{node.lineno}: {v.value}" for v in values
                          if isinstance(v, ast.Constant) and v.value in codes]
    return found


@pytest.mark.parametrize("path", language_free_modules(), ids=lambda v: str(v.relative_to(PACKAGE)))
def test_a_stage_asks_the_language_and_never_tests_its_code(path):
    """Language rules live in `languages/<code>/`: a stage reads the language's profile or asks
    for one of its parts (`language_part`), so a new language needs no stage changed."""
    where = path.relative_to(PACKAGE).as_posix()
    own_modules = sorted(name for name in imported(path)
                         if name.split(".")[1:2] == ["languages"]
                         and name.split(".")[2:3] in (["de"], ["en"], ["fr"], ["es"], ["it"], ["nl"]))
    assert own_modules == [], f"{where} imports a language's own module: {own_modules}"
    assert language_tests(path) == [], f"{where} tests a language code"


def test_the_language_check_sees_a_code_test(tmp_path):
    source = tmp_path / "stage.py"
    source.write_text('if lang == "de" or code in ("fr", "en"):\n    pass\n', encoding="utf-8")
    assert language_tests(source) == ["1: de", "1: fr"]
