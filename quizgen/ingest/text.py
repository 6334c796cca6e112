"""Plain text: bytes in any common encoding -> clean paragraphs -> Article."""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from ..errors import InputError
from ..model import Article
from .leftovers import drop_web_leftovers

# Zero-width and bidi control characters carry no words; they only break matching.
# The zero-width joiner is kept inside emoji sequences (a family emoji), where it is part of the symbol.
# Zero-width spaces and non-joiners, direction marks and isolates, the byte order mark,
# soft hyphens. (A pattern: `str.translate` looks up every character of a book.)
INVISIBLE = re.compile("[\u200b\u200c\u200e\u200f\u061c\u2060\ufeff\u00ad"
                       "\u202a-\u202e\u2066-\u2069]")
ZWJ = "\u200d"
# Unicode's control characters (category Cc: U+0000-U+001F and U+007F-U+009F) but tab and
# newline.
CONTROL_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """Normalise to NFC, drop control and zero-width characters, unify line ends."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _drop_joiners(INVISIBLE.sub("", text))
    return CONTROL_CHARS.sub("", text)


def _is_emoji_part(ch: str) -> bool:
    return unicodedata.category(ch) == "So" or ch == "\ufe0f" or 0x1F3FB <= ord(ch) <= 0x1F3FF


def _drop_joiners(text: str) -> str:
    """Remove zero-width joiners except between two parts of an emoji."""
    if ZWJ not in text:
        return text
    kept = [
        ch for i, ch in enumerate(text)
        if ch != ZWJ or (0 < i < len(text) - 1 and _is_emoji_part(text[i - 1])
                         and _is_emoji_part(text[i + 1]))
    ]
    return "".join(kept)


# Runs of spaces and tabs, which become one space (a single space is left as it is: a book
# has a hundred thousand).
SPACES = re.compile(r"\t[ \t]*| [ \t]+")
BLANK_LINE = re.compile(r"\n *\n")
BLANK_LINES = re.compile(r"\n *\n+")
LINE_BREAK = re.compile(r"\s*\n\s*")


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Blank lines separate paragraphs; without any, each line is a paragraph."""
    text = SPACES.sub(" ", text.strip())
    if BLANK_LINE.search(text):
        paragraphs = [LINE_BREAK.sub(" ", block) if "\n" in block else block
                      for block in BLANK_LINES.split(text)]
    else:
        paragraphs = text.split("\n")
    cleaned = (drop_web_leftovers(p.strip()) for p in paragraphs)
    return tuple(piece for p in cleaned if p for piece in cap_paragraph(p))


# spaCy refuses texts over 1,000,000 characters, and one huge paragraph costs memory for
# nothing; a longer paragraph is cut at a space (or anywhere, if it has none).
MAX_PARAGRAPH_CHARS = 20_000


def cap_paragraph(paragraph: str, limit: int = MAX_PARAGRAPH_CHARS) -> list[str]:
    pieces = []
    while len(paragraph) > limit:
        cut = paragraph.rfind(" ", limit // 2, limit)
        cut = limit if cut < 0 else cut
        pieces.append(paragraph[:cut].strip())
        paragraph = paragraph[cut:].strip()
    return [*pieces, paragraph] if paragraph else pieces


# File signatures of formats people mistake for text; named in the error message.
MAGIC = {
    b"%PDF": "PDF document", b"PK\x03\x04": "ZIP archive or office document",
    b"\x89PNG": "PNG image", b"GIF8": "GIF image", b"\xff\xd8\xff": "JPEG image",
    b"\x7fELF": "program", b"\xd0\xcf\x11\xe0": "old Word or Excel document",
    b"\x1f\x8b": "gzip archive",
}
# Share of control characters above which decoded "text" is really binary data; a short
# text may hold a stray one or two.
MAX_CONTROL_SHARE = 0.02
MIN_BINARY_CONTROLS = 8


def binary_kind(data: bytes) -> str | None:
    """What binary format `data` starts with, if a known one."""
    return next((kind for magic, kind in MAGIC.items() if data.startswith(magic)), None)


def decode(data: bytes, source: str) -> str:
    """Decode bytes in whatever common encoding they are in; refuse binary data."""
    kind = binary_kind(data)
    if kind:
        raise InputError(f"{source}: binary file ({kind}), not text")
    text = _decode(data, source)
    sample = text[:20_000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(MIN_BINARY_CONTROLS, MAX_CONTROL_SHARE * len(sample)):
        raise InputError(f"{source}: binary file, not text")
    return text


def _decode(data: bytes, source: str) -> str:
    has_bom = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if b"\x00" in data[:4096] and not has_bom and not _looks_like_utf16(data):
        raise InputError(f"{source}: binary file, not text")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{source}: binary file or unknown text encoding")
    return str(best)


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:4096]
    return sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4


TITLE_WORDS = 8


def title_from(paragraphs: tuple[str, ...]) -> str:
    """A headline when the text starts with one, else the opening words of the text."""
    first = paragraphs[0]
    if len(first) <= 120 and not first.endswith((".", "!", "?", ":", ",")):
        return first
    words = first.split()
    if len(words) <= TITLE_WORDS:
        return first
    return " ".join(words[:TITLE_WORDS]).rstrip(",;:") + " …"


def read_bytes(path: str, max_bytes: int) -> bytes:
    """At most `max_bytes` from a file or standard input; anything larger is refused."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        p = Path(path)
        try:
            if p.is_dir():
                raise InputError(f"{path}: a folder with no file quizgen can read "
                                 "(.txt, .md, .html, .epub, .srt, .vtt)")
            with p.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except FileNotFoundError as exc:
            raise InputError(f"{path}: no such file") from exc
        except PermissionError as exc:
            raise InputError(f"{path}: permission denied") from exc
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    if len(data) > max_bytes:
        raise InputError(
            f"{path}: larger than the maximum input size of {max_bytes / 1e6:g} MB "
            "(raise it with --max-input-mb)"
        )
    return data


def article_from_text(text: str, source: str, title: str | None = None) -> Article:
    paragraphs = split_paragraphs(clean_text(text))
    if not paragraphs:
        raise InputError(f"{source}: empty file, no text to work with")
    return Article(title=title or title_from(paragraphs), paragraphs=paragraphs, source=source)


def read_text(text: str, source: str) -> Article:
    """A plain-text article: the first line is its title when it looks like a headline."""
    return article_from_text(text, source)
