"""One-line instructions for each worksheet section, per language and register (the
tables are each language package's `INSTRUCTIONS`).

`--address sie|du` picks the register: the formal (Sie, vous, usted, Lei, u) or the
familiar one (du, tu, tú, tu, je). English has one form for both. A sheet never mixes them.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from ..languages import language

KEYS = ("gapfill", "gapfill_no_bank", "split", "choice", "true_false", "true_false_not_given",
        "matching", "order", "open", "other")

def instructions(lang: str, address: str, distractors: int = 2) -> MappingProxyType[str, Any]:
    """The section instructions; the gap-fill line says how many words are left over."""
    table = dict(language(lang).instructions[address])
    if distractors != 2:
        table["gapfill"] = _left_over(table["gapfill"], distractors)
    return MappingProxyType(table)


_TWO = {"Zwei": "{n}", "Two": "{n}", "Deux": "{n}", "Sobran dos": "Sobran {n}",
        "Due": "{n}", "Twee": "{n}"}


def _left_over(line: str, n: int) -> str:
    if n == 0:  # no word is left over: the last sentence goes
        return line.rsplit(". ", 1)[0] + "."
    for word, pattern in _TWO.items():
        if word in line:
            return line.replace(word, pattern.format(n=n))
    return line
