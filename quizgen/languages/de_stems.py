"""Which German word forms may belong to a lemma, told from their letters alone: the cheap
filter that lets a build analyse only the notes of a learner's collection that may hold a
form of the text's words (learner_collection.py). It may take a form too many, never one
too few, for the forms quizgen's analysis brings to the lemma: inflection (Häuser: Haus),
participles (gefahren, vorgeschrieben), separable verbs (fährt ... ab: abfahren) and the
vowel changes of strong verbs (schrieb: schreiben)."""

from __future__ import annotations

FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "s"})
VOWELS = str.maketrans("", "", "aeiouyäöü")
KEY_LENGTHS = range(3, 7)  # letters of a word's start that find it (Häuser: hau ... häuse)
SKELETON_LENGTHS = range(3, 6)  # consonants of a verb's start (schrieb, schreiben: schrb)
VERB_ENDINGS = ("en", "ern", "eln")
VERB_PARTICLES = ("ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "her", "hin", "los",
                  "mit", "nach", "vor", "weg", "zu", "zurück", "zusammen")


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


def form_keys(form: str) -> set[str]:
    """The keys under which a form is found: the starts of its stems, umlauts folded, and of
    their consonants (a strong verb's vowel changes)."""
    keys = set()
    for stem in _stems(form):
        keys.update(stem[:n] for n in KEY_LENGTHS if n <= len(stem))
        skeleton = _skeleton(stem)
        keys.update(skeleton[:n + 1] for n in SKELETON_LENGTHS if n < len(skeleton))
    return keys


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
