"""Reading inputs into Articles: plain text, Markdown, HTML, EPUB and subtitles, from files,
folders or standard input. Every problem becomes an InputError that names the source."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError
from ..model import Article
from .epub import read_epub
from .html import read_html
from .markdown import read_markdown
from .sniff import EXTENSIONS, INPUT_FORMATS, check_input_format, choose_format
from .subtitles import read_subtitles
from .text import clean_text, decode, read_bytes, read_text, split_paragraphs

__all__ = [
    "INPUT_FORMATS", "check_input_format", "clean_text", "decode", "expand_sources",
    "read_article", "read_articles", "split_paragraphs",
]

EPUB_MODES = ("chapters", "book")


def _read_decoded(fmt: str, text: str, source: str) -> Article:
    if fmt == "html":
        return read_html(text, source)
    if fmt == "markdown":
        return read_markdown(text, source)
    if fmt in ("srt", "vtt"):
        return read_subtitles(text, source, fmt)
    return read_text(text, source)


def read_articles(source: str, input_format: str = "auto", max_mb: float = 20.0,
                  epub: str = "chapters") -> list[Article]:
    """The Articles in one file ('-' for standard input): one, or one per EPUB chapter.

    `epub` is 'chapters' (an Article per chapter) or 'book' (the whole book as one).
    """
    if epub not in EPUB_MODES:
        raise InputError(f"unknown EPUB mode {epub!r}; choose chapters or book")
    max_bytes = int(max_mb * 1_000_000)
    data = read_bytes(source, max_bytes)
    if not data.strip():
        raise InputError(f"{source}: empty file, no text to work with")
    fmt = choose_format(source, data, input_format)
    if fmt == "epub":
        return read_epub(data, source, split=epub == "chapters", max_bytes=max_bytes)
    return [_read_decoded(fmt, decode(data, source), source)]


def read_article(path: str, max_mb: float = 20.0, input_format: str = "auto") -> Article:
    """Read one article from `path` ('-' for standard input); an EPUB gives its whole book."""
    return read_articles(path, input_format, max_mb, epub="book")[0]


def expand_sources(sources: Iterable[str]) -> list[str]:
    """Files as given; a folder becomes the readable files in it and below, in name order.

    A folder with none stays as it is, so that reading it reports the problem.
    """
    expanded: list[str] = []
    for source in sources:
        folder = Path(source)
        if source == "-" or not folder.is_dir():
            expanded.append(source)
            continue
        found = sorted(
            str(p) for p in folder.rglob("*")
            if p.is_file() and p.suffix.lower() in EXTENSIONS
            and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        )
        expanded.extend(found or [source])
    return expanded
