"""Choosing which candidates become the quiz: round-robin over kinds, spread over the text,
no evidence sentence used twice (two questions on one sentence give each other away)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Question
from .common import Candidate

# At most this many "matching" questions: one already covers the whole article.
PER_KIND_LIMIT = {"matching": 1, "role": 2}  # roles share their options: more repeat them
# Kinds chosen first: they ask about whole paragraphs, and their evidence only points to
# where each paragraph starts, so they leave every sentence free for the other kinds.
FIRST = ("matching",)
WHOLE_TEXT = frozenset(FIRST)
# Kinds asked only where the others leave room: a quotation's speaker is found by finding
# the quotation, so it fills a worksheet rather than leading it.
FALLBACK = frozenset({"who_said"})
# At most this share of a worksheet for one kind.
SHARE_LIMIT = {"true_false": 0.7}
# Kinds whose answers must take turns: true and false alternate, so neither is more than
# one ahead (a worksheet of nothing but "richtig" tests nothing).
ALTERNATING = frozenset({"true_false"})


@dataclass
class _Quiz:
    count: int
    length: int
    chosen: list[tuple[str, Question]] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    prompts: set[str] = field(default_factory=set)

    def full(self) -> bool:
        return len(self.chosen) >= self.count

    def answers(self, kind: str) -> list[str]:
        return [repr(q.answer) for k, q in self.chosen if k == kind]

    def add(self, kind: str, question: Question) -> None:
        self.chosen.append((kind, question))
        if kind not in WHOLE_TEXT:
            self.used.update(question.evidence)
        self.prompts.add(question.prompt)


def _distance(candidate: Candidate, used: set[int], length: int) -> float:
    if not used:
        return float(length)
    return min(abs(e - u) for e in candidate.question.evidence for u in used)


def _pick(pool: list[Candidate], used: set[int], length: int, answers: list[str],
          alternating: bool = False) -> Candidate | None:
    """The candidate with the answer asked least so far (true and false in turn, different
    speakers), then the farthest from sentences already asked about, then the best scored."""
    free = [c for c in pool if not used & set(c.question.evidence)]
    if alternating and answers:
        values = {repr(c.question.answer) for c in pool} | set(answers)
        fewest = min(answers.count(v) for v in values) if len(values) > 1 else 0
        free = [c for c in free if answers.count(repr(c.question.answer)) <= fewest]
    if not free:
        return None
    return max(free, key=lambda c: (-answers.count(repr(c.question.answer)),
                                    min(_distance(c, used, length), 8), c.score))


def _round_robin(pools: dict[str, list[Candidate]], quiz: _Quiz, count: int) -> None:
    """One question per kind in turn until `count` are chosen or the pools run dry."""
    while len(quiz.chosen) < count and pools:
        for kind in list(pools):
            if len(quiz.chosen) >= count:
                break
            answers = quiz.answers(kind)
            pick = _pick(pools[kind], quiz.used, quiz.length, answers, kind in ALTERNATING)
            if pick is None or len(answers) >= _limit(kind, quiz.count):
                del pools[kind]
                continue
            pools[kind].remove(pick)
            if pick.question.prompt not in quiz.prompts:
                quiz.add(kind, pick.question)


def _limit(kind: str, count: int) -> int:
    """Most questions one kind may take: a worksheet of statements only tests little."""
    if kind in SHARE_LIMIT:
        return max(2, int(count * SHARE_LIMIT[kind] + 0.5))
    return PER_KIND_LIMIT.get(kind, count)


def _least_demanded(pool: list[Candidate], others: list[Candidate]) -> Candidate:
    """The candidate whose sentences the fewest other candidates ask about, then the best."""
    demand: dict[int, int] = {}
    for c in others:
        for i in set(c.question.evidence):
            demand[i] = demand.get(i, 0) + 1
    return min(pool, key=lambda c: (sum(demand.get(i, 0) for i in c.question.evidence), -c.score))


def select(pools: dict[str, list[Candidate]], count: int, length: int) -> tuple[Question, ...]:
    pools = {k: list(v) for k, v in pools.items() if v}
    quiz = _Quiz(count, length)
    for kind in FIRST:
        if kind in pools and not quiz.full():
            others = [c for k, v in pools.items() if k != kind for c in v]
            quiz.add(kind, _least_demanded(pools.pop(kind), others).question)
    _round_robin({k: v for k, v in pools.items() if k not in FALLBACK}, quiz, count)
    _round_robin({k: v for k, v in pools.items() if k in FALLBACK}, quiz, count)
    return tuple(sorted((q for _, q in quiz.chosen), key=lambda q: (q.type == "matching", min(q.evidence))))
