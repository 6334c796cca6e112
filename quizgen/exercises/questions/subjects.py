"""Who questions (German): a sentence that opens with a named subject and its verb,
'Putin begrüßte Kims Limousine ... am Eingang der Startanlage ...', becomes
'Wer begrüßte Kims Limousine am Eingang der Startanlage?'.

German main clauses put the finite verb second, so 'name + finite verb' at the start of a
sentence marks the name as the subject without a parser. Relative clauses are left out and
the question stops at the next clause boundary, so it stays readable.
"""

from __future__ import annotations

from ...languages import get_language
from ...model import Analysis, Question, Sentence, Token, VocabItem
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
from .namelists import overlaps
from .phrasing import phrasing

FINITE = {"VVFIN", "VAFIN", "VMFIN"}
STOPS = {":", ";", "(", ")", "–", "—", ".", "!", "?"}
CLAUSE_OPENERS = {"KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS", "KON"}
MIN_REST, MAX_WORDS = 3, 18
# A short adverbial that may open a sentence before the verb and its subject.
FRONTED = {"APPR", "APPRART", "ADV", "ADJD"}
# Verbs whose subject and complement are both nominative: 'Wer' cannot tell them apart.
COPULAS = frozenset({"heißen", "sein", "werden", "bleiben"})


def _relative_start(tokens: tuple[Token, ...], i: int) -> bool:
    """Does a relative clause start at tokens[i] ('die ...', 'in der ...', 'womit ...')?"""
    nxt = tokens[i] if i < len(tokens) else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None:
        return False
    if nxt.xpos in ("PRELS", "PRELAT", "PWAV"):
        return True
    return nxt.xpos == "APPR" and after is not None and after.xpos in ("PRELS", "PRELAT")


def _indefinite_antecedent(kept: list[Token]) -> bool:
    """Does the noun phrase just before a relative clause start with 'ein', 'eines', ...?"""
    for token in reversed(kept[-4:]):
        if token.xpos == "ART":
            return token.text.lower().startswith("ein")
    return False


def predicate(sentence: Sentence, verb: int) -> list[Token] | None:
    """The tokens from the verb to the clause boundary, without relative clauses."""
    tokens, kept, i = sentence.tokens, [], verb
    while i < len(tokens) and tokens[i].text not in STOPS:
        if tokens[i].text == ",":
            if not _relative_start(tokens, i + 1):
                break
            if _indefinite_antecedent(kept):
                return None  # 'die Tochter eines Mannes, der ...': the clause says which man
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


# (sentence, first token) -> the first entity mentioned there, and that mention
MentionIndex = dict[tuple[int, int], tuple[Entity, Mention]]


def _subject(sentence: Sentence, at: MentionIndex) -> tuple[Entity, Mention] | None:
    """The name that opens the sentence, after an optional title ('Präsident Putin') or
    apposition ('Sein Sohn Thomas', 'Der Trainer Christian Streich'), with its mention."""
    tokens = sentence.tokens
    first = 1 if tokens and is_title(tokens[0].text, "de") else 0
    if len(tokens) > 2 and tokens[0].xpos in ("ART", "PPOSAT") and tokens[1].xpos == "NN":
        first = 2
    return at.get((sentence.index, first))


def _mentions_by_place(entities: list[Entity]) -> MentionIndex:
    """Where each entity is mentioned (not in the genitive); the first entity wins a place."""
    index: MentionIndex = {}
    for entity in entities:
        for m in entity.mentions:
            if not m.genitive:
                index.setdefault((m.sentence, m.start), (entity, m))
    return index


def _inverted(sentence: Sentence, at: MentionIndex) -> tuple[Entity, Mention, int] | None:
    """'Am Abend kam Lena pünktlich in Berlin an': a short adverbial, the finite verb, then
    the name, which German puts first among the verb's names when it is the subject."""
    tokens = sentence.tokens
    verb = next((i for i, t in enumerate(tokens[:6]) if t.xpos in FINITE), None)
    if not verb or tokens[0].xpos not in FRONTED or any(t.upos == "PUNCT" for t in tokens[:verb]):
        return None
    found = at.get((sentence.index, verb + 1))
    if found is None or found[1].end >= len(tokens):
        return None
    after = tokens[found[1].end]
    if after.xpos == "KON" or after.text == ",":
        return None  # 'kamen Lena und Marie': a plural subject, or an apposition to skip
    return found[0], found[1], verb


