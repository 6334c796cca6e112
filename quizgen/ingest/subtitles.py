"""Subtitles (SRT, WebVTT): cue text joined into paragraphs at pauses in the speech."""

from __future__ import annotations

import io
import re

from ..errors import InputError
from ..model import Article
from .text import article_from_text

# A pause this long (seconds) between two cues starts a new paragraph.
PARAGRAPH_PAUSE = 2
# Sound descriptions and speaker labels are not speech: "[Musik]", "(lacht)", "♪".
NOT_SPEECH = re.compile(r"\[[^\]]*\]|\([^)]*\)|♪+|^\s*-\s*|^[A-ZÄÖÜ ]+:\s*", re.MULTILINE)


def read_subtitles(text: str, source: str, fmt: str) -> Article:
    """`fmt` is 'srt' or 'vtt'."""
    import webvtt
    from webvtt.errors import MalformedFileError

    try:
        captions = webvtt.from_buffer(io.StringIO(text), format=fmt)
    except MalformedFileError as exc:
        raise InputError(f"{source}: not a valid {fmt.upper()} subtitle file ({exc})") from exc
    paragraphs: list[list[str]] = []
    last_end = None
    for caption in captions:
        words = " ".join(NOT_SPEECH.sub(" ", caption.text).split())
        if not words:
            continue
        if last_end is None or caption.start_in_seconds - last_end >= PARAGRAPH_PAUSE:
            paragraphs.append([])
        paragraphs[-1].append(words)
        last_end = caption.end_in_seconds
    if not paragraphs:
        raise InputError(f"{source}: these subtitles hold no spoken text")
    return article_from_text("\n\n".join(" ".join(p) for p in paragraphs), source)
