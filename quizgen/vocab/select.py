"""Choosing the rare vocabulary worth studying, and the best sentence for each word."""

from __future__ import annotations

import heapq
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..analysis.dictionary import headword, is_listed_noun, noun_facts, word_parts
from ..analysis.frequency import english_lead, zipf
from ..languages import LanguageProfile, get_language
from ..model import Analysis, Sentence, Token, VocabItem
from ..options import Options
from .keywords import family_counts, importance, lead_paragraph, occurrences, title_words
from .learner import Learner

CONTENT_POS = {"NOUN", "VERB", "ADJ", "ADV"}
# Below this Zipf a word that is neither in the lexicon nor a compound is a typo,
# a fragment or a foreign word more often than vocabulary.
MIN_PLAUSIBLE_ZIPF = 1.5
# How much more frequent in English a word must be to count as an English word.
FOREIGN_MARGIN = 0.5
# With --cognates keep, a compound or derivation of known words ranks as if the text used
# it this much less.
TRANSPARENT_COST = 0.5
# With --cognates last, words the learner can work out (cognates, compounds and derivations
# of known words) fill at most this share of a deck: a deck padded with them costs review
# time and teaches little.
EASY_SHARE = 0.1
# Below this share of a deck, compounds and derivations of basic words fill a short text's deck.
FAMILIAR_FLOOR = 1 / 3
IDEAL_SENTENCE = (8, 22)  # tokens: long enough for context, short enough for a card
# A card whose best sentence is longer than this (tokens) is hard to read on a phone and
# buries its word; such a word, and one whose only meaning is its compound head's ("→ Parade:
# parade" for Hitparade), only fills a deck that would otherwise stay short.
LONG_CARD_SENTENCE = 40


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


def _eligible(token: Token, profile: LanguageProfile, stops: frozenset[str]) -> bool:
    """Could `token` be vocabulary? (`stops`: the language's stop words)"""
    if token.upos not in CONTENT_POS or token.is_name:
        return False
    text = token.text
    if len(text) < 3 or not is_latin_word(text):
        return False
    if text.isupper():  # abbreviations: NATO, DVRK
        return False
    if not profile.capitalised_nouns and text[:1].isupper() and token.start > 0:
        return False  # a capital inside the sentence marks a name, unless nouns have one
    return text.lower() not in stops and token.lemma.lower() not in stops


def _first_of_hyphenated(sentence: Sentence, i: int) -> bool:
    """'Einstufen' in 'Einstufen-Verfahren': the first part of a hyphenated compound is no
    word of its own there (its lemma is a guess), and a card on it gives away nothing."""
    following = sentence.tokens[i + 1] if i + 1 < len(sentence.tokens) else None
    return following is not None and following.text == "-" and following.start == sentence.tokens[i].end


def collect_candidates(analysis: Analysis) -> dict[str, Candidate]:
    lang = analysis.language
    profile = get_language(lang)
    stops = stop_words(lang)
    found: dict[str, Candidate] = {}
    for sentence in analysis.sentences:
        if sentence.kind == "credit":  # bylines and credits are not the article's language
            continue
        for i, token in enumerate(sentence.tokens):
            if not _eligible(token, profile, stops) or _first_of_hyphenated(sentence, i):
                continue
            # The headword keeps the case that tells words apart ("Treffen", "treffen").
            key, pos = headword(token, sentence, lang)
            if key.lower() in profile.stop_lemmas:
                continue
            if key not in found:
                found[key] = Candidate(key, pos, zipf(key.lower(), lang), [])
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
    known_noun = candidate.pos == "NOUN" and is_listed_noun(candidate.lemma, lang)
    if not known_noun and is_foreign(candidate.lemma, lang):
        return False
    if candidate.zipf >= MIN_PLAUSIBLE_ZIPF or known_noun:
        return True
    candidate.parts = word_parts(candidate.lemma, candidate.pos, lang)
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
    if candidate.pos == "NOUN":  # PLURAL_ONLY in the gender slot: 'die Leute (Pl.)'
        gender, plural, noun_parts = noun_facts(candidate.lemma, candidate.occurrences, lang)
        parts = parts if noun_parts is None else noun_parts
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