def _phrase(sentence: Sentence, at: MentionIndex) -> tuple[Entity, str] | None:
    """The asked entity and the question's predicate, from the clause it is subject of."""
    tokens = sentence.tokens
    found = _subject(sentence, at)
    if found and found[1].end < len(tokens) and tokens[found[1].end].xpos in FINITE:
        verb = found[1].end
        rest = predicate(sentence, verb)
        if rest and _cut_short(sentence, rest[-1]):
            return None
        return (found[0], _join(sentence, rest)) if _usable(tokens[verb], rest) else None
    inverted = _inverted(sentence, at)
    if inverted is None:
        return None
    entity, mention, verb = inverted
    fronted = list(tokens[:verb])
    rest = predicate(sentence, mention.end)
    if rest is None or not _usable(tokens[verb], [tokens[verb], *fronted, *rest]):
        return None
    opening = fronted[0].text if fronted[0].xpos in ("NN", "NE") else fronted[0].text.lower()
    words = [tokens[verb].text, _join(sentence, [*fronted]).replace(fronted[0].text, opening, 1)]
    return entity, " ".join([*words, _join(sentence, rest)] if rest else words)


def _cut_short(sentence: Sentence, last: Token) -> bool:
    """'Wer bat 1952 Alexander Iolas?': the clause went on after an apposition
    ('Iolas, Direktor der Hugo-Gallery, um eine Einzelausstellung')."""
    tokens = sentence.tokens
    at = tokens.index(last) + 1
    return (at + 1 < len(tokens) and tokens[at].text == ","
            and tokens[at + 1].xpos in ("NN", "ART", "ADJA", "NE"))


def _usable(verb: Token, rest: list[Token] | None) -> bool:
    if verb.lemma in get_language("de").speech_verbs or verb.lemma in COPULAS:
        return False  # what someone said is asked by who_said; 'Wer hieß der Astronaut?'
    if rest and any(t.xpos == "PROAV" for t in rest):
        return False  # 'Wer legte dafür ... vor?': 'dafür' points to another sentence
    return bool(rest) and MIN_REST <= len(rest) <= MAX_WORDS and not has_pronoun(rest, "de")


def _ask(analysis: Analysis, sentence: Sentence, entities: list[Entity],
         at: MentionIndex) -> Question | None:
    found = _phrase(sentence, at)
    if found is None or found[0].kind not in (PERSON, COUNTRY):
        return None
    entity, predicate_text = found
    words = phrasing("de")  # a country is asked for as a country, not as 'Wer'
    prompt = f"{words.who if entity.kind == PERSON else words.who_country} {predicate_text}?"
    if any(names_in(f, prompt) for f in entity.forms):
        return None
    others = [e.key for e in entities if e.kind == entity.kind and e is not entity
              and not any(names_in(f, prompt) for f in e.forms)
              and not overlaps(e, entity)]
    if len(others) < 2:
        return None
    evidence = (sentence.index,)
    qid = question_id("de", "who", analysis, evidence)
    rng = rng_for(analysis, qid)
    options = shuffled_options(entity.key, rng.sample(others, min(3, len(others))), rng)
    return Question(qid, "who", prompt, options, entity.key, evidence)


def who_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    entities = find_entities(analysis)
    at = _mentions_by_place(entities)
    quoted = quoted_sentences(analysis)
    found = []
    for sentence in analysis.sentences:
        if sentence.kind != "body" or sentence.index in quoted or has_quote(sentence.text):
            continue
        question = _ask(analysis, sentence, entities, at)
        if question:
            found.append(Candidate(question, 2.0))
    return found
