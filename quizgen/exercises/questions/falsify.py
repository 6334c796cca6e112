"""False statements for true/false: one fact of a sentence changed (a person or place
swapped for another of the same kind from the article, a number changed within its range,
a negation dropped, a copula denied)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from ...analysis.frequency import zipf
from ...languages import language_part
from ...model import Analysis, Sentence
from .common import CLAUSE_PUNCT, SUBORDINATE, per_analysis, replace_span
from .distractors import number_distractors
from .entities import CONTINENT, COUNTRY, PLACE, Entity, Mention, find_entities, is_title
from .namelists import gender_of, genitive
from .numbers import _is_fraction, _is_year, _spell, _unit, _value, _word_values
from .phrasing import phrasing

# Words that make 'nicht' part of a fixed phrase: dropping it would break the sentence.
NEGATION_BOUND = {"nur", "mehr", "einmal", "gar", "noch", "erst", "etwa", "zuletzt", "weniger",
                  "minder", "sondern", "so", "nicht", "kein", "umsonst", "immer"}

Falsifier = Callable[[Analysis, Sentence, list[Entity], random.Random], str | None]


def _needs_article(place: Entity, analysis: Analysis) -> bool:
    """'die Ukraine', 'im Schwarzwald': such names cannot replace a name used without one."""
    if place.key.endswith(("e", "ei")) or place.key.isupper():
        return True
    for m in place.mentions:
        before = analysis.sentences[m.sentence].tokens[m.start - 1] if m.start else None
        if before is not None and (before.upos == "DET" or before.xpos == "APPRART"):
            return True
    return False


PLACE_KINDS = (PLACE, COUNTRY, CONTINENT)


def _fits(new: Entity, old: Entity, index: _NameIndex) -> bool:
    """A replacement that keeps the sentence grammatical: no article, the same sex."""
    if new.kind in PLACE_KINDS:
        return not index.needs_article[new.key]
    # Both unknown is allowed: 'Lim' for 'Rudenko'.
    return index.gender[new.key] == index.gender[old.key]


def _unrelated(words_a: frozenset[str], words_b: frozenset[str]) -> bool:
    """'Korea' for 'Nordkorea' or 'Kim Myong Sik' for 'Kim' would be half true."""
    return not any(x in y or y in x for x in words_a for y in words_b)


@dataclass(frozen=True)
class _NameIndex:
    first_mention: dict[tuple[str, int], Mention]  # (entity, sentence) -> its first mention there
    words: dict[str, frozenset[str]]  # entity -> the lower-case words of all its forms
    gender: dict[str, str | None]  # entity -> gender_of(entity)
    needs_article: dict[str, bool]  # place entity -> _needs_article(entity)
    with_kinds: frozenset[int]  # sentences that mention a person or a place


@per_analysis
def _name_index(analysis: Analysis) -> _NameIndex:
    """Looked up for every sentence of a book: built once per analysis."""
    first: dict[tuple[str, int], Mention] = {}
    words: dict[str, frozenset[str]] = {}
    gender: dict[str, str | None] = {}
    needs_article: dict[str, bool] = {}
    with_kinds: set[int] = set()
    for entity in find_entities(analysis):
        for m in entity.mentions:
            first.setdefault((entity.key, m.sentence), m)
            if entity.kind:
                with_kinds.add(m.sentence)
        words[entity.key] = frozenset(w.lower() for f in entity.forms for w in f.split())
        gender[entity.key] = gender_of(entity, analysis.language)
        if entity.kind in PLACE_KINDS:
            needs_article[entity.key] = _needs_article(entity, analysis)
    return _NameIndex(first, words, gender, needs_article, frozenset(with_kinds))


def _has_article_or_role(sentence: Sentence, start: int, end: int, lang: str) -> bool:
    """A name after an article or a title, or with an apposition ('Lim, Sprecher des ...'):
    swapping it gives a statement that is false on its face, not by the text."""
    tokens = sentence.tokens
    before = tokens[start - 1] if start else None
    if before is not None and (before.upos in ("DET", "NOUN") or before.xpos == "APPRART"
                               or is_title(before.text, lang)):
        return True
    return end < len(tokens) and tokens[end].text == ","


def _runs_into_noun(sentence: Sentence, m: Mention, lang: str) -> bool:
    last = sentence.tokens[m.end - 1]
    if m.end - m.start < 2:
        return False
    if last.xpos == "NN" and not last.is_name:
        return True
    rules = language_part(lang, "lexicon")
    if rules is None:
        return False
    # 'Bier' is a surname too, but first of all a common word.
    return last.text in rules.noun_lexicon().common and zipf(last.text.lower(), lang) >= 3.5


def swap_name(analysis: Analysis, sentence: Sentence, entities: list[Entity],
              rng: random.Random) -> str | None:
    """Put another person for a person, another place for a place."""
    index = _name_index(analysis)
    if sentence.index not in index.with_kinds:
        return None  # (the shuffle below, costly in a book, would find no name to swap)
    for entity in rng.sample(entities, len(entities)):
        m = index.first_mention.get((entity.key, sentence.index))
        if m is None or entity.kind is None:
            continue
        if _has_article_or_role(sentence, m.start, m.end, analysis.language):
            continue
        if _runs_into_noun(sentence, m, analysis.language):
            continue  # 'Mesopotamien Bier': a name run on into a noun; the noun would go too
        if m.start >= 2 and sentence.tokens[m.start - 2].text.lower() == "bis":
            continue  # 'bis nach Australien zu hören': a nearer place would still be true
        if entity.kind in PLACE_KINDS and m.start and sentence.tokens[m.start - 1].text.lower() \
                not in phrasing(analysis.language).place_prepositions:
            continue  # 'auf Sumatra' -> 'auf Bremen': only 'in', 'aus', 'nach' fit any place
        mine = index.words[entity.key]
        others = [e.key for e in entities if e.kind == entity.kind and _fits(e, entity, index)
                  and _unrelated(index.words[e.key], mine)
                  and not any(f in sentence.text for f in e.forms)]
        if not others:
            continue
        new = rng.choice(others)
        new = genitive(new) if m.genitive else new
        start, end = sentence.tokens[m.start].start, sentence.tokens[m.end - 1].end
        return replace_span(sentence.text, start, end, new)
    return None


def change_number(analysis: Analysis, sentence: Sentence, entities: list[Entity],
                  rng: random.Random) -> str | None:
    lang = analysis.language
    for token in sentence.tokens:
        value = _value(token, lang)
        if value is None or value < 2 or _is_fraction(sentence, sentence.tokens.index(token)):
            continue
        i = sentence.tokens.index(token)
        year = _is_year(value, sentence, i) and _unit(sentence, i) is None  # not '2000 Personen'
        era = i + 2 < len(sentence.tokens) and sentence.tokens[i + 1].text in ("v.", "n.")
        if year or era:
            continue  # '1813' for '1812', '2000 v. Chr.': memory of a detail, not understanding
        if i + 1 < len(sentence.tokens) and sentence.tokens[i + 1].xpos == "NE":
            continue  # '3252 Dawson Street': a house number, not a quantity
        wrong = [v for v in number_distractors(value, rng, year, _word_values(token, lang))
                 if _spell(v, token, lang) not in sentence.text and not _multiple(v, value)]
        if wrong:
            return replace_span(sentence.text, token.start, token.end, _spell(rng.choice(wrong), token, lang))
    return None


def _multiple(one: float, other: float) -> bool:
    """129 beside 258: a multiple (or a half) is a calculation, not a plausible other size."""
    big, small = max(one, other), min(one, other)
    return small > 0 and (big / small) == int(big / small)


def drop_negation(analysis: Analysis, sentence: Sentence, entities: list[Entity],
                  rng: random.Random) -> str | None:
    """'teilte nicht sofort mit' -> 'teilte sofort mit' (German 'nicht' only), in the main
    clause and without a modal verb: 'die man nicht überlassen darf' and 'die jahrzehntelang
    nicht restauriert wurden' lose their sense, not just their truth, without it."""
    tokens = sentence.tokens
    if {"sondern", "weder"} & {t.text.lower() for t in tokens}:
        return None  # 'nicht ..., sondern ...' needs its 'nicht'
    if any(t.xpos in ("VMFIN", "VMINF") for t in tokens):
        return None
    for i, token in enumerate(tokens):
        if token.text in CLAUSE_PUNCT or token.xpos in SUBORDINATE or token.text == ",":
            return None  # only the main clause before any comma or subordinate clause
        if token.xpos != "PTKNEG" or not 0 < i < len(tokens) - 1:
            continue
        if {tokens[i - 1].text.lower(), tokens[i + 1].text.lower()} & NEGATION_BOUND:
            continue
        if tokens[i + 1].upos == "PUNCT":
            continue
        if tokens[i + 1].xpos == "ADJA":
            continue  # 'ein nicht strukturgebendes Protein' names a kind; without it, nonsense
        return sentence.text[: token.start] + sentence.text[tokens[i + 1].start :]
    return None


