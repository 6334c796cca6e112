"""A progress bar for long runs, on a terminal only: piped output stays plain."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def progress_bar(items: Iterable[T], enabled: bool, unit: str = "file") -> Iterator[T]:
    """`items`, with a bar on standard error when `enabled` and it is a terminal."""
    items = list(items)
    if not enabled or len(items) < 2 or not sys.stderr.isatty():
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, unit=unit, file=sys.stderr, leave=False, dynamic_ncols=True)
