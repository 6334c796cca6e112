"""True/false statements about the text's main propositions, in languages with paraphrase
rules (see statements.py): true ones restated in other words, false ones plainly
contradicted by the text (an opposite, another main person, another place)."""

from __future__ import annotations

import random
import re

from ...model import Analysis, Question, Sentence
from .common import (
    Candidate,
    has_quote,
    is_self_contained,
    question_id,
    quoted_sentences,
    replace_span,
    rng_for,
    words,
)
from .entities import Entity, find_entities
from .falsify import (
    PLACE_KINDS,
    _fits,
    _has_article_or_role,
    _name_index,
    _unrelated,
    drop_negation,
    trap_number,
)
from .phrasing import phrasing
from .restate import reorder_text, reordered, restated
from .statements import core, is_main, main_actors, with_opposite, with_restated_verb

MIN_CORE_WORDS = 4  # a statement cut to its claim: "Viele Wildbienen sind bedroht."

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
    prepositions = phrasing(analysis.language).place_prepositions
    for entity in rng.sample(actors, len(actors)):
        span = next((f for form in sorted(entity.forms, key=len, reverse=True)
                     if (f := _find_form(sentence, form))), None)
        if span is None:
            continue
        start, end = span
        if _has_article_or_role(sentence, start, end, analysis.language):
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


def _false_statement(analysis: Analysis, sentence: Sentence, actors: list[Entity],
                  rng: random.Random) -> tuple[str, str] | None:
    opposite = with_opposite(sentence, analysis.language)
    if opposite:
        return "opposite", opposite
    # (Not a denied copula: 'Eine Versteigerung ist keine Art des Verhandelns' denies a
    # definition, false on its face.)
    for name, falsify in (("name", _swap_main_name), ("number", trap_number),
                          ("negation", drop_negation)):
        changed = falsify(analysis, sentence, actors, rng)
        if changed and changed != sentence.text:
            return name, changed
    return None


def _candidate_sentences(analysis: Analysis) -> list[Sentence]:
    """Body sentences outside quotations: whether one reads alone is asked of its cut form
    ('Vogel, der nicht an der Studie beteiligt war, lobte die Arbeit')."""
    quoted = quoted_sentences(analysis)
    return [s for s in analysis.sentences if s.kind == "body" and s.index not in quoted
            and not has_quote(s.text) and len(words(s)) >= MIN_CORE_WORDS]


def restated_statements(analysis: Analysis) -> list[Candidate]:
    """True statements restated in other words, false ones plainly contradicted by the
    text, about the text's main propositions only (see statements.py)."""
    lang = analysis.language
    note = phrasing(lang).true_false_note
    actors = main_actors(analysis)
    found: list[Candidate] = []
    for original in _candidate_sentences(analysis):
        cut = core(original) if is_main(original, analysis) else None
        if cut is None or not is_self_contained(cut, lang) or len(words(cut)) < MIN_CORE_WORDS:
            continue
        sentence = with_restated_verb(cut, lang) or restated(cut)
        order = reordered(sentence)
        shown = (reorder_text(sentence, sentence.text, order) if order else None) or sentence.text
        evidence = (original.index,)
        restating = _changed_words(shown, original.text)
        if restating:
            qid = question_id(lang, "true_false", analysis, evidence, "true")
            found.append(Candidate(Question(qid, "true_false", shown, (), True, evidence), 2.0))
        qid = question_id(lang, "true_false", analysis, evidence, "false")
        falsified = _false_statement(analysis, sentence, actors, rng_for(analysis, qid))
        if falsified is None:
            continue
        name, changed = falsified
        if order:  # the same word order as the true statements get
            changed = reorder_text(sentence, changed, order) or changed
        score = {"opposite": 2.0, "name": 1.8}.get(name, 1.5) + (0.3 if restating else 0.0)
        found.append(Candidate(Question(qid, "true_false", changed, (), False, evidence,
                                        explanation=note.format(text=original.text)), score))
    return found

