"""HanTa's sentence Viterbi, visiting only the tags a word can have.

HanTa's `tag_sent_viterbi` loops, for every state of the previous word, over all of the
state's 56 successor tags and skips those the word cannot have; a word has one to five.
This is the same search starting from the word's tags: the same sums in the same order, the
same pruning, and the same tie-breaking (a word's tags are visited in HanTa's order, so
every row is filled in the order HanTa fills it). `tests/test_speedups.py` compares the two
on real text.
"""

from __future__ import annotations

import math
from typing import Any

# HanTa's reserved tag numbers (HanTa.HanoverTagger).
EMPTY, START, END, UNKNOWN = 0, 1, 2, 3
LOWER_BOUND = -1e6
BEAM = 5  # HanTa continues from the five best states of each row

State = tuple[int, int]  # the tags of the last two words


def install(tagger: Any) -> bool:
    """Replace `tagger`'s Viterbi when its model allows (see `shared_successor_order`)."""
    order = shared_successor_order(tagger.LP_trans_word)
    if order is None:
        return False
    tagger.tag_sent_viterbi = FastViterbi(tagger, order)
    return True


def shared_successor_order(transitions: dict[State, dict[int, float]]) -> dict[int, int] | None:
    """tag -> position, when every state lists the same successors in the same order (as in
    HanTa's models); then a word's tags are put in HanTa's order once, not once per state."""
    orders = {tuple(successors) for successors in transitions.values()}
    return {c: n for n, c in enumerate(orders.pop())} if len(orders) == 1 else None


class FastViterbi:
    """Installed as `tag_sent_viterbi` on one HanoverTagger instance."""

    def __init__(self, tagger: Any, order: dict[int, int]) -> None:
        self.tagger = tagger
        self.transitions: dict[State, dict[int, float]] = tagger.LP_trans_word
        self.order = order
        # An unknown word may have any tag at no cost.
        self.any_tag = [(c, 0) for c in order if c != END]
        # (word, case-sensitive) -> its tags in HanTa's order with their probabilities,
        # made from the answers of `tag_word_for_memo`.
        self.word_tags: dict[tuple[str, bool], list[tuple[int, float]]] = {}
        self.tag_word_for_memo: Any = None

    def tags_of(self, word: str, casesensitive: bool) -> list[tuple[int, float]]:
        tag_word = self.tagger._tag_word  # wordcache's memo, when installed
        if tag_word != self.tag_word_for_memo:  # (tests replace it)
            self.word_tags, self.tag_word_for_memo = {}, tag_word
        key = (word, casesensitive)
        found = self.word_tags.get(key)
        if found is None:
            wprobs = dict(tag_word(word, cutoff=5, casesensitive=casesensitive,
                                   conditional=True))
            if not wprobs or (len(wprobs) == 1 and UNKNOWN in wprobs):
                found = self.any_tag
            else:
                order = self.order
                found = [(c, wprobs[c]) for c in sorted(
                    (c for c in wprobs if c in order and c != END), key=order.__getitem__)]
            self.word_tags[key] = found
        return found

    def __call__(self, sent: list[str], casesensitive: bool = True) -> list[int]:
        transitions = self.transitions
        backpointers: list[dict[State, State]] = []
        prevrow: dict[State, float] = {(EMPTY, START): 0.0}
        for i, word in enumerate(sent):
            word_tags = self.tags_of(word, casesensitive and i > 0)
            rowbound = (sorted(prevrow.values(), reverse=True)[BEAM] - 1
                        if len(prevrow) > BEAM else LOWER_BOUND)
            row: dict[State, float] = {}
            back: dict[State, State] = {}
            for state, lp0 in prevrow.items():
                if lp0 < rowbound:
                    continue
                successors = transitions[state]
                previous = state[1]
                for c, lpwc in word_tags:
                    lp = lp0 + successors[c] + lpwc
                    if lp > LOWER_BOUND:
                        newstate = (previous, c)
                        if newstate not in row or lp > row[newstate]:
                            row[newstate] = lp
                            back[newstate] = state
            backpointers.append(back)
            prevrow = row
        best, state = -math.inf, (END, EMPTY)
        for last, lp0 in prevrow.items():
            lp = lp0 + transitions[last].get(END, -math.inf)
            if lp > best:
                best, state = lp, last
        tags: list[int] = []
        for back in reversed(backpointers):
            tags.append(state[1])
            state = back[state]
        return tags[::-1]
