"""The worksheet's gap-fill: which words become gaps, the word bank, and the text with gaps.

Gaps are chosen once (build.make_quiz) and every exporter renders the same choice. A gap must
not be given away: its word occurs nowhere else on the sheet (not ungapped in the text, not in
the title, not in any question), and it is never part of a name, a title before a name, a
byline, a credit or a hyphenated compound (gap_rules). Gaps are spread over the text, some
words apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..model import Analysis, BankWord, Question, Sentence, VocabItem, Worksheet, WorksheetGap
from ..vocab.gloss import GlossSources
from .gap_rules import WORD, eligible, question_words, visible_words
from .word_bank import bank_order, bank_word, distractor_words

MIN_TOKENS_APART = 6  # words between two gaps, so that each has context of its own
# A short text that runs out of sentences may give a long sentence a second gap this far
# from the first, so that each still has a clause of context.
SAME_SENTENCE_APART = 3 * MIN_TOKENS_APART
EXAMPLE_SHARE = 0.15  # the worked example (0) comes from the first part of the text
EXCERPT_SLACK = 1.2  # a text up to this many times --excerpt words is printed whole
EXAMPLE_SHARE_AT_MOST = 0.34  # ... or, when that part has no word for it, from the first third
EXAMPLE_SHARE_SHORT_TEXT = 0.5


@dataclass(frozen=True)
class Segment:
    """A run of text, or (when `gap` is set) one blank of gap `gap`; `text` is its answer and
    `part` is "a"/"b" for the two blanks of a separable verb."""

    text: str
    gap: int | None = None
    part: str = ""


@dataclass(frozen=True)
class GapParagraph:
    segments: tuple[Segment, ...]
    sentences: tuple[int, ...]
    kind: str = "body"


def shown_sentences(analysis: Analysis, excerpt: int) -> tuple[Sentence, ...]:
    """The sentences a worksheet prints: no credit lines or advertisements, not the title
    again, and for a long text the paragraphs up to about `excerpt` words (0: all)."""
    title = " ".join(analysis.article.title.split())
    shown: list[Sentence] = []
    words = 0
    paragraph = None
    printed = [s for s in analysis.sentences
               if not (s.kind == "credit" or (s.index == 0 and _is_title(s, title)))]
    if excerpt and sum(len(WORD.findall(s.text)) for s in printed) <= excerpt * EXCERPT_SLACK:
        excerpt = 0  # a text a little over the excerpt is printed whole, not cut near its end
    for sentence in printed:
        if excerpt and words >= excerpt and sentence.paragraph != paragraph:
            break
        shown.append(sentence)
        words += len(WORD.findall(sentence.text))
        paragraph = sentence.paragraph
    return tuple(shown)


def _is_title(sentence: Sentence, title: str) -> bool:
    """The headline again, or a chapter's heading that the title ("Book: Chapter") holds."""
    text = " ".join(sentence.text.split())
    return text == title or (sentence.kind == "heading" and title.endswith(text))


def adjacent_parts(item: VocabItem, sentence: Sentence) -> bool:
    """A separable verb whose parts stand side by side ("legt nahe"): one blank, not two."""
    spans = sorted(item.spans)
    return len(spans) > 1 and all(not sentence.text[a[1]:b[0]].strip()
                                  for a, b in pairwise(spans))


def split_blanks(item: VocabItem, sentence: Sentence) -> bool:
    """The gap is printed as two blanks, a and b: a separable verb with words between its parts."""
    return len(item.spans) > 1 and not adjacent_parts(item, sentence)


def _answer(item: VocabItem, sentence: Sentence) -> str:
    joiner = " " if adjacent_parts(item, sentence) else " … "
    return joiner.join(sentence.text[s:e] for s, e in sorted(item.spans))


def _spread(candidates: list[tuple[int, int, VocabItem]], count: int, start: int, end: int,
            taken: list[int], gapped_sentences: set[int]) -> list[tuple[int, VocabItem]]:
    """`count` candidates (position, rank, item), one from each of `count` equal stretches
    of the text where possible, the best ranked first, each some words from the others and
    in a sentence of its own (a second gap in a sentence takes the context the first needs;
    a short text may share a long sentence, see SAME_SENTENCE_APART)."""
    chosen: list[tuple[int, VocabItem]] = []

    def free(position: int, item: VocabItem, apart: int = MIN_TOKENS_APART) -> bool:
        return (apart > MIN_TOKENS_APART or item.sentence not in gapped_sentences) and all(
            abs(position - other) > apart for other in taken)

    width = max(1, (end - start) / max(count, 1))
    for stretch in range(count):
        low, high = start + stretch * width, start + (stretch + 1) * width
        for position, _, item in sorted((c for c in candidates if low <= c[0] < high),
                                        key=lambda c: c[1]):
            if free(position, item):
                chosen.append((position, item))
                taken.append(position)
                gapped_sentences.add(item.sentence)
                break
    for apart in (MIN_TOKENS_APART, SAME_SENTENCE_APART):  # stretches left empty
        for position, _, item in sorted(candidates, key=lambda c: c[1]):
            if len(chosen) >= count:
                break
            if free(position, item, apart) and all(item is not other for _, other in chosen):
                chosen.append((position, item))
                taken.append(position)
                gapped_sentences.add(item.sentence)
    return sorted(chosen, key=lambda c: c[0])[:count]


