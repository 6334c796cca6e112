"""The learner's own Anki collection, read through the `anki` library: the texts of the
notes they have learnt (their words: collection_words.py) and the fields they edited in
quizgen's notes (docs/anki.md).

The collection is never opened in place: the `anki` library writes to whatever it opens,
so quizgen works on a copy in a temporary folder. A collection that Anki holds open is
locked, and refused with a message rather than read half-written.
"""

from __future__ import annotations

import contextlib
import fnmatch
import hashlib
import html
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import DependencyError, UsageError
from ..runtime.cache import load_or_build

INSTALL_HINT = "pip install 'quizgen[anki]'"
TAG = re.compile(r"<[^>]+>")
SOUND = re.compile(r"\[sound:[^\]]*\]")
CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", re.S)


@dataclass(frozen=True)
class CollectionNote:
    """A note as the learner's collection holds it, with its cards' longest interval."""

    guid: str
    model_id: int
    fields: tuple[str, ...]
    decks: tuple[str, ...]  # the decks its cards are in
    interval: int  # days, the longest of its cards'
    names: tuple[str, ...] = ()  # its note type's field names
    mod: int = 0  # when it was last changed (seconds)


@dataclass(frozen=True)
class LearnerNote:
    """One of quizgen's notes as the learner has it now."""

    fields: dict[str, str]
    mod: int


def _collection_class() -> Any:
    try:
        from anki.collection import Collection
    except ImportError as exc:
        raise DependencyError(f"reading an Anki collection needs the anki library: {INSTALL_HINT}") from exc
    return Collection


def _check_not_open(path: Path) -> None:
    """Anki holds its collection with an exclusive lock while a profile is open."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0)) as conn:
            conn.execute("SELECT count() FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise UsageError(f"Anki collection {str(path)!r} is open in Anki; close Anki "
                             "(or switch to another profile) and try again") from exc
        raise UsageError(f"{str(path)!r} is not an Anki collection: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise UsageError(f"{str(path)!r} is not an Anki collection: {exc}") from exc


def _copy_into(source: Path, folder: Path, collection_class: Any) -> Path:
    """A collection file that the `anki` library may open and change: a copy of the
    learner's collection, or a new one that an exported package is imported into."""
    target = folder / "collection.anki2"
    suffix = source.suffix.lower()
    if suffix == ".colpkg":
        from anki._backend import RustBackend

        RustBackend().import_collection_package(
            col_path=str(target), backup_path=str(source), media_folder=str(folder / "media"),
            media_db=str(folder / "media.db"))
    elif suffix == ".apkg":
        from anki.collection import ImportAnkiPackageRequest

        col = collection_class(str(target))
        try:
            options = col._backend.get_import_anki_package_presets()
            options.with_scheduling = True  # the intervals are what tells known words
            col.import_anki_package(ImportAnkiPackageRequest(package_path=str(source), options=options))
        finally:
            col.close()
    else:
        _check_not_open(source)
        shutil.copyfile(source, target)
        wal = source.with_name(source.name + "-wal")
        if wal.is_file():  # changes not yet checkpointed into the main file
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    return target


@contextlib.contextmanager
def opened(path: str) -> Iterator[Any]:
    """The collection at `path` (collection.anki2, .colpkg or .apkg), opened from a copy."""
    source = Path(path)
    if not source.is_file():
        raise UsageError(f"Anki collection {path!r} not found")
    collection_class = _collection_class()
    from anki.errors import AnkiException

    with tempfile.TemporaryDirectory(prefix="quizgen-collection-") as tmp:
        try:
            col = collection_class(str(_copy_into(source, Path(tmp), collection_class)))
        except (AnkiException, OSError) as exc:
            raise UsageError(f"cannot read Anki collection {path!r}: {exc}") from exc
        try:
            yield col
        finally:
            col.close()


