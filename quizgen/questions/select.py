"""Choosing which candidates become the quiz: round-robin over kinds, spread over the text,
no evidence sentence used twice (two questions on one sentence give each other away)."""

from __future__ import annotations

from ..model import Question
from .common import Candidate

# At most this many "order" questions: one already covers the whole article.
PER_KIND_LIMIT = {"order": 1}


def _distance(candidate: Candidate, used: set[int], length: int) -> float:
    if not used:
        return float(length)
    return min(abs(e - u) for e in candidate.question.evidence for u in used)


def _pick(pool: list[Candidate], used: set[int], length: int, answers: list[str]) -> Candidate | None:
    """The candidate with the answer asked least so far (true and false in turn, different
    speakers), then the farthest from sentences already asked about, then the best scored."""
    free = [c for c in pool if not used & set(c.question.evidence)]
    if not free:
        return None
    return max(free, key=lambda c: (-answers.count(repr(c.question.answer)),
                                    min(_distance(c, used, length), 8), c.score))


def select(pools: dict[str, list[Candidate]], count: int, length: int) -> tuple[Question, ...]:
    pools = {k: list(v) for k, v in pools.items() if v}
    chosen: list[tuple[str, Question]] = []
    used: set[int] = set()
    prompts: set[str] = set()
    while len(chosen) < count and pools:
        for kind in list(pools):
            if len(chosen) >= count:
                break
            answers = [repr(q.answer) for k, q in chosen if k == kind]
            pick = _pick(pools[kind], used, length, answers)
            if pick is None or len(answers) >= PER_KIND_LIMIT.get(kind, count):
                del pools[kind]
                continue
            pools[kind].remove(pick)
            if pick.question.prompt in prompts:
                continue
            chosen.append((kind, pick.question))
            used.update(pick.question.evidence)
            prompts.add(pick.question.prompt)
    return tuple(sorted((q for _, q in chosen), key=lambda q: (q.type == "order", min(q.evidence))))
