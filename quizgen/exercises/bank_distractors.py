"""Word-bank distractors from outside the text.

A distractor taken from the text itself is printed ungapped there, so a student rules it out
at a glance. The bank's distractors come instead from the language's frequency list (wordfreq):
words of a gap's part of speech and about its frequency, that the dictionary lists under that
part of speech with a meaning (and a noun with its gender), and that occur nowhere on the sheet.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache
from statistics import median
from zlib import crc32

from ..analysis.frequency import english_lead
from ..languages import get_language, language_part
from ..model import VocabItem
from ..vocab.dictionaries.senses import POS_TAGS, matching_entries
from ..vocab.gloss import GlossSources, meaning_for

KINDS = ("NOUN", "VERB", "ADJ")  # what a word bank offers; other gaps take no distractor
WIDTHS = (0.25, 0.5, 0.8)  # Zipf windows around the gaps' frequency, narrowest first
# Rarer words than this are mostly compounds and jargon no learner of the gaps' level would
# weigh against the answer; a rarer gap takes its distractors from this band.
ZIPF_FLOOR = 2.5
# Verbs and adjectives a teacher does not want on a school worksheet (the nouns are in
# questions.distractors.OFFENSIVE).
UNFIT = frozenset("strippen ficken kiffen saufen koksen vögeln bumsen wichsen kotzen geil sexy".split())
MIN_LENGTH = 4  # shorter forms are mostly function words and abbreviations


@lru_cache(maxsize=8)
def _frequent_words(lang: str) -> tuple[tuple[str, float], ...]:
    """wordfreq's word forms down to ZIPF_FLOOR with their Zipf values, alphabetic ones only.
    wordfreq keeps its list in buckets of one centibel: bucket i holds Zipf 9 - i/100."""
    from wordfreq import get_frequency_list

    return tuple((w, round(9 - i / 100, 2)) for i, bucket in enumerate(get_frequency_list(lang))
                 if 9 - i / 100 >= ZIPF_FLOOR for w in bucket if len(w) >= MIN_LENGTH and w.isalpha())


def _headword(word: str, pos: str, lang: str) -> str:
    """wordfreq lowercases; some languages write nouns capitalised."""
    capitalise = pos == "NOUN" and get_language(lang).capitalised_nouns
    return word[:1].upper() + word[1:] if capitalise else word


def _gender(lemma: str, lang: str, listed: frozenset[str]) -> str | None:
    """The noun's gender: the language's noun lexicon where it has one, else the dictionary's."""
    lexicon = language_part(lang, "lexicon")
    if lexicon is not None:
        lex = lexicon.noun_lexicon()
        return None if lemma in lex.names else lex.gender.get(lemma)
    return next(iter(sorted(listed)), None)


def _given_away(lemma: str, shown: Collection[str]) -> bool:
    """The word, or a form of it ('Erkrankungen' for 'Erkrankung'), is on the sheet."""
    lower = lemma.lower()
    stem = lower[: max(MIN_LENGTH, len(lower) - 2)]
    return lower in shown or any(w.startswith(stem) for w in shown)


def _outside_word(word: str, zipf: float, pos: str, sources: GlossSources) -> VocabItem | None:
    """`word` as a bank word of `pos`, if the dictionary lists it so with a meaning of its own
    (not one borrowed from a compound's head) and, for a noun, a gender."""
    dictionary = sources.dictionary
    lemma = _headword(word, pos, sources.lang)
    wanted = POS_TAGS[pos][0]
    if dictionary is not None and not any(wanted in e.all_pos
                                          for e in matching_entries(dictionary, lemma, pos)):
        return None
    item = VocabItem(lemma=lemma, form=lemma, pos=pos, zipf=round(zipf, 2), sentence=-1,
                     start=0, end=len(lemma))
    meaning = meaning_for(item, sources)
    if meaning is None or meaning.text.startswith("→") or meaning.reflexive:
        return None
    gender = _gender(lemma, sources.lang, meaning.genders) if pos == "NOUN" else None
    if pos == "NOUN" and gender is None:
        return None
    plural = None
    lexicon = language_part(sources.lang, "lexicon")
    if pos == "NOUN" and lexicon is not None:
        plural = lexicon.noun_info(lemma).plural
    return VocabItem(lemma=lemma, form=lemma, pos=pos, zipf=item.zipf, sentence=-1, start=0,
                     end=len(lemma), gender=gender, plural=plural, gloss=meaning.text,
                     gloss_source=meaning.source)


def outside_distractors(gaps: Sequence[VocabItem], want: int, shown: Collection[str],
                        sources: GlossSources) -> list[VocabItem]:
    """`want` distractors for the gaps' parts of speech, most common first and in turn, each
    about as frequent as that kind's gaps (the median), none of them on the sheet (`shown`:
    its words, lowercased). Deterministic: the nearest in frequency first."""
    from .questions.distractors import OFFENSIVE

    kinds = sorted({g.pos for g in gaps if g.pos in KINDS},
                   key=lambda pos: (-sum(g.pos == pos for g in gaps), KINDS.index(pos)))
    if not kinds or (sources.dictionary is None and sources.wiktionary is None):
        return []
    words = _frequent_words(sources.lang)
    found: dict[str, list[VocabItem]] = {}
    for pos in kinds:
        centre = max(ZIPF_FLOOR, median(g.zipf for g in gaps if g.pos == pos))
        share = -(-want // len(kinds))  # each kind's turn, rounded up
        picked: list[VocabItem] = []
        tried: set[str] = set()
        for width in WIDTHS:
            # equally frequent words in an order of no meaning, not alphabetical
            near = sorted((abs(z - centre), crc32(w.encode()), w, z) for w, z in words
                          if abs(z - centre) <= width and w not in tried)
            for _, _, word, zipf in near:
                tried.add(word)
                lemma = _headword(word, pos, sources.lang)
                if (lemma in OFFENSIVE or lemma in UNFIT or _given_away(lemma, shown)
                        or (sources.lang != "en" and english_lead(word, sources.lang) >= 0)):
                    continue
                item = _outside_word(word, zipf, pos, sources)
                if item is not None:
                    picked.append(item)
                    if len(picked) >= share:
                        break
            if len(picked) >= share:
                break
        found[pos] = picked
    ordered = [found[pos][n] for n in range(want) for pos in kinds if n < len(found[pos])]
    return ordered[:want]
