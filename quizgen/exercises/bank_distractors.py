"""Word-bank distractors from outside the text.

A distractor taken from the text itself is printed ungapped there, so a student rules it out
at a glance. The bank's distractors come instead from the language's frequency list (wordfreq):
words of a gap's part of speech and about its frequency, that the dictionary lists under that
part of speech with a meaning (and a noun with its gender), and that occur nowhere on the sheet.
A word of another field ("Raumstation" on a text about apples) is ruled out as quickly, so
words of the text's field come first: those built on its key nouns ("Obstbaum", "Apfelkern"
beside "Apfel" and "Baum"), though none that shares a gap word's head and so might fit it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import lru_cache
from statistics import median
from zlib import crc32

from ..analysis.frequency import english_lead, zipf
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
TOPIC_NOUNS = 12  # the text's key nouns that mark its field
# Key nouns: rarer than everyday words, which are in every field ('Beispiel', 'Mensch'), and
# known to the frequency list, unlike names and the text's own jargon.
TOPIC_MIN_ZIPF, TOPIC_MAX_ZIPF = 1.5, 4.8
TOPIC_REST_ZIPF = 3.0  # the rest of a compound on a key noun is a word in its own right
LINKING = ("", "s", "n", "en", "es", "e")  # between a compound's parts: Apfel-kuchen, Waffe-n-ruhe
TOPIC_WIDTH = 1.5  # a word of the field may be this much rarer or more common than the gaps
SHARED_HEAD = 5  # letters at the end that a distractor shares with a gap: it might fit that gap


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


def topic_nouns(nouns: Sequence[str], lang: str) -> tuple[str, ...]:
    """The text's key nouns, lowercased: frequent in it, known to the frequency list (not
    a name) but no everyday word ('Apfel', 'Blüte'; not 'Beispiel'), at most TOPIC_NOUNS.
    `nouns`: the lemmas of the text's nouns, one for each occurrence."""
    counts: dict[str, int] = {}
    for noun in nouns:
        if len(noun) >= MIN_LENGTH and noun.isalpha():
            counts[noun.lower()] = counts.get(noun.lower(), 0) + 1
    rarity = {n: zipf(n, lang) for n, c in counts.items() if c > 1}
    keyness = {n: counts[n] * (TOPIC_MAX_ZIPF + 1 - z) for n, z in rarity.items()
               if TOPIC_MIN_ZIPF <= z <= TOPIC_MAX_ZIPF}
    return tuple(sorted(keyness, key=lambda n: (-keyness[n], n))[:TOPIC_NOUNS])


def _a_word(part: str, lang: str, at_end: bool = False) -> bool:
    """`part` of a compound is a word in its own right, with or without a linking element
    ('Schuss-waffe', 'Waffe-n-ruhe'): not a fragment ('Aug-apfel')."""
    for link in LINKING:
        bare = part[: len(part) - len(link)] if at_end and part.endswith(link) else part
        if not at_end and part.startswith(link):
            bare = part[len(link):]
        if len(bare) >= MIN_LENGTH and zipf(bare, lang) >= TOPIC_REST_ZIPF:
            return True
    return False


def field_rank(word: str, pos: str, topic: Collection[str], lang: str) -> tuple[int, str] | None:
    """How surely `word` belongs to the field of the key nouns `topic`, and on which key
    noun: 0 for a noun with one as its head ('obstbaum', 'holzapfel'), 1 for a compound that
    starts with one ('apfelkuchen': the rest a word of its own), 2 for a verb or adjective
    built on one ('fruchtig'); None for a word of no such field."""
    best = None
    for key in topic:
        if word == key:
            continue
        if pos != "NOUN":
            stem = key.rstrip("e")  # 'blüte' -> 'blüt' in 'blütenweiß'
            if len(stem) >= MIN_LENGTH + 2 and stem in word and best is None:
                best = (2, key)
        elif word.endswith(key) and _a_word(word[: -len(key)], lang, at_end=True):
            return 0, key
        elif (word.startswith(key) and len(key) >= MIN_LENGTH + 1 and _a_word(word[len(key):], lang)
              and (best is None or best[0] > 1)):
            best = (1, key)
    return best


