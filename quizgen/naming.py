"""File names from articles: the slug that names an article's outputs and its Anki notes."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .model import Article

SLUG_CHARS = 80


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text.replace("ß", "ss")).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    if len(slug) > SLUG_CHARS:  # cut between words
        slug = slug[:SLUG_CHARS + 1].rsplit("-", 1)[0]
    return slug or "article"


def article_slug(article: Article) -> str:
    """From the file name ('book.epub#3' -> 'book-3'), else from the title."""
    path, _, part = article.source.partition("#")
    if path and path != "-":
        return slugify(Path(path).stem) + (f"-{part}" if part else "")
    return slugify(article.title)


def unique_slug(slug: str, taken: set[str]) -> str:
    """a.txt and a.html in one run must not overwrite each other's outputs."""
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate
