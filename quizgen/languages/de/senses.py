"""German rules for choosing a word's sense in its sentence (used by gloss.py).

- Reflexive use: a reflexive pronoun in the verb's clause selects the dictionary's reflexive
  entry ("sich annähern", "sich einlassen auf"); "mich", "dich", "uns", "euch" count only with
  their own subject in the clause ("ich freue mich", not "sie sieht mich").
- Nominalised adjectives and participles (die Betrunkene, der Angestellte) not in the
  dictionary as nouns take the adjective's meaning: "betrunken", "angestellt".
"""

from __future__ import annotations

import re

# Reflexive pronoun -> the subject it needs in the clause (None: any subject).
REFLEXIVE_PRONOUNS: dict[str, str | None] = {"sich": None, "mich": "ich", "dich": "du", "uns": "wir",
                                             "euch": "ihr"}
# Tokens that end a clause for this purpose: punctuation and the conjunctions that join clauses.
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "(", ")", "„", "“", '"', "und", "oder", "aber",
                           "sondern", "denn"})
REFLEXIVE_PREFIX = "sich "
# The endings a nominalised adjective has as a noun (die Kranke, ein Kranker, den Kranken).
NOMINAL_ENDINGS = ("er", "en", "e")


def adjective_of_noun(lemma: str) -> list[str]:
    """'Betrunkene' -> ['betrunken', 'betrunkene'...]: the adjectives a capitalised noun
    lemma may be the nominalisation of, most likely first."""
    if not lemma[:1].isupper() or " " in lemma:
        return []
    low = lemma[:1].lower() + lemma[1:]
    found = []
    for ending in NOMINAL_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            found.append(low[: -len(ending)])
    return found


def verb_of_noun(lemma: str) -> str | None:
    """'Verbrennen' -> 'verbrennen': a nominalised infinitive ('beim Verbrennen')."""
    return lemma[:1].lower() + lemma[1:] if lemma[:1].isupper() and lemma.endswith("en") else None


def participle_verb(adjective: str) -> str | None:
    """'studierend' -> 'studieren': a present participle's verb."""
    return adjective[:-1] if adjective.endswith("end") and len(adjective) > 6 else None


# Stubborn cases where FreeDict lacks the common sense altogether (zitieren has only "invoke;
# summon"): (lemma, meaning's language, used reflexively) -> meaning. Not the method; the
# ranking in dictionaries/ranking.py is.
CORRECTIONS: dict[tuple[str, str, bool], str] = {
    ("zitieren", "en", False): "quote; cite",  # FreeDict: only 'invoke; summon'
    ("effektiv", "en", False): "effective; efficient",  # FreeDict: 'actual' first, 'effective' [fin.]
    ("gewährleisten", "en", False): "ensure; guarantee",  # FreeDict: 'assure sb.'s safety'
    ("Einnahme", "en", False): "income; revenue; taking (of medicine)",  # FreeDict: 'capture'
    ("unterrichten", "en", True): "inform oneself (about)",  # sich über die Lage unterrichten
    ("annähern", "en", True): "approach; converge",  # FreeDict: no 'sich annähern', only 'near'
    ("Spezies", "en", False): "species",  # FreeDict: only the obsolete 'basic operation' (arithmetic)
    ("Handschrift", "en", False): "handwriting; manuscript",  # FreeDict: only [ling.] 'longhand'
}


# 'darauf', 'damit', 'wofür' stand for a preposition and its object ('sich auf etw. beziehen').
_PRONOMINAL_ADVERB = ("dar", "da", "wor", "wo")
PREPOSITIONS = frozenset({"an", "auf", "aus", "bei", "durch", "für", "gegen", "in", "mit", "nach",
                          "über", "um", "unter", "von", "vor", "zu", "zwischen", "neben", "hinter"})


