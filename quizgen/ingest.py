"""Reading inputs into Articles: plain text in any common encoding, or standard input."""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from .errors import InputError
from .model import Article

# Zero-width and bidi control characters carry no words; they only break matching.
INVISIBLE = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


def clean_text(text: str) -> str:
    """Normalise to NFC, drop control and zero-width characters, unify line ends."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(INVISIBLE)
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Blank lines separate paragraphs; without any, each line is a paragraph."""
    text = text.strip()
    if re.search(r"\n[ \t]*\n", text):
        blocks = re.split(r"\n[ \t]*\n+", text)
        paragraphs = [re.sub(r"\s*\n\s*", " ", b) for b in blocks]
    else:
        paragraphs = text.split("\n")
    return tuple(re.sub(r"[ \t]+", " ", p).strip() for p in paragraphs if p.strip())


def decode(data: bytes, source: str) -> str:
    """Decode bytes in whatever common encoding they are in."""
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
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        p = Path(path)
        try:
            if p.is_dir():
                raise InputError(f"{path}: is a folder, not a file")
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


def read_article(path: str, max_mb: float = 20.0) -> Article:
    """Read one plain-text article from `path` ('-' for standard input)."""
    data = read_bytes(path, int(max_mb * 1_000_000))
    if not data.strip():
        raise InputError(f"{path}: empty file, no text to work with")
    return article_from_text(decode(data, path), path)
