"""Checks on Anki card templates, before a deck is written: a broken template is accepted by
Anki and shows "the template has a problem" on every card, so a teacher's copy is refused
here with its file and line, as broken worksheet templates are (templating.py)."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import TemplateError
from .templating import default_templates_dir, read_static

# Names Anki fills in itself, which templates may use besides the note's fields.
SPECIAL_FIELDS = frozenset({"FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag",
                            "CardID"})
TAG = re.compile(r"\{\{(.*?)\}\}", re.S)
CLOZE_REF = re.compile(r"(?:^|:)\s*cloze\s*:", re.I)


def template_path(name: str, user_dir: str | None) -> str:
    """Where `name` is read from, as the error messages name it."""
    if user_dir and (Path(user_dir) / name).is_file():
        return str(Path(user_dir) / name)
    return str(default_templates_dir() / name)


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def check_template(text: str, where: str, fields: tuple[str, ...], needs_cloze: bool) -> None:
    """Sections balanced, every field one the note type has, a cloze front with its cloze."""
    def fail(offset: int, message: str) -> TemplateError:
        return TemplateError(f"template {where}, line {_line(text, offset)}: {message}")

    opened: list[tuple[str, int]] = []
    has_cloze = False
    for match in TAG.finditer(text):
        inner = match.group(1).strip()
        sigil = inner[:1] if inner[:1] in "#^/" else ""
        name = inner[len(sigil):].strip()
        if not name or "{" in name:
            raise fail(match.start(), f"malformed tag {match.group(0)!r}")
        field = name.split(":")[-1].strip()
        if sigil in ("#", "^"):
            opened.append((field, match.start()))
        elif sigil == "/":
            if not opened:
                raise fail(match.start(), f"{{{{/{field}}}}} closes a section that was never opened")
            last, start = opened.pop()
            if last != field:
                raise fail(match.start(), f"{{{{/{field}}}}} closes {{{{#{last}}}}} "
                                          f"(opened on line {_line(text, start)})")
        has_cloze = has_cloze or bool(CLOZE_REF.search(name) and not sigil)
        if field not in fields and field not in SPECIAL_FIELDS:
            raise fail(match.start(), f"unknown field {field!r}; the note type has {', '.join(fields)}")
    if opened:
        field, start = opened[-1]
        raise fail(start, f"section {{{{#{field}}}}} is never closed (add {{{{/{field}}}}})")
    rest = TAG.sub("", text)
    if "{{" in rest or "}}" in rest:
        offset = min(i for i in (rest.find("{{"), rest.find("}}")) if i >= 0)
        raise TemplateError(f"template {where}, line {_line(rest, offset)}: unmatched braces")
    if needs_cloze and not has_cloze:
        raise TemplateError(f"template {where}, line 1: the cloze card's front must show a cloze "
                            "field, e.g. {{cloze:Text}}")


def read_checked(name: str, user_dir: str | None, fields: tuple[str, ...], needs_cloze: bool) -> str:
    text = read_static(name, user_dir)
    check_template(text, template_path(name, user_dir), fields, needs_cloze)
    return text
