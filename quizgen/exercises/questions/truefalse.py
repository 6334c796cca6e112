"""True or false: sentences of the text as statements; a false one changes one fact (a person
or place swapped for another of the same kind from the article, a number, a negation)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from ...model import Analysis, Question, Sentence, VocabItem
from .common import (
    CLAUSE_PUNCT,
    SUBORDINATE,
    Candidate,
    has_quote,
    is_self_contained,
    per_analysis,
    question_id,
    quoted_sentences,
    replace_span,
    rng_for,
    words,
)
from .distractors import number_distractors
from .entities import CONTINENT, COUNTRY, PLACE, Entity, Mention, find_entities, gender_of, genitive, is_title
from .numbers import _is_fraction, _is_year, _spell, _unit, _value, _word_values
from .phrasing import phrasing
from .restate import reorder_text, reordered, restated
from .statements import core, is_main, main_actors, with_opposite, with_restated_verb

MIN_WORDS, MAX_WORDS = 6, 26
MIN_CORE_WORDS = 4  # a German statement cut to its claim: "Viele Wildbienen sind bedroht."
MAX_STATEMENTS = 300
RESTATED = frozenset({"de"})  # languages whose true statements are restated (synonyms, word order)
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
        gender[entity.key] = gender_of(entity)
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
    if lang != "de":
        return False
    from ...analysis.frequency import zipf
    from ...languages.de.lexicon import noun_lexicon

    # 'Bier' is a surname too, but first of all a common word.
    return last.text in noun_lexicon().common and zipf(last.text.lower(), lang) >= 3.5


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


FALSIFIERS: tuple[tuple[str, Falsifier], ...] = (
    ("name", swap_name), ("number", change_number), ("negation", drop_negation),
    ("copula", negate_copula),
)


def _statement_sentences(analysis: Analysis) -> list[Sentence]:
    quoted = quoted_sentences(analysis)
    return [s for s in analysis.sentences if s.index not in quoted
            and is_self_contained(s, analysis.language) and MIN_WORDS <= len(words(s)) <= MAX_WORDS]


def _changed_words(shown: str, original: str) -> bool:
    """Does `shown` use a word the original does not (not only cut or reordered)?"""
    def lower_words(text: str) -> set[str]:
        return set(re.findall(r"\w+", text.lower()))

    return bool(lower_words(shown) - lower_words(original))


def _find_form(sentence: Sentence, form: str) -> tuple[int, int] | None:
    """Token span of a name's base form in the sentence (not in the genitive)."""
    parts = form.split()
    texts = [t.text for t in sentence.tokens]
    for i in range(len(texts) - len(parts) + 1):
        if texts[i:i + len(parts)] == parts:
            return i, i + len(parts)
    return None


# Where something happens in one place only: another place is then plainly false ('wurde in
# Hamburg geboren'), while 'Gewürze waren in Afrika wertvoll' may be true too, unsaid.
ONE_PLACE_LEMMAS = frozenset({"gebären", "geboren", "sterben", "begraben", "heiraten", "gründen",
                              "aufwachsen", "Hauptstadt", "Gipfel", "Treffen"})


def _places_in(sentence: Sentence, actors: list[Entity]) -> int:
    return sum(1 for e in actors if e.kind in PLACE_KINDS
               and any(_find_form(sentence, f) for f in e.forms))


def _names_a_sex(sentence: Sentence) -> bool:
    """A possessive or a feminine noun of a person ('ihr Album', 'Sängerin') that a person of
    the other sex would contradict: a first name's sex is only a guess ('Andrea')."""
    return any(t.xpos == "PPOSAT" or (t.xpos == "NN" and t.text.endswith(("in", "innen"))
                                      and len(t.text) > 6) for t in sentence.tokens)


def _one_place_only(sentence: Sentence) -> bool:
    # ('fand ... statt': the particle's index may be from before the sentence was cut)
    return any(t.lemma in ONE_PLACE_LEMMAS or t.text in ONE_PLACE_LEMMAS
               or (t.text == "statt" and t.xpos == "PTKVZ") for t in sentence.tokens)


def _swap_main_name(analysis: Analysis, sentence: Sentence, actors: list[Entity],
                    rng: random.Random) -> str | None:
    """Another main person for a person, another place for a place after 'in', 'aus' or
    'nach': a country put for the subject of a description ('Pakistan besitzt ein
    kontinentales Klima') may be true as well, so places stay after their preposition.
    `sentence` may be cut (condense.py), so names are found by their forms."""
    index = _name_index(analysis)
    prepositions = phrasing("de").place_prepositions
    for entity in rng.sample(actors, len(actors)):
        span = next((f for form in sorted(entity.forms, key=len, reverse=True)
                     if (f := _find_form(sentence, form))), None)
        if span is None:
            continue
        start, end = span
        if _has_article_or_role(sentence, start, end, "de"):
            continue
        if entity.kind in PLACE_KINDS and not (
                start and sentence.tokens[start - 1].text.lower() in prepositions
                and _one_place_only(sentence) and _places_in(sentence, find_entities(analysis)) == 1):
            continue  # ('in Gotha ... in der Schweiz': a place beside another is absurd)
        if entity.kind not in PLACE_KINDS and (index.gender[entity.key] is None
                                               or _names_a_sex(sentence)):
            continue  # ('Dieter Bohlen ist eine Schlagersängerin': the sex must be known)
        mine = index.words[entity.key]
        others = [e.key for e in actors if e.kind == entity.kind and e.key != entity.key
                  and _fits(e, entity, index) and _unrelated(index.words[e.key], mine)
                  and not any(f in sentence.text for f in e.forms)]
        if others:
            first, last = sentence.tokens[start], sentence.tokens[end - 1]
            return replace_span(sentence.text, first.start, last.end, rng.choice(others))
    return None


