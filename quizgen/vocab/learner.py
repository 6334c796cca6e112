"""What one learner knows, word by word: the level model, the learner's own list, and which
words are transparent (made of words the learner knows)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..analysis.dictionary import word_parts
from ..analysis.frequency import zipf
from ..languages import get_language
from ..options import LEVEL_LEMMAS, Options
from .cognates import is_cognate, senses, shares_sense, word_meaning
from .dictionaries.wiktionary import defined_by, names_part, shares_definition
from .keywords import MIN_STEM, derivation_base
from .levels import forms_zipf, is_known, known_regardless_of_meaning, word_features

if TYPE_CHECKING:
    from .select import Candidate


def level_below(level: str) -> str:
    """The level before `level` (A1 for A1): what a learner at `level` knows well."""
    order = list(LEVEL_LEMMAS)
    return order[max(0, order.index(level.upper()) - 1)]


def text_forms_zipf(candidate: Candidate, lang: str) -> float:
    """The frequency of the lemma and its forms in the text (a separable verb's finite part,
    'teilte' of 'mitteilen', is another word's form and left out)."""
    forms = {t.text.lower() for _, t in candidate.occurrences if t.particle is None}
    return forms_zipf(candidate.lemma, forms, lang)


class Learner:
    """What the learner described by `options` knows, word by word (cached per lemma)."""

    def __init__(self, lang: str, options: Options) -> None:
        self.lang, self.options = lang, options
        self.profile = get_language(lang)
        self.known_words = {w.lower() for w in options.known_words}
        self._known: dict[tuple[str, str, str], bool] = {}

    def meaning(self, candidate: Candidate) -> str | None:
        return word_meaning(candidate.lemma, candidate.pos, candidate.parts, self.lang, self.options)

    def is_cognate(self, candidate: Candidate) -> bool:
        """The learner's language has the word (Artillerie/artillery, Modernisierung/
        modernization), or a compound is made of such words and known ones
        (Spionagesatellit: espionage + satellite)."""
        from .gloss import gloss_language

        gloss_lang = gloss_language(self.lang, self.options.gloss_lang)
        if is_cognate(candidate.lemma, self.meaning(candidate), self.lang, gloss_lang):
            return True
        if len(candidate.parts) < 2:
            return False
        learned = False
        for part in candidate.parts:
            pos = "NOUN" if part[:1].isupper() else "ADJ"
            meaning = word_meaning(part, pos, (), self.lang, self.options)
            if is_cognate(part, meaning, self.lang, gloss_lang):
                learned = True
            elif not self.knows_part(part):
                return False
        return learned

    def knows(self, lemma: str, pos: str, well: bool = False) -> bool:
        """Whether the learner knows the word; `well`: already at the level below, as the
        basic words are (Kind, Zimmer, krank, Wagen for a B1 learner)."""
        level = level_below(self.options.level) if well else self.options.level
        key = (lemma, pos, level)
        if key not in self._known:
            values = word_features(lemma, pos, zipf(lemma.lower(), self.lang),
                                   word_parts(lemma, pos, self.lang), self.lang, self.options)
            self._known[key] = lemma.lower() in self.known_words or is_known(
                values, level, self.lang)
        return self._known[key]

    def knows_part(self, part: str, well: bool = False) -> bool:
        return any(self.knows(word, pos, well) for word, pos in self._readings(part))

    def _readings(self, part: str) -> tuple[tuple[str, str], ...]:
        """The words a compound part may stand for: itself, or the verb whose stem it is
        ('Fahr' of Fahrplan is fahren, 'Wasch' of Waschmaschine waschen)."""
        own = (part, "NOUN" if part[:1].isupper() else "ADJ")
        verb = part.lower() + self.profile.infinitive_ending
        if self.profile.infinitive_ending and zipf(verb, self.lang) > zipf(part.lower(), self.lang):
            return (own, (verb, "VERB"))
        return (own,)

    def knows_candidate(self, candidate: Candidate) -> bool:
        if self.options.max_zipf is not None:  # a Zipf band chosen by hand: the band decides
            return False
        count = len(candidate.occurrences)
        forms = text_forms_zipf(candidate, self.lang)
        verdict = known_regardless_of_meaning(candidate.lemma, candidate.pos, candidate.zipf,
                                              self.options.level, self.lang, count, forms)
        if verdict is not None:
            return verdict
        values = word_features(candidate.lemma, candidate.pos, candidate.zipf, candidate.parts,
                               self.lang, self.options, forms)
        return is_known(values, self.options.level, self.lang, count)

    def keeps_head_meaning(self, candidate: Candidate) -> bool:
        """Whether a compound means a kind of its head: its gloss repeats a sense of the head
        (Küstenwache 'coastguard', Wache 'guard'), or, in German, Wiktionary defines it by the
        head (Außenministerium: 'Ministerium eines Staates ...'). Handschuh 'glove' is no
        kind of Schuh: the learner cannot work it out from its parts."""
        head = candidate.parts[-1]
        meaning = self.meaning(candidate)
        if meaning is None or meaning.startswith("→"):  # shown as its head's meaning anyway
            return True
        head_meaning = word_meaning(head, "NOUN", (), self.lang, self.options)
        if head_meaning is not None and shares_sense(meaning, head_meaning):
            return True
        return defined_by(candidate.lemma, head, self.lang)

    def sums_parts(self, candidate: Candidate) -> bool:
        """Whether a compound means what its parts say: a kind of its head (`keeps_head_meaning`),
        or its modifier's meaning in the compound's first English sense (Unfallstelle 'accident
        site'), or Wiktionary's first sense names the modifier and speaks of the head's kind
        (Krankenwagen: 'Fahrzeug, um kranke ... Menschen zu transportieren'). Schwerpunkt
        ('emphasis'; '(gedachter) Punkt, an dem die gesamte Masse ...') names no 'schwer'."""
        if self.keeps_head_meaning(candidate):
            return True
        meaning = self.meaning(candidate)
        first = senses(meaning)[:1] if meaning else []
        head = candidate.parts[-1]
        kind_of_head = shares_definition(candidate.lemma, head, self.lang)
        for part in candidate.parts[:-1]:
            for word, pos in self._readings(part):
                if kind_of_head and names_part(candidate.lemma, word.removesuffix("en"),
                                               self.lang):
                    return True
                gloss = word_meaning(word, pos, (), self.lang, self.options)
                if first and gloss and shares_sense(first[0], gloss):
                    return True
        return False

    def is_transparent(self, candidate: Candidate, well: bool = False) -> bool:
        """A compound of known words whose meaning is the sum of its parts (Presse +
        Konferenz) or a derivation of a known word (Besichtigung from besichtigen) costs the
        learner less than an opaque word. `well`: made of words known well (at the level
        below): a B1 learner knows Kinderzimmer and Krankenwagen without a card."""
        if len(candidate.parts) > 1 and all(self.knows_part(part, well) for part in
                                            candidate.parts) and self.sums_parts(candidate):
            return True
        word = candidate.lemma.lower()
        for prefix in self.profile.negating_prefixes if candidate.pos == "ADJ" else ():
            rest = word.removeprefix(prefix)  # nouns say more: Unfall is no 'not a Fall'
            if rest != word and len(rest) >= MIN_STEM and self.knows(rest, "ADJ", well):
                return True
        found = derivation_base(word, self.profile)
        if found is None:
            return False
        stem, suffix = found
        for ending, base in self.profile.derivations:
            for word in {stem + base, *self._without_vowel_change(stem + base)}:
                if ending != suffix or zipf(word, self.lang) <= 0:
                    continue
                readings = ((word, "VERB"), (word.capitalize(), "NOUN"), (word, "ADJ"))
                if any(self.knows(base_word, pos, well) for base_word, pos in readings):
                    return True
        return False

    def _without_vowel_change(self, word: str) -> list[str]:
        """The base before the derivation changed its last vowel (ausländ- -> Ausland)."""
        found = []
        for changed, plain in self.profile.derivation_vowels:
            at = word.rfind(changed)
            if at >= 0:
                found.append(word[:at] + plain + word[at + len(changed):])
        return found
