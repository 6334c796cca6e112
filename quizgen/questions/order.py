"""Order of events: three to five statements from across the article, to put in text order."""

from __future__ import annotations

from ..model import Analysis, Question, Sentence, VocabItem
from .common import Candidate, is_self_contained, question_id, quoted_sentences, rng_for, words
from .phrasing import phrasing

MIN_WORDS, MAX_WORDS = 5, 22
EVENTS = 4


def _eligible(analysis: Analysis) -> list[Sentence]:
    quoted = quoted_sentences(analysis)
    return [s for s in analysis.sentences if s.index not in quoted
            and is_self_contained(s, analysis.language) and MIN_WORDS <= len(words(s)) <= MAX_WORDS]


def _spread(sentences: list[Sentence], count: int, offset: int) -> list[Sentence]:
    """One sentence from each of `count` equal stretches of the eligible ones."""
    picks = []
    for part in range(count):
        stretch = sentences[part * len(sentences) // count : (part + 1) * len(sentences) // count]
        if stretch:
            picks.append(stretch[min(offset, len(stretch) - 1)])
    return picks


def _question(analysis: Analysis, events: list[Sentence]) -> Question:
    evidence = tuple(s.index for s in events)
    qid = question_id(analysis.language, "order", analysis, evidence)
    rng = rng_for(analysis, qid)
    shown = list(range(len(events)))
    while shown == sorted(shown):  # a shuffle that leaves them in order would ask nothing
        rng.shuffle(shown)
    options = tuple(events[i].text for i in shown)
    answer = [shown.index(i) for i in range(len(events))]
    return Question(qid, "order", phrasing(analysis.language).order, options, answer, evidence)


def order_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    sentences = _eligible(analysis)
    if len(sentences) < 3:
        return []
    found, seen = [], set()
    # Several choices of events, so the selector can take one whose sentences other questions
    # need least; four events score above three.
    for count in sorted({min(EVENTS, len(sentences)), 3}, reverse=True):
        for offset in range(-(-len(sentences) // count)):
            events = _spread(sentences, count, offset)
            key = tuple(s.index for s in events)
            if len(events) >= 3 and len({s.text for s in events}) == len(events) and key not in seen:
                seen.add(key)
                score = len(events) - offset / len(sentences)
                found.append(Candidate(_question(analysis, events), score))
    return found
