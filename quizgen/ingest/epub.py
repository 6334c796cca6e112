"""EPUB books: one Article per chapter, or the whole book as one Article."""

from __future__ import annotations

import io
import warnings
import zipfile

from ..errors import InputError
from ..model import Article
from .html import html_blocks
from .text import clean_text, split_paragraphs, title_from

# Title pages, copyright notices and tables of contents are shorter than this; a chapter
# needs some text before it can give cards.
MIN_CHAPTER_WORDS = 80
# A book may uncompress to this many times the input size limit (pictures, fonts), no more:
# a small archive that unpacks to gigabytes must not exhaust memory.
MAX_UNPACKED_RATIO = 4


def check_unpacked_size(data: bytes, source: str, max_bytes: int) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError) as exc:
        raise InputError(f"{source}: not a readable EPUB book ({exc})") from exc
    if unpacked > MAX_UNPACKED_RATIO * max_bytes:
        raise InputError(
            f"{source}: this EPUB book unpacks to {unpacked / 1e6:.0f} MB, more than "
            f"{MAX_UNPACKED_RATIO} times the maximum input size (raise it with --max-input-mb)"
        )


def _load(data: bytes, source: str):
    from ebooklib import epub

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ebooklib warns about its own future defaults
            return epub.read_epub(io.BytesIO(data), options={"ignore_ncx": True})
    except Exception as exc:  # ebooklib raises zipfile, KeyError, lxml and its own errors
        raise InputError(f"{source}: not a readable EPUB book ({exc.__class__.__name__})") from exc


def _book_title(book, source: str) -> str:
    titles = book.get_metadata("DC", "title")
    return " ".join(titles[0][0].split()) if titles and titles[0][0] else source


def _book_origin(book) -> str:
    """"Hanna Beispiel: Geschichten aus der Stadt, Beispielverlag 2024" from the metadata."""
    def first(name: str) -> str:
        values = book.get_metadata("DC", name)
        return " ".join(values[0][0].split()) if values and values[0][0] else ""

    author, title, publisher = first("creator"), first("title"), first("publisher")
    year = first("date")[:4] if first("date")[:4].isdigit() else ""
    work = f"{author}: {title}" if author and title else author or title
    return ", ".join(part for part in (work, " ".join(p for p in (publisher, year) if p)) if part)


def _chapters(book) -> list[tuple[str, tuple[str, ...]]]:
    """(heading, paragraphs) for each spine document with text, in reading order."""
    from ebooklib import ITEM_DOCUMENT

    chapters = []
    for item_id, _linear in book.spine:
        item = book.get_item_with_id(item_id)
        if item is None or item.get_type() != ITEM_DOCUMENT:
            continue
        markup = item.get_content().decode("utf-8", "replace")
        paragraphs = split_paragraphs(clean_text("\n\n".join(html_blocks(markup))))
        if paragraphs:
            chapters.append((title_from(paragraphs), paragraphs))
    return chapters


def read_epub(data: bytes, source: str, split: bool = True,
              max_bytes: int = 20_000_000) -> list[Article]:
    """Chapters long enough to study when `split`, else the whole book; source is 'book.epub#N'."""
    check_unpacked_size(data, source, max_bytes)
    book = _load(data, source)
    title = _book_title(book, source)
    chapters = _chapters(book)
    if not chapters:
        raise InputError(f"{source}: this EPUB book holds no text")
    if not split:
        paragraphs = tuple(p for _, chapter in chapters for p in chapter)
        return [Article(title=title, paragraphs=paragraphs, source=source,
                        origin=_book_origin(book))]
    articles = [
        Article(title=f"{title}: {heading}", paragraphs=paragraphs, source=f"{source}#{n}",
                origin=_book_origin(book))
        for n, (heading, paragraphs) in enumerate(chapters, start=1)
        if sum(len(p.split()) for p in paragraphs) >= MIN_CHAPTER_WORDS
    ]
    if not articles:
        raise InputError(f"{source}: no chapter of this EPUB book has {MIN_CHAPTER_WORDS} words")
    return articles