NEGATIONS = {"not", "never", "no", "nicht", "nie", "kein", "keine", "niet", "geen", "nunca", "non", "mai"}


def negate_copula(analysis: Analysis, sentence: Sentence, entities: list[Entity],
                  rng: random.Random) -> str | None:
    """'Ein Vulkan ist ein Berg' -> 'Ein Vulkan ist kein Berg'; 'X was a painter' -> 'X was not
    a painter': the main clause's copula, in a sentence with no negation of its own."""
    words = phrasing(analysis.language)
    tokens = sentence.tokens
    if not words.copulas or any(t.text.lower() in NEGATIONS or t.text.lower().endswith("n't")
                                for t in tokens):
        return None
    for i, token in enumerate(tokens[:-2]):
        if token.text in CLAUSE_PUNCT or token.xpos in SUBORDINATE or token.text == ",":
            return None  # only the main clause
        if token.text.lower() not in words.copulas or i == 0:
            continue
        title = analysis.article.title.split()
        if title and title[0] in {t.text for t in tokens[:i]}:
            return None  # 'Ketchup ist keine Würzsauce': a definition denied is false on its face
        after = tokens[i + 1]
        if after.text.lower() in words.negated_articles:
            new = words.negated_articles[after.text.lower()]
            return replace_span(sentence.text, after.start, after.end,
                                new if after.text.islower() else new.capitalize())
        if after.upos not in ("DET", "ADJ", "NOUN", "NUM") or words.negated_articles:
            return None
        if words.not_after:
            return replace_span(sentence.text, token.end, token.end, " " + words.not_after)
        if words.not_before:
            return replace_span(sentence.text, token.start, token.start, words.not_before + " ")
        return None
    return None


