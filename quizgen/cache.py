"""Derived data kept between runs in the user's cache folder ($XDG_CACHE_HOME/quizgen).

Everything here is rebuilt from installed packages when missing or stale; deleting the
folder only makes the next run slower, and a read-only folder only costs the rebuild.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .atomic import atomic_path
from .errors import OutputError

T = TypeVar("T")


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(base) / "quizgen"


def load_or_build(filename: str, build: Callable[[], T]) -> T:
    """The pickled value in `filename`, or `build()`'s result, saved for next time.
    Name the file after everything the value depends on (package versions, a format number)."""
    path = cache_dir() / filename
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ValueError):
        pass
    value = build()
    save(path, value)
    return value


def save(path: Path, value: object) -> None:
    """Write atomically, so two processes never read half a pickle; a folder that cannot be
    written only costs the rebuild next time."""
    try:
        with atomic_path(path) as tmp:
            tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except (OutputError, OSError):
        pass
