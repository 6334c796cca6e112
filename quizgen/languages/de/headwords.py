"""German headwords a word bank must not list: forms the tagger took for lemmas.

A superlative ("höchster" for "hoch") or a declined adjective is no dictionary form, and a
nominalised participle ("das Geschriebene") has no headword a learner would look up: a gap
on either would make the student write a form the bank does not show.
"""

from __future__ import annotations

import re

from .lexicon import noun_lexicon

# A superlative or declined adjective: '-st'/'-est' and a case ending ("höchster", "größten").
DECLINED_SUPERLATIVE = re.compile(r"(?:e?s|ß)t(?:e|er|es|em|en)$")
# Adjectives whose own dictionary form ends so ("finster", "düster").
PLAIN_STER = ("finster", "düster", "lüstern")
MIN_PARTICIPLE = 6  # 'gest' (Geste), 'gerst' (Gerste) are too short to be participles
# The endings of a nominalised adjective ("das Geschriebene", "Geschriebenes", "den Reisenden").
NOMINAL_ENDINGS = ("es", "er", "en", "e")
# Prepositions that hold the definite article ("am Limes" is "an dem Limes").
ARTICLE_CONTRACTIONS = frozenset("am im vom zum zur beim ans ins aufs ums durchs fürs".split())


def _participle(adjective: str) -> bool:
    """'geschrieben', 'gesandt', 'reisend': a past or present participle by its shape."""
    past = adjective.startswith("ge") and adjective.endswith(("en", "t"))
    return len(adjective) >= MIN_PARTICIPLE and (past or adjective.endswith("end"))


def misleading_headword(lemma: str, pos: str, form: str) -> bool:
    """Whether the bank would show `lemma` as something no dictionary lists, or as a verb
    where the text has its present participle as a word of its own ("annähernd")."""
    if pos == "VERB":
        return form.lower().startswith(lemma.lower() + "d")  # the infinitive and -d
    if pos == "ADJ":
        return bool(DECLINED_SUPERLATIVE.search(lemma)) and not lemma.endswith(PLAIN_STER)
    if pos == "NOUN":
        if form[:1].islower():  # a German noun is written capitalised: 'cista' read as 'Cis'
            return True
        if noun_lexicon().is_common_noun(lemma):
            return False
        low = lemma[:1].lower() + lemma[1:]
        return any(_participle(low.removesuffix(ending)) for ending in NOMINAL_ENDINGS
                   if low.endswith(ending))
    return False
