"""Statements restated rather than copied (German): one noun or adjective of the sentence
replaced by an OpenThesaurus synonym of the same sense, so a reader must recognise the
meaning, not find the same words ('Sauce' -> 'Soße' is a spelling, not a restatement).

Only replacements that keep the grammar without an inflection table: a noun in its lemma
form by a noun of the same gender, an adjective by a plain one with the same ending."""

from __future__ import annotations

from functools import lru_cache

from ..frequency import zipf
from ..model import Sentence, Token
from .common import with_text
from .meaning import _variant
from .thesaurus import synonyms

MIN_ZIPF = 3.2  # the restating word must be one a learner knows
ENDINGS = ("", "e", "en", "er", "es", "em")
MIN_FORM_ZIPF = 2.5
MAX_RARER = 0.45


@lru_cache(maxsize=4096)
def _synonym(lemma: str, noun: bool) -> str | None:
    """The commonest plain synonym with one sense itself, that is not a spelling variant."""
    # Not much rarer than the word itself: a rarer synonym is often another register or
    # sense ('Herstellung' -> 'Schaffung').
    floor = max(MIN_ZIPF, zipf(lemma.lower(), "de") - MAX_RARER)
    found = [w for w in synonyms(lemma) if w[0].isupper() == noun and synonyms(w)
             and not _variant(w, lemma) and zipf(w.lower(), "de") >= floor]
    return max(found, key=lambda w: (zipf(w.lower(), "de"), w)) if found else None


def _noun(token: Token) -> str | None:
    from ..languages.de_lexicon import noun_lexicon

    if token.xpos != "NN" or token.text != token.lemma or token.is_name or "-" in token.text:
        return None
    lexicon = noun_lexicon()
    if token.lemma in lexicon.names or token.lemma in lexicon.places:
        return None  # 'Sibirien' -> 'Zentralasien' changes the fact, not the words
    gender = lexicon.gender
    new = _synonym(token.lemma, True)
    if new is None or gender.get(new) is None or gender.get(new) != gender.get(token.lemma):
        return None
    return new


def _adjective(token: Token) -> str | None:
    if token.xpos not in ("ADJA", "ADJD") or not token.text.startswith(token.lemma):
        return None
    ending = token.text[len(token.lemma):]
    new = _synonym(token.lemma, False)
    if ending not in ENDINGS or new is None:
        return None
    # The inflected form must be a word people write: 'anfangs' + 'e' is none ('erste' was
    # taken for 'erst'), and 'dunkel' + 'e' is spelt 'dunkle'.
    return new + ending if zipf(new + ending, "de") >= MIN_FORM_ZIPF else None


def restated(sentence: Sentence) -> Sentence:
    """The sentence with its first word that has a safe synonym replaced (tokens after it
    shifted, so other changes still find their words); the same sentence when none has."""
    for token in sentence.tokens:
        new = _noun(token) or _adjective(token)
        if new is not None:
            text = sentence.text[: token.start] + new + sentence.text[token.end :]
            return with_text(sentence, text, token.start)
    return sentence