def _by_importance(candidates: list[Candidate], analysis: Analysis) -> list[tuple[float, Candidate]]:
    """Each candidate with its importance for this text."""
    profile = get_language(analysis.language)
    lead, title = lead_paragraph(analysis), title_words(analysis)
    found = {c.lemma: occurrences(c.lemma, c.occurrences, lead, title, c.parts) for c in candidates}
    relatives = family_counts(found.values(), profile)
    return [(importance(found[c.lemma], relatives[c.lemma]), c) for c in candidates]


def rank_key(candidate: Candidate) -> tuple[float, str]:
    """Among words of equal importance, the more frequent pay off sooner (by the Zipf value
    the card shows)."""
    return (-round(candidate.zipf, 2), candidate.lemma.lower())


def _choose(scored: list[tuple[float, Candidate]], learner: Learner, include: set[str],
            limit: int) -> list[Candidate]:
    """The most important words the learner does not know, until `limit` are chosen (0: all).
    Words are judged as they come up, so the costly signals (meanings, word parts) are asked
    only for the words looked at. Words the learner can work out (cognates, transparent
    compounds and derivations, those of basic words last) come after the others
    (--cognates last), are left out (drop)
    or, with keep, a transparent word goes back in line TRANSPARENT_COST later."""
    queue = [(-score, rank_key(c), False, c.lemma, c) for score, c in scored]
    heapq.heapify(queue)
    chosen: list[Candidate] = []
    easy: list[Candidate] = []
    weak: list[Candidate] = []
    mode = learner.options.cognates
    while queue and not (limit and len(chosen) >= limit):
        score, rank, checked, lemma, candidate = heapq.heappop(queue)
        if not checked:
            if lemma.lower() not in include:
                if learner.knows_candidate(candidate):
                    continue
                if mode != "keep" and (learner.is_cognate(candidate)
                                       or learner.is_transparent(candidate)):
                    if mode == "last":
                        easy.append(candidate)
                    continue
                if _weak_card(candidate, learner):
                    weak.append(candidate)
                    continue
            if mode == "keep" and learner.is_transparent(candidate):
                heapq.heappush(queue, (score + TRANSPARENT_COST, rank, True, lemma, candidate))
                continue
        chosen.append(candidate)
    # compounds and derivations of basic words (Kinderzimmer, Krankenwagen): a learner at the
    # level knows them without a card, so they only keep a short text from an empty deck
    familiar = [c for c in easy if learner.is_transparent(c, well=True)]
    easy = [c for c in easy if c not in familiar]
    if limit:
        # a short text with few other words still gets half a deck, for gaps and questions
        room = max(1, round(EASY_SHARE * limit), limit // 2 - len(chosen))
        chosen = (chosen + easy[:room])[:limit]
        chosen += familiar[:max(0, round(FAMILIAR_FLOOR * limit) - len(chosen))]
        chosen += weak[:max(0, limit // 2 - len(chosen))]
    else:
        chosen += easy + familiar + weak
    return _with_included(chosen, [c for _, c in scored], include, limit)


def _weak_card(candidate: Candidate, learner: Learner) -> bool:
    """A card a learner would not keep although the word is worth learning: its sentence is
    too long, a heading or a fragment, or its meaning is only its compound head's."""
    if candidate.occurrences:
        best, _token = min(candidate.occurrences, key=lambda occ: sentence_score(occ[0]))
        # a heading ('Gewerblich:') or a sentence cut before its list is no context either
        if len(best.tokens) > LONG_CARD_SENTENCE or best.kind != "body" or best.text.rstrip().endswith(":"):
            return True
    meaning = learner.meaning(candidate)
    return meaning is not None and meaning.startswith("→")


def _with_included(chosen: list[Candidate], candidates: list[Candidate], include: set[str],
                   limit: int) -> list[Candidate]:
    """--include always wins: a word the limit left out replaces the last chosen ones."""
    taken = {c.lemma for c in chosen}
    missing = [c for c in candidates if c.lemma.lower() in include and c.lemma not in taken]
    while limit and missing and len(chosen) + len(missing) > limit:
        last = max((i for i, c in enumerate(chosen) if c.lemma.lower() not in include), default=None)
        if last is None:
            break
        del chosen[last]
    return chosen + missing


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
            candidate.parts = word_parts(candidate.lemma, candidate.pos, lang)
        candidates.append(candidate)
    chosen = _choose(_by_importance(candidates, analysis), Learner(lang, options), include,
                     options.max_cards)
    return tuple(_item(candidate, lang) for candidate in chosen)
