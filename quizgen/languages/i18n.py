"""The worksheet's fixed words (headings, labels) in the class's language.

Each language package holds its `UI` table; templates look words up by key (`ui.word_bank`)
and never hold a sentence of their own.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import UsageError
from . import SUPPORTED, language

FALLBACK = "en"

def ui_language(ui_lang: str | None, article_lang: str) -> str:
    """The language of the fixed words: the one asked for, else the article's, else English."""
    if ui_lang:
        code = ui_lang.strip().lower()
        if code not in SUPPORTED:
            raise UsageError(f"unknown --ui-lang {ui_lang!r}; choose one of {', '.join(SUPPORTED)}")
        return code
    return article_lang if article_lang in SUPPORTED else FALLBACK


def ui_strings(code: str) -> Mapping[str, str]:
    """The fixed words of language `code`, read-only."""
    return language(code).ui
