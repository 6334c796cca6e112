"""What a text is about, in the meaning's language: the translations of its repeated nouns.

A dictionary lists a word's senses from many fields (Rumpf: "fuselage", "trunk", "hull, body
of the ship"); the text's own subject says which one it means. A text on ferries repeats
Schiff, Fähre, Hafen, whose translations ("ship", "ferry", "port") name the field, and the
sense of Rumpf that speaks of a ship is the one the text uses.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ...analysis.frequency import zipf
from ...model import Analysis
from .dictd import DictdDictionary
from .freedict import Sense
from .senses import matching_entries

MIN_REPEATS = 3  # a noun the text uses once or twice may be an aside (Freisetzung in a text on a virus)
MAX_NOUNS = 30  # the text's most repeated nouns are its subject
SENSES_TAKEN = 2  # a noun's first senses: its later ones are other fields (Schiff: 'nave')
TOPIC_BONUS = 1.5  # added to a sense's score (ranking.py) per repeated noun it shares a word with ...
TOPIC_CAP = 2  # ... for at most this many: a subject, not a count of generic words
MIN_LETTERS = 4  # 'the', 'of', 'a' in 'body of the/a ship' are no subject
# A word this common in the meaning's language names no field: 'body', 'line', 'point',
# 'means' (Zipf 5.4-5.5) are in the translations of words of every subject; 'ship' is 4.9.
MAX_SUBJECT_ZIPF = 5.3
_WORD = re.compile(r"[^\W\d_]+")


def topic_words(text: str, gloss_lang: str) -> frozenset[str]:
    """The words of a translation that may name a field: 'body of the/a ship' -> ship."""
    return frozenset(w for w in _WORD.findall(text.casefold())
                     if len(w) >= MIN_LETTERS and zipf(w, gloss_lang) < MAX_SUBJECT_ZIPF)


def repeated_nouns(analysis: Analysis) -> list[str]:
    """The text's common nouns used at least MIN_REPEATS times, the most repeated first."""
    counts = Counter(t.lemma for s in analysis.sentences for t in s.tokens
                     if t.upos == "NOUN" and not t.is_name and t.lemma[:1].isupper())
    return [lemma for lemma, n in counts.most_common(MAX_NOUNS) if n >= MIN_REPEATS]


def text_topic(dictionary: DictdDictionary, nouns: Iterable[str],
               gloss_lang: str) -> dict[str, frozenset[str]]:
    """Each repeated noun's English subject words (from its first senses' first translations)."""
    topic = {}
    for noun in nouns:
        entries = matching_entries(dictionary, noun, "NOUN")
        senses = [s for e in entries for s in e.senses][:SENSES_TAKEN]
        words = frozenset().union(*(topic_words(s.translations[0], gloss_lang) for s in senses))
        if words:
            topic[noun] = words
    return topic


@dataclass(frozen=True)
class TextTopic:
    """A text's subject, as a bonus to the senses of its words that speak of it."""

    nouns: dict[str, frozenset[str]]  # repeated noun -> its English subject words
    gloss_lang: str

    @classmethod
    def of(cls, dictionary: DictdDictionary, analysis: Analysis, gloss_lang: str) -> TextTopic:
        return cls(text_topic(dictionary, repeated_nouns(analysis), gloss_lang), gloss_lang)

    def fit(self, lemma: str, sense: Sense) -> int:
        """How many of the text's other repeated nouns the sense shares a subject word with."""
        own = frozenset().union(*(topic_words(t, self.gloss_lang) for t in sense.translations))
        return sum(bool(words & own) for noun, words in self.nouns.items() if noun != lemma)

    def __call__(self, lemma: str, sense: Sense) -> float:
        return TOPIC_BONUS * min(TOPIC_CAP, self.fit(lemma, sense))
