"""Which content parts of speech a French, Spanish or Italian word form can have, and its
lemma under each, from the POS-keyed tables of spacy-lookups-data.

A POS is possible for a form when the form is in that POS's exceptions, or one of that POS's
suffix rules turns it into a lemma listed in that POS's index (the logic of spaCy's rule
lemmatizer, spacy/lang/fr/lemmatizer.py and spacy/lang/es/lemmatizer.py), or, for Italian,
when the form is in that POS's lookup table (morph-it). Reading the tables takes about a
second, so the parts used here are kept in the cache folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import metadata

from spacy.strings import get_string_id

from ...languages import language_part
from ...runtime.cache import load_or_build

FINAL_ACCENTS = {"à": "a", "è": "e", "é": "e", "ì": "i", "ò": "o", "ù": "u"}
ACCENTED = {"a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù"}
CONTENT = ("NOUN", "VERB", "ADJ", "ADV")
# Closed classes whose lemmas the tables also know ("la" -> "le", "fue" -> "ser").
FUNCTION = ("AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "NUM")


@dataclass
class Lexicon:
    lang: str
    # POS -> lemmas the rules may produce (fr, es).
    index: dict[str, frozenset[str]] = field(default_factory=dict)
    # POS -> form hash -> lemma: irregular forms (fr, es) or a whole lookup table (it).
    # Hashes because spaCy's tables keep only those; `get_string_id` makes them from a form.
    forms: dict[str, dict[int, str]] = field(default_factory=dict)
    # POS -> (suffix, replacement) rules, in the order spaCy tries them.
    rules: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # Spanish: plural and verb forms lose or move a written accent ("jóvenes" -> "joven").
    accents: tuple[tuple[str, str], ...] = ()
    # Spanish: stem vowels that change in a verb's forms ("tiene" -> "tener").
    vowel_changes: tuple[tuple[str, str], ...] = ()
    # Verb rules used only right after a clitic, where a verb is expected (see _build_fr).
    clitic_verb_rules: tuple[tuple[str, str], ...] = ()
    # Italian: morph-it writes a final accent as an apostrophe ("citta'" for "città"), and
    # the tables hold some accented forms as UTF-8 read as Latin-1 ("cittÃ ").
    italian_spellings: bool = False

    def keys(self, form: str) -> tuple[int, ...]:
        if not self.italian_spellings or form.isascii():
            return (get_string_id(form),)
        spellings = [form, form.encode("utf-8").decode("latin-1")]
        if form[-1] in FINAL_ACCENTS:
            spellings.append(form[:-1] + FINAL_ACCENTS[form[-1]] + "'")
        return tuple(map(get_string_id, spellings))

    def _find(self, pos: str, keys: tuple[int, ...]) -> str | None:
        table = self.forms.get(pos)
        if table:
            for key in keys:
                if key in table:
                    return table[key]
        return None

    def analyses(self, form: str) -> dict[str, str]:
        """Content POS -> lemma for a lower-case form; empty when no table knows it."""
        return _analyses(self, form)

    def lemma(self, form: str, pos: str) -> str | None:
        """The tables' lemma of a form under any POS they list, content or function."""
        if pos in CONTENT:
            return self.analyses(form).get(pos)
        return self._find(pos, self.keys(form))

    def verb_by_rules(self, form: str) -> str | None:
        """A verb lemma the suffix rules make of `form`, also where the tables give the form
        another part of speech only ("lutte" -> "lutter")."""
        if "VERB" in self.index:
            return _by_rules(self, form, "VERB", self.clitic_verb_rules)
        return None

    def __hash__(self) -> int:  # one lexicon per language, so the memo below can key on it
        return hash(self.lang)


@lru_cache(maxsize=200_000)
def _analyses(lexicon: Lexicon, form: str) -> dict[str, str]:
    keys = lexicon.keys(form)
    found: dict[str, str] = {}
    for pos in CONTENT:
        lemma = lexicon._find(pos, keys)
        if lemma is None and pos in lexicon.index:
            lemma = _by_rules(lexicon, form, pos)
        if lemma:
            found[pos] = lemma
    return found


def _by_rules(lexicon: Lexicon, form: str, pos: str,
              more_rules: tuple[tuple[str, str], ...] = ()) -> str | None:
    index = lexicon.index[pos]
    if form in index:
        return form
    made = [form[: len(form) - len(old)] + new
            for old, new in (*lexicon.rules.get(pos, ()), *more_rules) if form.endswith(old)]
    made = [lemma for lemma in made if lemma]
    for lemma in made:
        if lemma in index:
            return lemma
    for lemma in made:
        for variant in _variants(lexicon, lemma, pos):
            if variant in index:
                return variant
    return None


def _variants(lexicon: Lexicon, lemma: str, pos: str):
    """Spanish: the same lemma without a written accent ("amplían" -> "ampliar", "jóvenes"
    -> "joven") and, for verbs, with the stem vowel of the infinitive ("puede" -> "poder")."""
    for old, new in lexicon.accents:
        if old in lemma:
            yield lemma.replace(old, new)
    if pos == "VERB":
        for old, new in lexicon.vowel_changes:
            start = lemma.find(old)
            while start >= 0:
                yield lemma[:start] + new + lemma[start + len(old):]
                start = lemma.find(old, start + 1)


def lookup_table(lookups, name: str) -> dict:
    return lookups.get_table(name) if lookups.has_table(name) else {}


def hashed_forms(exceptions: dict[str, list[str]]) -> dict[int, str]:
    """Irregular forms keyed like the Italian tables (by hash), each with its first lemma."""
    return {get_string_id(form): interned(lemmas[0]) for form, lemmas in exceptions.items() if lemmas}


_STRINGS: dict[str, str] = {}


def interned(text: str) -> str:
    """One object per lemma, so the pickled cache stores each lemma once."""
    return _STRINGS.setdefault(text, text)


@cache
def load_lexicon(lang: str) -> Lexicon | None:
    """The lexicon for `lang` (built by its `lookups` part, `build_lexicon`), or None for a
    language without one."""
    lookups = language_part(lang, "lookups")
    if lookups is None:
        return None
    version = metadata.version("spacy-lookups-data")
    return load_or_build(f"romance-lexicon-{lang}", version, lookups.build_lexicon)
