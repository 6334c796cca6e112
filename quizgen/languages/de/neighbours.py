"""A token's neighbours inside its sentence, for the German name rules."""

from __future__ import annotations

from ...analysis.words import Word


def previous_word(token: Word) -> Word | None:
    """The token before `token` in its sentence."""
    return token.doc[token.i - 1] if token.i > token.sentence[0] else None


def next_word(token: Word) -> Word | None:
    """The token after `token` in its sentence."""
    return token.doc[token.i + 1] if token.i + 1 < token.sentence[1] else None


def neighbours(token: Word) -> list[Word]:
    return [n for n in (previous_word(token), next_word(token)) if n is not None]