# A preposition fused with its article: 'vom Gewicht' is 'von dem Gewicht'.
CONTRACTIONS = {"vom": "von", "zum": "zu", "zur": "zu", "im": "in", "ins": "in", "am": "an", "ans": "an",
                "beim": "bei", "aufs": "auf", "übers": "über", "fürs": "für", "durchs": "durch"}


def clause_context(words: list[str]) -> frozenset[str]:
    """The clause's words, with the preposition inside each 'darauf', 'womit', 'vom' added."""
    found = set(words) | {CONTRACTIONS[w] for w in words if w in CONTRACTIONS}
    for word in words:
        for start in _PRONOMINAL_ADVERB:
            rest = word[len(start):]
            if word.startswith(start) and rest in PREPOSITIONS:
                found.add(rest)
    return frozenset(found)


# Forms of 'sein' that make 'auf etw. angewiesen sein' a fixed phrase of the clause.
SEIN_FORMS = frozenset({"sein", "bin", "bist", "ist", "sind", "seid", "war", "warst", "waren", "wart",
                        "wäre", "wären", "gewesen"})
_OBJECTS = ("jdn./etw.", "etw.", "jdn.", "jdm.", "jdm./etw.")
VERB_PARTICLES = frozenset({"als"})  # 'als etw. gelten': no preposition, but it makes the verb's use


def fixed_phrases(lemma: str, pos: str, clause: frozenset[str], reflexive: bool = False) -> list[str]:
    """Dictionary headwords of fixed phrases the clause may use: 'auf jdn./etw. angewiesen
    sein' for 'sind auf das Leben angewiesen'; a reflexive verb with the preposition of its
    clause, 'sich für etw. interessieren' for 'interessierte sich für diese Strahlen'."""
    prepositions = sorted(clause & PREPOSITIONS)
    if pos == "VERB" and reflexive:
        return [f"sich {p} {o} {lemma}" for p in prepositions for o in _OBJECTS]
    if pos == "VERB":  # 'als etw. gelten' ("be regarded as"); a bare verb's entries are fuller
        # than its uses with a preposition ('von etw. abhängen' has only "ride on")
        return [f"{p} {o} {lemma}" for p in sorted(clause & VERB_PARTICLES) for o in _OBJECTS]
    if pos != "ADJ" or not clause & SEIN_FORMS:
        return []
    return [f"{p} {o} {lemma} sein" for p in prepositions for o in _OBJECTS]


def reflexive_uses(lemma: str) -> list[str]:
    """A reflexive verb's uses with any preposition ('sich in jdn. verlieben'), for a verb
    the dictionary files only so."""
    return [f"sich {p} {o} {lemma}" for p in sorted(PREPOSITIONS) for o in _OBJECTS]


# Words of Wiktionary's explanations that name no sense: 'etwas aufbauen, bauen'.
_FILLERS = frozenset({"etwas", "jemand", "jemandem", "jemanden", "jemandes", "sache", "person", "meist",
                      "meistens", "bestimmt", "bestimmte", "bestimmten", "bestimmter", "kurzform",
                      "früher", "allgemein", "besonders", "übertragen", "reflexiv", "umgangssprachlich"})
_WORD = re.compile(r"[^\W\d_]+")
MIN_LETTERS = 4


def explanation_words(explanation: str, headword: str) -> list[str]:
    """The words of an explanation that may be synonyms of the headword, in order: of its
    part of speech (capitalised for a noun: 'höchste Stelle eines Berges' -> Stelle, Berges),
    neither fillers nor the headword's own family."""
    from spacy.lang.de.stop_words import STOP_WORDS

    word = headword.split()[-1]
    own, noun = word.casefold()[:MIN_LETTERS], word[:1].isupper()
    return [w for w in _WORD.findall(explanation)
            if len(w) >= MIN_LETTERS and w[:1].isupper() == noun and w.casefold() not in _FILLERS
            and w.casefold() not in STOP_WORDS and not w.casefold().startswith(own)]
