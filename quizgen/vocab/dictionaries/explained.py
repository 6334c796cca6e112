"""Which of a word's English senses a monolingual explanation of the word points to.

German Wiktionary explains a word mostly by near-synonyms: Leitung "Beaufsichtigung,
Betreuung, Führung, Verwaltung", Vorgang "Ablauf, ein Geschehen", errichten "etwas aufbauen,
bauen". Wiktionary's first explanation and the one that fits the sentence best are taken,
their first words of the word's part of speech are looked up in the same bilingual
dictionary, and a sense of the word that shares one of their central translations
("administration", "process", "build") scores higher: it is the word's central sense, or the
one the sentence means.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .dictd import DictdDictionary
from .freedict import Sense, parse_entry

WORDS_TAKEN = 3  # an explanation's first content words: its synonyms come first
LATER_WEIGHT = 0.0  # the n-th explanation counts LATER_WEIGHT**n unless it fits the sentence
# (0.3-0.7 measured no better on the gold set: Wiktionary's later senses are often rare ones)
SHARED_BONUS = 1.0  # added to a sense's score (ranking.py) when it shares a translation
_PLACEHOLDERS = re.compile(r"\b(sb|sth|sb's|sth's|one's|oneself)\b\.?")


def plain(translation: str) -> str:
    """'take hold of sth.' -> 'take hold of', compared without case."""
    return " ".join(_PLACEHOLDERS.sub(" ", translation.casefold()).split())


@dataclass
class Explained:
    """For one word in one sentence: the English its explanation's words translate to."""

    dictionary: DictdDictionary
    explain: Callable[[str], tuple[str, ...]]  # a headword's explanations, in order
    choose: Callable[[tuple[str, ...]], tuple[str, ...]]  # the explanations that count here
    words: Callable[[str, str], list[str]]  # an explanation's candidate synonyms of a headword
    _english: dict[str, tuple[tuple[float, frozenset[str]], ...]] = field(default_factory=dict)

    def english(self, headword: str) -> tuple[tuple[float, frozenset[str]], ...]:
        """Each explanation's weight and the English its first words translate to."""
        if headword not in self._english:
            explanations = self.explain(headword)
            fitting = self.choose(explanations)
            weighted = []
            for number, explanation in enumerate(explanations):
                found: set[str] = set()
                for word in self.words(explanation, headword)[:WORDS_TAKEN]:
                    for entry in map(parse_entry, self.dictionary.lookup(word)):
                        if entry.headword.casefold() == word.casefold():
                            found.update(plain(s.translations[0]) for s in entry.senses)  # its central ones
                weight = 1.0 if explanation in fitting else LATER_WEIGHT ** number
                weighted.append((weight, frozenset(found)))
            self._english[headword] = tuple(weighted)
        return self._english[headword]

    def bonus(self, sense: Sense, headword: str) -> float:
        translations = [plain(t) for t in sense.translations]
        return SHARED_BONUS * max((weight for weight, english in self.english(headword)
                                   if any(t in english for t in translations)), default=0.0)
