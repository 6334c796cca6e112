"""quizgen's Anki note types: fixed IDs and fields in code, card HTML and CSS in templates/anki/."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import genanki

from .anki_templates import read_checked
from .templating import read_static

# Fixed forever: Anki matches note types by ID, so a changed ID would orphan every note.
CLOZE_MODEL_ID = 1718205301
VOCAB_MODEL_ID = 1718205302
QUESTION_MODEL_ID = 1718205303
REVERSE_MODEL_ID = 1718205304

CSS_FILE = "anki/cards.css"

# Field names and order are the note type's schema. Anki's default import skips notes whose
# note type's fields differ from the collection's ("conflicting"), so these never change.
# "Notes" is the learner's own: quizgen never writes it (docs/anki.md).
NOTES_FIELD = "Notes"
CLOZE_FIELDS = ("Text", "Word", "Plural", "POS", "Parts", "Gloss", "Pronunciation", "Sentence",
                "Source", "Audio", NOTES_FIELD)
VOCAB_FIELDS = ("Word", "Plural", "POS", "Parts", "Gloss", "Pronunciation", "Sentence", "Source",
                "Audio", NOTES_FIELD)
QUESTION_FIELDS = ("Prompt", "Choices", "Answer", "Explanation", "Evidence", "Source", "Kind",
                   NOTES_FIELD)


@dataclass(frozen=True)
class NoteKind:
    """One of quizgen's note types, as code knows it."""

    kind: str
    model_id: int
    name: str
    fields: tuple[str, ...]
    sort_field: int
    cloze: bool = False


KINDS = {
    "cloze": NoteKind("cloze", CLOZE_MODEL_ID, "Quizgen Cloze", CLOZE_FIELDS, 1, cloze=True),
    "vocab": NoteKind("vocab", VOCAB_MODEL_ID, "Quizgen Vocabulary", VOCAB_FIELDS, 0),
    "question": NoteKind("question", QUESTION_MODEL_ID, "Quizgen Question", QUESTION_FIELDS, 0),
    "reverse": NoteKind("reverse", REVERSE_MODEL_ID, "Quizgen Reverse", VOCAB_FIELDS, 0),
}


class TimedModel(genanki.Model):
    """A note type that carries its own modification time instead of the package's."""

    def __init__(self, *args: Any, mod: int = 0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.mod = mod

    def to_json(self, timestamp: float, deck_id: int) -> dict[str, Any]:
        return super().to_json(self.mod, deck_id)


def card_templates(kind: NoteKind, user_dir: str | None) -> dict[str, str]:
    """Front and back HTML of `kind`, from the teacher's folder or the defaults, checked."""
    return {key: read_checked(f"anki/{kind.kind}_{side}.html", user_dir, kind.fields,
                              needs_cloze=kind.cloze and side == "front")
            for side, key in (("front", "qfmt"), ("back", "afmt"))}


def definition(kind: NoteKind, user_dir: str | None) -> dict[str, Any]:
    """Everything that makes up a note type, as plain data (hashed to detect changes)."""
    sides = card_templates(kind, user_dir)
    return {
        "id": kind.model_id,
        "name": kind.name,
        "fields": list(kind.fields),
        "templates": [{"name": "Card 1" if not kind.cloze else "Cloze", **sides}],
        "css": read_static(CSS_FILE, user_dir),
        "sort_field": kind.sort_field,
    }


def definition_hash(data: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()


def make_model(kind: NoteKind, data: dict[str, Any], mod: int) -> TimedModel:
    return TimedModel(
        kind.model_id,
        kind.name,
        fields=[{"name": name} for name in data["fields"]],
        templates=[dict(t) for t in data["templates"]],
        css=data["css"],
        model_type=genanki.Model.CLOZE if kind.cloze else genanki.Model.FRONT_BACK,
        sort_field_index=data["sort_field"],
        mod=mod,
    )
