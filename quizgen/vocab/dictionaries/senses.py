"""Choosing, among a dictionary's entries for a word, the ones that fit and the senses to show.

FreeDict lists a word's senses in no particular order of importance ("Anlage" starts with the
e-mail attachment), so senses stay in dictionary order except that a cognate comes first and
specialists' senses ([comp.], [ornith.]) and translations rare in the meaning's language go last.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from ...analysis.frequency import saved_zipf, zipf
from ..cognates import is_cognate
from .dictd import DictdDictionary
from .explained import Explained
from .freedict import Entry, Sense, parse_entry
from .ranking import BackTranslation, Scorer, back_translation, bare, rank_senses

# Which FreeDict grammar tags fit a universal POS tag, best first.
POS_TAGS: dict[str, tuple[str, ...]] = {
    "NOUN": ("n",), "PROPN": ("n",), "VERB": ("v",), "AUX": ("v",), "ADJ": ("adj", "adv", "num"),
    "ADV": ("adv", "adj"), "ADP": ("prep",), "PRON": ("pron",), "DET": ("art", "pron"),
    "NUM": ("num",), "CCONJ": ("conj",), "SCONJ": ("conj",), "INTJ": ("int",),
}
Topic = Callable[[str, Sense], float]  # (headword, sense) -> bonus for fitting the text's subject
MAX_MEANINGS = 3  # translations shown on a card
MAX_USES = 3  # a verb's uses with objects taken when the clause does not pick one
MAX_CHARS = 40  # ... and no more text than this, unless the first one alone is longer
RARE_ZIPF = 2.5  # a translation rarer than this (apace, slippy) is a poor first choice
NAME_AS_WORD_ZIPF = 3.5  # 'renaissance' 3.9 is a word in English, 'lippe' 2.1, 'trabant' 1.8 are not
# Labels of senses a learner meets every day; other domain labels ([comp.], [fin.], [ornith.]),
# and regional or dated ones, mark a narrower sense. A bare qualifier ([natural]) is neither.
EVERYDAY_LABELS = frozenset({"ugs.", "anat.", "cook.", "pol.", "übtr.", "soc.", "adm.", "Dt.", "fig.",
                             "transp.", "school", "auto", "sport", "coll.", "zool.", "bot.", "ornith.",
                             "med.", "geogr.", "Br.", "Am.", "eAm.", "eBr."})  # the last: spelling
NARROW_LABELS = frozenset({"print", "art", "alt", "selten", "veraltet", "veraltend", "altertümlich",
                           "slang", "tm", "BW", "Jägersprache", "dated"})
_ABBREVIATION = re.compile(r"[A-Za-z]{1,3}\.")  # 'folgend': "following; f." - no meaning on a card
_PLACEHOLDERS = re.compile(r"\b(sb|sth|sb's|jdn|jdm|etw|oneself|yourself|one's)\.?(?=\s|$)")


@dataclass(frozen=True)
class Found:
    """The entries a lookup settled on and the short meaning made from them."""

    text: str
    pronunciation: str | None
    genders: frozenset[str]


def _pos_rank(entry: Entry, pos: str) -> int | None:
    """0 for the best-fitting part of speech, higher for a fallback, None if it does not fit."""
    wanted, have = POS_TAGS.get(pos, ()), entry.all_pos
    if not have or not wanted:
        return len(wanted)  # the entry does not say: acceptable, after those that do
    if have == {"pl"}:  # a plural form's own entry ("Gipfel <pl> summits")
        return len(wanted) + 1 if pos == "NOUN" else None
    ranks = [wanted.index(t) for t in have if t in wanted]
    return min(ranks) if ranks else None


def matching_entries(dictionary: DictdDictionary, lemma: str, pos: str) -> list[Entry]:
    """The entries for exactly this headword (case decides only if it must) and POS, best first."""
    entries = [parse_entry(text) for text in dictionary.lookup(lemma)]
    scored = []
    for order, entry in enumerate(entries):
        if entry.headword.casefold() != lemma.casefold() or not entry.senses:
            continue  # a neighbour under the same index key ("Gipfel…", an abbreviation)
        rank = _pos_rank(entry, pos)
        if rank is not None:
            scored.append(((entry.headword != lemma, rank), order, entry))
    if not scored:
        return []
    best = min(key for key, _, _ in scored)
    return [entry for key, _, entry in sorted(scored, key=lambda s: s[:2]) if key == best]


@lru_cache(maxsize=1)
def _wordfreq_languages() -> frozenset[str]:
    from wordfreq import available_languages  # 0.1 s to import; a warm run may not need it

    return frozenset(available_languages())


def _zipf(translation: str, gloss_lang: str) -> float | None:
    """How common a translation is in the meaning's language; None without a word list for it."""
    words = _PLACEHOLDERS.sub("", translation).strip()
    if not words:
        return None
    known = saved_zipf(words, gloss_lang)  # saved only for a language wordfreq has
    if known is not None:
        return known
    return zipf(words, gloss_lang) if gloss_lang in _wordfreq_languages() else None