def _german_false(analysis: Analysis, sentence: Sentence, actors: list[Entity],
                  rng: random.Random) -> tuple[str, str] | None:
    opposite = with_opposite(sentence)
    if opposite:
        return "opposite", opposite
    # (Not a denied copula: 'Eine Versteigerung ist keine Art des Verhandelns' denies a
    # definition, false on its face.)
    for name, falsify in (("name", _swap_main_name), ("negation", drop_negation)):
        changed = falsify(analysis, sentence, actors, rng)
        if changed and changed != sentence.text:
            return name, changed
    return None


def _german_sentences(analysis: Analysis) -> list[Sentence]:
    """Body sentences outside quotations: whether one reads alone is asked of its cut form
    ('Vogel, der nicht an der Studie beteiligt war, lobte die Arbeit')."""
    quoted = quoted_sentences(analysis)
    return [s for s in analysis.sentences if s.kind == "body" and s.index not in quoted
            and not has_quote(s.text) and len(words(s)) >= MIN_CORE_WORDS]


def german_statements(analysis: Analysis) -> list[Candidate]:
    """True statements restated in other words, false ones plainly contradicted by the
    text, about the text's main propositions only (see statements.py)."""
    note = phrasing("de").true_false_note
    actors = main_actors(analysis)
    found: list[Candidate] = []
    for original in _german_sentences(analysis):
        cut = core(original) if is_main(original, analysis) else None
        if cut is None or not is_self_contained(cut, "de") or len(words(cut)) < MIN_CORE_WORDS:
            continue
        sentence = with_restated_verb(cut) or restated(cut)
        order = reordered(sentence)
        shown = (reorder_text(sentence, sentence.text, order) if order else None) or sentence.text
        evidence = (original.index,)
        restating = _changed_words(shown, original.text)
        if restating:
            qid = question_id("de", "true_false", analysis, evidence, "true")
            found.append(Candidate(Question(qid, "true_false", shown, (), True, evidence), 2.0))
        qid = question_id("de", "true_false", analysis, evidence, "false")
        falsified = _german_false(analysis, sentence, actors, rng_for(analysis, qid))
        if falsified is None:
            continue
        name, changed = falsified
        if order:  # the same word order as the true statements get
            changed = reorder_text(sentence, changed, order) or changed
        score = {"opposite": 2.0, "name": 1.8}.get(name, 1.5) + (0.3 if restating else 0.0)
        found.append(Candidate(Question(qid, "true_false", changed, (), False, evidence,
                                        explanation=note.format(text=original.text)), score))
    return found


def true_false_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    lang = analysis.language
    if lang == "de":
        return german_statements(analysis)
    entities = [e for e in find_entities(analysis) if e.kind]
    note = phrasing(lang).true_false_note
    found: list[Candidate] = []
    statements = _statement_sentences(analysis)
    if len(statements) > MAX_STATEMENTS:  # a book: an even spread is plenty to choose from
        statements = statements[:: len(statements) // MAX_STATEMENTS + 1]
    for original in statements:
        # German statements are restated where a synonym is safe: found by meaning, not by words.
        sentence = restated(original) if lang == "de" else original
        order = reordered(sentence) if lang == "de" else None
        evidence = (sentence.index,)
        qid = question_id(lang, "true_false", analysis, evidence, "true")
        score = 1.5 if sentence is original and order is None else 2.0
        shown = (reorder_text(sentence, sentence.text, order) if order else None) or sentence.text
        if shown != original.text or lang not in RESTATED:
            # A German true statement copied word for word is found, not understood: left out.
            found.append(Candidate(Question(qid, "true_false", shown, (), True, evidence), score))
        for name, falsify in FALSIFIERS:
            qid = question_id(lang, "true_false", analysis, evidence, name)
            changed = falsify(analysis, sentence, entities, rng_for(analysis, qid))
            if changed and order:  # the same word order as the true statements get
                changed = reorder_text(sentence, changed, order) or changed
            if changed and changed != sentence.text:
                question = Question(qid, "true_false", changed, (), False, evidence,
                                    explanation=note.format(text=original.text))
                found.append(Candidate(question, 2.0 if name not in ("negation", "copula") else 1.5))
                break
    return found
