"""Choosing the rare vocabulary worth studying, and the best sentence for each word."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .cognates import is_cognate, word_meaning
from .frequency import english_lead, zipf
from .keywords import derivation_base, family_counts, importance, occurrences
from .languages import get_language
from .languages.de_grammar import dictionary_adjective
from .languages.de_lexicon import compound_parts, definite_lemma, noun_info, noun_lexicon
from .levels import is_known, known_regardless_of_meaning, word_features
from .model import Analysis, Sentence, Token, VocabItem
from .options import Options

CONTENT_POS = {"NOUN", "VERB", "ADJ", "ADV"}
# Below this Zipf a word that is neither in the lexicon nor a compound is a typo,
# a fragment or a foreign word more often than vocabulary.
MIN_PLAUSIBLE_ZIPF = 1.5
# How much more frequent in English a word must be to count as an English word.
FOREIGN_MARGIN = 0.5
IDEAL_SENTENCE = (8, 22)  # tokens: long enough for context, short enough for a card


@lru_cache(maxsize=8)
def stop_words(lang: str) -> frozenset[str]:
    from spacy.util import get_lang_class

    return frozenset(get_lang_class(lang).Defaults.stop_words)


@lru_cache(maxsize=100_000)
def is_latin_word(text: str) -> bool:
    """Letters of the Latin script, with inner hyphens or apostrophes."""
    if not text[:1].isalpha() or not text[-1:].isalpha():
        return False
    for ch in text:
        if ch in "-'’":
            continue
        if not ch.isalpha() or "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


@dataclass
class Candidate:
    lemma: str
    pos: str
    zipf: float
    occurrences: list[tuple[Sentence, Token]]
    parts: tuple[str, ...] = ()


def _display_lemma(token: Token, sentence: Sentence, lang: str) -> str:
    lemma = token.lemma
    if token.particle is not None:  # separable verb: "teilte ... mit" -> "mitteilen"
        lemma = sentence.tokens[token.particle].text.lower() + lemma.lower()
    if lang == "de" and token.upos == "NOUN":
        return definite_lemma(lemma[:1].upper() + lemma[1:])
    if lang == "de" and token.upos == "ADJ" and token.xpos == "ADJA":
        return dictionary_adjective(lemma.lower())
    if token.upos in ("VERB", "ADJ", "ADV"):
        return lemma.lower()
    return lemma if lang == "de" else lemma.lower()


def _eligible(token: Token, lang: str, stops: frozenset[str]) -> bool:
    """Could `token` be vocabulary? (`stops`: the language's stop words)"""
    if token.upos not in CONTENT_POS or token.is_name:
        return False
    text = token.text
    if len(text) < 3 or not is_latin_word(text):
        return False
    if text.isupper():  # abbreviations: NATO, DVRK
        return False
    if lang != "de" and text[:1].isupper() and token.start > 0:
        return False  # a capital inside the sentence marks a name outside German
    return text.lower() not in stops and token.lemma.lower() not in stops


def _compound_parts(lemma: str, pos: str, lang: str) -> tuple[str, ...]:
    if lang == "de" and pos == "NOUN":
        return compound_parts(lemma)
    return ()


def collect_candidates(analysis: Analysis) -> dict[str, Candidate]:
    lang = analysis.language
    profile = get_language(lang)
    stops = stop_words(lang)
    found: dict[str, Candidate] = {}
    for sentence in analysis.sentences:
        if sentence.kind == "credit":  # bylines and credits are not the article's language
            continue
        for token in sentence.tokens:
            if not _eligible(token, lang, stops):
                continue
            lemma = _display_lemma(token, sentence, lang)
            # German nouns are capitalised: "Treffen" (noun) and "treffen" (verb) differ.
            key = lemma if lang == "de" else lemma.lower()
            if key.lower() in profile.stop_lemmas:
                continue
            if key not in found:
                found[key] = Candidate(lemma, token.upos, zipf(key.lower(), lang), [])
            found[key].occurrences.append((sentence, token))
    return found


def is_foreign(word: str, lang: str) -> bool:
    """An English word in a text of another language ('Royal', 'Crown') is not its vocabulary."""
    if lang == "en":
        return False
    key = word.lower()
    return english_lead(key, lang) >= FOREIGN_MARGIN


def _plausible(candidate: Candidate, lang: str) -> bool:
    """Drop typos, fragments and foreign words: unknown to wordfreq, the lexicon and
    compound analysis, or much more frequent in English."""
    known_noun = False
    if lang == "de" and candidate.pos == "NOUN":
        known_noun = noun_lexicon().is_common_noun(candidate.lemma)
    if not known_noun and is_foreign(candidate.lemma, lang):
        return False
    if candidate.zipf >= MIN_PLAUSIBLE_ZIPF or known_noun:
        return True
    candidate.parts = _compound_parts(candidate.lemma, candidate.pos, lang)
    return all(zipf(p.lower(), lang) >= MIN_PLAUSIBLE_ZIPF for p in candidate.parts) and bool(
        candidate.parts
    )


KIND_PENALTIES = {"body": 0, "heading": 2, "credit": 3}


def sentence_score(sentence: Sentence) -> tuple[int, int, int]:
    """Lower is better: body text first, then a comfortable length, then the earliest."""
    n = len(sentence.tokens)
    low, high = IDEAL_SENTENCE
    kind_penalty = KIND_PENALTIES.get(sentence.kind, 1)
    length_penalty = max(0, low - n) + max(0, n - high)
    return (kind_penalty, length_penalty, sentence.index)


def _item(candidate: Candidate, lang: str) -> VocabItem:
    sentence, token = min(candidate.occurrences, key=lambda occ: sentence_score(occ[0]))
    extra: tuple[tuple[int, int], ...] = ()
    form = token.text
    if token.particle is not None:
        particle = sentence.tokens[token.particle]
        extra = ((particle.start, particle.end),)
        form = f"{token.text} … {particle.text}"
    gender = plural = None
    parts = candidate.parts
    if lang == "de" and candidate.pos == "NOUN":
        info = noun_info(candidate.lemma)
        gender, plural, parts = info.gender, info.plural, info.parts
    return VocabItem(
        lemma=candidate.lemma,
        form=form,
        pos=candidate.pos,
        zipf=round(candidate.zipf, 2),
        sentence=sentence.index,
        start=token.start,
        end=token.end,
        gender=gender,
        plural=plural,
        parts=parts,
        extra_spans=extra,
        count=len(candidate.occurrences),
    )


def _in_band(candidate: Candidate, options: Options, lang: str) -> bool:
    """--min-zipf always bounds the choice; --max-zipf replaces the level model by a band."""
    if options.min_zipf is not None and candidate.zipf < options.min_zipf:
        return False
    return options.max_zipf is None or candidate.zipf < options.max_zipf


class Learner:
    """What the learner described by `options` knows, word by word (cached per lemma)."""

    def __init__(self, lang: str, options: Options) -> None:
        self.lang, self.options = lang, options
        self.profile = get_language(lang)
        self.known_words = {w.lower() for w in options.known_words}
        self._known: dict[tuple[str, str], bool] = {}

    def meaning(self, candidate: Candidate) -> str | None:
        return word_meaning(candidate.lemma, candidate.pos, candidate.parts, self.lang, self.options)

    def knows(self, lemma: str, pos: str) -> bool:
        key = (lemma, pos)
        if key not in self._known:
            values = word_features(lemma, pos, zipf(lemma.lower(), self.lang),
                                   _compound_parts(lemma, pos, self.lang), self.lang, self.options)
            self._known[key] = lemma.lower() in self.known_words or is_known(
                values, self.options.level, self.lang)
        return self._known[key]

    def knows_candidate(self, candidate: Candidate) -> bool:
        if self.options.max_zipf is not None:  # a Zipf band chosen by hand: the band decides
            return False
        count = len(candidate.occurrences)
        verdict = known_regardless_of_meaning(candidate.lemma, candidate.pos, candidate.zipf,
                                              self.options.level, self.lang, count)
        if verdict is not None:
            return verdict
        values = word_features(candidate.lemma, candidate.pos, candidate.zipf, candidate.parts,
                               self.lang, self.options)
        return is_known(values, self.options.level, self.lang, count)

    def is_transparent(self, candidate: Candidate) -> bool:
        """A compound of known words (Presse + Konferenz) or a derivation of a known word
        (Besichtigung from besichtigen) costs the learner less than an opaque word."""
        if len(candidate.parts) > 1:
            return all(self.knows(part, "NOUN" if part[:1].isupper() else "ADJ")
                       for part in candidate.parts)
        found = derivation_base(candidate.lemma.lower(), self.profile)
        if found is None:
            return False
        stem, suffix = found
        for ending, base in self.profile.derivations:
            if ending == suffix and zipf(stem + base, self.lang) > 0:
                for word, pos in ((stem + base, "VERB"), ((stem + base).capitalize(), "NOUN")):
                    if self.knows(word, pos):
                        return True
        return False


def _by_importance(candidates: list[Candidate], analysis: Analysis) -> list[list[Candidate]]:
    """Groups of equal importance for this text, most important first; inside a group the
    more frequent word first."""
    profile = get_language(analysis.language)
    found = {c.lemma: occurrences(c.lemma, c.occurrences, analysis, c.parts) for c in candidates}
    relatives = family_counts(found.values(), profile)
    groups: dict[float, list[Candidate]] = {}
    for c in candidates:
        groups.setdefault(importance(found[c.lemma], relatives[c.lemma]), []).append(c)
    return [sorted(groups[score], key=rank_key) for score in sorted(groups, reverse=True)]


def rank_key(candidate: Candidate) -> tuple[float, str]:
    """Among words of equal importance, the more frequent pay off sooner (by the Zipf value
    the card shows)."""
    return (-round(candidate.zipf, 2), candidate.lemma.lower())


def _choose(groups: list[list[Candidate]], learner: Learner, include: set[str],
            limit: int) -> list[Candidate]:
    """Walk the groups until `limit` words are chosen (0: all): the costly signals (meanings,
    word parts) are asked only for the words looked at."""
    chosen: list[Candidate] = []
    cognates: list[Candidate] = []
    mode = learner.options.cognates
    for group in groups:
        opaque, transparent = [], []
        for candidate in group:
            if candidate.lemma.lower() not in include:
                if learner.knows_candidate(candidate):
                    continue
                if mode != "keep" and is_cognate(candidate.lemma, learner.meaning(candidate)):
                    if mode == "last":
                        cognates.append(candidate)
                    continue
            (transparent if learner.is_transparent(candidate) else opaque).append(candidate)
        chosen += opaque + transparent
        if limit and len(chosen) >= limit:
            break
    chosen += cognates
    return chosen[:limit] if limit else chosen


def select_vocabulary(analysis: Analysis, options: Options) -> tuple[VocabItem, ...]:
    """The ranked vocabulary of `analysis` for a learner described by `options`: the words the
    learner does not know yet, the text's key words first."""
    lang = analysis.language
    known = {w.lower() for w in options.known_words}
    include = {w.lower() for w in options.include}
    exclude = {w.lower() for w in options.exclude}
    candidates: list[Candidate] = []
    for candidate in collect_candidates(analysis).values():
        key = candidate.lemma.lower()
        if key in exclude or key in known:
            continue
        if key not in include and not (
            _in_band(candidate, options, lang) and _plausible(candidate, lang)
        ):
            continue
        if not candidate.parts:
            candidate.parts = _compound_parts(candidate.lemma, candidate.pos, lang)
        candidates.append(candidate)
    chosen = _choose(_by_importance(candidates, analysis), Learner(lang, options), include,
                     options.max_cards)
    return tuple(_item(candidate, lang) for candidate in chosen)
