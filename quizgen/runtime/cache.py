"""Derived data kept between runs in the user's cache folder ($XDG_CACHE_HOME/quizgen).

Everything here is rebuilt from installed packages when missing or stale; deleting the
folder only makes the next run slower, and a read-only folder only costs the rebuild.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import pickle
from collections.abc import Callable
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from ..errors import OutputError
from .atomic import atomic_path
from .collector import collector_paused

T = TypeVar("T")

# What reading a kept pickle can raise when the file is missing, cut short, or from another
# version of quizgen or of the packages it was made from: then the value is made afresh.
UNREADABLE = (OSError, pickle.PickleError, EOFError, AttributeError, ValueError, TypeError)


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(base) / "quizgen"


def read_pickle(path: Path) -> Any:
    """Unpickled with the garbage collector paused (see collector.py): a cache is hundreds
    of thousands of small containers, and no reference cycles."""
    with collector_paused(), path.open("rb") as handle:
        return pickle.load(handle)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of quizgen's own files: values quizgen derives are rebuilt after any change
    to the code that derives them (an upgrade, or an edit in a checkout)."""
    digest = hashlib.sha1()
    package = Path(__file__).resolve().parent.parent  # the quizgen package, not runtime/
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def load_or_build(kind: str, depends_on: str, build: Callable[[], T]) -> T:
    """The value kept in the cache folder for `kind` (e.g. 'noun-band-de'), or `build()`'s
    result, saved for next time. The file is named after `depends_on` (the versions of the
    packages the value is made from) and quizgen's code fingerprint; a new file replaces
    those that other versions left for the same kind."""
    path = cache_dir() / f"{kind}--{depends_on}--{code_fingerprint()}.pickle"
    try:
        return read_pickle(path)
    except UNREADABLE:
        pass
    value = build()
    save(path, value)
    for stale in path.parent.glob(f"{kind}--*.pickle"):
        if stale != path:
            with contextlib.suppress(OSError):
                stale.unlink()
    return value


def save(path: Path, value: object) -> None:
    """Write atomically, so two processes never read half a pickle; a folder that cannot be
    written only costs the rebuild next time."""
    try:
        with atomic_path(path) as tmp:
            tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except (OutputError, OSError):
        pass


class SavedDict:
    """A dict kept in the cache folder, written back when it grew. Entries added in forked
    workers are found by position (dicts keep insertion order) and merged in the parent."""

    def __init__(self, filename: str, max_saved: int) -> None:
        self.path = cache_dir() / filename
        self.max_saved = max_saved
        try:
            self.values: dict = read_pickle(self.path)
        except UNREADABLE:
            self.values = {}
        self.saved_size = self.marked = len(self.values)

    def save(self) -> None:
        """Beyond `max_saved` entries new ones stay in memory; a read-only folder is fine."""
        if len(self.values) != self.saved_size and len(self.values) <= self.max_saved:
            save(self.path, self.values)
            self.saved_size = len(self.values)

    def mark(self) -> None:
        self.marked = len(self.values)

    def added(self) -> list:
        entries = list(islice(self.values.items(), self.marked, None))
        self.mark()
        return entries

    def merge(self, added: list) -> None:
        for key, value in added:
            self.values.setdefault(key, value)


# Memos of pure functions kept between runs: word frequencies, HanTa's word analyses.
GROWING_CACHES: dict[str, SavedDict] = {}


def register(name: str, cache: SavedDict) -> None:
    """Save `cache` at exit (and on `save_caches`); forked workers hand back what they add."""
    if not GROWING_CACHES:
        atexit.register(save_caches)
    GROWING_CACHES[name] = cache


def versioned_cache(name: str, version: str, max_saved: int) -> SavedDict:
    """The growing cache `name` as saved by this `version` of what it derives from, registered
    once per process; the files other versions left are removed."""
    if name not in GROWING_CACHES:
        memo = SavedDict(f"{name}-{version}.pickle", max_saved)
        for stale in memo.path.parent.glob(f"{name}-*.pickle"):
            if stale != memo.path:
                with contextlib.suppress(OSError):
                    stale.unlink()
        register(name, memo)
    return GROWING_CACHES[name]


def save_caches() -> None:
    for cache in GROWING_CACHES.values():
        cache.save()


def mark_caches() -> None:
    """In a forked worker: remember what the caches held when it started."""
    for cache in GROWING_CACHES.values():
        cache.mark()


def added_to_caches() -> dict[str, list]:
    """In a forked worker: what it added to each cache since `mark_caches`."""
    return {name: cache.added() for name, cache in GROWING_CACHES.items()}


def merge_caches(added: dict[str, list]) -> None:
    """In the parent: take in a worker's additions (the parent may not have every cache)."""
    for name, entries in added.items():
        if name in GROWING_CACHES:
            GROWING_CACHES[name].merge(entries)
