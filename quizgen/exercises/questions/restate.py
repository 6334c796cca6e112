"""Statements restated rather than copied (German): one noun or adjective of the sentence
replaced by an OpenThesaurus synonym of the same sense, so a reader must recognise the
meaning, not find the same words ('Sauce' -> 'Soße' is a spelling, not a restatement).

Only replacements that keep the grammar without an inflection table: a noun in its lemma
form by a noun of the same gender, an adjective by a plain one with the same ending."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ...analysis.frequency import zipf
from ...languages import language_part
from ...model import Sentence, Token
from .common import with_text
from .meaning import _variant
from .thesaurus import LANGUAGE, plain_synonyms, synonyms

MIN_ZIPF = 3.2  # the restating word must be one a learner knows
ENDINGS = ("", "e", "en", "er", "es", "em")
MIN_FORM_ZIPF = 2.5
MAX_RARER = 0.45
MIN_PLURAL_ZIPF = 3.0


@lru_cache(maxsize=4096)
def _synonym(lemma: str, noun: bool) -> str | None:
    """The commonest plain synonym with one sense itself, that is not a spelling variant."""
    # Not much rarer than the word itself: a rarer synonym is often another register or
    # sense ('Herstellung' -> 'Schaffung').
    floor = max(MIN_ZIPF, zipf(lemma.lower(), LANGUAGE) - MAX_RARER)
    found = [w for w in plain_synonyms(lemma) if w[0].isupper() == noun and synonyms(w)
             and not _variant(w, lemma) and zipf(w.lower(), LANGUAGE) >= floor]
    return max(found, key=lambda w: (zipf(w.lower(), LANGUAGE), w)) if found else None


def _noun(token: Token) -> str | None:
    """A noun in its lemma form by a synonym of the same gender ('die Ernte' -> 'die
    Lese' would change nothing else), or in its plural by the synonym's plural."""
    rules = language_part(LANGUAGE, "lexicon")  # the synonyms' genders and plurals
    if rules is None or token.xpos != "NN" or token.is_name or "-" in token.text:
        return None
    lexicon = rules.noun_lexicon()
    if token.lemma in lexicon.names or token.lemma in lexicon.places:
        return None  # 'Sibirien' -> 'Zentralasien' changes the fact, not the words
    if token.text != token.lemma:
        return _plural(token, lexicon)
    gender = lexicon.gender
    new = _synonym(token.lemma, True)
    if new is None or gender.get(new) is None or gender.get(new) != gender.get(token.lemma):
        return None
    return new


def _plural(token: Token, lexicon: Any) -> str | None:
    """'die Hörner' -> 'die Geweihe': in the plural every gender takes the same article and
    adjective endings. Only the lexicon's plural form itself, which is no dative unless it
    ends in -n or -s already; then the synonym's plural must too ('den Bullen' -> 'den
    Stieren', never 'den Stiere')."""
    plural = lexicon.plural.get(token.lemma)
    if plural is None or token.text != plural or plural == token.lemma:
        return None  # ('die Daten' of 'Datum', 'Wagen' alike in both numbers: unclear)
    new = _synonym(token.lemma, True)
    theirs = lexicon.plural.get(new) if new else None
    if theirs is None or theirs == new:
        return None
    if plural.endswith(("n", "s")) and not theirs.endswith(("n", "s")):
        return None  # it may be a dative plural, which the synonym spells with an -n
    # A plural people write, and no commoner than its singular: 'Lesen', 'Dauern' and
    # 'Schauen' are counted as verbs, and a mass noun's plural ('Helligkeiten') is rare.
    rate = zipf(theirs.lower(), LANGUAGE)
    return theirs if MIN_PLURAL_ZIPF <= rate <= zipf(new.lower(), LANGUAGE) else None


def _adjective(token: Token) -> str | None:
    if token.xpos not in ("ADJA", "ADJD") or not token.text.startswith(token.lemma):
        return None
    ending = token.text[len(token.lemma):]
    new = _synonym(token.lemma, False)
    if ending not in ENDINGS or new is None:
        return None
    # The inflected form must be a word people write: 'anfangs' + 'e' is none ('erste' was
    # taken for 'erst'), and 'dunkel' + 'e' is spelt 'dunkle'.
    return new + ending if zipf(new + ending, LANGUAGE) >= MIN_FORM_ZIPF else None


def restated(sentence: Sentence) -> Sentence:
    """The sentence with its first word that has a safe synonym replaced (tokens after it
    shifted, so other changes still find their words); the same sentence when none has."""
    for token in sentence.tokens:
        new = _noun(token) or _adjective(token)
        if new is not None:
            text = sentence.text[: token.start] + new + sentence.text[token.end :]
            changed = with_text(sentence, text, token.start)
            tokens = list(changed.tokens)
            at = sentence.tokens.index(token)  # the replaced word keeps its start, not its end
            tokens[at] = token._replace(text=new, end=token.start + len(new))
            return replace(changed, tokens=tuple(tokens))
    return sentence


# Where a German main clause can put its parts: fronted adverbial, finite verb, subject.
FRONTED_START = {"APPR", "APPRART", "ADV"}
NOMINATIVE_START = {"der", "die", "das", "ein", "eine"}
TIME_NOUNS = {"Anfang", "Ende", "Mitte"}  # 'Anfang der 1950er Jahre lebte Warhol ...'
YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)$")


