"""German categories of one kind (de_categories.tsv): the other things an encyclopedia's 'X
ist ein Fisch' could have said ('Vogel', 'Säugetier'), and a noun with its indefinite article."""

from __future__ import annotations

from functools import cache
from importlib import resources

from .lexicon import noun_info

INDEFINITE = {"m": "ein", "n": "ein", "f": "eine"}
FEMININE = "in"


@cache
def _kinds() -> dict[str, tuple[str, ...]]:
    """Category -> every category of its kind (itself included), the first line naming it."""
    text = (resources.files("quizgen.languages") / "data" / "de_categories.tsv").read_text(encoding="utf-8")
    kinds: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            row = tuple(line.split("\t"))
            for word in row:
                kinds.setdefault(word, row)
    return kinds


def with_article(noun: str) -> str | None:
    """'Fisch' -> 'ein Fisch', 'Blume' -> 'eine Blume'; None for a noun of unknown gender."""
    gender = noun_info(noun).gender
    return f"{INDEFINITE[gender]} {noun}" if gender else None


def _nearest_first(row: tuple[str, ...], noun: str) -> list[str]:
    at = row.index(noun)
    return sorted((w for w in row if w != noun), key=lambda w: abs(row.index(w) - at))


def sibling_categories(noun: str) -> list[str]:
    """The other categories of `noun`'s kind, nearest first ('Physikerin' -> 'Chemikerin',
    'Erfinderin', ...); [] for a noun the table does not know."""
    kinds = _kinds()
    if noun in kinds:
        return _nearest_first(kinds[noun], noun)
    if noun.endswith(FEMININE) and noun[: -len(FEMININE)] in kinds:
        base = noun[: -len(FEMININE)]
        return [w + FEMININE for w in _nearest_first(kinds[base], base)]
    return []
