"""Forked worker processes for a book's long jobs: its analysis, its questions, its chapters.

Workers are forked, so they start with everything this process has loaded (the pipeline,
the lexicons, the word caches) and with the value handed to them, which is not pickled.
`concurrent.futures` rather than `multiprocessing.Pool`: a worker that dies (killed for
memory, say) is an error here, where Pool would wait for its result for ever.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any

from ..errors import QuizgenError

# What the workers of the pool being used were handed (see `inherited`).
_INHERITED: Any = None
# The worker processes quizgen's pools started, and only those: `end_idle_workers` must
# not end children that a program using quizgen as a library started itself.
_OUR_WORKERS: list[multiprocessing.process.BaseProcess] = []


class _RecordingForkContext(multiprocessing.context.ForkContext):
    """The fork context, noting each process it makes: a pool may start a worker at any
    task, even after its block, and `end_idle_workers` must know them all."""

    def Process(self, *args: Any, **kwargs: Any) -> multiprocessing.process.BaseProcess:
        process = super().Process(*args, **kwargs)
        _OUR_WORKERS[:] = [w for w in _OUR_WORKERS if w.pid is None or w.is_alive()]
        _OUR_WORKERS.append(process)
        return process


@contextmanager
def forked_workers(count: int, inherit: Any, stopped: str,
                   initializer: Callable[[], None] | None = None) -> Iterator[ProcessPoolExecutor]:
    """A pool of `count` processes, forked at its first task, whose tasks read `inherit`
    with `inherited()`. A worker that dies ends the block with QuizgenError(`stopped`)."""
    global _INHERITED
    previous, _INHERITED = _INHERITED, inherit
    pool = ProcessPoolExecutor(count, mp_context=_RecordingForkContext(),
                               initializer=initializer)
    finished = False
    try:
        yield pool
        finished = True
    except BrokenProcessPool as exc:
        raise QuizgenError(stopped) from exc
    finally:
        _INHERITED = previous
        # After a block that went well the workers are idle: they are told to stop, and
        # nothing waits for them to go (a process that has copied much of this one's
        # memory takes a while to). After a failure this waits, so that no worker is still
        # at work (writing a chapter, say) when the failure is reported.
        pool.shutdown(wait=not finished, cancel_futures=True)


def end_idle_workers() -> None:
    """When the command line ends: idle workers, told to stop but slow to go after copying
    much of this process's memory, are ended so that the interpreter's exit, which joins
    them, does not wait."""
    for worker in _OUR_WORKERS:
        if worker.is_alive():
            worker.kill()
    _OUR_WORKERS.clear()


def inherited() -> Any:
    """In a worker: the value its pool was handed."""
    return _INHERITED


def can_fork() -> bool:
    """Where a platform cannot fork, everything stays in one process."""
    return "fork" in multiprocessing.get_all_start_methods()
