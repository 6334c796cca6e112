"""German adjectives of countries and the country's genitive: 'der russische Präsident' ->
'der Präsident Russlands', a restatement a reader must understand to match."""

from __future__ import annotations

from collections.abc import Iterable

ADJECTIVE_SUFFIX = "isch"
# Country names with an article ('die Schweiz', 'die Türkei') or plural ('die USA') need one in
# the genitive as well: only names that take a bare genitive -s are restated.
ARTICLE_ENDINGS = ("e", "ei", "z", "s", "x", "A", "union", "republik", "staaten")

STATE_ROLES = ("minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "könig",
               "königin", "kaiser", "kaiserin", "führer", "staatschef", "staatschefin", "botschafter",
               "botschafterin", "regierungschef", "regierungschefin", "herrscher", "herrscherin")


def country_of_adjective(lemma: str, countries: Iterable[str]) -> str | None:
    """'südkoreanisch' -> 'Südkorea', 'russisch' -> 'Russland': the one country whose name
    the adjective's stem starts or that starts the stem; None when none or several fit."""
    if not lemma.endswith(ADJECTIVE_SUFFIX) or len(lemma) < 7:
        return None
    stem = lemma[: -len(ADJECTIVE_SUFFIX)]
    names = [c for c in countries if " " not in c and "-" not in c]
    fits = {c for c in names if c.lower().startswith(stem) or stem.startswith(c.lower())}
    if not fits and len(stem) >= 4:
        fits = {c for c in names if stem in c.lower()}  # 'britisch' -> 'Großbritannien'
    return fits.pop() if len(fits) == 1 else None


def is_state_role(noun: str) -> bool:
    """A role a country has ('Präsident', 'Verteidigungsminister'): 'der russische Präsident'
    is Russia's, where 'der italienische Professor' is no professor of Italy."""
    return noun.lower().endswith(STATE_ROLES)


def country_genitive(country: str) -> str | None:
    """'Russlands', 'Südkoreas'; None for a name that needs an article ('der Schweiz')."""
    return None if country.endswith(ARTICLE_ENDINGS) else country + "s"
