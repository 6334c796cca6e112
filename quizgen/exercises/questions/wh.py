"""Wh-questions from the text's statements (German): one constituent of a verb-second main
clause is asked, the rest of the clause kept in question word order.

- 'Schweden eröffnete 1932 seine erste Autobahn.' -> 'Wann eröffnete Schweden seine erste
  Autobahn?', options other years of the text;
- 'In Polen lebte der Auerochse am längsten.' -> 'Wo lebte der Auerochse am längsten?',
  options other places of the same kind (countries for a country) with the same preposition;
- 'Malaysia hat rund 1.800 Kilometer Autobahn.' -> 'Wie viele Kilometer Autobahn hat
  Malaysia?', options other numbers of the text with the same unit;
- 'Franklin erfand den Blitzableiter.' -> 'Wer erfand den Blitzableiter?', options other
  people of the text.

A sentence whose clause leans on another (pronouns, 'dies', 'dort', 'auch') asks nothing,
and nor does one whose options would not be three of the same kind."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...languages import get_language
from ...model import Analysis, Question, Sentence, Token, VocabItem
from .asked_parts import MEASURES, Part, asked_parts
from .clauses import fronted_question, main_clause
from .common import (
    Candidate,
    has_pronoun,
    has_quote,
    in_display_order,
    question_id,
    quoted_sentences,
    rng_for,
)
from .entities import PERSON, Entity, find_entities
from .phrasing import phrasing
from .referents import title_subject
from .restate import _subject_after
from .subjects import FINITE, _join, predicate
from .wh_options import Mentions, name_mentions, wrong_options

LEANING = {"auch", "dort", "hier", "damals", "dann", "danach", "später", "außerdem", "zudem",
           "jedoch", "aber", "trotzdem", "so", "da", "dabei", "noch", "wieder", "ebenfalls",
           "ebenso", "daraufhin", "schließlich", "zunächst", "inzwischen", "nun", "jetzt",
           "etwa", "beispielsweise", "folgende", "folgenden", "gleichen", "selben"}
# ('etwa' before a number goes out of the clause with the number, before this check.)
MIN_OPTIONS = 4
# After a comma, what may follow a complete main clause: a subordinate clause or 'und'.
CLAUSE_OPENERS = {"KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS", "KON"}
NOMINATIVE = {"der", "die", "das", "ein", "eine"}
# Verbs whose subject and complement are both nominative: 'Wer' cannot tell them apart.
COPULAS = {"sein", "heißen", "werden", "bleiben"}
MAX_CLAUSE = 14


@dataclass(frozen=True)
class _Asked:
    sentence: int
    part: Part
    prompt: str


def _clause_words(tokens: list[Token] | tuple[Token, ...], lang: str) -> bool:
    """Do the clause's words read alone (no pronoun, 'dies', 'dort', 'auch')? A second
    finite verb is what is left of a clause cut out badly."""
    return not (has_pronoun(tokens, lang) or any(
        t.xpos in ("PDS", "PDAT", "PROAV", "PWAV", "PRELS", "KOUS", *FINITE) or t.upos == "PUNCT"
        or t.text.lower() in LEANING or t.text.lower() in phrasing(lang).leaning for t in tokens))


def _whole(sentence: Sentence, clause: list[Token]) -> bool:
    """Does the clause end where the sentence ends or a subordinate clause starts? Cut at
    another comma or a bracket ('wurde am 17. Januar 1706, ..., geboren'), it is half a clause."""
    tokens = sentence.tokens
    after = tokens.index(clause[-1]) + 1
    if after >= len(tokens) or (tokens[after].text == "." and after == len(tokens) - 1):
        return True  # (a full stop inside is an abbreviation's: 'Ludwig XIV. die Académie')
    nxt = tokens[after + 1] if after + 1 < len(tokens) else None
    return tokens[after].text == "," and nxt is not None and nxt.xpos in CLAUSE_OPENERS


def _one_nominative(finite: Token, words: list[Token]) -> bool:
    """After a copula two nominatives ('ist der nördlichste Punkt ... der Ort ...') leave the
    question unclear; other verbs have one subject. An article after a preposition, or
    between two nouns, is no nominative ('der Chef der Kommunisten in der Sowjetunion')."""
    if finite.lemma not in COPULAS:
        return True
    nominatives = 0
    for i, t in enumerate(words):
        prev = words[i - 1].xpos if i else ""
        nxt = words[i + 1].xpos if i + 1 < len(words) else ""
        genitive = t.text.lower() == "der" and prev == "NN" and nxt == "NN"
        if t.text.lower() in NOMINATIVE and prev != "APPR" and not genitive:
            nominatives += 1
    return nominatives < 2


def _ambiguous(part: Part, parts: list[Part]) -> bool:
    """Two years or two places in one clause: which one is asked?"""
    return sum(p.group.split("/")[0] == part.group.split("/")[0] for p in parts) > 1


def _attribute(sentence: Sentence, part: Part) -> bool:
    """A place or century right after a noun may belong to the noun ('ein wichtiger Ort für
    den Handel in Mitteljütland', 'ein Krieg im 18. Jahrhundert'): the question would ask
    about the wrong thing."""
    return (("/" in part.group and not part.group.startswith("unit/")) or part.group == "century") \
        and part.start > 0 and sentence.tokens[part.start - 1].xpos == "NN"


def _measure(part: Part) -> bool:
    """'Wie viele Kilometer lang ist die Aare insgesamt?' asks all the clause says."""
    return part.group.startswith("unit/") and part.word.split()[-1] in MEASURES


def _subject_last(sentence: Sentence, verb: int, word: str) -> str | None:
    """'Heute lebt der Wisent [in Polen]' -> 'Wo lebt der Wisent heute?': nothing is left
    after the subject, so the adverbial follows it."""
    tokens = sentence.tokens
    if tokens[0].xpos != "ADV" or verb != 1 or _subject_after(tokens, 2) != len(tokens):
        return None
    subject = _join(sentence, list(tokens[2:]))
    if tokens[2].xpos not in ("NN", "NE") and not tokens[2].is_name:
        subject = subject[0].lower() + subject[1:]
    return f"{word} {tokens[1].text} {subject} {tokens[0].text.lower()}?"


def _after_adverbial(sentence: Sentence, parts: list[Part], verb: int, lang: str) -> list[_Asked]:
    """A clause that opens with an adverbial: 'Heute lebt der Wisent in Polen.' -> 'Wo lebt
    der Wisent heute?' (the subject before the adverbial, as after a question word)."""
    tokens = sentence.tokens
    stop = next((i for i, t in enumerate(tokens) if t.upos == "PUNCT"), len(tokens))
    if not stop or not _whole(sentence, list(tokens[:stop])):
        return []
    found = []
    for part in parts:
        subject_only = all(t.xpos in ("ART", "ADJA", "NN", "NE") for t in tokens[verb + 1 : part.start])
        if part.start <= verb or part.end > stop or _ambiguous(part, parts) \
                or (_attribute(sentence, part) and not subject_only):  # 'Heute lebt der Luchs in ...'
            continue
        kept = tokens[: part.start] + tokens[part.end : stop]
        if not _clause_words([t for i, t in enumerate(kept) if i != verb], lang):
            continue
        shorter = replace(sentence, tokens=kept)
        asked = fronted_question(shorter, len(kept), part.word, lang) \
            or _subject_last(shorter, verb, part.word)
        if asked is not None:
            found.append(_Asked(sentence.index, part, asked))
    return found


def _asked(sentence: Sentence, mentions: Mentions, kinds: dict[tuple[int, int], Entity],
           lang: str) -> list[_Asked]:
    """Every question one sentence's opening main clause can give, best first (`kinds`: the
    mentions' entities by place)."""
    tokens = sentence.tokens
    verb = next((i for i, t in enumerate(tokens[:7]) if t.xpos in FINITE), None)
    if not verb:
        return []
    parts = asked_parts(sentence, kinds, lang)
    found = []
    fronted = next((p for p in parts if p.start == 0 and p.end == verb), None)
    if fronted is not None:  # '1932 eröffnete Schweden ...': the question word takes its place
        rest = predicate(sentence, verb)
        if rest and 3 <= len(rest) <= MAX_CLAUSE and _clause_words(rest[1:], lang) \
                and any(t.xpos in ("NN", "NE") for t in rest[1:]) and _whole(sentence, rest) \
                and _one_nominative(rest[0], rest[1:]) \
                and not any(p.start > verb and p.group == fronted.group for p in parts):
            found.append(_Asked(sentence.index, fronted, f"{fronted.word} {_join(sentence, rest)}?"))
    clause = main_clause(sentence, get_language(lang).speech_verbs, lang)
    if clause is None:
        return found + _after_adverbial(sentence, parts, verb, lang)
    if not _whole(sentence, [clause.finite, *clause.rest]):
        return found
    indexes = {id(t): tokens.index(t) for t in clause.rest}
    last = max(indexes.values(), default=verb)
    for part in parts:
        if part.start <= verb or part.end > last + 1 \
                or not set(range(part.start, part.end)) <= set(indexes.values()):
            continue  # before the verb, or inside a relative clause the question leaves out
        if _ambiguous(part, parts) or _attribute(sentence, part):
            continue
        kept = [t for t in clause.rest if not part.start <= indexes[id(t)] < part.end]
        if not _clause_words(kept, lang):
            continue
        if kept and all(t.xpos.startswith("PTK") or t.xpos == "ADV" for t in kept) \
                and clause.finite.lemma in COPULAS and not _measure(part):
            continue  # 'Wo ist Franklin noch?': too little left to ask about
        if not _one_nominative(clause.finite, [*tokens[:verb], *kept]):
            continue
        prompt = f"{part.word} {clause.finite.text} {clause.subject} {_join(sentence, kept)}".strip()
        found.append(_Asked(sentence.index, part, prompt + "?"))
    person = mentions.get((sentence.index, 0))
    if person is not None and person[0].kind == PERSON and person[1] == verb \
            and clause.finite.lemma not in COPULAS and person[0].key in sentence.text \
            and all(t.xpos == "NE" and t.is_name for t in tokens[:verb]):
        entity = person[0]  # 'Franklin erfand ...': the name is the whole subject
        rest = _join(sentence, list(clause.rest))
        if not any(form in rest for form in entity.forms) and _clause_words(clause.rest, lang):
            part = Part(0, verb, phrasing(lang).wh["person"], "person", entity.key, entity.key)
            found.append(_Asked(sentence.index, part, f"{part.word} {clause.finite.text} {rest}?"))
    return found


def _split(analysis: Analysis, sentence: Sentence) -> bool:
    """Was the sentence cut after an abbreviation ('Ludwig XIV.' | 'die Académie ...')? The
    sentence after it then starts in lower case."""
    after = sentence.index + 1
    return after < len(analysis.sentences) and analysis.sentences[after].text[:1].islower()


def wh_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    lang = analysis.language
    if not phrasing(lang).wh:
        return []
    quoted = quoted_sentences(analysis)
    mentions = name_mentions(analysis)
    kinds = {key: entity for key, (entity, _) in mentions.items()}
    entities = find_entities(analysis)
    usable = [s for s in analysis.sentences if s.kind == "body" and s.index not in quoted
              and not has_quote(s.text) and s.text.endswith(".") and not _split(analysis, s)]
    found = {s.index: asked_parts(s, kinds, lang) for s in usable}
    out = []
    for sentence in usable:
        for asked in _asked(title_subject(analysis, sentence, entities), mentions, kinds, lang):
            part = asked.part
            if re.search(r"\.\s", asked.prompt):
                continue  # a sentence split in the wrong place ('100 km/h. Mautabgaben')
            if str(part.value).removesuffix(".0") in asked.prompt or part.answer in asked.prompt:
                continue  # the answer is in the question
            wrong = [w for w in wrong_options(analysis, part, sentence.index, found, entities)
                     if any(c.isdigit() for c in w) or w.split(" ", 1)[-1] not in asked.prompt][:3]
            # (a name in the question, the title put in for a pronoun, is no option)
            if len(wrong) + 1 < MIN_OPTIONS:
                continue
            qid = question_id(lang, "wh", analysis, (sentence.index,), asked.prompt)
            rng = rng_for(analysis, qid)
            options = in_display_order([part.answer, *wrong], rng)
            out.append(Candidate(Question(qid, "wh", asked.prompt, options, part.answer,
                                          (sentence.index,)), 2.0))
            break  # one question a sentence: two would give each other away
    return out
