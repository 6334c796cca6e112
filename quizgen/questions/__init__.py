"""Comprehension questions: a registry of generators, one module per kind, and a selector
that spreads the chosen questions over the article and over the kinds."""

from __future__ import annotations

from collections.abc import Callable

from ..model import Analysis, Question, VocabItem
from ..options import Options
from .common import Candidate

Generator = Callable[[Analysis, tuple[VocabItem, ...]], list[Candidate]]

# kind -> (module, function, languages or None for every language); imported when used.
GENERATORS: dict[str, tuple[str, str, frozenset[str] | None]] = {}


def register(kind: str, module: str, function: str, languages: frozenset[str] | None) -> None:
    GENERATORS[kind] = (module, function, languages)


register("order", "order", "order_questions", None)
register("who_said", "speakers", "who_said_questions", None)
register("who", "subjects", "who_questions", frozenset({"de"}))
register("number", "numbers", "number_questions", None)
register("true_false", "truefalse", "true_false_questions", None)
register("word_in_context", "context", "word_in_context_questions", frozenset({"de"}))


def kinds_for(lang: str) -> list[str]:
    return [k for k, (_, _, langs) in GENERATORS.items() if langs is None or lang in langs]


def generator(kind: str) -> Generator:
    from importlib import import_module

    module, function, _ = GENERATORS[kind]
    return getattr(import_module(f".{module}", __name__), function)


def candidates(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> dict[str, list[Candidate]]:
    """Every question each kind can ask about the article, best first."""
    out = {}
    for kind in kinds_for(analysis.language):
        found = generator(kind)(analysis, vocabulary)
        out[kind] = sorted(found, key=lambda c: (-c.score, c.question.evidence, c.question.id))
    return out


def make_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...],
                   options: Options) -> tuple[Question, ...]:
    """`options.questions` questions, spread over the kinds and over the article."""
    from .select import select

    if options.questions <= 0:
        return ()
    return select(candidates(analysis, vocabulary), options.questions, len(analysis.sentences))
