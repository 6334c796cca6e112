"""The interactive worksheet (`--format web`): one self-contained HTML file for the class.

Inputs for the gaps, choices for the questions and a "check" button that marks each answer
right or wrong. No answer is readable in the file: each is stored as a salted hash of its
normalised text (cyrb53, small enough to write out in the page's own script), and the script
compares the hash of what the student wrote. The page loads nothing: its Content-Security-
Policy forbids every request, so it works offline, from a USB stick or a learning platform.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..runtime.atomic import write_atomic
from .worksheet import common_context, stylesheet

TEMPLATE = "worksheet/web.html.j2"
STYLESHEET = "worksheet/web.css"
SCRIPT = "worksheet/web.js"
MASK32 = 0xFFFFFFFF


def normalise(text: str) -> str:
    """What counts as the same answer: case, spacing and the dots of "teilte … mit" aside.
    The page's script does exactly the same (web.js: normalise)."""
    text = unicodedata.normalize("NFC", text).lower()
    text = re.sub(r"[.…]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _imul(a: int, b: int) -> int:
    return (a * b) & MASK32


def cyrb53(text: str, seed: int = 0) -> int:
    """The cyrb53 hash over UTF-16 code units, as JavaScript's charCodeAt sees the string."""
    h1, h2 = 0xDEADBEEF ^ seed, 0x41C6CE57 ^ seed
    data = text.encode("utf-16-le")
    for i in range(0, len(data), 2):
        ch = data[i] | data[i + 1] << 8
        h1 = _imul(h1 ^ ch, 2654435761)
        h2 = _imul(h2 ^ ch, 1597334677)
    h1 = _imul(h1 ^ (h1 >> 16), 2246822507)
    h1 ^= _imul(h2 ^ (h2 >> 13), 3266489909)
    h2 = _imul(h2 ^ (h2 >> 16), 2246822507)
    h2 ^= _imul(h1 ^ (h1 >> 13), 3266489909)
    return 4294967296 * (2097151 & h2) + (h1 & MASK32)


def sheet_salt(seed: int, language: str, title: str) -> str:
    """Different for every sheet, so one sheet's hashes say nothing about another's."""
    return hashlib.sha256(f"{seed}\x1f{language}\x1f{title}".encode()).hexdigest()[:16]


def digest(salt: str, field: str, answer: Any) -> str:
    return str(cyrb53(f"{salt}\x1f{field}\x1f{normalise(str(answer))}"))


def web_context(quiz: Any) -> dict[str, Any]:
    from .templating import read_static

    context = common_context(quiz)
    salt = sheet_salt(quiz.options.seed, quiz.language, quiz.title)
    from ..exercises.gapfill import gap_paragraphs

    # On screen the letters and numbers are chosen in lists, not written in boxes.
    lines = context["instructions"]
    sections = tuple(replace(s, instructions=lines.get(f"{s.kind}_web", s.instructions))
                     for s in context["sections"])
    paragraphs = gap_paragraphs(quiz.analysis, context["worksheet"], quiz.options.excerpt)
    answers = [seg.text for p in paragraphs for seg in p.segments if seg.gap is not None]
    return {
        **context,
        "sections": sections,
        "paragraphs": paragraphs,
        # every box as wide as the longest answer needs: a box's size hints at no word
        "input_size": max((len(a) for a in answers), default=8) + 3,
        "salt": salt,
        "digest": lambda field, answer: digest(salt, field, answer),
        "css": stylesheet(quiz.options.templates, STYLESHEET),
        "script": read_static(SCRIPT, quiz.options.templates).replace("</", "<\\/"),
        "teacher": False,
    }


def render_web(quiz: Any) -> str:
    from markupsafe import Markup

    from .templating import render

    context = web_context(quiz)
    context["script"] = Markup(context["script"])
    return render(TEMPLATE, quiz.options.templates, **context)


def write_web(quiz: Any, path: Path) -> None:
    write_atomic(path, render_web(quiz))
