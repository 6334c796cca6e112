"""Meanings for the chosen words. (Placeholder: dictionaries are wired in by the gloss work.)"""

from __future__ import annotations

from .model import VocabItem
from .options import Options


def add_glosses(vocabulary: tuple[VocabItem, ...], lang: str, options: Options) -> tuple[VocabItem, ...]:
    return vocabulary
