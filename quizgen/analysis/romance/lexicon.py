"""Which content parts of speech a French, Spanish or Italian word form can have, and its
lemma under each, from the POS-keyed tables of spacy-lookups-data.

A POS is possible for a form when the form is in that POS's exceptions, or one of that POS's
suffix rules turns it into a lemma listed in that POS's index (the logic of spaCy's rule
lemmatizer, spacy/lang/fr/lemmatizer.py and spacy/lang/es/lemmatizer.py), or, for Italian,
when the form is in that POS's lookup table (morph-it). Reading the tables takes about a
second, so the parts used here are kept in the cache folder.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import metadata

from spacy.strings import get_string_id

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


def _table(lookups, name: str) -> dict:
    return lookups.get_table(name) if lookups.has_table(name) else {}


def _build_fr() -> Lexicon:
    from spacy.lookups import load_lookups

    lookups = load_lookups("fr", ["lemma_index", "lemma_exc", "lemma_rules", "lemma_lookup"])
    index, exc, rules, lookup = (_table(lookups, n) for n in
                                 ("lemma_index", "lemma_exc", "lemma_rules", "lemma_lookup"))
    lexicon = Lexicon("fr")
    for pos in (*CONTENT, *FUNCTION):
        key = pos.lower()
        if key in index:
            lexicon.index[pos] = frozenset(index[key])
        if key in rules:
            # Rules with brackets or dots are notes about spelling, not suffixes of real forms.
            lexicon.rules[pos] = tuple((old, new) for old, new in rules[key]
                                       if old.isalpha() and (new.isalpha() or not new))
        if key in exc:
            lexicon.forms[pos] = _hashed(exc[key])
            # The verb index lists only "-er" verbs; the infinitives of the others are the
            # lemmas of their irregular forms.
            if pos in lexicon.index:
                lexicon.index[pos] |= {lemmas[0] for lemmas in exc[key].values() if lemmas}
    # spaCy's verb rules leave out the singular present of "-er" verbs ("il trouve"). Its
    # lookup table has them, with one lemma per form: a verb's when the form is mostly one
    # ("trouve"), not for "rue" or "politique" (though "ruer" and "politiquer" exist); so
    # the rule "-e" -> "-er" is only used after a clitic (see verb_by_rules).
    lexicon.clitic_verb_rules = (("e", "er"),)
    verbs, irregular = lexicon.index["VERB"], lexicon.forms["VERB"]
    for key, lemmas in lookup.items():
        if lemmas and lemmas[0] in verbs and key not in irregular:
            irregular[key] = _intern(lemmas[0])
    return lexicon


def _build_es() -> Lexicon:
    from spacy.lookups import load_lookups

    lookups = load_lookups("es", ["lemma_index", "lemma_exc", "lemma_rules", "lemma_rules_groups"])
    index, exc, rules, groups = (_table(lookups, n) for n in
                                 ("lemma_index", "lemma_exc", "lemma_rules", "lemma_rules_groups"))
    lexicon = Lexicon("es", accents=tuple(map(tuple, rules["accents"])),
                      vowel_changes=tuple(map(tuple, rules["voc_alt_2"] + rules["voc_alt_1"])))
    for pos in (*CONTENT, *FUNCTION):
        key = pos.lower()
        if key in index:
            lexicon.index[pos] = frozenset(index[key])
        if key in groups:
            # Without morphology every group's rules apply; longer suffixes first, as the
            # groups list them.
            merged = [tuple(rule) for name, _ in groups[key] for rule in rules.get(name, [])]
            lexicon.rules[pos] = tuple(dict.fromkeys(merged))
        if key in exc:
            lexicon.forms[pos] = _hashed(exc[key])
    for pos, pairs in (("DET", rules.get("det", [])), ("PRON", rules.get("pron", [])),
                       ("ADV", rules.get("adverbs", []))):
        table = lexicon.forms.setdefault(pos, {})
        for old, new in [*pairs, *rules.get("det_and_pron_fixed", [])]:
            table.setdefault(get_string_id(old), new)
    return lexicon


IT_TABLES = {"NOUN": "noun", "VERB": "verb", "ADJ": "adj", "ADV": "adv", "AUX": "aux",
             "DET": "det", "PRON": "pron", "ADP": "adp", "NUM": "num"}


def _build_it() -> Lexicon:
    from spacy.lookups import load_lookups

    names = [f"lemma_lookup_{t}" for t in IT_TABLES.values()]
    lookups = load_lookups("it", names)
    lexicon = Lexicon("it", italian_spellings=True)
    for pos, table in IT_TABLES.items():
        lexicon.forms[pos] = {k: _intern(_unmangle(v))
                              for k, v in lookups.get_table(f"lemma_lookup_{table}").items()}
    return lexicon


def _hashed(exceptions: dict[str, list[str]]) -> dict[int, str]:
    """Irregular forms keyed like the Italian tables (by hash), each with its first lemma."""
    return {get_string_id(form): _intern(lemmas[0]) for form, lemmas in exceptions.items() if lemmas}


def _unmangle(text: str) -> str:
    """'cittÃ\xa0' -> 'città'; apostrophe accents as Italian writes them ("po'" stays)."""
    if not text.isascii():
        with contextlib.suppress(UnicodeError):
            text = text.encode("latin-1").decode("utf-8")
    if text.endswith("'") and text[-2:-1] in "aeiou" and len(text) > 3:
        text = text[:-2] + ACCENTED[text[-2]]
    return text


_STRINGS: dict[str, str] = {}


def _intern(text: str) -> str:
    """One object per lemma, so the pickled cache stores each lemma once."""
    return _STRINGS.setdefault(text, text)


BUILDERS = {"fr": _build_fr, "es": _build_es, "it": _build_it}


@cache
def load_lexicon(lang: str) -> Lexicon | None:
    """The lexicon for `lang`, or None for a language without these tables."""
    if lang not in BUILDERS:
        return None
    version = metadata.version("spacy-lookups-data")
    return load_or_build(f"romance-lexicon-{lang}", version, BUILDERS[lang])
