"""French: the rules tagger's lexicon, from spaCy's French lemma tables (spacy-lookups-data);
analysis/romance/lexicon.py reads it."""

from __future__ import annotations

from ...analysis.romance.lexicon import CONTENT, FUNCTION, Lexicon, hashed_forms, interned, lookup_table


def build_lexicon() -> Lexicon:
    from spacy.lookups import load_lookups

    lookups = load_lookups("fr", ["lemma_index", "lemma_exc", "lemma_rules", "lemma_lookup"])
    index, exc, rules, lookup = (lookup_table(lookups, n) for n in
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
            lexicon.forms[pos] = hashed_forms(exc[key])
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
            irregular[key] = interned(lemmas[0])
    return lexicon