def compound_parts(lemma: str, lang: str) -> tuple[str, ...]:
    """The parts of a compound noun ('Apfelsaft': Apfel, Saft) where the language's lexicon
    tells them; () for a word that is none, or in a language without such rules."""
    lexicon = language_part(lang, "lexicon")
    if lexicon is None or not hasattr(lexicon, "compound_parts"):
        return ()
    return tuple(lexicon.compound_parts(lemma))


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
                or (lang != "en" and english_lead(word, lang) >= 0))


def outside_distractors(gaps: Sequence[VocabItem], want: int, shown: Collection[str],
                        sources: GlossSources, topic: Collection[str] = (),
                        enough: int = 2) -> list[VocabItem]:
    """`want` distractors for the gaps' parts of speech, most common first and in turn, each
    about as frequent as that kind's gaps (the median), none of them on the sheet (`shown`:
    its words, lowercased); words of the text's field first (`topic`: its key nouns,
    lowercased), and `enough` of those are better than `want` with some of another field.
    Deterministic: the nearest in frequency first."""
    kinds = sorted({g.pos for g in gaps if g.pos in KINDS},
                   key=lambda pos: (-sum(g.pos == pos for g in gaps), KINDS.index(pos)))
    if not kinds or (sources.dictionary is None and sources.wiktionary is None):
        return []
    words = _frequent_words(sources.lang)
    tried: set[tuple[str, str]] = set()
    taken: set[str] = set()  # one word of a family: not 'befruchten' and 'befruchtet'

    keys: set[str] = set()  # one word on each key noun: not 'Autounfall' and 'Verkehrsunfall'

    def pick(pos: str, passes: list[list[tuple[float, int, str, float, str]]], limit: int) -> list[VocabItem]:
        picked: list[VocabItem] = []
        for near in passes:
            for _, _, word, zipf_value, key in near:
                if key and key in keys:
                    continue
                if len(picked) >= limit:
                    return picked
                if (pos, word) in tried:
                    continue
                tried.add((pos, word))
                lemma = _headword(word, pos, sources.lang)
                if (not _fit(lemma, word, shown, sources.lang)
                        or _might_fit(lemma, gaps, sources.lang)
                        or _given_away(lemma, taken)):
                    continue
                item = _outside_word(word, zipf_value, pos, sources)
                if item is not None:
                    picked.append(item)
                    taken.add(word)
                    keys.add(key)
        return picked

    centres = {pos: max(ZIPF_FLOOR, median(g.zipf for g in gaps if g.pos == pos)) for pos in kinds}
    # First the words of the text's field, of any of the gaps' kinds ...
    field: dict[str, list[VocabItem]] = {}
    for pos in kinds:
        ranked = []
        for w, z in words:
            near = abs(z - centres[pos]) <= TOPIC_WIDTH
            rank_key = field_rank(w, pos, topic, sources.lang) if near else None
            if rank_key is not None:
                ranked.append((rank_key[0], abs(z - centres[pos]), crc32(w.encode()), w, z, rank_key[1]))
        field[pos] = pick(pos, [[r[1:] for r in sorted(ranked)]], want)
    chosen = [field[pos][n] for n in range(want) for pos in kinds if n < len(field[pos])][:want]
    if len(chosen) >= min(want, enough):
        return chosen
    # ... then, for the rest, words as frequent as each kind's gaps, in an order of no meaning
    share = -(-(want - len(chosen)) // len(kinds))  # each kind's turn, rounded up
    found: dict[str, list[VocabItem]] = {}
    for pos in kinds:
        found[pos] = pick(pos, [sorted((abs(z - centres[pos]), crc32(w.encode()), w, z, "")
                                       for w, z in words if abs(z - centres[pos]) <= width)
                                for width in WIDTHS], share)
    ordered = [found[pos][n] for n in range(want) for pos in kinds if n < len(found[pos])]
    return (chosen + ordered)[:want]
