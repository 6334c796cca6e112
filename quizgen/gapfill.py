"""The gap-fill exercise: the article with each chosen word replaced by a numbered gap.

Gaps are numbered 1..n in reading order. A word with several spans (a separable verb and its
particle) is one gap whose number appears at each span, and one answer ("teilte … mit").
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Analysis, Sentence, VocabItem


@dataclass(frozen=True)
class Gap:
    number: int
    answer: str  # the words as they stand in the text, spans joined by " … "
    lemma: str
    sentence: int
    item: VocabItem


@dataclass(frozen=True)
class Segment:
    """A run of article text, or (when `gap` is set) one span of a gap; `text` is its answer."""

    text: str
    gap: int | None = None


@dataclass(frozen=True)
class GapParagraph:
    segments: tuple[Segment, ...]
    kind: str = "body"  # the kind all its sentences share, else "body"


@dataclass(frozen=True)
class GapFill:
    paragraphs: tuple[GapParagraph, ...]
    gaps: tuple[Gap, ...]


def _overlaps(span: tuple[int, int], taken: Iterable[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _gap_items(analysis: Analysis, vocabulary: Iterable[VocabItem]) -> list[VocabItem]:
    """The items that get a gap, in reading order; an item whose spans clash with an earlier
    one (the same words chosen twice) is left out rather than drawn as nested gaps."""
    ordered = sorted(vocabulary, key=lambda v: (v.sentence, min(v.spans), v.lemma))
    taken: dict[int, list[tuple[int, int]]] = {}
    kept = []
    for item in ordered:
        if not 0 <= item.sentence < len(analysis.sentences):
            continue
        used = taken.setdefault(item.sentence, [])
        if any(_overlaps(span, used) for span in item.spans):
            continue
        used.extend(item.spans)
        kept.append(item)
    return kept


def make_gaps(analysis: Analysis, vocabulary: Iterable[VocabItem]) -> tuple[Gap, ...]:
    gaps = []
    for number, item in enumerate(_gap_items(analysis, vocabulary), start=1):
        text = analysis.sentences[item.sentence].text
        answer = " … ".join(text[s:e] for s, e in sorted(item.spans))
        gaps.append(Gap(number, answer, item.lemma, item.sentence, item))
    return tuple(gaps)


def _sentence_segments(sentence: Sentence, gaps: list[Gap]) -> list[Segment]:
    spans = sorted((s, e, g.number) for g in gaps for s, e in g.item.spans)
    segments: list[Segment] = []
    cursor = 0
    for start, end, number in spans:
        if start > cursor:
            segments.append(Segment(sentence.text[cursor:start]))
        segments.append(Segment(sentence.text[start:end], gap=number))
        cursor = end
    if cursor < len(sentence.text):
        segments.append(Segment(sentence.text[cursor:]))
    return segments


def _merge_text(segments: list[Segment]) -> tuple[Segment, ...]:
    """Join neighbouring text runs so templates see as few pieces as possible."""
    merged: list[Segment] = []
    for seg in segments:
        if merged and seg.gap is None and merged[-1].gap is None:
            merged[-1] = Segment(merged[-1].text + seg.text)
        else:
            merged.append(seg)
    return tuple(merged)


def make_gapfill(analysis: Analysis, vocabulary: Iterable[VocabItem]) -> GapFill:
    """The whole article as paragraphs of text runs and gaps; sentences are joined by a space."""
    gaps = make_gaps(analysis, vocabulary)
    by_sentence: dict[int, list[Gap]] = {}
    for gap in gaps:
        by_sentence.setdefault(gap.sentence, []).append(gap)
    paragraphs: dict[int, list[Sentence]] = {}
    for sentence in analysis.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    result = []
    for _, sentences in sorted(paragraphs.items()):
        segments: list[Segment] = []
        for n, sentence in enumerate(sentences):
            if n:
                segments.append(Segment(" "))
            segments.extend(_sentence_segments(sentence, by_sentence.get(sentence.index, [])))
        kinds = {s.kind for s in sentences}
        result.append(GapParagraph(_merge_text(segments), kinds.pop() if len(kinds) == 1 else "body"))
    return GapFill(tuple(result), gaps)


def word_bank(gaps: Iterable[Gap], seed: str) -> tuple[str, ...]:
    """The gaps' lemmas, each once, shuffled the same way for the same `seed`."""
    lemmas = sorted({gap.lemma for gap in gaps})
    random.Random(seed).shuffle(lemmas)
    return tuple(lemmas)
