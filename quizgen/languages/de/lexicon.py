"""German nouns: gender, plural and compound parts (from the noun table of noun_table.py
and HanTa's morphology), words made from place names, abstract nouns.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...analysis.frequency import zipf
from .noun_table import NounLexicon as NounLexicon
from .noun_table import noun_lexicon as noun_lexicon

# Derivational endings of words made from place names, longest first, each with the
# endings the place name may have: "japanisch" <- Japan, "Argentinier" <- Argentinien,
# "Nürnberger" <- Nürnberg, "Bremer" <- Bremen, "Chinese" <- China, "Israeli" <- Israel.
ISCH_ENDINGS = ("", "a", "en", "ien", "land", "enland", "ei", "e", "annien")
# "chinesisch" <- China, "vietnamesisch" <- Vietnam, "libanesisch" <- Libanon.
ESISCH_ENDINGS = ("", "a", "on")
PLACE_DERIVATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    *((f"esisch{e}", ESISCH_ENDINGS) for e in ("en", "es", "er", "e", "")),
    ("ischen", ISCH_ENDINGS),
    ("isches", ISCH_ENDINGS),
    ("ischer", ISCH_ENDINGS),
    ("ische", ISCH_ENDINGS),
    ("isch", ISCH_ENDINGS),
    # "Amerikaner" <- Amerika, "Europäer" <- Europa, "Palästinenser" <- Palästina.
    ("anerin", ("a",)),
    ("aner", ("a",)),
    ("äerin", ("a",)),
    ("äer", ("a",)),
    ("enser", ("a",)),
    ("ierin", ("ien", "a")),
    ("ier", ("ien", "a")),
    ("erin", ("", "en")),
    ("er", ("", "en")),
    ("ese", ESISCH_ENDINGS),
    ("i", ("",)),
)


# Endings of abstract nouns, which are not surnames ('Susanne Sentimentalität' is Susanne
# and a feeling; 'Christian Streich' is a name).
ABSTRACT_ENDINGS = ("ität", "ung", "heit", "keit", "schaft", "ismus", "tum")


def is_abstract_noun(word: str) -> bool:
    """A listed common noun with an abstract ending ('Hartung' is a surname, not a noun)."""
    return word.lower().endswith(ABSTRACT_ENDINGS) and noun_lexicon().is_common_noun(word)


def _without_umlauts(word: str) -> str:
    return word.replace("ä", "a").replace("ö", "o").replace("ü", "u")


@lru_cache(maxsize=65536)  # asked for most nouns and adjectives of a text
def derived_from_place(word: str) -> bool:
    """Is `word` (a noun or adjective) made from a place name by a derivational ending?"""
    lex = noun_lexicon()
    places = lex.places
    lowered = word.lower()
    for suffix, endings in PLACE_DERIVATIONS:
        if not lowered.endswith(suffix) or len(lowered) - len(suffix) < 3:
            continue
        stem = lowered[: len(lowered) - len(suffix)]
        if suffix in ("er", "erin") and lex.is_common_noun(word):
            # "Fischer", "Hammer" only look like "Hamm" + "er"; "Berliner" is Berlin's.
            if len(stem) >= 6 and stem.capitalize() in places:
                return True
            continue
        for candidate in {stem, stem[:-1], _without_umlauts(stem)}:
            if any((candidate + ending).capitalize() in places for ending in endings):
                return True
    return False


@dataclass(frozen=True)
class NounInfo:
    gender: str | None
    plural: str | None
    parts: tuple[str, ...]  # compound parts, head last; () for a simple noun
    plural_only: bool = False  # 'Leute', 'Geschäftsleute': no singular, no gender


@lru_cache(maxsize=1)
def _morphology():
    from ...analysis.hanta import hanta_model

    return hanta_model("morphmodel_ger.pgz")


@lru_cache(maxsize=65536)  # asked for every noun token; a text repeats its words
def compound_parts(word: str) -> tuple[str, ...]:
    """'Raketenstartanlage' -> ('Rakete', 'Start', 'Anlage'); () when not a compound."""
    if "-" in word:
        pieces = tuple(p for p in word.split("-") if p)
        return pieces if len(pieces) > 1 else ()
    try:
        _, morphemes, _ = _morphology().analyze(word, taglevel=3)
    except Exception:  # HanTa raises on odd input; a word without parts is still a word
        return ()
    stems = [m for m, tag in morphemes if tag in ("NN", "NE", "ADJ", "VV", "ADV")]
    nouns_at_end = bool(morphemes) and morphemes[-1][1] == "NN"
    if len(morphemes) == 1 and nouns_at_end:  # HanTa keeps lexicalised compounds whole
        return _listed_parts(word)
    if len(stems) < 2 or not nouns_at_end:
        return ()
    return tuple(_restore_case(word, m) for m in stems)


LINKING_ELEMENTS = ("", "s", "es", "n", "en", "e")  # Fugen: Staat-s-, Küste-n-
MIN_MODIFIER_ZIPF = 3.5  # a modifier that is a word in its own right, not a prefix ('Rück-')


def _listed_parts(word: str) -> tuple[str, ...]:
    """A compound HanTa keeps whole ('Außenministerium') split where it ends in the longest
    listed common noun and what comes before is a common word once its linking element is
    set aside: ('Außen', 'Ministerium'); () when no such split exists."""
    from spacy.lang.de.stop_words import STOP_WORDS  # vor-, bei-, ab- are prefixes here

    lex = noun_lexicon()
    suffixes = {ending for ending, _, _ in GENDER_ENDINGS}  # Freund-schaft is no 'Schaft'
    for cut in range(MIN_STEM, len(word) - MIN_HEAD + 1):
        head = word[cut].upper() + word[cut + 1:]
        if (head not in lex.gender or head in lex.names or head.lower() in suffixes
                or zipf(head, "de") < MIN_HEAD_ZIPF):
            continue
        modifier = word[:cut]
        for linking in LINKING_ELEMENTS:
            stem = modifier[: len(modifier) - len(linking)] if linking else modifier
            if (len(stem) >= MIN_STEM and modifier.endswith(linking)
                    and stem.lower() not in STOP_WORDS and _is_modifier_word(stem, lex)):
                return (_restore_case(word, stem), head)
    return ()


def _is_modifier_word(stem: str, lex: NounLexicon) -> bool:
    """Whether a compound's first part is a word of its own: a listed noun ('Kraft'), or a
    common word of four letters or more ('Außen'). Three letters that are common only as
    chat shorthand or a prefix ('Sch' of Schlager, 'Eig' of Eigenwerbung, 'Ver' of
    Verschluss) would show a split that explains nothing."""
    noun = stem[:1].upper() + stem[1:]
    if noun in lex.gender and noun not in lex.names:
        return True
    return len(stem) > MIN_STEM and zipf(stem.lower(), "de") >= MIN_MODIFIER_ZIPF


def _plural_tail(lemma: str, lex: NounLexicon) -> bool:
    """Whether an unlisted compound ends in a plural-only noun ('Geschäftsleute') or in the
    plural of a listed noun that is no lemma itself ('Staatsmedien': Medien): the text uses
    the word in the plural, and the card shows it so."""
    for cut in range(MIN_STEM, len(lemma) - MIN_HEAD + 1):
        tail = lemma[cut].upper() + lemma[cut + 1:]
        if tail in lex.plural_only:
            return True
        singular = lex.form_lemma.get(tail)
        if singular and singular != tail and tail not in lex.common:  # Medien of Medium
            return True
    return False


def _restore_case(word: str, morpheme: str) -> str:
    return morpheme[:1].upper() + morpheme[1:]


def definite_lemma(lemma: str) -> str:
    """Wiktionary lists adjectival nouns as 'Beamter' (ein Beamter); dictionaries and cards
    show them with the definite article: 'der Beamte'."""
    lex = noun_lexicon()
    if lemma in lex.adjectival and lemma.endswith("er") and lex.gender.get(lemma) == "m":
        return lemma[:-1]
    return lemma


NOMINAL_INFINITIVE_ENDINGS = ("en", "ern", "eln")


@lru_cache(maxsize=65536)
def nominalised_infinitive(lemma: str) -> bool:
    """'Entladen', 'Verkürzen': a noun the table does not list, spelt as a verb's infinitive,
    is that verb used as a noun (das Entladen): neuter, without a plural. The verb must be a
    headword of German Wiktionary: HanTa takes any unknown word in -en for one."""
    from ...analysis.hanta import word_tags
    from ...vocab.dictionaries.wiktionary import open_wiktionary

    if len(lemma) < 5 or not lemma.endswith(NOMINAL_INFINITIVE_ENDINGS) or lemma in noun_lexicon().gender:
        return False
    verb, wiktionary = lemma.lower(), open_wiktionary()
    return (wiktionary is not None and verb in wiktionary.senses
            and "VV(INF)" in word_tags(_morphology(), verb))


def noun_info(lemma: str) -> NounInfo:
    """Gender and plural of a German noun; a compound takes its head noun's."""
    lex = noun_lexicon()
    strong = lemma + "r" if lemma + "r" in lex.adjectival else lemma
    if strong in lex.adjectival and strong.endswith("er") and lex.gender.get(strong) == "m":
        return NounInfo("m", strong[:-1] + "n", ())  # der Beamte, die Beamten
    parts = compound_parts(lemma)
    if lemma in lex.gender:
        return NounInfo(lex.gender[lemma], lex.plural.get(lemma), parts)
    if lemma in lex.plural_only or _plural_tail(lemma, lex):
        return NounInfo(None, None, parts, plural_only=True)
    if nominalised_infinitive(lemma):
        return NounInfo("n", None, ())  # das Entladen: not 'Ent' + 'der Laden'
    if parts:
        head = parts[-1]
        head_key = head if head in lex.gender else head.capitalize()
        gender = lex.gender.get(head_key)
        head_plural = lex.plural.get(head_key)
        plural = None
        if head_plural and lemma.lower().endswith(head_key.lower()):
            stem = lemma[: len(lemma) - len(head_key)]
            plural = stem + (head_plural.lower() if stem and not stem.endswith("-") else head_plural)
        return NounInfo(gender, plural, parts)
    return _listed_tail(lemma, lex)


