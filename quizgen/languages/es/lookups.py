"""Spanish: the rules tagger's lexicon, from spaCy's Spanish lemma tables (spacy-lookups-data);
analysis/romance/lexicon.py reads it."""

from __future__ import annotations

from spacy.strings import get_string_id

from ...analysis.romance.lexicon import CONTENT, FUNCTION, Lexicon, hashed_forms, lookup_table


def build_lexicon() -> Lexicon:
    from spacy.lookups import load_lookups

    lookups = load_lookups("es", ["lemma_index", "lemma_exc", "lemma_rules", "lemma_rules_groups"])
    index, exc, rules, groups = (lookup_table(lookups, n) for n in
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
            lexicon.forms[pos] = hashed_forms(exc[key])
    for pos, pairs in (("DET", rules.get("det", [])), ("PRON", rules.get("pron", [])),
                       ("ADV", rules.get("adverbs", []))):
        table = lexicon.forms.setdefault(pos, {})
        for old, new in [*pairs, *rules.get("det_and_pron_fixed", [])]:
            table.setdefault(get_string_id(old), new)
    return lexicon