def _is_rare(translation: str, gloss_lang: str, floor: float = RARE_ZIPF) -> bool:
    zipf = _zipf(translation, gloss_lang)
    return zipf is not None and zipf < floor


def _is_cognate(translation: str, lemma: str, lang: str = "", gloss_lang: str = "") -> bool:
    """'delegation' for 'Delegation', 'modernization' for 'Modernisierung', given both
    languages 'inspect' for 'inspizieren': the core sense."""
    a, b = translation.casefold(), lemma.casefold()
    if len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]:
        return True
    return bool(lang and gloss_lang and " " not in a and is_cognate(lemma, translation, lang, gloss_lang))


def _is_name(translation: str, lemma: str, gloss_lang: str = "") -> bool:
    """'Lippe' for 'Lippe', 'Trabant' for 'Trabant': a place or brand, not the word's meaning;
    'Renaissance' is a word of the meaning's language too."""
    if translation != lemma or not translation[:1].isupper():
        return False
    common = _zipf(translation.lower(), gloss_lang) if gloss_lang else None
    return common is None or common < NAME_AS_WORD_ZIPF


def is_narrow(sense: Sense) -> bool:
    return any((label.endswith(".") and label not in EVERYDAY_LABELS) or label in NARROW_LABELS
               for label in sense.labels)


def _placeholder_free(translation: str) -> str:
    return " ".join(_PLACEHOLDERS.sub("", translation).split())


def ordered_senses(entries: list[Entry], gloss_lang: str, pos: str = "",
                   back: BackTranslation | None = None,
                   in_plural: frozenset[str] = frozenset(), lang: str = "",
                   explained: Explained | None = None, topic: Topic | None = None) -> list[Sense]:
    """The entries' senses, the common and central ones first (see ranking.py); a name
    ('Lippe' for Lippe) is no meaning. `in_plural`: the translations of the plural's own
    entry, when the text has the word in the plural."""
    lemma = entries[0].headword
    senses = []
    for sense in (s for e in entries for s in e.senses):
        kept = tuple(t for t in sense.translations
                     if not _is_name(t, lemma, gloss_lang) and not _ABBREVIATION.fullmatch(t))
        if kept:
            senses.append(replace(sense, translations=kept))
    scorer = Scorer(lemma, pos, lambda t: _zipf(t, gloss_lang), back or back_translation(None),
                    partial(_is_cognate, lang=lang, gloss_lang=gloss_lang), is_narrow,
                    _placeholder_free, in_plural,
                    partial(explained.bonus, headword=lemma) if explained is not None else None,
                    partial(topic, lemma) if topic is not None else None)
    return rank_senses(senses, scorer)


def short_meaning(senses: list[Sense], gloss_lang: str) -> str:
    """Up to two translations of the first sense, then one of each next sense, briefly."""
    chosen: list[str] = []
    for number, sense in enumerate(senses):
        common = [t for t in sense.translations[1:] if not _is_rare(t, gloss_lang)]
        for translation in [sense.translations[0], *common][: 2 if number == 0 else 1]:
            if _placeholder_free(translation).casefold() in (_placeholder_free(c).casefold() for c in chosen):
                continue  # 'run to' and 'run to sth.
            if chosen and (len(chosen) >= MAX_MEANINGS or len("; ".join([*chosen, translation])) > MAX_CHARS):
                return "; ".join(chosen)
            chosen.append(translation)
    return "; ".join(chosen)


_NOT_CONTEXT = frozenset({"sich", "jdn.", "jdm.", "etw.", "jds.", "einer", "sache", "jdn./etw.",
                          "jdm./etw.", "jdn./etw", "etw./jdn.", "…"})


def context_fit(headword: str, verb: str, context: frozenset[str]) -> tuple[int, int]:
    """How well 'sich auf etw. vorbereiten' fits a clause: (words of it found there, words
    not found), without the verb, the pronoun and the placeholders."""
    own = [w for w in headword.casefold().split() if w not in _NOT_CONTEXT and w != verb]
    found = sum(w in context for w in own)
    return found, len(own) - found


def _is_use(ref: str, verb: str, reflexive: bool) -> bool:
    """'sich auf etw. vorbereiten', 'von etw. abhängen': the verb with its pronoun, objects and
    prepositions, not an example sentence ('Es ist Zeit, das Essen vorzubereiten.')."""
    words = ref.split()
    return (verb in words and ref.startswith("sich ") == reflexive and len(words) <= 6
            and not ref.rstrip().endswith((".", "!", "?")) and ref[:1].islower()
            and (reflexive or any(w in _NOT_CONTEXT for w in words)))