MIN_HEAD = 5  # a head noun this long at least: "Kaumuskulatur" -> "Muskulatur", not "Tur"
MIN_STEM = 3
# ... and this common, so that a rare noun that is only a word's ending ('Jidd-ische')
# gives no gender
MIN_HEAD_ZIPF = 3.0


# Endings that decide an unlisted noun's gender and plural ending: a noun in -schaft is
# feminine, whatever noun its last letters spell ('Regentschaft' is not a 'Schaft').
GENDER_ENDINGS = (("schaft", "f", "en"), ("ung", "f", "en"), ("heit", "f", "en"),
                  ("keit", "f", "en"), ("tät", "f", "en"), ("ion", "f", "en"),
                  ("chen", "n", ""), ("lein", "n", ""))


def _listed_tail(lemma: str, lex: NounLexicon) -> NounInfo:
    """A compound HanTa does not split ('Kaumuskulatur') takes the gender and plural of the
    longest listed noun it ends in ('Muskulatur'), as German compounds take their head's;
    a noun with a gender-deciding ending takes that ending's."""
    for ending, gender, plural_ending in GENDER_ENDINGS:
        if lemma.endswith(ending) and len(lemma) > len(ending) + MIN_STEM:
            return NounInfo(gender, lemma + plural_ending, ())
    for cut in range(MIN_STEM, len(lemma) - MIN_HEAD + 1):
        head = lemma[cut].upper() + lemma[cut + 1:]
        if head in lex.gender and head not in lex.names and zipf(head, "de") >= MIN_HEAD_ZIPF:
            plural = lex.plural.get(head)
            stem = lemma[:cut]
            return NounInfo(lex.gender[head], stem + plural.lower() if plural else None,
                            (stem, head))
    return NounInfo(None, None, ())
