"""The printed text broken into numbered lines, so that questions and the key can name lines.

A browser numbers no lines, and Chromium and WeasyPrint would break the same paragraph
differently; so quizgen breaks the lines itself, measuring words in the worksheet's own font
(DejaVu, which both engines use) and leaving a margin for differences in kerning. Lines are
ragged right and never hyphenated, so no "wie-" is left at a line's end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..exercises.gapfill import GapParagraph, Segment, merge_text

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
TEXT_FONT = ("DejaVuSerif.ttf", 10.0)  # worksheet.css: .gapfill font
LABEL_FONT = ("DejaVuSans-Bold.ttf", 7.5)  # worksheet.css: .gap-no
MM = 72 / 25.4
TEXT_WIDTH_PT = 166 * MM  # worksheet.css: the 178 mm sheet less the 10 mm line-number gutter
SAFETY = 0.95  # measured widths and the browsers' differ by kerning and rounding
BLANK_STEP_PT = 5 * MM
MIN_BLANK_PT = 20 * MM
NUMBER_EVERY = 5


@dataclass(frozen=True)
class Line:
    number: int
    segments: tuple[Segment, ...]
    first: bool  # first line of its paragraph
    last: bool


@dataclass(frozen=True)
class TextLayout:
    paragraphs: tuple[tuple[Line, ...], ...]
    kinds: tuple[str, ...]
    sentence_lines: dict[int, tuple[int, int]]  # sentence index -> first and last line
    blank_pt: float = MIN_BLANK_PT  # every blank's width: see sheet_blank_width

    def lines_of(self, sentences: tuple[int, ...], paragraphs: bool = False) -> str:
        """'Z. 7' / 'Z. 7-9' style reference (without the prefix): '7' or '7–9'. With
        `paragraphs`, each sentence stands for its whole paragraph, in the sentences' order
        ('1–4, 9–14'): a matching task's items are paragraphs, and the lines between them
        belong to none."""
        spans = [self.sentence_lines[s] for s in sentences if s in self.sentence_lines]
        if paragraphs:
            spans = [self._paragraph_span(first) for first, _ in spans]
            return ", ".join(_span_text(*span) for span in spans)
        if not spans:
            return ""
        return _span_text(min(a for a, _ in spans), max(b for _, b in spans))

    def _paragraph_span(self, line: int) -> tuple[int, int]:
        for lines in self.paragraphs:
            if lines and lines[0].number <= line <= lines[-1].number:
                return lines[0].number, lines[-1].number
        return line, line


def _span_text(low: int, high: int) -> str:
    return str(low) if low == high else f"{low}–{high}"


@lru_cache(maxsize=4)
def _font(name: str, size: float):
    from PIL import ImageFont

    path = FONT_DIR / name
    if not path.is_file():
        return None
    return ImageFont.truetype(str(path), 100), size / 100


def text_width(text: str, font: tuple[str, float] = TEXT_FONT) -> float:
    """Width in points; without the font file, a generous estimate per character."""
    loaded = _font(*font)
    if loaded is None:
        return len(text) * font[1] * 0.62
    face, scale = loaded
    return face.getlength(text) * scale


def blank_width(answer: str) -> float:
    """A blank long enough to write the answer by hand, in steps of BLANK_STEP_PT."""
    need = text_width(answer) * 1.25 + 4 * MM
    steps = -(-need // BLANK_STEP_PT)
    return max(MIN_BLANK_PT, steps * BLANK_STEP_PT)


def sheet_blank_width(paragraphs: tuple[GapParagraph, ...]) -> float:
    """The one width of every blank on the sheet: long enough for its longest answer. Blanks
    as long as their answers tell a student which word goes where ("Erdkruste" does not fit
    the short one) before the text is read."""
    answers = [seg.text for p in paragraphs for seg in p.segments if seg.gap is not None]
    return max((blank_width(a) for a in answers), default=MIN_BLANK_PT)


def gap_label(segment: Segment) -> str:
    return f"({segment.gap}{segment.part})"


def _width(atom: list[Segment], blank: float) -> float:
    total = 0.0
    for seg in atom:
        if seg.gap is None:
            total += text_width(seg.text)
        else:
            total += text_width(gap_label(seg), LABEL_FONT) + 2 + blank
    return total


def _atoms(paragraph: GapParagraph) -> list[tuple[list[Segment], int]]:
    """Pieces that a line may not break inside (a word with its punctuation, a gap with the
    comma after it), each with its character offset in the paragraph."""
    atoms: list[tuple[list[Segment], int]] = [([], 0)]
    offset = 0
    for seg in paragraph.segments:
        if seg.gap is not None:
            atoms[-1][0].append(seg)
            offset += len(seg.text)
            continue
        for part in re.split(r"(\s+)", seg.text):
            if not part:
                continue
            if part.isspace():
                atoms.append(([], offset + len(part)))
            else:
                atoms[-1][0].append(Segment(part))
            offset += len(part)
    return [(atom, at) for atom, at in atoms if atom]


def _joined(atoms: list[list[Segment]]) -> tuple[Segment, ...]:
    out: list[Segment] = []
    for n, atom in enumerate(atoms):
        if n:
            out.append(Segment(" "))
        out.extend(atom)
    return merge_text(out)


def _no_lonely_last_atom(rows: list[list[tuple[list[Segment], int]]], limit: float,
                         blank: float) -> None:
    """A paragraph does not end on a line holding one word or one gap ("(3) ____."): the word
    before it comes down too, where the two fit on a line."""
    if len(rows) > 1 and len(rows[-1]) == 1 and len(rows[-2]) > 3:
        moved, last = rows[-2][-1][0], rows[-1][0][0]
        if _width(moved, blank) + text_width(" ") + _width(last, blank) <= limit:
            rows[-1].insert(0, rows[-2].pop())


def _line_of(offset: int, starts: list[int], first_line: int) -> int:
    """The number of the line holding character `offset` of a paragraph."""
    return first_line + max((i for i, start in enumerate(starts) if start <= offset), default=0)


def layout(paragraphs: tuple[GapParagraph, ...], sentence_text: dict[int, str]) -> TextLayout:
    limit = TEXT_WIDTH_PT * SAFETY
    space = text_width(" ")
    blank = sheet_blank_width(paragraphs)
    number = 0
    out: list[tuple[Line, ...]] = []
    where: dict[int, tuple[int, int]] = {}
    for paragraph in paragraphs:
        rows: list[list[tuple[list[Segment], int]]] = [[]]
        width = 0.0
        for atom, at in _atoms(paragraph):
            w = _width(atom, blank)
            if rows[-1] and width + space + w > limit:
                rows.append([])
                width = 0.0
            width += (space if rows[-1] else 0.0) + w
            rows[-1].append((atom, at))
        _no_lonely_last_atom(rows, limit, blank)
        first_line = number + 1
        starts = [row[0][1] for row in rows if row]
        lines = []
        for n, row in enumerate(r for r in rows if r):
            number += 1
            lines.append(Line(number, _joined([a for a, _ in row]), n == 0, n == len(starts) - 1))
        out.append(tuple(lines))
        cursor = 0
        for index in paragraph.sentences:  # sentences are joined by one space
            begin, end = cursor, cursor + len(sentence_text[index])
            where[index] = (_line_of(begin, starts, first_line),
                            _line_of(max(begin, end - 1), starts, first_line))
            cursor = end + 1
    return TextLayout(tuple(out), tuple(p.kind for p in paragraphs), where, blank)
