"""Which German word forms may belong to a lemma, told from their letters alone: the cheap
filter that lets a build analyse only the notes of a learner's collection that may hold a
form of the text's words (vocab/collection_words.py). It may take a form too many, never one
too few, for the forms quizgen's analysis brings to the lemma: inflection (Häuser: Haus),
participles (gefahren, vorgeschrieben), separable verbs (fährt ... ab: abfahren), the
vowel changes of strong verbs (schrieb: schreiben) and, from a table, the stems of the verbs
whose consonants change too or whose stem is too short to tell (entzog: entziehen)."""

from __future__ import annotations

import functools
import re

FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "s"})
VOWELS = str.maketrans("", "", "aeiouyäöü")
KEY_LENGTHS = range(3, 7)  # letters of a word's start that find it (Häuser: hau ... häuse)
SKELETON_LENGTHS = range(3, 6)  # consonants of a verb's start (schrieb, schreiben: schrb)
VERB_ENDINGS = ("en", "ern", "eln")
VERB_PARTICLES = ("ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "her", "hin", "los",
                  "mit", "nach", "vor", "weg", "zu", "zurück", "zusammen")

VERB_PREFIXES = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "uber", "unter", "um",
                 "durch", "wider", "wieder", *(p.translate(FOLD) for p in VERB_PARTICLES))  # folded
# The stems of a verb's forms that neither its letters nor its consonants lead to (zog:
# ziehen, nahm: nehmen, fiel: fallen, aß: essen), folded: stem of the form -> the infinitive.
# Not sein, haben, werden: every note has their forms (ist, hat, wird), a build would analyse
# them all, and a learner knows those verbs before any collection is read.
IRREGULAR_STEMS: dict[str, tuple[str, ...]] = {
    "as": ("essen",), "bat": ("bitten",), "biss": ("beisen",), "bot": ("bieten",),
    "brach": ("bringen",), "dach": ("denken",), "fiel": ("fallen",), "floss": ("fliesen",),
    "gab": ("geben",), "gang": ("gehen",), "gas": ("gessen",), "genoss": ("geniesen",),
    "gess": ("essen",), "gib": ("geben",), "ging": ("gehen",), "giss": ("gessen",),
    "glitt": ("gleiten",), "goss": ("giesen",), "griff": ("greifen",), "hies": ("heisen",),
    "iss": ("essen",), "kam": ("kommen",), "lag": ("liegen",), "las": ("lesen",),
    "lief": ("laufen",), "lieh": ("leihen",), "lies": ("lesen", "lassen"), "litt": ("leiden",),
    "lud": ("laden",), "mag": ("mogen",), "mied": ("meiden",), "mocht": ("mogen",),
    "nahm": ("nehmen",), "nimm": ("nehmen",), "nomm": ("nehmen",), "pfiff": ("pfeifen",),
    "rief": ("rufen",), "riss": ("reisen",), "ritt": ("reiten",), "sah": ("sehen",),
    "sas": ("sitzen",), "schloss": ("schliesen",), "schnitt": ("schneiden",),
    "schoss": ("schiesen",), "schritt": ("schreiten",), "sess": ("sitzen",), "sieh": ("sehen",),
    "stand": ("stehen",), "sties": ("stosen",), "stritt": ("streiten",), "stund": ("stehen",),
    "tan": ("tun",), "tat": ("tun",), "traf": ("treffen",), "trat": ("treten",),
    "triff": ("treffen",), "tritt": ("treten",), "weis": ("wissen",), "zog": ("ziehen",),
}
IRREGULAR_ENDINGS = ("", "e", "en", "em", "er", "es", "n", "st", "t", "et", "est", "te", "ten",
                     "ter", "test", "tet")  # of a verb form or a participle used as adjective


def _alternatives(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


IRREGULAR_FORM = re.compile(f"(?P<prefix>{_alternatives(VERB_PREFIXES)}|)"
                            f"(?P<stem>{_alternatives(IRREGULAR_STEMS)})"
                            f"(?:{_alternatives(IRREGULAR_ENDINGS[1:])})?")


def _folded(word: str) -> str:
    return word.lower().translate(FOLD)


def _skeleton(word: str) -> str:
    return "#" + word.lower().translate(VOWELS)  # '#': never a letter key


def _stems(form: str) -> list[str]:
    """The form, and without a participle's ge- or an infinitive's zu after its particle
    (gefahren: fahren, vorgeschrieben: vorschrieben, abzufahren: abfahren)."""
    folded = _folded(form)
    stems = [folded]
    if folded.startswith("ge") and len(folded) > 5:
        stems.append(folded[2:])
    for particle in VERB_PARTICLES:
        rest = folded[len(particle):]
        if folded.startswith(particle) and rest.startswith(("ge", "zu")) and len(rest) > 5:
            stems.append(particle + rest[2:])
    return stems


def _irregular_infinitives(stem: str) -> tuple[str, ...]:
    """The infinitives a form with an irregular stem may belong to, its prefix kept
    (entzog: entziehen, übernahm: übernehmen, ging: gehen)."""
    match = IRREGULAR_FORM.fullmatch(stem)
    if not match:
        return ()
    return tuple(match["prefix"] + verb for verb in IRREGULAR_STEMS[match["stem"]])


@functools.lru_cache(maxsize=1 << 16)  # a collection repeats its words
def form_keys(form: str) -> frozenset[str]:
    """The keys under which a form is found: the starts of its stems, umlauts folded, of
    their consonants (a strong verb's vowel changes) and of the infinitives a table of
    irregular stems gives (zog: ziehen)."""
    keys = set()
    stems = _stems(form)
    stems += [verb for stem in stems for verb in _irregular_infinitives(stem)]
    for stem in stems:
        keys.update(stem[:n] for n in KEY_LENGTHS if n <= len(stem))
        skeleton = _skeleton(stem)
        keys.update(skeleton[:n + 1] for n in SKELETON_LENGTHS if n < len(skeleton))
    return frozenset(keys)


def _stem_of(lemma: str) -> str:
    """All but a last letter that may change (Rakete, Raketen) or a verb's -en (fahren, fährt)."""
    return lemma[:-2] if lemma.endswith("en") else lemma[:-1]


def _lemma_key(lemma: str) -> set[str]:
    stem = _stem_of(lemma)
    keys = {_folded(stem)[:min(max(len(stem), KEY_LENGTHS.start), KEY_LENGTHS.stop - 1)]}
    skeleton = _skeleton(stem)
    if lemma.endswith(VERB_ENDINGS) and len(skeleton) > SKELETON_LENGTHS.start:  # a verb's vowels may change
        keys.add(skeleton[:SKELETON_LENGTHS.stop])
    return keys


def lemma_keys(lemma: str) -> set[str]:
    """The keys a form of `lemma` may have: its own, and a separable verb's without its
    particle, since a sentence splits them (abfahren: Der Zug fährt ab)."""
    lower = lemma.lower()
    keys = _lemma_key(lower)
    for particle in VERB_PARTICLES:
        if lower.startswith(particle) and len(lower) > len(particle) + 3:
            keys |= _lemma_key(lower[len(particle):])
    return keys
