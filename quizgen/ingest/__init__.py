"""Reading inputs into Articles: plain text, Markdown, HTML, EPUB and subtitles, from files,
folders or standard input. Every problem becomes an InputError that names the source."""

from __future__ import annotations

from collections.abc import Iterable
from fnmatch import fnmatch
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
    "INPUT_FORMATS", "check_input_format", "clean_text", "decode", "expand_folders", "expand_sources",
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


# Files a learner or teacher keeps beside their articles: word lists and glossaries.
SIDE_FILES = ("known*", "*known-words*", "*known_words*", "*-known.*", "*_known.*", "glossary*",
              "*-glossary.*", "*_glossary.*", "glossar*", "wortliste*", "vocab*.tsv", "vocab*.csv")
SIDE_FILE_SUFFIXES = frozenset({".txt", ".tsv", ".csv", ".text"})


def side_file_reason(path: Path, given: frozenset[Path]) -> str | None:
    """Why the file at `path` in a folder is not an article, or None if it is one."""
    if path.resolve() in given:
        return "given as a word list or glossary"
    name = path.name.lower()
    if path.suffix.lower() in SIDE_FILE_SUFFIXES and any(fnmatch(name, p) for p in SIDE_FILES):
        return "named like a word list or glossary, not an article"
    if path.suffix.lower() not in EXTENSIONS:
        return "not a format quizgen reads as an article"
    return None


def expand_folders(sources: Iterable[str], side_files: Iterable[str | None] = ()
                   ) -> tuple[list[str], list[tuple[str, str]]]:
    """Files as given; a folder becomes the articles in it and below, in name order, and
    the other files it holds with the reason each is skipped. Hidden files are passed over
    quietly, and so is everything in a folder without articles (it stays as it is, so that
    reading it reports the problem). `side_files`: the --known-words and --glossary files."""
    given = frozenset(Path(p).resolve() for p in side_files if p)
    expanded: list[str] = []
    skipped: list[tuple[str, str]] = []
    for source in sources:
        folder = Path(source)
        if source == "-" or not folder.is_dir():
            expanded.append(source)
            continue
        found, passed_over = [], []
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or any(part.startswith(".") for part in path.relative_to(folder).parts):
                continue
            reason = side_file_reason(path, given)
            if reason is None:
                found.append(str(path))
            elif str(path) not in {s for s, _ in skipped}:
                passed_over.append((str(path), reason))
        expanded.extend(found or [source])
        if found:  # else reading the folder says that it holds no article, which is enough
            skipped.extend(passed_over)
    return expanded, skipped


def expand_sources(sources: Iterable[str]) -> list[str]:
    """Files as given; a folder becomes the articles in it and below (see expand_folders)."""
    return expand_folders(sources)[0]
