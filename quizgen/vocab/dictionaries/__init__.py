"""Offline sources of meanings: dictd dictionaries (FreeDict) and teachers' glossaries."""

from __future__ import annotations

from pathlib import Path

from ...languages import SUPPORTED, language
from .dictd import DictdDictionary as DictdDictionary
from .glossary import Glossary as Glossary

# Where Debian's dict-freedict-* packages (and a user's own copies) put dictd files.
DICTD_DIRS: tuple[Path, ...] = (
    Path("/usr/share/dictd"),
    Path("/usr/local/share/dictd"),
    Path.home() / ".local" / "share" / "dictd",
)

# FreeDict names its dictionaries by ISO 639-3 codes (freedict-deu-eng): each language
# package gives its own; these are languages meanings may be in that quizgen does not read.
OTHER_ISO_639_3 = {"pt": "por", "sv": "swe", "da": "dan", "pl": "pol", "ru": "rus", "cs": "ces"}


def iso_639_3(code: str) -> str:
    return language(code).iso_639_3 if code in SUPPORTED else OTHER_ISO_639_3.get(code, code)


def freedict_name(lang: str, gloss_lang: str) -> str:
    """'de', 'en' -> 'freedict-deu-eng'."""
    return f"freedict-{iso_639_3(lang)}-{iso_639_3(gloss_lang)}"


def find_dictionary(lang: str, gloss_lang: str, dirs: tuple[Path, ...] = DICTD_DIRS) -> Path | None:
    """The index of the installed FreeDict dictionary for this language pair, if any."""
    name = freedict_name(lang, gloss_lang)
    for folder in dirs:
        index = folder / f"{name}.index"
        if index.is_file() and any((folder / f"{name}{ext}").is_file() for ext in (".dict.dz", ".dict")):
            return index
    return None


# The meanings' language when none is chosen: English, except for an English text, whose
# learners are served by German meanings (FreeDict eng-deu), never by English ones.
DEFAULT_GLOSS_LANG = {"en": "de"}


def default_gloss_lang(lang: str) -> str:
    return DEFAULT_GLOSS_LANG.get(lang, "en")
