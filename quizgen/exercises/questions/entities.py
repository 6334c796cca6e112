"""Names in the article, grouped into people and places.

There is no NER model in the default pipeline, so the kind of a name comes from evidence:
the German lexicon's place names and first names, a title before the name ("Präsident
Putin"), a full name of several words, or a place preposition before it ("in Moskau").
A name with no evidence is left out of every question that needs its kind.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ...languages import get_language, language_part
from ...languages import is_person_title as is_title  # the language decides its titles
from ...model import Analysis, Sentence, Token
from .common import per_analysis
from .namelists import countries, name_lists, names_language
from .phrasing import phrasing

PERSON, PLACE, COUNTRY, CONTINENT = "person", "place", "country", "continent"


@dataclass(frozen=True)
class Mention:
    sentence: int
    start: int  # token index of the first token
    end: int  # token index after the last token
    key: str  # the name in its base form ("Putins" -> "Putin")
    genitive: bool


@dataclass
class Entity:
    key: str  # the fullest form the article uses ("Wladimir Putin")
    kind: str | None
    mentions: list[Mention] = field(default_factory=list)
    forms: set[str] = field(default_factory=set)  # every base form that refers to it


def _is_name(token: Token, position: int, lang: str) -> bool:
    # Not every PROPN: months are PROPN in UD, but nobody's name. In languages that do not
    # capitalise nouns, a capital inside a sentence marks a name.
    if not (token.is_name or (not get_language(lang).capitalises_nouns and position > 0
                              and token.upos not in ("PRON", "DET"))):
        return False
    text = token.text
    if text.lower() in _months(lang):
        return False  # 'Last month, April announced ...': a tagger's PROPN, not a person
    return (text[:1].isupper() and any(c.isalpha() for c in text)
            and not is_title(text, lang))  # 'Herrn Albers': the title is not part of the name


@lru_cache(maxsize=8)
def _months(lang: str) -> frozenset[str]:
    return frozenset(m.lower() for m in get_language(lang).months)


def base_form(token: Token) -> tuple[str, bool]:
    """The name without a genitive -s, and whether it had one."""
    text = token.text
    if text.endswith(("'s", "’s")):
        return text[:-2], True
    if text.endswith("s") and token.lemma == text[:-1]:
        return token.lemma, True
    return text, False


def _breaks(left: Token, right: Token, lang: str) -> bool:
    """Two names side by side that are two things: 'Putins Kim', 'Russland Nordkorea'."""
    places = name_lists(lang).places
    return base_form(left)[1] or (base_form(left)[0] in places and base_form(right)[0] in places)


def _trailing_name_part(tokens: tuple[Token, ...], i: int, j: int, lang: str) -> bool:
    """'Pak Thae Song,' or 'Christian Streich': surnames that are also nouns get a noun tag."""
    if j >= len(tokens) or tokens[j].upos not in ("NOUN", "PROPN") or not tokens[j].text[:1].isupper():
        return False
    lists = name_lists(lang)
    if j - i == 1 and tokens[i].text in lists.first_names:
        titles = names_language(lang)  # the names' lexicon knows its abstract nouns
        rules = language_part(titles, "lexicon")
        return (tokens[j].text not in lists.places and not is_title(tokens[j].text, titles)
                and not (rules is not None and rules.is_abstract_noun(tokens[j].text)))
    return j - i > 1 and j + 1 < len(tokens) and tokens[j + 1].upos == "PUNCT"


def _hyphen_link(tokens: tuple[Token, ...], j: int) -> bool:
    """tokens[j] is a hyphen inside a word and tokens[j + 1] is part of the same name."""
    return (j + 1 < len(tokens) and tokens[j].text == "-" and not tokens[j - 1].space_after
            and not tokens[j].space_after
            and (tokens[j + 1].is_name or tokens[j + 1].text[:1].isupper()))  # 'Prock-Schauer'


def mentions_in(sentence: Sentence, lang: str) -> list[Mention]:
    found: list[Mention] = []
    tokens = sentence.tokens
    i = 0
    while i < len(tokens):
        # A noun that is only part of a name ('Sohn' in 'sein Sohn Thomas', 'Kraftwerk' in
        # 'Kraftwerk Lippendorf') may continue a name but does not start one.
        if not _is_name(tokens[i], i, lang) or tokens[i].upos == "NOUN":
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            if _hyphen_link(tokens, j):
                j += 2  # 'Lim Soo-suk': the tokenizer splits at hyphens
            elif _is_name(tokens[j], j, lang) and not _breaks(tokens[j - 1], tokens[j], lang):
                j += 1
            else:
                break
        if _trailing_name_part(tokens, i, j, lang):
            j += 1  # 'Pak Thae Song,': the tagger took the last part for a noun
        if j - i == 1 and tokens[i].text in get_language(lang).name_lookalikes:
            i = j
            continue  # '»Na, ...«', '»Du hast ...«': an interjection or a pronoun, not a name
        # Only a name's last word can carry a genitive -s ('Jonas Meier' is not 'Jona').
        bases = [(t.text, False) for t in tokens[i : j - 1]] + [base_form(tokens[j - 1])]
        key = "".join(b + (" " if t.space_after else "") for (b, _), t in
                      zip(bases, tokens[i:j], strict=True)).strip()
        found.append(Mention(sentence.index, i, j, key, bases[-1][1]))
        i = j
    return found


def _kind_evidence(analysis: Analysis, lang: str,
                   mentions: list[Mention]) -> dict[str, Counter[str]]:
    """Per base form: votes for person and for place from the words around each mention."""
    lists, words = name_lists(lang), phrasing(lang)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        sentence = analysis.sentences[m.sentence]
        parts = m.key.split()
        before = sentence.tokens[m.start - 1].text if m.start else ""
        ambiguous = m.key in lists.first_names
        if m.key in lists.places and not ambiguous:  # 'Lena' is a river, too
            votes[m.key][PLACE] += 2
        if parts[0] in lists.first_names and len(parts) > 1:
            votes[m.key][PERSON] += 2
        elif len(parts) == 1 and (m.key in lists.first_names or m.key in lists.surnames):
            votes[m.key][PERSON] += 1
        if is_title(before, lang):
            votes[m.key][PERSON] += 2
        if before.lower() in words.place_prepositions and not m.genitive:
            votes[m.key][PLACE] += 1
        if len(parts) > 1 and _looks_like_full_name(sentence, m, lang):
            # A full name that acts ('erzielte Michael Gregoritsch') is someone's name.
            votes[m.key][PERSON] += 1 + _beside_finite_verb(sentence, m)
        votes[m.key][PERSON] += _speaks_or_titled(sentence, m, analysis.language)
    return votes


def _beside(sentence: Sentence, m: Mention) -> list[Token]:
    """The tokens right before and right after mention `m`."""
    tokens = sentence.tokens
    return [tokens[i] for i in (m.start - 1, m.end) if 0 <= i < len(tokens)]


def _beside_finite_verb(sentence: Sentence, m: Mention) -> bool:
    return any(t.xpos in ("VVFIN", "VAFIN", "VMFIN") for t in _beside(sentence, m))


def _speaks_or_titled(sentence: Sentence, m: Mention, lang: str) -> int:
    """Votes for a person: one for 'sagte Lim' or 'Kim sagte', two for an apposition with a
    title ('Shoigu, der russische Verteidigungsminister', 'Jo Chun Ryong mit, einen
    Parteifunktionär'), which a place never has."""
    verbs = get_language(lang).speech_verbs | phrasing(lang).speech_forms
    tokens = sentence.tokens
    spoke = any(t.lemma.lower() in verbs or t.text.lower() in verbs for t in _beside(sentence, m))
    start = m.end + 1 if m.end < len(tokens) and tokens[m.end].xpos == "PTKVZ" else m.end
    after = tokens[start : start + 6]
    if not after or after[0].text != ",":
        return int(spoke)
    titled = any(is_title(t.text, lang) for t in after[1:])
    return 2 if titled else int(spoke)


@per_analysis
def find_entities(analysis: Analysis) -> list[Entity]:
    """The article's names (body sentences only: credit lines name journalists, not actors).
    Cached: several generators ask for them; callers must not change the list."""
    lang = analysis.language
    mentions = [m for s in analysis.sentences if s.kind == "body" for m in mentions_in(s, lang)]
    votes = _kind_evidence(analysis, lang, mentions)
    full = sorted({m.key for m in mentions if " " in m.key}, key=lambda k: (-len(k.split()), k))
    full_words = [(name, name.split()) for name in full]
    owners: dict[str, str] = {}  # a book mentions its people thousands of times
    entities: dict[str, Entity] = {}
    for m in mentions:
        owner = owners.get(m.key)
        if owner is None:
            owner = owners[m.key] = _owner(m.key, full_words, votes)
        entity = entities.setdefault(owner, Entity(owner, None))
        entity.mentions.append(m)
        entity.forms.add(m.key)
    for entity in entities.values():
        total: Counter[str] = Counter()
        for form in entity.forms:
            total.update(votes.get(form, Counter()))
        entity.kind = _decide(total)
        if entity.key in countries(lang) and entity.kind != PERSON:
            entity.kind = COUNTRY
        if entity.key in phrasing(lang).continents:
            entity.kind = CONTINENT  # 'in Europa' swapped for 'in Ingolstadt' is absurd
    return sorted(entities.values(), key=lambda e: (e.mentions[0].sentence, e.key))


def _owner(key: str, full: list[tuple[str, list[str]]], votes: dict[str, Counter[str]]) -> str:
    """A one-word name belongs to the first full name of a person that contains it.
    (`full`: the full names, each with its words.)"""
    if " " in key or votes.get(key, Counter())[PLACE] >= 2:
        return key
    for name, words in full:
        if key in words and votes.get(name, Counter())[PERSON] > 0:
            return name
    return key


def _looks_like_full_name(sentence: Sentence, m: Mention, lang: str) -> bool:
    """Two to four name tokens, none a place, a common noun, an adjective or an acronym
    ('Wall Street', 'Royal Air Force', 'Zweiter Weltkrieg' are not people)."""
    lists, tokens = name_lists(lang), sentence.tokens[m.start : m.end]
    if not 2 <= len(tokens) <= 4:
        return False
    last = len(tokens) - 1
    return all(((t.is_name and t.upos == "PROPN") or i == last > 1) and not t.text.isupper()
               and t.xpos != "ADJA"
               and t.text not in lists.places for i, t in enumerate(tokens))


def _decide(votes: Counter[str]) -> str | None:
    """A person needs two pieces of evidence; a place one (the lexicon's place names count two)."""
    person, place = votes[PERSON], votes[PLACE]
    if person > place and person >= 2:
        return PERSON
    if place > person:
        return PLACE
    return None


def entity_of(entities: list[Entity], sentence: int, token: int) -> Entity | None:
    for entity in entities:
        for m in entity.mentions:
            if m.sentence == sentence and m.start == token:
                return entity
    return None
