"""Human-readable views of a selection, for `quizgen vocab`."""

from __future__ import annotations

from ..analysis.headwords import dictionary_form, plural_suffix  # noqa: F401  (gapfill imports plural_suffix from here)
from ..model import Analysis, VocabItem

SENTENCE_WIDTH = 60
GLOSS_WIDTH = 40


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def vocabulary_table(analysis: Analysis, items: tuple[VocabItem, ...]) -> str:
    rows = [("#", "word", "form", "POS", "n", "zipf", "meaning", "sentence")]
    for rank, item in enumerate(items, start=1):
        sentence = analysis.sentences[item.sentence].text
        rows.append((str(rank), dictionary_form(item, analysis.language), item.form, item.pos,
                     str(item.count), f"{item.zipf:.2f}", _shorten(item.gloss or "-", GLOSS_WIDTH),
                     _shorten(sentence, SENTENCE_WIDTH)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines)
