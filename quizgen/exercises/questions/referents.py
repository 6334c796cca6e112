"""The subject pronoun of an encyclopedia's opening paragraph, resolved to the article's
title (German, by the language's phrasing): 'Aarhus ist eine Hafenstadt ... Sie hat
ungefähr 270.000 Einwohner.' -> 'Aarhus hat ungefähr 270.000 Einwohner.'

Only where the reading is safe: the paragraph opens by defining the title ('X ist eine
Stadt', 'X war ein Politiker'), the pronoun agrees with that definition's article, it is
the subject of a singular verb, it comes at most a few sentences later, and no other person
is named in between who could be meant."""

from __future__ import annotations

from dataclasses import replace

from ...model import Analysis, Sentence
from .common import per_analysis
from .entities import PERSON, Entity
from .phrasing import phrasing
from .subjects import FINITE

MAX_DISTANCE = 4


@per_analysis
def _paragraph_openings(analysis: Analysis) -> dict[int, Sentence]:
    """Paragraph -> its first body sentence, found once per analysis."""
    openings: dict[int, Sentence] = {}
    for s in analysis.sentences:
        if s.kind == "body":
            openings.setdefault(s.paragraph, s)
    return openings


def _definition(analysis: Analysis, sentence: Sentence) -> tuple[Sentence, frozenset[str], int] | None:
    """The paragraph's opening sentence when it defines the title, its pronouns and the
    title's length in words."""
    first = _paragraph_openings(analysis).get(sentence.paragraph)
    title = analysis.article.title.replace("_", " ").split(" (")[0]
    if first is None or first.index >= sentence.index or sentence.index - first.index > MAX_DISTANCE:
        return None
    words = title.split()
    tokens = first.tokens
    if len(tokens) <= len(words) + 1 or [t.text for t in tokens[: len(words)]] != words:
        return None
    verb, article = tokens[len(words)], tokens[len(words) + 1]
    wording = phrasing(analysis.language)
    if verb.text not in wording.defining or article.text not in wording.title_pronouns:
        return None
    return first, wording.title_pronouns[article.text], len(words)


def _others_named(between: list[Sentence], people: list[Entity], title: str) -> bool:
    return any(e.key not in title and title not in e.key and any(
        m.sentence in {s.index for s in between} for m in e.mentions) for e in people)


def title_subject(analysis: Analysis, sentence: Sentence, entities: list[Entity]) -> Sentence:
    """The sentence with its subject pronoun replaced by the title, or the sentence as it is."""
    found = _definition(analysis, sentence)
    if found is None:
        return sentence
    first, pronouns, length = found
    tokens = sentence.tokens
    verb = next((i for i, t in enumerate(tokens[:7]) if t.xpos in FINITE), None)
    if verb is None or tokens[verb].text.endswith("en") or tokens[verb].text == "sind":
        return sentence  # 'sie haben': plural, not the title
    at = 0 if verb == 1 else verb + 1
    if at >= len(tokens) or tokens[at].xpos != "PPER" or tokens[at].text.lower() not in pronouns:
        return sentence
    title = " ".join(t.text for t in first.tokens[:length])
    people = [e for e in entities if e.kind == PERSON]
    between = [s for s in analysis.sentences if first.index <= s.index <= sentence.index]
    if _others_named(between, people, title):
        return sentence
    named = tokens[at]._replace(text=title, lemma=title, upos="PROPN", xpos="NE", is_name=True)
    return replace(sentence, tokens=(*tokens[:at], named, *tokens[at + 1 :]))
