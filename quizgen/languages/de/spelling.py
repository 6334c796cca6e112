"""German spelling before the 1996 reform: 'daß', 'Fluß', 'Entschluß' -> 'dass', 'Fluss',
'Entschluss', for lookups and on cards (the text's own form stays the token's form).

The reform's rule: after a short vowel, 'ß' became 'ss'; after a long vowel or a diphthong
it stays ('Fuß', 'groß', 'heiß'). Spelling alone shows where 'ß' could be a short vowel's (a
single vowel letter before it, a consonant or the word's end after it: 'Fluß', 'mußte'; not
'Straße', 'heißt'); whether the vowel is short is known from today's spelling, as two word
lists in current spelling give it: the noun lexicon (Wiktionary, de_lexicon) and the
OpenThesaurus word list (Debian `openthesaurus-de-text`, when installed). A word changes only
when its 'ss' form is listed there and its 'ß' form is not ('Spaß' and 'Fuß' stay).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ...runtime.cache import load_or_build
from .lexicon import noun_lexicon

OPENTHESAURUS = Path("/usr/share/openthesaurus-de/openthesaurus.txt")
# 'ß' after a single vowel letter and before a consonant or the end of the word.
SHORT_VOWEL_SHARP_S = re.compile(r"(?<![aeiouäöüyAEIOUÄÖÜ])([aeiouäöüyAEIOUÄÖÜ])ß(?![aeiouäöüy])")
# Entries marked as outdated or regional spellings ('Spass (österr.)') do not count.
MARKED = ("veraltet", "österr", "schweiz", "alte Rechtschreibung")
MIN_TAIL = 3  # the shortest last part of a compound looked up on its own ('Schluß')


def _read_thesaurus() -> frozenset[str]:
    words: set[str] = set()
    for line in OPENTHESAURUS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        for entry in line.split(";"):
            if any(mark in entry for mark in MARKED):
                continue
            # The words of a phrase ('so dass') are in current spelling too.
            words.update(re.sub(r"\([^)]*\)", "", entry).split())
    return frozenset(words)


@lru_cache(maxsize=1)
def current_words() -> frozenset[str]:
    """The OpenThesaurus words in current spelling (empty when it is not installed)."""
    if not OPENTHESAURUS.is_file():
        return frozenset()
    stamp = str(int(OPENTHESAURUS.stat().st_mtime))
    return load_or_build("de-current-words", stamp, _read_thesaurus)


def _listed(word: str) -> bool:
    """In a current-spelling list: nouns (capitalised) in the lexicon or the thesaurus,
    other words in the thesaurus ('Ass', the noun, is no reason to respell 'aß')."""
    if word[:1].isupper():
        return word in current_words() or noun_lexicon().is_common_noun(word)
    return word in current_words()


def _respelled(word: str) -> str | None:
    """Today's spelling of a word one of the lists knows, None when neither form is listed."""
    if _listed(word):
        return word
    new = SHORT_VOWEL_SHARP_S.sub(r"\1ss", word)
    return new if new != word and _listed(new) else None


@lru_cache(maxsize=16384)
def current_spelling(word: str) -> str:
    """`word` in today's spelling where only the reform's 'ß' -> 'ss' sets it apart. A
    compound no list has whole goes by its parts: 'Todesschuß' by 'Schuss', 'Flußufer' by
    'Fluss' and 'Ufer'."""
    if "ß" not in word:
        return word
    whole = _respelled(word)
    if whole is not None:
        return whole
    for cut in range(MIN_TAIL, len(word) - MIN_TAIL + 1):
        left, right = word[:cut], word[cut:]
        head = right[:1].upper() + right[1:]
        if "ß" in right:
            new = _respelled(head)
            if new is not None:
                return left + right[:1] + new[1:]
        elif "ß" in left and _listed(head):
            new = _respelled(left)
            if new is not None:
                return new + right
    return word
