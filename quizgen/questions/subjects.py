"""Who questions (German): a sentence that opens with a named subject and its verb,
'Putin begrüßte Kims Limousine ... am Eingang der Startanlage ...', becomes
'Wer begrüßte Kims Limousine am Eingang der Startanlage?'.

German main clauses put the finite verb second, so 'name + finite verb' at the start of a
sentence marks the name as the subject without a parser. Relative clauses are left out and
the question stops at the next clause boundary, so it stays readable.
"""

from __future__ import annotations

from ..languages import get_language
from ..model import Analysis, Question, Sentence, Token, VocabItem
from .common import (
    Candidate,
    has_pronoun,
    has_quote,
    names_in,
    question_id,
    quoted_sentences,
    rng_for,
    shuffled_options,
)
from .entities import COUNTRY, PERSON, Entity, Mention, find_entities, is_title
from .phrasing import phrasing

FINITE = {"VVFIN", "VAFIN", "VMFIN"}
STOPS = {":", ";", "(", ")", "–", "—", ".", "!", "?"}
CLAUSE_OPENERS = {"KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS", "KON"}
MIN_REST, MAX_WORDS = 3, 18


def _relative_start(tokens: tuple[Token, ...], i: int) -> bool:
    """Does a relative clause start at tokens[i] ('die ...', 'in der ...', 'womit ...')?"""
    nxt = tokens[i] if i < len(tokens) else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None:
        return False
    if nxt.xpos in ("PRELS", "PRELAT", "PWAV"):
        return True
    return nxt.xpos == "APPR" and after is not None and after.xpos in ("PRELS", "PRELAT")


def predicate(sentence: Sentence, verb: int) -> list[Token] | None:
    """The tokens from the verb to the clause boundary, without relative clauses."""
    tokens, kept, i = sentence.tokens, [], verb
    while i < len(tokens) and tokens[i].text not in STOPS:
        if tokens[i].text == ",":
            if not _relative_start(tokens, i + 1):
                break
            i += 1
            while i < len(tokens) and tokens[i].text not in {",", *STOPS}:
                i += 1
            if i < len(tokens) and tokens[i].text in STOPS and tokens[i].text != ".":
                return None  # the relative clause runs on past punctuation we cannot follow
            i += 1 if i < len(tokens) and tokens[i].text == "," else 0
            if i < len(tokens) and (tokens[i].xpos in CLAUSE_OPENERS or tokens[i].text == "so"):
                break  # what follows the relative clause belongs to it, or is an aside
            continue
        kept.append(tokens[i])
        i += 1
    while kept and kept[-1].xpos in ("KON", "$,"):
        kept.pop()
    return kept


def _join(sentence: Sentence, tokens: list[Token]) -> str:
    out = ""
    for prev, token in zip([None, *tokens], tokens, strict=False):
        if prev is not None:
            glued = prev.end == token.start
            out += "" if glued else " "
        out += token.text
    return out


def _subject(sentence: Sentence, entities: list[Entity]) -> tuple[Entity, Mention] | None:
    """The name that opens the sentence (after an optional title), with its mention."""
    first = 1 if sentence.tokens and is_title(sentence.tokens[0].text, "de") else 0
    for entity in entities:
        for m in entity.mentions:
            if m.sentence == sentence.index and m.start == first and not m.genitive:
                return entity, m
    return None


def _ask(analysis: Analysis, sentence: Sentence, entities: list[Entity]) -> Question | None:
    found = _subject(sentence, entities)
    if found is None or found[0].kind not in (PERSON, COUNTRY):  # 'Wer' asks for an actor
        return None
    entity, mention = found
    tokens = sentence.tokens
    if mention.end >= len(tokens) or tokens[mention.end].xpos not in FINITE:
        return None
    if tokens[mention.end].lemma in get_language("de").speech_verbs:
        return None  # what someone said is asked by who_said
    rest = predicate(sentence, mention.end)
    if not rest or len(rest) < MIN_REST + 1 or len(rest) > MAX_WORDS or has_pronoun(rest, "de"):
        return None
    prompt = f"{phrasing('de').who} {_join(sentence, rest)}?"
    if any(names_in(f, prompt) for f in entity.forms):
        return None
    others = [e.key for e in entities if e.kind == entity.kind and e is not entity
              and not any(names_in(f, prompt) for f in e.forms)
              and not any(f in e.key or e.key in f for f in entity.forms)]
    if len(others) < 3:
        return None
    evidence = (sentence.index,)
    qid = question_id("de", "who", analysis, evidence)
    rng = rng_for(analysis, qid)
    options = shuffled_options(entity.key, rng.sample(others, 3), rng)
    return Question(qid, "who", prompt, options, entity.key, evidence)


def who_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    entities = find_entities(analysis)
    quoted = quoted_sentences(analysis)
    found = []
    for sentence in analysis.sentences:
        if sentence.kind != "body" or sentence.index in quoted or has_quote(sentence.text):
            continue
        question = _ask(analysis, sentence, entities)
        if question:
            found.append(Candidate(question, 2.0))
    return found
