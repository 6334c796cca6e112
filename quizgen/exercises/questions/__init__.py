"""Comprehension questions: a registry of generators, one module per kind, and a selector
that spreads the chosen questions over the article and over the kinds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ...model import Analysis, Question, VocabItem
from ...options import Options
from ...runtime.workers import forked_workers, inherited
from .common import Candidate

Generator = Callable[[Analysis, tuple[VocabItem, ...]], list[Candidate]]

# kind -> (module, function, languages or None for every language); imported when used.
GENERATORS: dict[str, tuple[str, str, frozenset[str] | None]] = {}


def register(kind: str, module: str, function: str, languages: frozenset[str] | None) -> None:
    GENERATORS[kind] = (module, function, languages)


GERMAN = frozenset({"de"})
# ('who', a sentence copied without its subject, answered by finding it, is asked by none.)
register("who_said", "speakers", "who_said_questions", None)
register("role", "roles", "role_questions", GERMAN)
register("definition", "definitions", "definition_questions", GERMAN)
register("reason", "reasons", "reason_questions", GERMAN)
register("source", "sources", "source_questions", GERMAN)
register("number", "durations", "duration_questions", GERMAN)
register("true_false", "truefalse", "true_false_questions", None)
register("word_in_context", "meaning", "meaning_questions", GERMAN)
register("wh", "wh", "wh_questions", GERMAN)
register("matching", "topics", "topic_questions", None)


def kinds_for(lang: str) -> list[str]:
    return [k for k, (_, _, langs) in GENERATORS.items() if langs is None or lang in langs]


def generator(kind: str) -> Generator:
    from importlib import import_module

    module, function, _ = GENERATORS[kind]
    return getattr(import_module(f".{module}", __name__), function)


# Kinds that need only the analysis, not the vocabulary: for a book, a forked process asks
# them while this one chooses the vocabulary (see `asked_early`). The other kinds that need
# no vocabulary are quick: asked here, they even out the work.
ASKED_EARLY = frozenset({"who_said", "role", "true_false"})

Found = dict[str, list[Candidate]]


def candidates(analysis: Analysis, vocabulary: tuple[VocabItem, ...],
               asked_elsewhere: Callable[[], Found] | None = None) -> Found:
    """Every question each kind can ask about the article, best first. `asked_elsewhere`
    waits for what another process found for the ASKED_EARLY kinds (see `asked_early`);
    it is called once this process has asked the other kinds."""
    kinds = kinds_for(analysis.language)
    elsewhere = ASKED_EARLY if asked_elsewhere is not None else frozenset()
    found = {kind: generator(kind)(analysis, vocabulary) for kind in kinds
             if kind not in elsewhere}
    if asked_elsewhere is not None:
        found.update(asked_elsewhere())
    return {kind: sorted(found[kind], key=lambda c: (-c.score, c.question.evidence, c.question.id))
            for kind in kinds}


def make_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...], options: Options,
                   asked_elsewhere: Callable[[], Found] | None = None) -> tuple[Question, ...]:
    """`options.questions` questions, spread over the kinds and over the article."""
    from .finish import finish
    from .select import select

    if options.questions <= 0:
        return ()
    chosen = select(candidates(analysis, vocabulary, asked_elsewhere), options.questions,
                    len(analysis.sentences))
    return finish(chosen, analysis, options)


def _ask_early() -> Found:
    """In the forked process: the ASKED_EARLY kinds, about the analysis it was handed."""
    analysis: Analysis = inherited()
    return {kind: generator(kind)(analysis, ()) for kind in kinds_for(analysis.language)
            if kind in ASKED_EARLY}


@contextmanager
def asked_early(analysis: Analysis, fork: bool) -> Iterator[Callable[[], Found] | None]:
    """With `fork`, the ASKED_EARLY kinds are asked in a forked process while this one
    chooses the vocabulary and asks the other kinds (for a book, that halves the time after
    the analysis). Yields a function that waits for what they found; None without `fork`."""
    if not fork:
        yield None
        return
    stopped = (f"{analysis.article.source or 'input'}: the process asking questions stopped "
               "before it was done (out of memory?); with --jobs 1 it all runs in one process")
    with forked_workers(1, analysis, stopped) as pool:
        yield pool.submit(_ask_early).result  # forks here
