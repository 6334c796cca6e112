"""Keeping Python's garbage collector out of quizgen's way.

The collector runs whenever enough new container objects pile up, and a full collection
walks every container on the heap. quizgen's heap is mostly data that lives until the
process ends (the tagger model, the noun lexicon, the word caches: millions of containers)
plus the analysis being built, none of it garbage and none of it in reference cycles; left
alone, the collector walks all of it again and again while caches load and a book is
analysed (a tenth of an article's build, half a second of a novel's).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic collection inside the block (for loading or building acyclic data);
    anything cyclic made meanwhile is collected later, as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# Freezing changes the collector for the rest of the process, which suits the command line
# (it builds and exits) but not a program that uses quizgen as a library.
_freezing = False


def allow_freezing() -> None:
    """Called by the command line before it starts."""
    global _freezing
    _freezing = True


def freeze_lasting_objects() -> None:
    """Move everything alive now into the collector's permanent generation (when allowed):
    after the models and lexicons are loaded, and after each analysis, so that later
    collections leave them alone and forked workers do not copy their memory pages by
    touching them. Frozen objects are still freed when nothing refers to them any more
    (by reference counting); only a reference cycle among them would stay."""
    if _freezing:
        gc.freeze()
