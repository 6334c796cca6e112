"""Work sessions without accounts: a folder under the cache folder per random id.

A session folder holds the teacher's texts (under names made here, never taken from a
request), `state.json` (the recipe: texts, options, edits) and what the last build wrote
(`decks/`, `key/`, `preview/`). Folders unused for a day are removed.
"""

from __future__ import annotations

import base64
import contextlib
import json
import re
import secrets
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..ingest import read_articles
from ..ingest.sniff import EXTENSIONS
from ..naming import slugify
from ..runtime.atomic import write_atomic
from ..runtime.cache import cache_dir

SESSION_ID = re.compile(r"[A-Za-z0-9_-]{22}")
MAX_AGE_SECONDS = 24 * 3600
RECIPE_SCHEMA = "quizgen-recipe/1"
STATE_FILE = "state.json"
# Names a text can never take (texts end in an input extension), so nothing collides.
RESERVED = frozenset({STATE_FILE, "glossary.tsv", "decks", "key", "preview", "status.json"})


def sessions_root() -> Path:
    return cache_dir() / "web-sessions"


@dataclass
class Recipe:
    """What a build from the page is made of; saved and loaded as JSON."""

    texts: list[str] = field(default_factory=list)  # file names in the session folder
    options: dict[str, Any] = field(default_factory=dict)  # Options fields set on the page
    exclude: list[str] = field(default_factory=list)
    include: list[str] = field(default_factory=list)
    meanings: dict[str, str] = field(default_factory=dict)  # lemma -> the teacher's meaning
    drop_questions: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"texts": self.texts, "options": self.options, "exclude": sorted(self.exclude),
                "include": sorted(self.include), "meanings": dict(sorted(self.meanings.items())),
                "drop_questions": sorted(self.drop_questions)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Recipe:
        try:
            return cls(texts=[str(t) for t in data.get("texts", [])],
                       options=dict(data.get("options", {})),
                       exclude=[str(w) for w in data.get("exclude", [])],
                       include=[str(w) for w in data.get("include", [])],
                       meanings={str(k): str(v) for k, v in data.get("meanings", {}).items()},
                       drop_questions=[str(q) for q in data.get("drop_questions", [])])
        except (AttributeError, TypeError, ValueError) as exc:
            raise InputError(f"recipe: not a quizgen recipe ({exc})") from exc


class Session:
    def __init__(self, sid: str, folder: Path) -> None:
        self.id = sid
        self.folder = folder
        self.csrf = ""
        self.ui_lang = "en"
        self.recipe = Recipe()
        self.message = ""  # the last error, shown once

    # --- state on disk -------------------------------------------------------------
    def save(self) -> None:
        state = {"csrf": self.csrf, "ui_lang": self.ui_lang, "message": self.message,
                 "recipe": self.recipe.to_json()}
        write_atomic(self.folder / STATE_FILE, json.dumps(state, ensure_ascii=False, indent=1))

    def load(self) -> None:
        state = json.loads((self.folder / STATE_FILE).read_text(encoding="utf-8"))
        self.csrf, self.ui_lang = state["csrf"], state["ui_lang"]
        self.message = state.get("message", "")
        self.recipe = Recipe.from_json(state["recipe"])

    def touch(self) -> None:
        with contextlib.suppress(OSError):
            (self.folder / STATE_FILE).touch()

    # --- texts ---------------------------------------------------------------------
    def add_text(self, filename: str, data: bytes, max_mb: float) -> str:
        """Store an upload under a name made here, and keep it only if ingest can read it."""
        name = self._free_name(filename)
        path = self.folder / name
        path.write_bytes(data)
        try:
            read_articles(str(path), max_mb=max_mb)
        except InputError as exc:
            path.unlink()
            # The message names the upload as the teacher knows it, not the stored file.
            raise InputError(str(exc).replace(str(path), name)) from None
        self.recipe.texts.append(name)
        return name

    def remove_text(self, name: str) -> None:
        if name in self.recipe.texts:
            self.recipe.texts.remove(name)
            with contextlib.suppress(OSError):
                (self.folder / name).unlink()

    def clear_texts(self) -> None:
        for name in list(self.recipe.texts):
            self.remove_text(name)

    def _free_name(self, filename: str) -> str:
        base = Path(filename.replace("\\", "/")).name  # 'a/../b.txt' -> 'b.txt'
        suffix = Path(base).suffix.lower()
        suffix = suffix if suffix in EXTENSIONS else ".txt"
        stem = slugify(Path(base).stem)[:60]
        name, n = f"{stem}{suffix}", 2
        while name in RESERVED or (self.folder / name).exists():
            name, n = f"{stem}-{n}{suffix}", n + 1
        return name

    # --- recipes -------------------------------------------------------------------
    def recipe_file(self) -> dict[str, Any]:
        """The recipe with the texts themselves, so that it rebuilds anywhere."""
        texts = []
        for name in self.recipe.texts:
            data = (self.folder / name).read_bytes()
            try:
                texts.append({"name": name, "text": data.decode("utf-8")})
            except UnicodeDecodeError:
                texts.append({"name": name, "base64": base64.b64encode(data).decode("ascii")})
        return {"schema": RECIPE_SCHEMA, **self.recipe.to_json(), "texts": texts}

    def load_recipe(self, data: Any, max_mb: float) -> None:
        if not isinstance(data, dict) or data.get("schema") != RECIPE_SCHEMA:
            raise InputError(f"recipe: not a quizgen recipe (schema {RECIPE_SCHEMA!r} expected)")
        texts = data.get("texts", [])
        if not isinstance(texts, list) or not all(isinstance(t, dict) for t in texts):
            raise InputError("recipe: 'texts' must be a list of {name, text} objects")
        from .choices import merged_settings, read_settings  # (choices imports this module)

        options = data.get("options", {})
        if not isinstance(options, dict):
            raise InputError("recipe: 'options' must be an object")
        # Only the page's own settings, checked as the form's are: a recipe names no files.
        settings = merged_settings({}, read_settings({str(k): str(v) for k, v in options.items()}))
        self.clear_texts()
        self.recipe = Recipe.from_json({**data, "texts": [], "options": settings})
        for text in texts:
            try:
                raw = (base64.b64decode(text["base64"]) if "base64" in text
                       else str(text["text"]).encode("utf-8"))
            except (KeyError, ValueError) as exc:
                raise InputError(f"recipe: a text without content ({exc})") from None
            self.add_text(str(text.get("name", "text.txt")), raw, max_mb)


class SessionStore:
    """Sessions by id; an id that does not match the pattern never reaches the disk."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or sessions_root()

    def create(self, ui_lang: str) -> Session:
        self.expire()
        sid = secrets.token_urlsafe(16)
        folder = self.root / sid
        folder.mkdir(parents=True)
        session = Session(sid, folder)
        session.csrf = secrets.token_urlsafe(24)
        session.ui_lang = ui_lang
        session.save()
        return session

    def get(self, sid: str) -> Session | None:
        if not SESSION_ID.fullmatch(sid):
            return None
        session = Session(sid, self.root / sid)
        try:
            session.load()
        except (OSError, ValueError, KeyError, InputError):
            return None
        session.touch()
        return session

    def expire(self) -> None:
        """Remove sessions not touched for a day."""
        if not self.root.is_dir():
            return
        now = time.time()
        for folder in self.root.iterdir():
            try:
                age = now - (folder / STATE_FILE).stat().st_mtime
            except OSError:
                age = now - folder.stat().st_mtime
            if age > MAX_AGE_SECONDS:
                shutil.rmtree(folder, ignore_errors=True)
