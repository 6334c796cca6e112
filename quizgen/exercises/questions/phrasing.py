"""The wording of questions in a text's language (the tables live in each language package)."""

from __future__ import annotations

from ...languages import SUPPORTED, language
from ...languages.phrasing import Phrasing as Phrasing


def phrasing(lang: str) -> Phrasing:
    """The wording for `lang`; English wording for a language without its own table."""
    return language(lang if lang in SUPPORTED else "en").phrasing
