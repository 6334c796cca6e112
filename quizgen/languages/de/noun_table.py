"""The German noun table (Wiktionary data from PyPI `german-nouns`), read once.

The CSV has 100,000 nouns with gender, inflection and flags for first names, surnames
and place names. Parsing it takes half a second, so the few columns quizgen needs are
kept in a pickle in the user's cache folder, rebuilt when the package changes.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from ...analysis.frequency import zipf
from ...runtime.cache import load_or_build

NAME_FLAGS = ("Toponym", "Vorname", "Nachname", "Eigenname", "Straßenname")
CASE_COLUMNS = ("nominativ", "genitiv", "dativ", "akkusativ")
# (An adjectival noun's plural is made by lexicon.noun_info: 'die Beamten'.)
PLURAL_COLUMNS = ("nominativ plural", "nominativ plural 1", "nominativ plural*")
# How much rarer than its '-n' form a weak noun's '-e' form may be and still be the lemma:
# 'Gedanke' is 0.6 below 'Gedanken', 'Friede' 1.0 below 'Frieden' (today's nominative).
RARE_SINGULAR_GAP = 0.9


@dataclass
class NounLexicon:
    gender: dict[str, str] = field(default_factory=dict)  # lemma -> m|f|n
    plural: dict[str, str] = field(default_factory=dict)  # lemma -> nominative plural
    form_lemma: dict[str, str] = field(default_factory=dict)  # inflected form -> lemma
    names: set[str] = field(default_factory=set)  # lemmas listed as names of any kind
    places: set[str] = field(default_factory=set)  # lemmas listed as place names
    first_names: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    common: set[str] = field(default_factory=set)  # lemmas listed as common nouns
    abbreviations: set[str] = field(default_factory=set)  # "TV", "PDF": nouns, not names
    adjectival: set[str] = field(default_factory=set)  # declined like adjectives: "Beamter"
    plural_only: set[str] = field(default_factory=set)  # no singular, no gender: "Leute"

    def is_common_noun(self, word: str) -> bool:
        return word in self.common or word in self.form_lemma

    def lemma_of(self, form: str) -> str | None:
        """The noun's lemma. A form that is both a lemma and another noun's plural is the
        plural when that noun is the more frequent word ('Blicke' -> 'Blick') or when its
        own entry only repeats the other's plural, a variant of a weak noun or a plural
        listed on its own ('Gedanken', 'Namen', 'Daten' -> 'Gedanke', 'Name', 'Datum'), unless
        the other is much rarer ('Friede' beside 'Frieden'); a lemma of its own otherwise
        ('Kosten')."""
        other = self.form_lemma.get(form)
        if form not in self.common:
            return other
        if not other or self.plural.get(other) != form:
            return form
        gap = zipf(form, "de") - zipf(other, "de")
        variant = self.plural.get(form) in (form, None) and gap < RARE_SINGULAR_GAP
        return other if gap < 0 or variant else form


def _csv_path() -> Path | None:
    try:
        files = metadata.files("german-nouns") or []
    except metadata.PackageNotFoundError:
        return None
    for f in files:
        if f.name == "nouns.csv":
            return Path(f.locate())
    return None


def _parse(path: Path) -> NounLexicon:
    lex = NounLexicon()
    with path.open(encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        case_cols = [i for i, h in enumerate(header) if h.startswith(CASE_COLUMNS)]
        # Wiktionary's main plural, else the first of several ('Boote', 'Böte'); a second row
        # of the same noun (another sense: 'Boots') does not replace it.
        plural_cols = [header.index(h) for h in PLURAL_COLUMNS if h in header]
        genus_cols = [i for i, h in enumerate(header) if h.startswith("genus")]
        singular_cols = [i for i, h in enumerate(header) if h.startswith("nominativ singular")]
        for row in reader:
            lemma, flags = row[0], row[1].split(",")
            if not lemma or " " in lemma:
                continue
            if any(flag in NAME_FLAGS for flag in flags):
                lex.names.add(lemma)
                # One lemma may be several things ('Lena': a river and a first name).
                if "Toponym" in flags:
                    lex.places.add(lemma)
                if "Vorname" in flags:
                    lex.first_names.add(lemma)
                if "Nachname" in flags:
                    lex.surnames.add(lemma)
                continue
            if "Abkürzung" in flags:
                lex.abbreviations.add(lemma)
                continue
            if "Substantiv" not in flags:
                continue
            lex.common.add(lemma)
            if "adjektivische Deklination" in flags:
                lex.adjectival.add(lemma)
            genders = [row[i] for i in genus_cols if row[i] in ("m", "f", "n")]
            if not genders and not any(row[i] for i in singular_cols):
                lex.plural_only.add(lemma)
            if genders and lemma not in lex.gender:
                lex.gender[lemma] = genders[0]
            plural = next((row[i] for i in plural_cols if row[i]), None)
            if plural and lemma not in lex.plural:
                lex.plural[lemma] = plural
            for i in case_cols:
                form = row[i]
                if form and form != lemma:
                    _add_form(lex.form_lemma, form, lemma)
    return lex


def _add_form(form_lemma: dict[str, str], form: str, lemma: str) -> None:
    """A form of two nouns belongs to the more frequent one: 'Schäden' to 'Schaden', not to
    the old 'Schade'."""
    known = form_lemma.get(form)
    if known is None or (known != lemma and zipf(lemma, "de") > zipf(known, "de")):
        form_lemma[form] = lemma


@lru_cache(maxsize=1)
def noun_lexicon() -> NounLexicon:
    path = _csv_path()
    if path is None:
        return NounLexicon()
    version = metadata.version("german-nouns")
    return load_or_build("de-nouns", version, lambda: _parse(path))
