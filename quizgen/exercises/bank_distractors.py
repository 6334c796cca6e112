"""Word-bank distractors from the text's own field.

A distractor taken from the text itself is printed ungapped there, so a student rules it out
at a glance; a word of another field ("Bombendrohung" on a text about Schlager music) is ruled
out as quickly. So the bank's distractors are words built on the text's key nouns, that occur
nowhere on the sheet: from the language's frequency list (wordfreq) about as frequent as the
gaps ("Obstbaum", "Apfelkern" beside "Apfel" and "Baum"), then from the dictionary's headwords
("Vulkanforscher" beside "Vulkan"), each listed in a gap's part of speech with a meaning (a
noun with its gender), none sharing a gap word's head so that it might fit that gap. Where the
field has too few such words the bank has fewer distractors, never a random frequent word.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache
from statistics import median
from zlib import crc32

from ..analysis.frequency import english_lead
from ..languages import language_part
from ..model import VocabItem
from ..vocab.dictionaries.senses import POS_TAGS, matching_entries
from ..vocab.dictionaries.wiktionary import is_derogatory
from ..vocab.gloss import GlossSources, meaning_for
from .bank_field import (
    MIN_LENGTH,
    compound_parts,
    dictionary_field_words,
    field_rank,
    headword,
    keeps_sense,
    topic_nouns,
)

__all__ = ["compound_parts", "field_rank", "outside_distractors", "topic_nouns"]

MIN_DISTRACTORS = 2  # with fewer, the last gap solves itself
KINDS = ("NOUN", "VERB", "ADJ")  # what a word bank offers; other gaps take no distractor
# Rarer words than this are mostly compounds and jargon no learner of the gaps' level would
# weigh against the answer; a rarer gap takes its distractors from this band.
ZIPF_FLOOR = 2.5
# Verbs and adjectives a teacher does not want on a school worksheet (the nouns are in
# questions.distractors.OFFENSIVE).
UNFIT = frozenset("strippen ficken kiffen saufen koksen vögeln bumsen wichsen kotzen geil sexy".split())
TOPIC_WIDTH = 1.5  # a word of the field may be this much rarer or more common than the gaps
SHARED_HEAD = 5  # letters at the end that a distractor shares with a gap: it might fit that gap


@lru_cache(maxsize=8)
def _frequent_words(lang: str) -> tuple[tuple[str, float], ...]:
    """wordfreq's word forms down to ZIPF_FLOOR with their Zipf values, alphabetic ones only.
    wordfreq keeps its list in buckets of one centibel: bucket i holds Zipf 9 - i/100."""
    from wordfreq import get_frequency_list

    return tuple((w, round(9 - i / 100, 2)) for i, bucket in enumerate(get_frequency_list(lang))
                 if 9 - i / 100 >= ZIPF_FLOOR for w in bucket if len(w) >= MIN_LENGTH and w.isalpha())


def _gender(lemma: str, lang: str, listed: frozenset[str]) -> str | None:
    """The noun's gender: the language's noun lexicon where it has one, else the dictionary's."""
    lexicon = language_part(lang, "lexicon")
    if lexicon is not None:
        lex = lexicon.noun_lexicon()
        if lemma in lex.names:
            return None
        # a compound the lexicon lacks ('Elefantenohr') has its head's gender
        parts = compound_parts(lemma, lang)
        return lex.gender.get(lemma) or (lex.gender.get(parts[-1]) if len(parts) > 1 else None)
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
    lemma = headword(word, pos, sources.lang)
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


def _parts(lemma: str, lang: str) -> set[str]:
    """A compound's parts, lowercased; else its last letters."""
    return {p.lower() for p in compound_parts(lemma, lang)} or {lemma.lower()[-SHARED_HEAD:]}