def choose_worksheet(analysis: Analysis, pool: Sequence[VocabItem], questions: Sequence[Question],
                     gaps: int, excerpt: int, address: str, with_bank: bool = True,
                     sources: GlossSources | None = None) -> Worksheet:
    """The gaps, example and word bank of the worksheet over `analysis`, from the ranked
    words of `pool`, avoiding every word shown in `questions`; the bank's distractors come
    from `sources`' dictionary (none without it)."""
    lang = analysis.language
    shown = shown_sentences(analysis, excerpt)
    indexes = {s.index for s in shown}
    kept = tuple(q for q in questions if not q.evidence or set(q.evidence) <= indexes)
    seen = visible_words([analysis.article.title, *(s.text for s in shown)])
    asked = question_words(kept)
    glossed = any(v.gloss for v in pool)
    offsets: dict[int, int] = {}
    total = 0
    for sentence in shown:
        offsets[sentence.index] = total
        total += len(sentence.tokens)
    candidates = []
    for rank, item in enumerate(pool):
        sentence = analysis.sentences[item.sentence] if item.sentence < len(analysis.sentences) else None
        if sentence is None or sentence.index not in indexes:
            continue
        if eligible(item, sentence, lang, seen, asked, glossed):
            token_no = next(n for n, t in enumerate(sentence.tokens) if t.start == item.start)
            candidates.append((offsets[sentence.index] + token_no, rank, item))
    example = None
    taken: list[int] = []
    gapped_sentences: set[int] = set()
    early: list[tuple[int, int, VocabItem]] = []
    # the opening may be all names or forms of address: then the first third will do, or
    # in a short text the first half
    for share in (EXAMPLE_SHARE, EXAMPLE_SHARE_AT_MOST, EXAMPLE_SHARE_SHORT_TEXT):
        early = early or [c for c in candidates if c[0] < total * share and not c[2].extra_spans]
    if early and gaps:
        position, _, item = min(early)
        example = WorksheetGap(0, _answer(item, analysis.sentences[item.sentence]), item)
        taken.append(position)
        gapped_sentences.add(item.sentence)
        candidates = [c for c in candidates if c[2] is not item]
    start = taken[0] + 1 if taken else 0
    chosen = _spread(candidates, gaps, start, total, taken, gapped_sentences)
    numbered = tuple(WorksheetGap(n, _answer(item, analysis.sentences[item.sentence]), item)
                     for n, (_, item) in enumerate(chosen, start=1))
    bank: tuple[BankWord, ...] = ()
    if with_bank:
        words = [bank_word(g.item, lang) for g in numbered]
        avoid = asked | {example.lemma.lower()} if example else asked
        nouns = [t.lemma for s in shown for t in s.tokens if t.upos == "NOUN" and not t.is_name]
        words += distractor_words([g.item for g in numbered], seen, avoid, sources, lang, nouns)
        unique = {w.text: w for w in words}
        bank = tuple(sorted(unique.values(), key=bank_order))
    words_shown = sum(len(WORD.findall(s.text)) for s in shown)
    return Worksheet(numbered, example, bank, address, shown[-1].index if shown else -1,
                     words_shown, tuple(q.id for q in kept))


def blank_spans(item: VocabItem, sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """Where the gap's blanks go: one a word, or one over both parts of a separable verb
    that stand side by side."""
    if adjacent_parts(item, sentence):
        return ((min(item.spans)[0], max(item.spans)[1]),)
    return tuple(sorted(item.spans))


def _sentence_segments(sentence: Sentence, gaps: list[WorksheetGap]) -> list[Segment]:
    spans = sorted((s, e, gap.number, split_blanks(gap.item, sentence))
                   for gap in gaps for s, e in blank_spans(gap.item, sentence))
    segments: list[Segment] = []
    cursor = 0
    parts: Counter[int] = Counter()
    for start, end, number, split in spans:
        if start > cursor:
            segments.append(Segment(sentence.text[cursor:start]))
        part = "ab"[parts[number]] if split else ""
        parts[number] += 1
        segments.append(Segment(sentence.text[start:end], gap=number, part=part))
        cursor = end
    if cursor < len(sentence.text):
        segments.append(Segment(sentence.text[cursor:]))
    return segments


def merge_text(segments: list[Segment]) -> tuple[Segment, ...]:
    """Join neighbouring text runs so templates see as few pieces as possible."""
    merged: list[Segment] = []
    for seg in segments:
        if merged and seg.gap is None and merged[-1].gap is None:
            merged[-1] = Segment(merged[-1].text + seg.text)
        else:
            merged.append(seg)
    return tuple(merged)


def gap_paragraphs(analysis: Analysis, worksheet: Worksheet, excerpt: int) -> tuple[GapParagraph, ...]:
    """The worksheet's text as paragraphs of text runs and blanks (gap 0 is the example)."""
    gaps = [*([worksheet.example] if worksheet.example else []), *worksheet.gaps]
    by_sentence: dict[int, list[WorksheetGap]] = {}
    for gap in gaps:
        by_sentence.setdefault(gap.sentence, []).append(gap)
    paragraphs: dict[int, list[Sentence]] = {}
    for sentence in shown_sentences(analysis, excerpt):
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    result = []
    for _, sentences in sorted(paragraphs.items()):
        segments: list[Segment] = []
        for n, sentence in enumerate(sentences):
            if n:
                segments.append(Segment(" "))
            segments.extend(_sentence_segments(sentence, by_sentence.get(sentence.index, [])))
        kinds = {s.kind for s in sentences}
        result.append(GapParagraph(merge_text(segments), tuple(s.index for s in sentences),
                                   kinds.pop() if len(kinds) == 1 else "body"))
    return tuple(result)
