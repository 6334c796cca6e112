"""A progress bar for long runs, on a terminal only: piped output stays plain."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
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


LONG_TEXT_CHARS = 100_000  # about 15,000 words: the analysis takes more than a second


def paragraph_bar(batches: Iterable[tuple[int, T]], paragraphs: Sequence[str],
                  enabled: bool) -> Iterator[T]:
    """The results of `batches` ((paragraphs done, result) pairs), with a bar over the
    paragraphs on standard error for a long text on a terminal."""
    long_text = sum(map(len, paragraphs)) >= LONG_TEXT_CHARS
    if not enabled or not long_text or not sys.stderr.isatty():
        for _, result in batches:
            yield result
        return
    from tqdm import tqdm

    with tqdm(total=len(paragraphs), unit="paragraph", file=sys.stderr, leave=False,
              dynamic_ncols=True) as bar:
        for done, result in batches:
            yield result
            bar.update(done)
