"""Italian: the rules tagger's lexicon, from spaCy's Italian (morph-it) tables (spacy-lookups-data);
analysis/romance/lexicon.py reads it."""

from __future__ import annotations

import contextlib

from ...analysis.romance.lexicon import ACCENTED, Lexicon, interned

IT_TABLES = {"NOUN": "noun", "VERB": "verb", "ADJ": "adj", "ADV": "adv", "AUX": "aux",
             "DET": "det", "PRON": "pron", "ADP": "adp", "NUM": "num"}


def build_lexicon() -> Lexicon:
    from spacy.lookups import load_lookups

    names = [f"lemma_lookup_{t}" for t in IT_TABLES.values()]
    lookups = load_lookups("it", names)
    lexicon = Lexicon("it", italian_spellings=True)
    for pos, table in IT_TABLES.items():
        lexicon.forms[pos] = {k: interned(_unmangle(v))
                              for k, v in lookups.get_table(f"lemma_lookup_{table}").items()}
    return lexicon


def _unmangle(text: str) -> str:
    """'cittÃ\xa0' -> 'città'; apostrophe accents as Italian writes them ("po'" stays)."""
    if not text.isascii():
        with contextlib.suppress(UnicodeError):
            text = text.encode("latin-1").decode("utf-8")
    if text.endswith("'") and text[-2:-1] in "aeiou" and len(text) > 3:
        text = text[:-2] + ACCENTED[text[-2]]
    return text
