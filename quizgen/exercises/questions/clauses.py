"""German main clauses taken apart, so questions can be formed from statements: the subject
before the finite verb (verb second), the rest of the clause without relative clauses, and
the two word orders questions need: inverted ('brachte Kim auch Jo mit', after 'Warum')
and verb-last ('Kim auch Jo mitbrachte', after 'dass')."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from ...languages import language_part
from ...model import Sentence, Token
from .common import has_pronoun
from .restate import FRONTED_START, TIME_NOUNS, _goes_on, _subject_after
from .subjects import FINITE, _join, predicate

# What a subject noun phrase is made of ('Die beiden Staatschefs', 'Südkoreas Generalstab').
NOUN_PHRASE = {"ART", "ADJA", "NN", "NE", "PPOSAT", "CARD", "PIAT", "PIDAT", "TRUNC"}
MAX_SUBJECT, MAX_REST = 6, 16
GENITIVE_ARTICLES = {"des", "der", "eines", "einer"}
# Articles that are never nominative: a clause opening with them opens with its object.
NOT_NOMINATIVE = {"den", "dem", "des", "einen", "einem", "eines", "einer"}


@dataclass(frozen=True)
class Clause:
    subject: str  # as inside a sentence: 'die beiden Staatschefs'
    finite: Token
    rest: tuple[Token, ...]  # after the finite verb, the particle included
    text: str  # the sentence's text, for joining

    def inverted(self, sentence: Sentence) -> str:
        return f"{self.finite.text} {self.subject} {_join(sentence, list(self.rest))}".strip()

    def verb_last(self, sentence: Sentence) -> str:
        particle = self.finite.particle
        rest = [t for t in self.rest if particle is None or t is not sentence.tokens[particle]]
        verb = (sentence.tokens[particle].text + self.finite.text) if particle is not None \
            else self.finite.text
        return f"{self.subject} {_join(sentence, rest)} {verb}".replace("  ", " ").strip()


def _agrees(head: Token, verb: Token, lexicon: ModuleType) -> bool:
    """A plural noun before a singular verb ('Die Pläne zeichnete') is no subject."""
    plural = head.xpos == "NN" and head.text != head.lemma \
        and lexicon.noun_lexicon().plural.get(head.lemma) == head.text
    singular_verb = verb.text.endswith(("t", "te")) or verb.text in ("ist", "war", "hat", "wird")
    return not (plural and singular_verb)


def _inside(word: Token) -> str:
    """A word as it reads after a question word: nouns and names keep their capital."""
    return word.text if word.xpos in ("NN", "NE") or word.is_name else word.text.lower()


def main_clause(sentence: Sentence, speech_verbs: frozenset[str], lang: str) -> Clause | None:
    """The clause that opens the sentence, when it opens with its subject: 'Kim brachte auch
    Jo Chun Ryong mit, ...'. None for anything a rule cannot turn safely, and in a language
    without a noun lexicon."""
    lexicon = language_part(lang, "lexicon")
    if lexicon is None:
        return None
    tokens = sentence.tokens
    verb = next((i for i, t in enumerate(tokens[: MAX_SUBJECT + 1]) if t.xpos in FINITE), None)
    if not verb or any(t.xpos not in NOUN_PHRASE for t in tokens[:verb]):
        return None
    if tokens[verb].lemma in speech_verbs or tokens[verb - 1].xpos not in ("NN", "NE"):
        return None  # what someone said is not the text's statement; 'Die beiden sagten'
    if tokens[0].text.lower() in NOT_NOMINATIVE or not _agrees(tokens[verb - 1], tokens[verb], lexicon):
        return None  # 'Die Pläne zeichnete ein Büro': the object first, the subject after
    if verb + 1 < len(tokens) and tokens[verb + 1].xpos in ("PIS", "PPER"):
        return None  # 'Die größten Krater kann man sehen': 'man' is the subject
    if any(t.text.lower().startswith("solch") for t in tokens[:verb]):
        return None  # 'ein solcher Begleiter' points to the sentence before
    rest = predicate(sentence, verb)
    if not rest or len(rest) > MAX_REST or has_pronoun([*tokens[:verb], *rest], lang):
        return None
    if any(t.lemma in speech_verbs or t.upos == "PUNCT" for t in rest[1:]):
        return None
    subject = " ".join([_inside(tokens[0]), *(t.text for t in tokens[1:verb])])
    return Clause(subject, tokens[verb], tuple(rest[1:]), sentence.text)


def clause_end(sentence: Sentence, start: int, max_words: int = 14) -> int | None:
    """Where a subordinate clause from `start` ends: the sentence's end, or None when it runs
    on past another comma or is too long to be an option."""
    tokens = sentence.tokens
    end = start
    while end < len(tokens) and tokens[end].text not in (",", ".", ";", ":", "!", "?", "(", "–"):
        end += 1
    if end < len(tokens) and tokens[end].text != ".":
        return None
    return end if 3 <= end - start <= max_words else None


def _genitive_after(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Does the subject go on after `end` ('die Menschen der Steinzeit', 'Theophrastos von
    Eresos')? An object after it ('die Menschen den Auerochsen') does not."""
    if tokens[end].text.lower() in GENITIVE_ARTICLES or tokens[end].xpos == "NE":
        return True
    return _goes_on(tokens, start, end) and tokens[end].xpos != "ART"


def fronted_question(sentence: Sentence, stop: int, word: str, lang: str) -> str | None:
    """A question from a main clause that opens with an adverbial, up to token `stop` (the
    comma before 'weil' / 'um'): 'Im Mittelalter jagten die Menschen den Auerochsen, weil
    ...' -> 'Warum jagten die Menschen im Mittelalter den Auerochsen?'. The subject goes
    before the adverbial, as after a question word. None unless every piece is plain: a
    subject of article, adjectives and noun (or a name), and no other comma."""
    tokens = sentence.tokens[:stop]
    if not tokens or not (tokens[0].xpos in FRONTED_START or tokens[0].text in TIME_NOUNS):
        return None
    if tokens[0].xpos == "ADV" and tokens[0].text.lower() in ("so", "da", "dann", "dort", "hier"):
        return None  # 'So ...', 'Dort ...' lean on the sentence before
    verb = next((i for i, t in enumerate(tokens[:7]) if t.xpos in FINITE), None)
    if not verb or any(t.upos == "PUNCT" or t.xpos in ("KOUS", "PRELS") for t in tokens):
        return None
    end = _subject_after(tokens, verb + 1)
    if end is None or end >= len(tokens) or _genitive_after(tokens, verb + 1, end):
        return None
    fronted, subject, rest = tokens[:verb], tokens[verb + 1 : end], tokens[end:]
    if not 1 <= len(rest) <= 12 or len(fronted) > 5 or has_pronoun(tokens, lang):
        return None
    opening = [_inside(fronted[0]), *(t.text for t in fronted[1:])]
    parts = [_join(sentence, list(subject)), " ".join(opening), _join(sentence, list(rest))]
    subject_text = parts[0] if subject[0].xpos in ("NN", "NE") or subject[0].is_name \
        else parts[0][0].lower() + parts[0][1:]
    return f"{word} {tokens[verb].text} {subject_text} {parts[1]} {parts[2]}?"
