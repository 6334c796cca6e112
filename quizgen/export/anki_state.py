"""Modification times for notes and note types, chosen so that re-imports do the right thing.

Anki's default import updates an existing note (same GUID) only when the incoming note's
`mod` is newer than the one in the collection. So a note whose content did not change keeps
the `mod` it was first written with (a learner's later edit is newer and wins), and a note
whose content changed gets a `mod` of now (newer than anything the learner did before the
rebuild, so the correction reaches them). What was written last time is read back from the
previous package at the same path: the package itself is the state, and cannot drift from it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .anki_models import definition_hash

COLLECTION_NAMES = ("collection.anki21", "collection.anki2")


def note_hash(model_id: int, fields: Iterable[str], tags: Iterable[str]) -> str:
    """What a note delivers to a learner: its type, field texts and tags (not its deck)."""
    data = json.dumps([model_id, list(fields), sorted(tags)], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def base_time() -> int:
    """Now, or SOURCE_DATE_EPOCH for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(epoch) if epoch.isdigit() else int(time.time())


@dataclass(frozen=True)
class PreviousNote:
    """A note as the previous package held it: what quizgen wrote last time."""

    model_id: int
    fields: dict[str, str]  # field name -> text
    tags: tuple[str, ...]
    mod: int = 0


@dataclass
class ModState:
    """Content hash -> mod of everything in the previous package, by GUID or note type ID,
    and its notes themselves (to retire those no longer made, and to tell a learner's edits)."""

    notes: dict[str, tuple[str, int]] = field(default_factory=dict)
    models: dict[int, tuple[str, int]] = field(default_factory=dict)
    now: int = field(default_factory=base_time)
    previous: dict[str, PreviousNote] = field(default_factory=dict)

    def _choose(self, previous: tuple[str, int] | None, digest: str, floor: int = 0) -> int:
        if previous is None:
            return max(self.now, floor + 1) if floor else self.now
        old_hash, old_mod = previous
        if old_hash == digest:
            return old_mod
        # Strictly newer than last time even when the clock (or SOURCE_DATE_EPOCH) says otherwise.
        return max(self.now, old_mod + 1, floor + 1)

    def note_mod(self, guid: str, digest: str, floor: int = 0) -> int:
        """`floor`: the mod of the note in the learner's collection, when it is known; a
        changed note must be newer than that for the import to take it."""
        return self._choose(self.notes.get(guid), digest, floor)

    def model_mod(self, model_id: int, digest: str) -> int:
        return self._choose(self.models.get(model_id), digest)


def _model_definition(model: dict[str, Any]) -> dict[str, Any]:
    """The previous package's note type in the shape anki_models.definition() builds."""
    return {
        "id": int(model["id"]),
        "name": model["name"],
        "fields": [f["name"] for f in model["flds"]],
        "templates": [{"name": t["name"], "qfmt": t["qfmt"], "afmt": t["afmt"]} for t in model["tmpls"]],
        "css": model["css"],
        "sort_field": model["sortf"],
    }


def _read_collection(db_path: Path) -> ModState:
    state = ModState()
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        (models_json,) = conn.execute("SELECT models FROM col").fetchone()
        models = json.loads(models_json).values()
        names = {int(m["id"]): [f["name"] for f in m["flds"]] for m in models}
        for guid, mid, flds, tags, mod in conn.execute(
                "SELECT guid, mid, flds, tags, mod FROM notes ORDER BY id"):
            values = flds.split("\x1f")
            state.notes[guid] = (note_hash(mid, values, tags.split()), mod)
            state.previous[guid] = PreviousNote(mid, dict(zip(names.get(mid, []), values, strict=False)),
                                                tuple(tags.split()), mod)
    for model in models:
        state.models[int(model["id"])] = (definition_hash(_model_definition(model)), int(model["mod"]))
    return state


def read_state(package: Path) -> ModState:
    """The mods of the package previously written at `package`; empty if there is none usable."""
    if not package.is_file():
        return ModState()
    try:
        with zipfile.ZipFile(package) as archive, tempfile.TemporaryDirectory() as tmp:
            name = next(n for n in COLLECTION_NAMES if n in archive.namelist())
            db_path = Path(archive.extract(name, tmp))
            return _read_collection(db_path)
    except (OSError, zipfile.BadZipFile, StopIteration, sqlite3.Error, KeyError, ValueError,
            TypeError):
        # Not a package quizgen can read: start afresh rather than fail the build.
        return ModState()
