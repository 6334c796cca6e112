"""A sentence with its chosen word's spans marked: one walk over the spans for every format
(Anki's cloze syntax and highlight, GIFT's answer braces, a blank in a word list)."""

from __future__ import annotations

from collections.abc import Callable, Iterable


def render_spans(sentence: str, spans: Iterable[tuple[int, int]],
                 mark: Callable[[int, str], str],
                 plain: Callable[[str], str] = lambda text: text) -> str:
    """`sentence` with the n-th span (in text order) replaced by `mark(n, its text)` and the
    text around the spans passed through `plain` (a format's escaping)."""
    pieces: list[str] = []
    cursor = 0
    for n, (start, end) in enumerate(sorted(spans)):
        pieces += [plain(sentence[cursor:start]), mark(n, sentence[start:end])]
        cursor = end
    pieces.append(plain(sentence[cursor:]))
    return "".join(pieces)
