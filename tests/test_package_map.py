"""README's package map names every module of quizgen, and only modules that exist."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAP = re.compile(r"<!-- package map: start -->(.*?)<!-- package map: end -->", re.S)


def listed_modules() -> list[str]:
    found = MAP.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert found, "README.md has no package map"
    return re.findall(r"^\| `(quizgen/[\w/]+\.py)` \| \w+ \| \S.*\|$", found.group(1), re.M)


def test_every_module_is_listed_once():
    listed = listed_modules()
    assert len(listed) == len(set(listed)), "a module is listed twice"
    modules = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "quizgen").rglob("*.py"))
    assert sorted(set(modules) - set(listed)) == [], "modules missing from README's package map"
    assert sorted(set(listed) - set(modules)) == [], "README's package map lists no such module"
