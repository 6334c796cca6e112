"""The name lists questions check names against: places, first names and surnames from a
noun lexicon, country names from CLDR, and what a first name says of a person's gender."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from typing import TYPE_CHECKING

from ...languages import get_language, language_part
from ...runtime.cache import load_or_build
from .phrasing import phrasing

if TYPE_CHECKING:
    from .entities import Entity


@dataclass(frozen=True)
class NameLists:
    places: frozenset[str]
    first_names: frozenset[str]
    surnames: frozenset[str]
    adjectival: frozenset[str] = frozenset()  # 'der Kranke / ein Kranker': declined like adjectives


NO_NAMES = NameLists(frozenset(), frozenset(), frozenset())


@lru_cache(maxsize=8)
def name_lists(lang: str) -> NameLists:
    """Place names, first names and surnames from the noun lexicon the language's profile
    names (`name_lexicon`); empty lists where it names none."""
    source = get_language(lang).name_lexicon
    rules = language_part(source, "lexicon") if source else None
    if rules is None:
        return NO_NAMES
    lex = rules.noun_lexicon()
    return NameLists(frozenset(lex.places), frozenset(lex.first_names), frozenset(lex.surnames),
                     frozenset(lex.adjectival))


def names_language(lang: str) -> str:
    """The language whose titles tell a surname from a noun after a first name: that of the
    lexicon the names come from."""
    return get_language(lang).name_lexicon or lang


@lru_cache(maxsize=8)
def countries(lang: str) -> frozenset[str]:
    """Country names in `lang` (CLDR data from Babel): a country is asked against countries."""
    try:
        names = load_or_build(f"countries-{lang}", metadata.version("babel"),
                              lambda: _country_names(lang))
    except (ImportError, ValueError, LookupError):  # PackageNotFoundError is an ImportError
        return phrasing(lang).country_aliases
    return names | phrasing(lang).country_aliases


def _country_names(lang: str) -> frozenset[str]:
    """Babel's names of countries (not of regions such as '150', Europe). Kept in the cache
    folder: Babel reads all of a language's locale data for them."""
    from babel import Locale

    names = Locale.parse(lang).territories
    return frozenset(name for code, name in names.items() if code.isalpha())



FEMALE_ENDINGS = ("a", "e", "ie", "y", "th", "ah", "in", "ett", "el")
MALE_EXCEPTIONS = {"Uwe", "Ole", "Jose", "José", "Mike", "Luca", "Sascha", "Nikita", "Andrea", "Kai",
                   "Henry", "Jonny", "Timothy", "Andy", "Gary", "Harry", "Jimmy", "Gerry", "Ralph",
                   "Martin", "Kevin", "Erwin", "Edwin", "Justin", "Benjamin", "Joachim", "Michel",
                   "Emanuel", "Immanuel", "Daniel", "Samuel", "Gabriel", "Raphael", "Michael", "Mikael",
                   "Marcel", "Pavel", "Karel", "Nathanael", "Maximilian", "Florian", "Kilian", "Julian",
                   "Christian", "Sebastian", "Fabian", "Adrian", "Damian", "Marian", "Valentin",
                   "Quentin", "Constantin", "Konstantin", "Gustl", "Noah", "Elijah", "Jonah", "Micah"}


def gender_of(entity: Entity, lang: str) -> str | None:
    """'m' or 'f', guessed from a German first name's ending; None without a first name."""
    first = name_lists(lang).first_names
    found = set()
    for form in entity.forms:
        name = form.split()[0]
        if name in first:
            female = name.endswith(FEMALE_ENDINGS) and name not in MALE_EXCEPTIONS
            found.add("f" if female else "m")
    return found.pop() if len(found) == 1 else None


def overlaps(option: Entity, answer: Entity) -> bool:
    """'Hermione Käterchen' or 'Kim' as an option for 'Käterchen' or 'Kim Jong Un' would be
    half right: one name contains the other."""
    return any(f in option.key or option.key in f for f in answer.forms)


def genitive(name: str) -> str:
    return name + ("’" if name.endswith(("s", "x", "z", "ß")) else "s")
