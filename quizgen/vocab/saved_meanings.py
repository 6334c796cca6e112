"""The meanings `select` asks for (without a sentence: what a card would show), kept between
runs. A novel asks for thousands of words' meanings, each a dictionary search of about a
millisecond; a second build of the same text, or a text with the same words, reads them back.

Kept per language pair, named by everything the meanings are made from: quizgen's own code
and data (its corrections and rules), the installed FreeDict files and German Wiktionary's
version. A teacher's own glossary or dictionary is read fresh every run.
"""

from __future__ import annotations

import contextlib
import hashlib
from importlib import metadata

from ..runtime import cache
from ..runtime.cache import code_fingerprint
from .dictionaries import find_dictionary
from .dictionaries.wiktionary import PACKAGE as WIKTIONARY_PACKAGE

MAX_SAVED_MEANINGS = 200_000  # per language pair; about 20 MB on disk


def _sources_stamp(lang: str, gloss_lang: str) -> str:
    parts = [code_fingerprint()]
    for index in (find_dictionary(lang, gloss_lang), find_dictionary(gloss_lang, lang)):
        if index is not None:
            for path in index.parent.glob(f"{index.name.removesuffix('.index')}.*"):
                stat = path.stat()
                parts.append(f"{path.name}:{stat.st_size}:{int(stat.st_mtime)}")
    with contextlib.suppress(metadata.PackageNotFoundError):
        parts.append(metadata.version(WIKTIONARY_PACKAGE))
    return hashlib.sha1("|".join(sorted(parts)).encode("utf-8")).hexdigest()[:12]


def saved_meanings(lang: str, gloss_lang: str) -> dict:
    """(lemma, pos, parts) -> meaning text or None, for the default sources of this pair."""
    name = f"meanings-{lang}-{gloss_lang}"
    if name in cache.GROWING_CACHES:  # the stamp looks at files: once a process is enough
        return cache.GROWING_CACHES[name].values
    return cache.versioned_cache(name, _sources_stamp(lang, gloss_lang), MAX_SAVED_MEANINGS).values
