"""The page's settings as build Options, and the same choices as a `quizgen build` command."""

from __future__ import annotations

import shlex
from dataclasses import dataclass, fields
from typing import Any

from ..errors import UsageError
from ..options import ADDRESSES, FORMATS, HINTS, LEVEL_LEMMAS, Options
from .sessions import Recipe

LANGUAGES = ("de", "en", "fr", "es", "it", "nl")
# The gloss language's "usual" choice is Options' None: English, German for an English text.
USUAL = "usual"
GLOSSARY = "glossary.tsv"
OUT = "decks"
KEY_OUT = "key"


@dataclass(frozen=True)
class Control:
    """One setting on the page: an Options field with its choices or its integer range."""

    name: str
    choices: tuple[str, ...] = ()
    low: int = 0
    high: int = 0


# Shown only when Options has the field, so a setting added to Options later just needs a row.
CONTROLS = (
    Control("lang", ("auto", *LANGUAGES)),
    Control("level", tuple(LEVEL_LEMMAS)),
    Control("max_cards", low=0, high=500),
    Control("gaps", low=0, high=200),
    Control("questions", low=0, high=50),
    Control("address", ADDRESSES),
    Control("paper", ("a4", "letter")),
    Control("gloss_lang", (USUAL, *LANGUAGES)),
    Control("hint", HINTS),
)
OPTION_NAMES = frozenset(f.name for f in fields(Options))
DEFAULTS = Options()


def controls() -> list[Control]:
    return [c for c in CONTROLS if c.name in OPTION_NAMES]


def read_settings(form: dict[str, str]) -> dict[str, Any]:
    """The settings a form sent, each checked against its choices or range."""
    settings: dict[str, Any] = {}
    for control in controls():
        value = form.get(control.name, "").strip()
        if not value:
            continue
        if control.choices:
            if value not in control.choices:
                raise UsageError(f"unknown {control.name} {value!r}; choose one of "
                                 f"{', '.join(control.choices)}")
            settings[control.name] = None if value == USUAL else value
            continue
        try:
            number = int(value)
        except ValueError:
            raise UsageError(f"{control.name} must be a whole number, not {value!r}") from None
        if not control.low <= number <= control.high:
            raise UsageError(f"{control.name} must be between {control.low} and {control.high}")
        settings[control.name] = number
    return settings


def merged_settings(options: dict[str, Any], settings: dict[str, Any]) -> dict[str, Any]:
    """`options` with `settings` applied; a setting of None is back at its default (the usual
    gloss language) and is left out, so a recipe never holds a null."""
    merged = {**options, **settings}
    return {key: value for key, value in merged.items() if value is not None}


def current(recipe: Recipe, name: str) -> Any:
    value = recipe.options.get(name, getattr(DEFAULTS, name))
    return USUAL if name == "gloss_lang" and value is None else value


def build_options(recipe: Recipe, templates: str | None, max_input_mb: float,
                  **changes: Any) -> Options:
    """The Options of a build from `recipe`, run in the session folder."""
    allowed = {control.name for control in controls()}
    settings = {k: v for k, v in recipe.options.items() if k in allowed}
    return Options(**settings, exclude=frozenset(recipe.exclude), include=frozenset(recipe.include),
                   drop_questions=frozenset(recipe.drop_questions),
                   glossary=GLOSSARY if recipe.meanings else None, formats=FORMATS, out=OUT,
                   templates=templates, max_input_mb=max_input_mb).with_(**changes)


def command_line(texts: list[str], options: Options) -> str:
    """`quizgen build` with the flags that give `options` (defaults left out)."""
    words = ["quizgen", "build", *texts]
    for field in fields(Options):
        value, default = getattr(options, field.name), getattr(DEFAULTS, field.name)
        if value == default:
            continue
        flag = "--" + {"drop_questions": "drop-question", "formats": "format"}.get(
            field.name, field.name.replace("_", "-"))
        if isinstance(value, frozenset):
            for item in sorted(value):
                words += [flag, item]
        elif isinstance(value, tuple):
            words += [flag, ",".join(value)]
        elif isinstance(value, bool):
            words.append(flag)
        else:
            words += [flag, f"{value:g}" if isinstance(value, float) else str(value)]
    return shlex.join(words)


def glossary_tsv(meanings: dict[str, str]) -> str:
    """The teacher's meanings as a glossary file (tabs and line breaks become spaces)."""
    rows = ["lemma\tmeaning"]
    rows += [f"{' '.join(k.split())}\t{' '.join(v.split())}" for k, v in sorted(meanings.items())]
    return "\n".join(rows) + "\n"
