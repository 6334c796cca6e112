"""A deck over a course: what the previous package and the learner's collection add to the
notes of a build. Notes no longer made are retired, not dropped; fields the learner edited
in Anki stay as they edited them (docs/anki.md)."""

from __future__ import annotations

from dataclasses import replace

from ..vocab.learner_collection import LearnerNote
from .anki_models import KINDS, NOTES_FIELD
from .anki_notes import NoteData
from .anki_questions import shown_choices
from .anki_state import PreviousNote

RETIRED_TAG = "quizgen::retired"
EDITED_TAG = "quizgen::edited::"  # + field name in lower case: a field the learner owns now
KIND_BY_MODEL = {kind.model_id: name for name, kind in KINDS.items()}


def previous_choices(previous: dict[str, PreviousNote]) -> dict[str, tuple[str, ...]]:
    """GUID -> the choices each question note showed last time."""
    model = KINDS["question"].model_id
    return {guid: shown_choices(note.fields.get("Choices", ""))
            for guid, note in previous.items() if note.model_id == model}


def retired_notes(made: list[NoteData], previous: dict[str, PreviousNote]) -> list[NoteData]:
    """The notes of the previous package that this build no longer makes, tagged retired,
    so that one search (tag:quizgen::retired) finds them all."""
    guids = {note.guid for note in made}
    retired = []
    for guid, note in previous.items():
        kind = KIND_BY_MODEL.get(note.model_id)
        if guid in guids or kind is None:
            continue
        values = tuple(note.fields.get(name, "") for name in KINDS[kind].fields)
        tags = tuple(sorted({*note.tags, RETIRED_TAG}))
        retired.append(NoteData(kind, guid, values, tags))
    return retired


def _edited(note: PreviousNote | None, name: str) -> bool:
    return note is not None and EDITED_TAG + name.lower() in note.tags


def with_learner_edits(note: NoteData, previous: PreviousNote | None,
                       learner: LearnerNote | None) -> NoteData:
    """`note` with the fields the learner changed in Anki and their own Notes field. A field
    is the learner's when the collection's note was changed after the previous package was
    written and differs from it there (a note not yet re-imported is older, and not an edit),
    or when an earlier build found it edited. Without the collection, what the previous
    package carried is kept."""
    names = KINDS[note.kind].fields
    touched = learner is not None and previous is not None and learner.mod > previous.mod
    values = dict(zip(names, note.fields, strict=True))
    tags = [t for t in note.tags if not t.startswith(EDITED_TAG)]
    for name in names:
        wrote = previous.fields.get(name) if previous else None
        theirs = learner.fields.get(name) if learner else None
        if name == NOTES_FIELD:
            values[name] = theirs if theirs is not None else (wrote or "")
            continue
        if theirs is not None and wrote is not None and (
                (touched and theirs != wrote) or _edited(previous, name)):
            values[name] = theirs
        elif theirs is None and wrote is not None and _edited(previous, name):
            values[name] = wrote
        else:
            continue
        tags.append(EDITED_TAG + name.lower())
    return replace(note, fields=tuple(values[name] for name in names), tags=tuple(tags))
