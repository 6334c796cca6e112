"""German true/false statements about the text's main propositions: the sentence cut to its
core (condense.py), a verb restated by one of the same sense ('begrüßte' -> 'empfing') or a
noun or adjective by an OpenThesaurus synonym (restate.py), and for a false statement a verb
or adjective turned into its opposite, a person swapped for another main person, or a place
for another place of the text.

Only sentences about the text's main actors and things (the title's word, a name the text
mentions more than once) or of its lead paragraph: a side detail makes a trivial question."""

from __future__ import annotations

import re
from dataclasses import replace

from ...languages import language_part
from ...model import Analysis, Sentence
from .common import per_analysis, with_text, words
from .condense import SUPERLATIVE, condensed
from .entities import Entity, find_entities

MAX_CORE_WORDS = 16  # longer, the statement is a sentence to find, not a claim to judge
MAX_COMMAS = 1
LEAD_SENTENCES = 3  # the first body sentences say what the text is about
KEY_NOUN_SENTENCES = 3  # a noun in this many sentences is one of the text's key words
NEGATIONS = frozenset({"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals"})
# Nouns that make an adjective before them an idiom: 'den größten Teil' means 'most of',
# 'in hohem Maße' means 'much', 'von größter Bedeutung' 'very important': their opposites
# read as nonsense, not as a false fact.
IDIOM_NOUNS = frozenset({"Maß", "Maße", "Bedeutung"})
SUPERLATIVE_IDIOM_NOUNS = frozenset({"Teil", "Teils"})


def replaced_word(sentence: Sentence, at: int, new: str) -> Sentence:
    """The sentence with its token `at` spelt `new`; the tokens after it shifted."""
    token = sentence.tokens[at]
    text = sentence.text[: token.start] + new + sentence.text[token.end :]
    changed = with_text(sentence, text, token.start)
    tokens = list(changed.tokens)
    tokens[at] = token._replace(text=new, end=token.start + len(new))
    return replace(changed, tokens=tuple(tokens))


def core(sentence: Sentence) -> Sentence | None:
    """The sentence cut to its claim, or None when that is still too long to be one."""
    cut = condensed(sentence)
    if len(words(cut)) > MAX_CORE_WORDS or cut.text.count(",") > MAX_COMMAS:
        return None
    return cut


def main_actors(analysis: Analysis) -> list[Entity]:
    """People and places the text mentions more than once."""
    return [e for e in find_entities(analysis) if e.kind and len(e.mentions) >= 2]


@per_analysis
def _main_sentences(analysis: Analysis) -> frozenset[int]:
    """Sentences of the lead, or with the title's word, a key noun or a main actor."""
    body = [s for s in analysis.sentences if s.kind == "body"]
    main = {s.index for s in body[:LEAD_SENTENCES]}
    title = {w.lower() for w in re.findall(r"\w{3,}", analysis.article.title)}
    in_sentences: dict[str, set[int]] = {}
    for sentence in body:
        for token in sentence.tokens:
            if token.xpos == "NN":
                in_sentences.setdefault(token.lemma, set()).add(sentence.index)
            lower = token.text.lower()
            if token.lemma.lower() in title or any(lower.endswith(w) for w in title):
                main.add(sentence.index)  # ('Honigbienen' is about the title's 'Bienen')
    for found in in_sentences.values():
        if len(found) >= KEY_NOUN_SENTENCES:
            main.update(found)
    main.update(m.sentence for e in main_actors(analysis) for m in e.mentions)
    return frozenset(main)


def is_main(sentence: Sentence, analysis: Analysis) -> bool:
    return sentence.index in _main_sentences(analysis)


def with_restated_verb(sentence: Sentence, lang: str) -> Sentence | None:
    """'Putin begrüßte Kim' -> 'Putin empfing Kim': a finite verb without a particle, or an
    infinitive or participle ('sind bedroht' -> 'sind gefährdet'). None where the language
    has no paraphrase rules."""
    rules = language_part(lang, "paraphrase")
    if rules is None:
        return None
    for i, token in enumerate(sentence.tokens):
        new = None
        if token.xpos == "VVFIN" and token.particle is None:
            new = rules.restating_verb(token.lemma, token.text)
        elif token.xpos in ("VVINF", "VVPP"):
            new = rules.restating_nonfinite(token.lemma, token.text)
        if new:
            return replaced_word(sentence, i, new)
    return None


def with_opposite(sentence: Sentence, lang: str) -> str | None:
    """'heißen Sommern' -> 'kalten Sommern', 'gewann' -> 'verlor': the first verb or adjective
    with an opposite, in a sentence without a negation (a denied opposite proves nothing)."""
    rules = language_part(lang, "paraphrase")
    if rules is None:
        return None
    tokens = sentence.tokens
    if any(t.text.lower() in NEGATIONS or t.text.lower() == "nur" for t in tokens):
        return None  # ('nur ein kleiner Teil' -> 'nur ein großer Teil' reads oddly)
    infinitive = any(t.xpos == "PTKZU" for t in tokens)  # 'begannen, ... zu züchten'
    for i, token in enumerate(tokens):
        new = None
        before = tokens[i - 1] if i else None
        if token.xpos == "VVFIN" and token.particle is None and not infinitive:
            new = rules.opposite_verb(token.lemma, token.text)
        elif token.xpos == "ADJA" or (token.xpos == "ADJD" and token.text == token.lemma):
            # Not in a name ('Schwarzes Meer'), nor a measure ('1000 Kilogramm schwer'); a
            # predicative 'früher' is a comparative, not 'früh' inflected.
            if (i and token.text[0].isupper()) or (before and before.xpos in ("NN", "CARD")):
                continue
            after = tokens[i + 1].text if i + 1 < len(tokens) else ""
            if after in IDIOM_NOUNS or (after in SUPERLATIVE_IDIOM_NOUNS
                                        and SUPERLATIVE.search(token.text)):
                continue
            if sum(t.lemma == token.lemma for t in tokens) > 1:
                continue  # ('der kleinste Vertreter ... eines der größten Tiere' contradicts itself)
            new = rules.opposite_adjective(token.lemma, token.text)
        if new and new.lower() not in sentence.text.lower():
            # ('mit kalten Sommern und kalten Wintern' would be false in a silly way)
            new = new[0].upper() + new[1:] if i == 0 else new
            return replaced_word(sentence, i, new).text
    return None
