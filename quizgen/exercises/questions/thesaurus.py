"""German synonyms from OpenThesaurus (Debian `openthesaurus-de-text`, LGPL): read once, kept
as a compact index in the cache folder.

Only plain one-word entries count: marked ones ('(ugs.)', '(veraltet)', '(fig.)') are not
what a learner should meet as the meaning of a word, and phrases need their own grammar.
A word listed in one synonym set only has one sense here: that is the "certain sense"
the vocabulary and restating questions need.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ...analysis.frequency import english_lead
from ...runtime.cache import load_or_build

LANGUAGE = "de"  # the language OpenThesaurus lists
THESAURUS = Path("/usr/share/openthesaurus-de/openthesaurus.txt")
# A synonym this much more frequent in English is an English loan ('Queen' for 'Königin'):
# a restatement in German should not lean on it.
ENGLISH_LEAD = 0.5
WORD = re.compile(r"^[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)?$")


@dataclass(frozen=True)
class Thesaurus:
    synsets: tuple[tuple[str, ...], ...]  # each set's plain one-word entries
    senses: dict[str, tuple[int, ...]]  # word -> the sets it is in (any entry, marked or not)

    def synonyms(self, word: str) -> tuple[str, ...]:
        """The plain synonyms of a word of one sense; () for a word of several or none."""
        sets = self.senses.get(word, ())
        if len(sets) != 1:
            return ()
        return tuple(w for w in self.synsets[sets[0]] if w != word)

    def related(self, word: str) -> frozenset[str]:
        """Every word that shares a set with `word`, in any of its senses."""
        return frozenset(w for s in self.senses.get(word, ()) for w in self.synsets[s])

    def listed_plainly(self, word: str) -> bool:
        """Is the word unmarked in its one set? 'Käse (ugs.)' is listed as nonsense only:
        its first sense has no synonyms to list, so the set is not the text's sense (a
        figurative 'bombardieren (ugs.)' is, for a question on the figurative sense)."""
        sets = self.senses.get(word, ())
        return len(sets) == 1 and word in self.synsets[sets[0]]


def _entry_word(entry: str) -> str | None:
    entry = entry.strip()
    return entry if WORD.match(entry) else None


def _head(entry: str) -> str:
    """The word itself of an entry, without its marks: '(sich) freuen' -> 'freuen'."""
    return re.sub(r"\([^)]*\)", "", entry).strip()


def _read(path: Path) -> Thesaurus:
    synsets: list[tuple[str, ...]] = []
    senses: dict[str, list[int]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            entries = line.rstrip("\n").split(";")
            number = len(synsets)
            plain = tuple(dict.fromkeys(w for e in entries if (w := _entry_word(e))))
            synsets.append(plain)
            for entry in entries:
                head = _head(entry)
                if head:
                    senses.setdefault(head, []).append(number)
    return Thesaurus(tuple(synsets), {w: tuple(dict.fromkeys(s)) for w, s in senses.items()})


@cache
def thesaurus() -> Thesaurus | None:
    """The index, or None where the Debian package is not installed (no synonyms then)."""
    if not THESAURUS.exists():
        return None
    stat = os.stat(THESAURUS)
    return load_or_build("openthesaurus-de", f"{stat.st_size}-{int(stat.st_mtime)}",
                         lambda: _read(THESAURUS))


def _german(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if english_lead(w, LANGUAGE) <= ENGLISH_LEAD)


def synonyms(word: str) -> tuple[str, ...]:
    found = thesaurus()
    return _german(found.synonyms(word)) if found else ()


def related_words(word: str) -> frozenset[str]:
    found = thesaurus()
    return found.related(word) if found else frozenset()


def plain_synonyms(word: str) -> tuple[str, ...]:
    """Synonyms of a word listed unmarked in its one set (see `Thesaurus.listed_plainly`)."""
    found = thesaurus()
    return _german(found.synonyms(word)) if found and found.listed_plainly(word) else ()