def _notes(col: Any) -> list[CollectionNote]:
    decks = {d.id: d.name for d in col.decks.all_names_and_ids()}
    names = {m.id: tuple(col.models.field_names(col.models.get(m.id)))
             for m in col.models.all_names_and_ids()}
    rows = col.db.all("SELECT n.id, n.guid, n.mid, n.flds, n.mod, c.did, c.ivl FROM notes n "
                      "JOIN cards c ON c.nid = n.id ORDER BY n.id, c.ord")
    notes: dict[int, CollectionNote] = {}
    for nid, guid, mid, flds, mod, did, ivl in rows:
        deck = decks.get(did, "")
        old = notes.get(nid)
        if old is None:
            notes[nid] = CollectionNote(guid, mid, tuple(flds.split("\x1f")), (deck,), max(ivl, 0),
                                        names.get(mid, ()), mod)
        else:
            notes[nid] = replace(old, decks=tuple(dict.fromkeys((*old.decks, deck))),
                                 interval=max(old.interval, ivl))
    return list(notes.values())


@lru_cache(maxsize=4)
def _read_notes(path: str, stamp: tuple[int, int]) -> tuple[CollectionNote, ...]:
    """Every note of the collection; `stamp` (mtime, size) makes a changed file read afresh."""
    with opened(path) as col:
        return tuple(_notes(col))


def collection_notes(path: str) -> tuple[CollectionNote, ...]:
    return _read_notes(path, _stamp(path))


def _stamp(path: str) -> tuple[int, int]:
    try:
        info = Path(path).stat()
    except OSError as exc:
        raise UsageError(f"Anki collection {path!r} not found") from exc
    return info.st_mtime_ns, info.st_size


def in_decks(deck: str, patterns: Iterable[str]) -> bool:
    """`Deutsch*` matches Deutsch and Deutsch::A1; a plain name matches its subdecks too."""
    name = deck.casefold()
    for pattern in patterns:
        wanted = pattern.casefold()
        if fnmatch.fnmatchcase(name, wanted) or fnmatch.fnmatchcase(name, wanted + "::*"):
            return True
    return False


def plain_text(field: str) -> str:
    """What a field says: no markup, no [sound:] tags, a cloze's hidden word in place."""
    text = CLOZE.sub(r"\1", SOUND.sub(" ", field))
    text = TAG.sub(" ", re.sub(r"<br\s*/?>|</div>|</p>", "\n", text, flags=re.I))
    return " ".join(html.unescape(text).replace("\xa0", " ").split())


def known_texts(notes: Iterable[CollectionNote], decks: tuple[str, ...], interval: int) -> list[str]:
    """The texts whose words count as known: every field of the notes in the chosen decks
    that have a card reviewed at `interval` days or more, and the word of each of quizgen's
    own notes that is that mature (in whatever deck)."""
    from ..export.anki_models import KINDS

    word_field = {k.model_id: k.fields.index("Word") for k in KINDS.values() if "Word" in k.fields}
    quizgen_models = {k.model_id for k in KINDS.values()}
    texts: dict[str, None] = {}
    for note in notes:
        if note.interval < interval:
            continue
        if note.model_id in word_field:
            chosen: Iterable[str] = (note.fields[word_field[note.model_id]],)
        elif note.model_id in quizgen_models:
            continue  # a question's text is the article's, not words the learner has learnt
        elif not decks or any(in_decks(d, decks) for d in note.decks):
            chosen = note.fields
        else:
            continue
        for field in chosen:
            text = plain_text(field)
            if text:
                texts.setdefault(text)
    return list(texts)


def collection_cache_key(kind: str, path: str, extra: object) -> tuple[str, str]:
    """One cache file per collection (a newer state replaces it), named by its state."""
    resolved = str(Path(path).resolve())
    mtime, size = _stamp(path)
    name = f"{kind}-{hashlib.sha1(resolved.encode('utf-8')).hexdigest()[:12]}"
    return name, hashlib.sha1(repr((mtime, size, extra)).encode("utf-8")).hexdigest()[:16]


def learner_notes(path: str | None) -> dict[str, LearnerNote]:
    """GUID -> each of quizgen's notes in the learner's collection, as they have it now."""
    if not path:
        return {}
    from ..export.anki_models import KINDS

    models = {k.model_id for k in KINDS.values()}
    return load_or_build(*collection_cache_key("anki-notes", path, ()), lambda: {
        n.guid: LearnerNote(dict(zip(n.names, n.fields, strict=False)), n.mod)
        for n in collection_notes(path) if n.model_id in models})


