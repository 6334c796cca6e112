"""One-line instructions for each worksheet section, per language and register (the
tables are each language package's `INSTRUCTIONS`).

`--address sie|du` picks the register: the formal (Sie, vous, usted, Lei, u) or the
familiar one (du, tu, tú, tu, je). English has one form for both. A sheet never mixes them.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Any

from ..languages import language

KEYS = ("gapfill", "gapfill_no_bank", "split", "choice", "true_false", "true_false_not_given",
        "matching", "order", "open", "other",
        # the interactive sheet's lists instead of the printed sheet's boxes
        "matching_web", "order_web")

def instructions(lang: str, address: str, distractors: int = 2) -> MappingProxyType[str, Any]:
    """The section instructions; the gap-fill line says how many words are left over."""
    table = dict(language(lang).instructions[address])
    if distractors != 2:
        ui = language(lang).ui
        table["gapfill"] = _left_over(table["gapfill"], distractors, ui["left_over"].split(),
                                      ui["one_left_over"])
    return MappingProxyType(table)


def _left_over(line: str, n: int, numbers: list[str], one: str) -> str:
    """The line with `n` words left over, written out as the line has 'two' (`numbers`: the
    words for two, three and four; `one`: the sentence for one, whose noun and verb are
    singular)."""
    if n < 2:  # none left over: the last sentence goes; one: it says so in the singular
        return line.rsplit(". ", 1)[0] + "." + (f" {one}" if n == 1 else "")
    word = numbers[n - 2] if 2 <= n < 2 + len(numbers) else str(n)
    return re.sub(rf"\b{re.escape(numbers[0])}\b", word, line, count=1)
