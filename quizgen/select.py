"""Choosing the rare vocabulary worth studying, and the best sentence for each word."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .frequency import english_lead, zipf
from .languages import get_language
from .languages.de_grammar import dictionary_adjective
from .languages.de_lexicon import compound_parts, definite_lemma, noun_info, noun_lexicon
from .model import Analysis, Sentence, Token, VocabItem
from .options import Options, level_zipf_threshold
from .romance_gender import noun_gender

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


def _in_range(value: float, options: Options, lang: str) -> bool:
    high = options.max_zipf if options.max_zipf is not None else level_zipf_threshold(options.level, lang)
    low = options.min_zipf if options.min_zipf is not None else 0.0
    return low <= value < high


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
    elif candidate.pos == "NOUN":
        gender = noun_gender(candidate.lemma, candidate.occurrences, lang)
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


def rank_key(candidate: Candidate) -> tuple[float, str]:
    """Most useful first: the more frequent of the unknown words pay off soonest (by the
    Zipf value the card shows)."""
    return (-round(candidate.zipf, 2), candidate.lemma.lower())


def select_vocabulary(analysis: Analysis, options: Options) -> tuple[VocabItem, ...]:
    """The ranked vocabulary of `analysis` for a learner described by `options`."""
    lang = analysis.language
    known = {w.lower() for w in options.known_words}
    include = {w.lower() for w in options.include}
    exclude = {w.lower() for w in options.exclude}
    chosen: list[Candidate] = []
    for candidate in collect_candidates(analysis).values():
        key = candidate.lemma.lower()
        if key in exclude or key in known:
            continue
        if key not in include and not (
            _in_range(candidate.zipf, options, lang) and _plausible(candidate, lang)
        ):
            continue
        chosen.append(candidate)
    chosen.sort(key=rank_key)
    if options.max_cards:
        # An included word is always chosen; the others fill the places left.
        forced = [c for c in chosen if c.lemma.lower() in include]
        others = [c for c in chosen if c.lemma.lower() not in include]
        chosen = sorted(forced + others[: max(options.max_cards - len(forced), 0)], key=rank_key)
    return tuple(_item(candidate, lang) for candidate in chosen)