# Words before a number that make it a bound: another number may satisfy it too ('mehr als
# 20 Kilometer' is still true of 30).
# How far the trap may be from the right value: 7485 m against 285 m is absurd.
MAX_RATIO = 3.0
BOUNDS = {"als", "über", "unter", "bis", "mindestens", "höchstens", "maximal", "minimal", "ab", "zu"}


def trap_number(analysis: Analysis, sentence: Sentence, entities: list[Entity],
                rng: random.Random) -> str | None:
    """A quantity put for another the text gives in the same unit ('20 Kilometer' where the
    text also says '30 Kilometer'): a trap from the text, of the right size, never a
    multiple of the right value; no year, fraction or bound. None without such a number."""
    lang = analysis.language
    found = _quantities(analysis)
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        value, unit = _value(token, lang), _unit(sentence, i)
        if value is None or unit is None or value < 2 or _is_fraction(sentence, i):
            continue
        if _is_year(value, sentence, i) or (i and tokens[i - 1].text.lower() in BOUNDS):
            continue
        spelt = _word_values(token, lang)  # 'vier' is asked against numbers written as words
        others = sorted({v for v, lemma in found if lemma == unit.lemma and v != value
                         and 1 / MAX_RATIO <= v / value <= MAX_RATIO and not _multiple(v, value)
                         and (spelt is None or v in spelt)
                         and _spell(v, token, lang) not in sentence.text})
        if others:
            return replace_span(sentence.text, token.start, token.end,
                                _spell(rng.choice(others), token, lang))
    return None


@per_analysis
def _quantities(analysis: Analysis) -> list[tuple[float, str]]:
    """(value, unit lemma) of every number with a unit in the text's body, years left out."""
    found = []
    for sentence in analysis.sentences:
        if sentence.kind != "body":
            continue
        for i, token in enumerate(sentence.tokens):
            value, unit = _value(token, analysis.language), _unit(sentence, i)
            if value is not None and unit is not None and not _is_year(value, sentence, i):
                found.append((value, unit.lemma))
    return found


FALSIFIERS: tuple[tuple[str, Falsifier], ...] = (
    ("name", swap_name), ("number", change_number), ("negation", drop_negation),
    ("copula", negate_copula),
)