def verb_with_objects(dictionary: DictdDictionary, lemma: str, context: frozenset[str] = frozenset(),
                      plain_objects_only: bool = False) -> list[Entry]:
    """FreeDict (from Ding) files many verbs with their objects, 'jdn./etw. mitbringen',
    'sich mit etw. beschäftigen', under another key; the present participle's entry
    ('mitbringend', 'sich beschäftigend') refers to that headword. A use whose prepositions
    are in the clause is taken alone; otherwise the shortest few, the general uses
    (`plain_objects_only`: those without prepositions, 'etw. verursachen')."""
    verb, reflexive = lemma.split()[-1], lemma.startswith("sich ")
    participles = [f"{lemma}d"] if reflexive else [f"{lemma}d", f"sich {lemma}d"]
    refs: dict[str, None] = {}
    for participle in participles:
        for entry in map(parse_entry, dictionary.lookup(participle)):
            if entry.headword == participle:
                refs.update((r, None) for r in entry.see_also if r != lemma and _is_use(r, verb, reflexive))
    def key(ref: str) -> tuple[int, int, int]:
        found, missing = context_fit(ref, verb.casefold(), context)
        return -found, missing, len(ref.split())
    ordered = sorted(refs, key=key)
    fitting = [r for r in ordered if context_fit(r, verb.casefold(), context)[0]]
    for ref in fitting:  # the clause says which use it is: the first one the dictionary has
        if entries := matching_entries(dictionary, ref, "VERB"):
            return entries
    if not plain_objects_only:
        ordered = ordered[:MAX_USES]
    else:  # beside the bare verb's own entries, only its uses with plain objects
        ordered = [r for r in ordered if bare(r) == bare(lemma)][:MAX_USES]
    return [entry for ref in ordered for entry in matching_entries(dictionary, ref, "VERB")]


def plural_entries(dictionary: DictdDictionary, form: str) -> list[Entry]:
    """A plural's own entries ('Einnahmen <pl>: proceeds', 'Steuern <pl>: taxes'): the sense
    the word has when the text uses it in the plural."""
    return [e for e in map(parse_entry, dictionary.lookup(form))
            if e.headword == form and e.all_pos == {"pl"} and e.senses]


def find_meaning(dictionary: DictdDictionary, lemma: str, pos: str, gloss_lang: str,
                 back: BackTranslation | None = None, context: frozenset[str] = frozenset(),
                 form: str | None = None, lang: str = "",
                 explained: Explained | None = None, topic: Topic | None = None) -> Found | None:
    """`context`: the words of the word's clause, which pick a verb's use with its
    preposition ('sich auf etw. vorbereiten') over the bare verb's entries; `form`: the
    noun's form in the text, whose plural entry comes first; `lang`: the word's language,
    whose learned endings the cognate test sets aside; `explained`: what the word's
    explanation in its own language points to; `topic`: how well a sense fits the text's subject."""
    entries = matching_entries(dictionary, lemma, pos)
    in_plural = pos == "NOUN" and form and form != lemma
    plural_senses = frozenset(t for e in plural_entries(dictionary, form) for s in e.senses
                              for t in s.translations) if in_plural else frozenset()
    if pos in ("VERB", "AUX"):
        tagged = [e for e in entries if e.all_pos]
        with_objects = verb_with_objects(dictionary, lemma, context, plain_objects_only=bool(tagged))
        if tagged or with_objects:  # an untagged entry is a participle's ('vertreten': "represented")
            entries = tagged
        verb = lemma.split()[-1].casefold()
        if with_objects and context_fit(with_objects[0].headword, verb, context)[0]:
            entries = with_objects  # the clause has its preposition: 'sich auf etw. vorbereiten'
        else:  # the bare verb's entries and its uses with plain objects ('etw. verursachen')
            entries = entries + with_objects
    if not entries:
        return None
    # A noun's senses are things of different fields (hull, trunk); a verb's are ways of
    # doing (emit, beam) that a text's subject words do not tell apart.
    topic = topic if pos == "NOUN" else None
    senses = ordered_senses(entries, gloss_lang, pos, back, plural_senses, lang, explained, topic)
    text = short_meaning(senses, gloss_lang)
    # 'jdn./etw. mitbringen' has its own IPA, not the bare verb's.
    pronunciation = next((e.pronunciation for e in entries
                          if e.pronunciation and e.headword.casefold() == lemma.casefold()), None)
    genders = frozenset().union(*(e.genders for e in entries))
    return Found(text, pronunciation, genders) if text else None
