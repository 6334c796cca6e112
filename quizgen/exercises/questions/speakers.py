"""Who said it: a direct quotation and its speaker, found by a speech verb beside one person.

Quotations often run over several sentences, so they are found in the paragraph's text; the
speaker must stand in the sentence that opens or closes the quotation, outside it.
"""

from __future__ import annotations

from ...languages import get_language
from ...model import Analysis, Question, Sentence, VocabItem
from .common import (
    Candidate,
    paragraph_offsets,
    per_analysis,
    question_id,
    quotations,
    rng_for,
    shuffled_options,
)
from .entities import PERSON, Entity, find_entities
from .namelists import overlaps
from .phrasing import phrasing

MIN_QUOTE_WORDS, MAX_QUOTE_WORDS = 4, 24


def short_quote(quote: str) -> str | None:
    """The quotation, or its first sentence or clause when long; None when too short to ask."""
    quote = quote.strip().rstrip(",;:").strip()
    if len(quote.split()) < MIN_QUOTE_WORDS:
        return None
    if len(quote.split()) <= MAX_QUOTE_WORDS:
        return quote
    for mark in (". ", "! ", "? ", ", ", "; "):
        cut = quote.find(mark)
        while cut != -1:
            head = quote[: cut + 1].rstrip(",;")
            if MIN_QUOTE_WORDS + 2 <= len(head.split()) <= MAX_QUOTE_WORDS:
                return head + " …"
            cut = quote.find(mark, cut + 1)
    return None


def _sentences_of(analysis: Analysis, paragraph: int, start: int, end: int,
                  offsets: dict[int, int]) -> list[Sentence]:
    return [s for s in _by_paragraph(analysis).get(paragraph, ())
            if offsets[s.index] < end and offsets[s.index] + len(s.text) > start]


@per_analysis
def _by_paragraph(analysis: Analysis) -> dict[int, list[Sentence]]:
    paragraphs: dict[int, list[Sentence]] = {}
    for sentence in analysis.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    return paragraphs


def _speaker(sentences: list[Sentence], start: int, end: int, offsets: dict[int, int],
             people_at: dict[tuple[int, int], list[Entity]],
             verbs: frozenset[str]) -> Entity | None:
    """The one person named outside the quotation, in a clause with a speech verb.
    `people_at`: the people mentioned at each (sentence, token) position."""
    outside = []
    for s in (sentences[0], sentences[-1]):
        base = offsets[s.index]
        outside += [(s.index, i, t) for i, t in enumerate(s.tokens)
                    if not start <= base + t.start < end]
    if not any(t.lemma.lower() in verbs or t.text.lower() in verbs for _, _, t in outside):
        return None
    people = {e.key: e for si, i, _ in outside for e in people_at.get((si, i), ())}
    return next(iter(people.values())) if len(people) == 1 else None


def _question(analysis: Analysis, quote: str, sentences: list[Sentence], speaker: Entity,
              people: list[Entity]) -> Question | None:
    words = phrasing(analysis.language)
    shown = short_quote(quote)
    others = [p.key for p in people if p is not speaker and not any(f in quote for f in p.forms)
              and not overlaps(p, speaker)]
    if shown is None or len(others) < 2:
        return None
    prompt = words.who_said.format(quote=words.quote_marks[0] + shown + words.quote_marks[1])
    evidence = tuple(s.index for s in sentences)
    qid = question_id(analysis.language, "who_said", analysis, evidence, quote)
    rng = rng_for(analysis, qid)
    wrong = rng.sample(others, min(3, len(others)))
    return Question(qid, "who_said", prompt, shuffled_options(speaker.key, wrong, rng), speaker.key,
                    evidence)


def who_said_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    verbs = get_language(analysis.language).speech_verbs | phrasing(analysis.language).speech_forms
    entities = find_entities(analysis)
    people = [e for e in entities if e.kind == PERSON]
    people_at: dict[tuple[int, int], list[Entity]] = {}
    for person in people:
        for m in person.mentions:
            people_at.setdefault((m.sentence, m.start), []).append(person)
    offsets = paragraph_offsets(analysis)
    found: list[Candidate] = []
    for number, paragraph in enumerate(analysis.article.paragraphs):
        for start, end, quote in quotations(paragraph):
            sentences = _sentences_of(analysis, number, start, end, offsets)
            if not sentences or any(s.kind != "body" for s in sentences):
                continue
            speaker = _speaker(sentences, start, end, offsets, people_at, verbs)
            if speaker is None or any(f in quote for f in speaker.forms):
                continue  # a quotation that names its speaker answers itself
            question = _question(analysis, quote, sentences, speaker, people)
            if question:
                found.append(Candidate(question, score=2.0))
    return found
