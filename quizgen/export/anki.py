"""The Anki package (.apkg): notes with stable GUIDs and carefully chosen mods, see docs/anki.md."""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import genanki

from ..model import Quiz
from ..naming import article_slug
from ..runtime.atomic import atomic_path
from .anki_course import previous_choices, retired_notes, with_learner_edits
from .anki_models import KINDS, TimedModel, definition, definition_hash, make_model
from .anki_notes import NoteData, all_notes
from .anki_state import ModState, note_hash, read_state

ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # zip entries carry no build time, so packages are reproducible


class TimedNote(genanki.Note):
    """A note (and its cards) written with its own mod instead of the package's timestamp."""

    def __init__(self, *args: Any, mod: int = 0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.mod = mod

    def write_to_db(self, cursor: Any, timestamp: float, deck_id: int, id_gen: Any) -> None:
        super().write_to_db(cursor, self.mod, deck_id, id_gen)


def deck_name(quiz: Quiz) -> str:
    """`--deck`, else Quizgen::<title>; '::' inside a title would make subdecks."""
    if quiz.options.deck:
        return quiz.options.deck
    title = " ".join(quiz.title.replace("::", ":").split()) or "Untitled"
    return f"Quizgen::{title}"


def deck_id(name: str) -> int:
    """Derived from the name, so rebuilding keeps the deck (and a renamed deck is a new one)."""
    digest = int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:12], 16)
    return (1 << 30) + digest % (1 << 30)


def sentence_audio(quiz: Quiz, folder: Path) -> tuple[dict[int, str], list[Path]]:
    """`[sound:...]` per example sentence, and the media files, when --audio is on."""
    if not quiz.options.audio:
        return {}, []
    from .audio import synthesize

    sounds: dict[int, str] = {}
    for index in sorted({card.sentence for card in quiz.cloze_cards}):
        path = synthesize(quiz.analysis.sentences[index].text, quiz.language, folder)
        sounds[index] = f"[sound:{path.name}]"
    return sounds, sorted(folder.iterdir())


def timed_models(user_dir: str | None, state: ModState) -> dict[str, TimedModel]:
    models = {}
    for name, kind in KINDS.items():
        data = definition(kind, user_dir)
        models[name] = make_model(kind, data, state.model_mod(kind.model_id, definition_hash(data)))
    return models


def timed_note(note: NoteData, model: TimedModel, state: ModState, position: int = 0,
               learner_mod: int = 0) -> TimedNote:
    """`position`: the note's place in the new-card queue (Anki orders new cards by `due`);
    `learner_mod`: when the learner's collection last changed the note."""
    digest = note_hash(model.model_id, note.fields, note.tags)
    return TimedNote(model=model, fields=list(note.fields), tags=list(note.tags), guid=note.guid,
                     mod=state.note_mod(note.guid, digest, learner_mod), due=position)


def make_decks(quiz: Quiz, notes: list[NoteData], state: ModState) -> tuple[list[genanki.Deck], int]:
    """The article's deck, its `::retired` subdeck (the previous package's notes that this
    build no longer makes), and the package timestamp: the newest mod in them, so a rebuild
    repeats it."""
    from ..vocab.learner_collection import learner_notes

    models = timed_models(quiz.options.templates, state)
    learner = learner_notes(quiz.options.anki_collection)
    name = deck_name(quiz)
    deck, retired = genanki.Deck(deck_id(name), name), genanki.Deck(deck_id(f"{name}::retired"),
                                                                     f"{name}::retired")
    kept = [with_learner_edits(n, state.previous.get(n.guid), learner.get(n.guid)) for n in notes]
    for target, group in ((deck, kept), (retired, retired_notes(notes, state.previous))):
        for note in group:
            theirs = learner.get(note.guid)
            target.add_note(timed_note(note, models[note.kind], state, len(deck.notes) + len(retired.notes),
                                       theirs.mod if theirs else 0))
    for model in models.values():
        deck.add_model(model)
    decks = [deck, retired] if retired.notes else [deck]
    mods = [n.mod for d in decks for n in d.notes] + [m.mod for m in models.values()]
    return decks, max(mods)


def write_package(package: genanki.Package, target: Path, timestamp: int) -> None:
    """What genanki's `Package.write_to_file` writes, with two differences: the collection is
    built in memory (in a file, SQLite syncs the disk once for each of the tables genanki
    creates), and the zip entries carry a fixed date (same content, same bytes)."""
    connection = sqlite3.connect(":memory:")
    try:
        package.write_to_db(connection.cursor(), timestamp, itertools.count(timestamp * 1000))
        connection.commit()
        collection = connection.serialize()
    finally:
        connection.close()
    media = [Path(p) for p in package.media_files]
    entries = [("collection.anki2", collection),
               ("media", json.dumps({i: p.name for i, p in enumerate(media)}).encode())]
    entries += [(str(i), p.read_bytes()) for i, p in enumerate(media)]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries:
            entry = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            out.writestr(entry, data)


def write_apkg(quiz: Quiz, path: Path) -> None:
    state = read_state(path)
    with tempfile.TemporaryDirectory(prefix="quizgen-anki-") as tmp:
        media_dir = Path(tmp) / "media"
        media_dir.mkdir()
        sounds, media = sentence_audio(quiz, media_dir)
        notes = all_notes(quiz, article_slug(quiz.analysis.article), sounds,
                          previous_choices(state.previous))
        decks, timestamp = make_decks(quiz, notes, state)
        package = genanki.Package(decks, media_files=[str(p) for p in media])
        with atomic_path(path) as out:
            write_package(package, out, timestamp)
