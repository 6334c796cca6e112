"""What a word's meaning says about it: how basic the concept is, and whether the learner's
language has the same word (Artillerie/artillery, strategisch/strategic).

Meanings come from quizgen.vocab.gloss (the teacher's glossary, then a dictd dictionary); they are
looked up once per word and options, since `select` asks before `gloss` adds them to cards.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from ..analysis.frequency import has_frequencies, zipf
from ..model import VocabItem
from ..options import Options

SENSES_CONSIDERED = 3  # the first senses shown on a card
COGNATE_RATIO = 0.8  # spelling similarity (difflib) from which two words are one word
MIN_COGNATE_LENGTH = 4  # short words match by accident (Rat/rat, Gift/gift)
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>")
_OBJECTS = re.compile(r"\b(sth|sb|sb's|oneself)\.?(?=\s|$)", re.IGNORECASE)  # "prioritize sth."
_LEADING = re.compile(r"^(to|a|an|the|sich|se|s')\s+", re.IGNORECASE)


@lru_cache(maxsize=50_000)
def meaning_text(lemma: str, pos: str, parts: tuple[str, ...], lang: str, gloss_lang: str,
                 dictionary: str | None, glossary: str | None) -> str | None:
    """The meaning a card would show, or None (no source knows the word); with the default
    sources, kept between runs (saved_meanings.py)."""
    from .gloss import meaning_for, open_sources
    from .saved_meanings import saved_meanings

    # a teacher's own glossary or dictionary is read fresh: only the default sources' are kept
    saved = saved_meanings(lang, gloss_lang) if dictionary is None and glossary is None else {}
    key = (lemma, pos, parts)
    if key in saved:
        return saved[key]
    sources = open_sources(lang, gloss_lang, dictionary, glossary)
    item = VocabItem(lemma=lemma, form=lemma, pos=pos, zipf=0.0, sentence=0, start=0, end=0,
                     parts=parts)
    meaning = meaning_for(item, sources)
    saved[key] = meaning.text if meaning is not None else None
    return saved[key]


def word_meaning(lemma: str, pos: str, parts: tuple[str, ...], lang: str, options: Options) -> str | None:
    from .gloss import gloss_language

    gloss_lang = gloss_language(lang, options.gloss_lang)
    if lang == gloss_lang:
        return None
    return meaning_text(lemma, pos, parts, lang, gloss_lang, options.dictionary, options.glossary)


def senses(meaning: str) -> list[str]:
    """'→ Anlage: facility; plant' -> ['facility', 'plant']: bare translations, no labels."""
    if meaning.startswith("→") and ":" in meaning:
        meaning = meaning.split(":", 1)[1]
    out = []
    for sense in re.split(r"[;,]", _BRACKETS.sub(" ", meaning)):
        sense = _LEADING.sub("", " ".join(sense.split()))
        if sense:
            out.append(sense)
    return out[:SENSES_CONSIDERED]


def gloss_zipf(meaning: str | None, gloss_lang: str) -> float | None:
    """How common the most common of the first senses is in the gloss language (wordfreq
    gives a phrase the frequency of its words together)."""
    if not meaning or not has_frequencies(gloss_lang):
        return None
    values = [zipf(sense.lower(), gloss_lang) for sense in senses(meaning)]
    return max(values) if values else None


MIN_SHARED_WORD = 3  # "guard" in "coastguard"; shorter words share letters by accident


def shares_sense(meaning: str, other: str) -> bool:
    """Whether a word of one of `other`'s first senses is in `meaning`'s first sense, alone
    or as the end of a word ('guard' in 'coastguard', 'agency' in 'news agency'); a later
    sense is often a narrower use ('focal point' of Schwerpunkt, 'emphasis')."""
    words = set(re.findall(r"[a-z]+", senses(meaning)[0].lower())) if senses(meaning) else set()
    for sense in senses(other):
        for word in re.findall(r"[a-z]+", _OBJECTS.sub("", sense).lower()):
            if len(word) >= MIN_SHARED_WORD and any(w.endswith(word) for w in words):
                return True
    return False


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ß", "ss"))
    return "".join(ch for ch in decomposed if ch.isalpha())


MIN_COGNATE_STEM = 5  # stems shorter than this match by accident once endings are gone
STEM_RATIO = 0.75  # stems are shorter, so one differing letter weighs more


def cognate_stem(word: str, lang: str) -> str:
    """The word without the ending its language gives learned words, its letters spelt as
    the other language would (militärisch -> 'militar', military -> 'militar')."""
    from ..languages import get_language

    profile = get_language(lang)
    stem = word.lower()
    for ending in profile.cognate_endings:
        if stem.endswith(ending) and len(stem) - len(ending) >= MIN_COGNATE_STEM:
            stem = stem[: -len(ending)]
            break
    for letter, spelt in profile.cognate_letters:
        stem = stem.replace(letter, spelt)
    return _plain(stem)


def is_cognate(lemma: str, meaning: str | None, lang: str | None = None,
               gloss_lang: str | None = None) -> bool:
    """Whether one of the first senses is spelt (nearly) like the word itself, or, given both
    languages, has the same stem once each language's learned endings are set aside
    (Modernisierung / modernization, sowjetisch / Soviet, priorisieren / prioritize)."""
    if not meaning or meaning.startswith("→"):  # a compound's head meaning says nothing of it
        return False
    word = _plain(lemma)
    if len(word) < MIN_COGNATE_LENGTH:
        return False
    from ..languages import SUPPORTED

    comparable = lang in SUPPORTED and gloss_lang in SUPPORTED  # a user's dictionary may be any pair
    stem = cognate_stem(lemma, lang) if comparable else ""
    for sense in senses(meaning):
        sense = _OBJECTS.sub("", sense).strip()
        other = _plain(sense)
        if len(other) >= MIN_COGNATE_LENGTH and SequenceMatcher(None, word, other).ratio() >= COGNATE_RATIO:
            return True
        if len(stem) >= MIN_COGNATE_STEM and " " not in sense:
            other_stem = cognate_stem(sense, str(gloss_lang))
            if (len(other_stem) >= MIN_COGNATE_STEM
                    and SequenceMatcher(None, stem, other_stem).ratio() >= STEM_RATIO):
                return True
    return False