def _might_fit(lemma: str, gaps: Sequence[VocabItem], lang: str) -> bool:
    """Holds a gap word or shares a part with it ('Fruchtsaft' beside 'Apfelsaft', 'Obstsorte'
    beside 'Apfelsorte'): it might fill that gap as well."""
    word = lemma.lower()
    own = _parts(lemma, lang)
    for gap in gaps:
        other = gap.lemma.lower()
        if other in word or word in other or own & _parts(gap.lemma, lang):
            return True
    return False


def _fit(lemma: str, word: str, shown: Collection[str], lang: str) -> bool:
    from .questions.distractors import OFFENSIVE

    return not (lemma in OFFENSIVE or lemma in UNFIT or _given_away(lemma, shown)
                or is_derogatory(lemma, lang)
                or (lang != "en" and english_lead(word, lang) >= 0))


def outside_distractors(gaps: Sequence[VocabItem], want: int, shown: Collection[str],
                        sources: GlossSources, topic: Sequence[str] = ()) -> list[VocabItem]:
    """Up to `want` distractors for the gaps' parts of speech, in turn, all of the text's
    field (`topic`: its key nouns, lowercased, in order of keyness), none of them on the sheet
    (`shown`: its words, lowercased). Deterministic: from the frequency list the nearest to
    the gaps' frequency (the median of each kind) first, then the dictionary's words."""
    kinds = sorted({g.pos for g in gaps if g.pos in KINDS},
                   key=lambda pos: (-sum(g.pos == pos for g in gaps), KINDS.index(pos)))
    if not kinds or (sources.dictionary is None and sources.wiktionary is None):
        return []
    words = _frequent_words(sources.lang)
    tried: set[tuple[str, str]] = set()
    taken: set[str] = set()  # one word of a family: not 'befruchten' and 'befruchtet'

    # one word on each key noun in each place: not 'Autounfall' and 'Verkehrsunfall', but
    # 'Sandsturm' and 'Sturmflut'
    keys: set[str] = set()

    def pick(pos: str, passes: list[list[tuple[float, int, str, float, str]]], limit: int,
             once: bool = True) -> list[VocabItem]:
        picked: list[VocabItem] = []
        for near in passes:
            for _, _, word, zipf_value, key in near:
                if once and key in keys:
                    continue
                if len(picked) >= limit:
                    return picked
                if (pos, word) in tried:
                    continue
                tried.add((pos, word))
                lemma = headword(word, pos, sources.lang)
                if (not _fit(lemma, word, shown, sources.lang)
                        or _might_fit(lemma, gaps, sources.lang)
                        or _given_away(lemma, taken)):
                    continue
                item = _outside_word(word, zipf_value, pos, sources)
                if item is not None and keeps_sense(item, key.split(":")[0], sources):
                    picked.append(item)
                    taken.add(word)
                    keys.add(key)
        return picked

    centres = {pos: max(ZIPF_FLOOR, median(g.zipf for g in gaps if g.pos == pos)) for pos in kinds}
    field: dict[str, list[VocabItem]] = {}
    for pos in kinds:
        ranked = []
        for w, z in words:
            near = abs(z - centres[pos]) <= TOPIC_WIDTH
            rank_key = field_rank(w, pos, topic, sources.lang) if near else None
            if rank_key is not None:
                ranked.append((rank_key[0], abs(z - centres[pos]), crc32(w.encode()), w, z,
                               f"{rank_key[1]}:{rank_key[0]}"))
        field[pos] = pick(pos, [[r[1:] for r in sorted(ranked)]], want)
    chosen = [field[pos][n] for n in range(want) for pos in kinds if n < len(field[pos])][:want]
    # a second word on a key noun ('Integrationsmodell' beside 'Integrationspolitik') only
    # for the two a bank needs ('Paarungszeit' and 'Paarungsritual' as the 2nd and 3rd hint)
    for once, upto in ((True, want), (False, min(want, MIN_DISTRACTORS))):
        for pos in kinds:
            if len(chosen) < upto:
                found = dictionary_field_words(topic, pos, sources)
                chosen += pick(pos, [found], upto - len(chosen), once)
    return chosen[:want]
