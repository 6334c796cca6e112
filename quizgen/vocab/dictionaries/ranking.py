"""Putting a word's senses in the order a teacher would give them: the common sense first.

FreeDict lists senses in no order of importance (zitieren: "invoke", "summon"; Wirt:
"landlord" before "host"). Each translation is scored by how common it is in the meaning's
language (wordfreq), whether it translates back to the word in the reverse dictionary
(FreeDict eng-deu: "host" -> Wirt, "capture" -> Einnahme only far down), whether it is a
cognate, and whether the dictionary marks it as a specialist's, regional or dated sense.
A sense scores as its best translation, which it shows first, plus a bonus when the word's
monolingual explanation points to it (explained.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from ...runtime.cache import SavedDict, register
from .dictd import DictdDictionary
from .freedict import Sense, parse_entry

# Weights of a translation's score, chosen on the development gold set (bench/senses.py):
ZIPF_WEIGHT = 0.5  # per Zipf unit of the translation in the meaning's language ...
ZIPF_CAP = 4.0  # ... up to this: frequency demotes rare senses ('zing'), it does not make a
# generic word ('top', 'take', 'state') the meaning of every word it translates
FIRST_BACK_BONUS = 1.0  # the reverse dictionary gives the word back as an entry's first word
COGNATE_BONUS = 1.0  # 'delegation' for Delegation
REPEAT_BONUS = 0.3  # per further sense of the word that lists the same translation ('sheet')
NARROW_PENALTY = 0.5  # [comp.], [ornith.], [Schw.], [veraltet]
ORDER_PENALTY = 0.2  # per place down the dictionary's list of senses: FreeDict's order counts
PLACE_IN_SENSE_PENALTY = 0.2  # per place inside one sense's list of translations
PHRASE_PENALTY = 0.3  # per extra word: 'position of employment' beside 'job'
DROP_BELOW_BEST = 2.0  # a sense this far below the best one is not shown at all
PLURAL_BONUS = 1.0  # the plural's own entry has it: Steuern 'taxes', not 'steering wheels'
UNKNOWN_ZIPF = 2.0  # a translation wordfreq does not know ('saloon-keeper')
BACK_LOOKUPS_PER_SENSE = 2  # a sense's first translations are looked up in the reverse dictionary

# Which FreeDict grammar tags of an English headword fit a universal POS tag of the word.
_REVERSE_POS = {"NOUN": {"n"}, "PROPN": {"n"}, "VERB": {"v"}, "AUX": {"v"}, "ADJ": {"adj", "adv"},
                "ADV": {"adv", "adj"}}
_OBJECT_WORDS = frozenset({"jdn.", "jdm.", "etw.", "jds.", "sich", "jdn", "jdm", "etw", "einer", "einem"})


def bare(word: str) -> str:
    """'sich jdm. widmen', 'etw. zitieren' -> 'widmen', 'zitieren'; compared without case."""
    return " ".join(w for w in word.split() if w.casefold() not in _OBJECT_WORDS).casefold()


MAX_SAVED_REVERSE = 100_000  # reverse entries kept between runs, a few MB on disk


@dataclass(eq=False)  # hashed by identity
class BackTranslation:
    """Lookups in the reverse dictionary (gloss language -> the text's language). Its entries
    for one English word lie scattered over the whole file ('host' has 17), so what a lookup
    found is kept between runs in the cache folder, keyed by the dictionary file."""

    dictionary: DictdDictionary | None
    saved: SavedDict | None = None

    def entries(self, translation: str) -> tuple[tuple[frozenset[str], tuple[str, ...]], ...]:
        """The reverse dictionary's entries for exactly `translation`: (parts of speech, the
        bare words it translates to)."""
        if self.dictionary is None:
            return ()
        if self.saved is not None and translation in self.saved.values:
            return self.saved.values[translation]
        found = tuple((entry.all_pos, tuple(bare(t) for s in entry.senses for t in s.translations))
                      for entry in map(parse_entry, self.dictionary.lookup(translation))
                      if entry.headword.casefold() == translation.casefold())
        if self.saved is not None:
            self.saved.values[translation] = found
        return found

    def rank(self, translation: str, lemma: str, pos: str) -> int | None:
        """0 when `lemma` is the first word of an entry of `translation` in the reverse
        dictionary, 1 when it is further down, None when it does not give it back."""
        wanted, fits, best = bare(lemma), _REVERSE_POS.get(pos), None
        for entry_pos, words in self.entries(translation):
            if fits and entry_pos and not entry_pos & fits:
                continue
            if wanted in words:
                rank = 0 if words[0] == wanted else 1
                best = rank if best is None else min(best, rank)
        return best


@lru_cache(maxsize=8)
def back_translation(path: str | None) -> BackTranslation:
    if not path:
        return BackTranslation(None)
    dictionary = DictdDictionary.open(path)
    data = dictionary.data.path.stat()
    saved = SavedDict(f"reverse-{dictionary.name}-{data.st_size}-{int(data.st_mtime)}.pickle",
                      MAX_SAVED_REVERSE)
    register(f"reverse-{dictionary.name}", saved)
    return BackTranslation(dictionary, saved)


def english_plurals(word: str) -> frozenset[str]:
    """The forms an English plural entry may give a translation in: 'tax' -> 'taxes'."""
    forms = {word, word + "s", word + "es"}
    if word.endswith("y"):
        forms.add(word[:-1] + "ies")
    return frozenset(forms)


@dataclass(frozen=True)
class Scorer:
    lemma: str
    pos: str
    frequency: Callable[[str], float | None]  # Zipf in the meaning's language, None: unknown
    back: BackTranslation
    is_cognate: Callable[[str, str], bool]
    is_narrow: Callable[[Sense], bool]
    without_placeholders: Callable[[str], str]  # 'turn off sth.' -> 'turn off'
    in_plural: frozenset[str] = frozenset()  # translations of the text's plural form ('taxes')
    explained: Callable[[Sense], float] | None = None  # the explanation's pointer (explained.py)
    topic: Callable[[Sense], float] | None = None  # how well it fits the text's subject (topic.py)

    def translation(self, text: str, repeats: int = 1, look_back: bool = True) -> float:
        plain = self.without_placeholders(text)
        zipf = self.frequency(plain)
        score = ZIPF_WEIGHT * min(ZIPF_CAP, UNKNOWN_ZIPF if zipf is None else zipf)
        score -= PHRASE_PENALTY * max(0, len(plain.split()) - 1)
        score += REPEAT_BONUS * (repeats - 1)
        if look_back and plain and self.back.rank(plain, self.lemma, self.pos) == 0:
            score += FIRST_BACK_BONUS
        if self.is_cognate(plain, self.lemma):
            score += COGNATE_BONUS
        if self.in_plural and self.in_plural & english_plurals(plain):
            score += PLURAL_BONUS
        return score

    def sense(self, sense: Sense, place: int, repeats: Counter[str]) -> tuple[float, Sense]:
        scored = sorted(((self.translation(t, repeats[t], n < BACK_LOOKUPS_PER_SENSE)
                          - PLACE_IN_SENSE_PENALTY * n, n, t)
                         for n, t in enumerate(sense.translations)), key=lambda s: (-s[0], s[1]))
        best = scored[0][0] - ORDER_PENALTY * place
        if self.is_narrow(sense):
            best -= NARROW_PENALTY
        if self.explained is not None:
            best += self.explained(sense)
        if self.topic is not None:
            best += self.topic(sense)
        return best, replace(sense, translations=tuple(t for _, _, t in scored))


def rank_senses(senses: list[Sense], scorer: Scorer) -> list[Sense]:
    """The senses best first, without those far below the best."""
    repeats = Counter(t for sense in senses for t in dict.fromkeys(sense.translations))
    scored = sorted(((*scorer.sense(s, n, repeats), n) for n, s in enumerate(senses)),
                    key=lambda s: (-s[0], s[2]))
    if not scored:
        return []
    top = scored[0][0]
    return [sense for score, sense, _ in scored if score >= top - DROP_BELOW_BEST]