def _subject_after(tokens: tuple[Token, ...], at: int) -> int | None:
    """End of the subject that starts at `at`: a name ('Warhol', 'Andy Warhol') or a noun
    phrase with a nominative article ('die Familie', 'der junge Warhol')."""
    if at >= len(tokens):
        return None
    if tokens[at].is_name and tokens[at].xpos == "NE":
        end = at
        while end < len(tokens) and tokens[end].is_name and tokens[end].xpos == "NE":
            end += 1
        return end
    if tokens[at].text.lower() not in NOMINATIVE_START:
        return None
    end = at + 1
    while end < len(tokens) and tokens[end].xpos == "ADJA":
        end += 1
    return end + 1 if end < len(tokens) and tokens[end].xpos == "NN" else None


def _goes_on(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Does the subject continue after `end`: a genitive ('der Marktanteil der Firma') or
    'von' with a name ('Theophrastos von Eresos')?"""
    after = tokens[end]
    following = tokens[end + 1] if end + 1 < len(tokens) else None
    if after.text == "von" and following is not None and following.is_name:
        return True
    return not tokens[start].is_name and (after.xpos in ("ART", "NE") or after.is_name)


def reordered(sentence: Sentence) -> list[tuple[int, int]] | None:
    """The sentence's pieces (character spans) in another order that says the same:
    'Anfang der 1950er Jahre lebte Warhol von ...' -> 'Warhol lebte Anfang der 1950er Jahre
    von ...', and '1952 bat Warhol ...' <- 'Warhol bat 1952 ...'. None when no rule applies."""
    tokens = sentence.tokens
    if not tokens or tokens[-1].text != "." or any(t.text in (",", ";", ":", "(", "–") for t in tokens):
        return None  # one clause only: moving pieces of a longer sentence breaks it
    verb = next((i for i, t in enumerate(tokens[:7]) if t.xpos in ("VVFIN", "VAFIN", "VMFIN")), None)
    if not verb:
        return None
    end = len(tokens) - 1  # before the full stop
    subject_end = _subject_after(tokens, verb + 1)
    fronted = tokens[0].xpos in FRONTED_START or tokens[0].text in TIME_NOUNS
    if subject_end is not None and subject_end < end and _goes_on(tokens, verb + 1, subject_end):
        subject_end = None  # 'der Marktanteil der Firma': the subject goes on
    if fronted and subject_end is not None and subject_end < end:
        # fronted, verb, subject, rest -> subject, verb, fronted, rest
        return [_span(tokens, verb + 1, subject_end), _span(tokens, verb, verb + 1),
                _span(tokens, 0, verb), _span(tokens, subject_end, end)]
    if _subject_after(tokens, 0) == verb and verb + 2 < end and YEAR.match(tokens[verb + 1].text):
        # subject, verb, year, rest -> year, verb, subject, rest
        return [_span(tokens, verb + 1, verb + 2), _span(tokens, verb, verb + 1),
                _span(tokens, 0, verb), _span(tokens, verb + 2, end)]
    return None


def _span(tokens: tuple[Token, ...], start: int, end: int) -> tuple[int, int]:
    return tokens[start].start, tokens[end - 1].end


def reorder_text(sentence: Sentence, text: str, spans: list[tuple[int, int]]) -> str | None:
    """`text` (the sentence, maybe with one span replaced) with its pieces in `spans`' order;
    None when the replacement crosses two pieces."""
    original = sentence.text
    start = next((i for i, (a, b) in enumerate(zip(original, text, strict=False)) if a != b),
                 min(len(original), len(text)))
    tail = 0
    while tail < min(len(original), len(text)) - start and original[-1 - tail] == text[-1 - tail]:
        tail += 1
    old_end, new_end = len(original) - tail, len(text) - tail
    pieces = []
    for a, b in spans:
        if a <= start and old_end <= b:
            pieces.append(original[a:start] + text[start:new_end] + original[old_end:b])
        elif start < old_end and a < old_end and start < b:
            return None
        else:
            pieces.append(original[a:b])
    first = sentence.tokens[0]
    if first.xpos not in ("NN", "NE") and not first.is_name and pieces:
        for i, (a, _) in enumerate(spans):
            if a == first.start:
                pieces[i] = pieces[i][0].lower() + pieces[i][1:]
    joined = " ".join(pieces)
    return joined[0].upper() + joined[1:] + "."
