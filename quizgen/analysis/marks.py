"""What quizgen's components note on a spaCy token beyond spaCy's own attributes: whether
it is (part of) a name, and, for a separable verb, where its particle is.

The notes live in the doc's `user_data`, under quizgen's keys, as dicts by token index.
spaCy's extension attributes (`token._.is_name`) would do the same job, but each read
builds a new accessor object, and the German rules read these notes about a million times
in a book. The German rules set them on `Word`s (words.py), which share their doc's
`user_data`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from .words import Word

NAMES = "quizgen_names"  # token index -> True for names and parts of names
PARTICLES = "quizgen_particles"  # finite verb's token index -> its particle's token index


def is_name(token: Token | Word) -> bool:
    return token.doc.user_data.get(NAMES, {}).get(token.i, False)


def set_name(token: Token | Word, value: bool = True) -> None:
    names = token.doc.user_data.setdefault(NAMES, {})
    if value:
        names[token.i] = True
    else:
        names.pop(token.i, None)


def set_names(doc: Doc, names: dict[int, bool]) -> None:
    """Replace the doc's names with `names` (token index -> True), as a tagger does that has
    decided for every token."""
    doc.user_data[NAMES] = names


def particle(token: Token | Word) -> int | None:
    return token.doc.user_data.get(PARTICLES, {}).get(token.i)


def set_particle(verb: Token | Word, index: int) -> None:
    verb.doc.user_data.setdefault(PARTICLES, {})[verb.i] = index


def names_and_particles(doc: Doc) -> tuple[dict[int, bool], dict[int, int]]:
    """Both notes of a whole doc, for reading every token."""
    return doc.user_data.get(NAMES, {}), doc.user_data.get(PARTICLES, {})
