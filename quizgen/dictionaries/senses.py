"""Choosing, among a dictionary's entries for a word, the ones that fit and the senses to show.

FreeDict lists a word's senses in no particular order of importance ("Anlage" starts with the
e-mail attachment), so senses stay in dictionary order except that a cognate comes first and
specialists' senses ([comp.], [ornith.]) and translations rare in the meaning's language go last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..frequency import saved_zipf, zipf
from .dictd import DictdDictionary
from .freedict import Entry, Sense, parse_entry

# Which FreeDict grammar tags fit a universal POS tag, best first.
POS_TAGS: dict[str, tuple[str, ...]] = {
    "NOUN": ("n",), "PROPN": ("n",), "VERB": ("v",), "AUX": ("v",), "ADJ": ("adj", "adv", "num"),
    "ADV": ("adv", "adj"), "ADP": ("prep",), "PRON": ("pron",), "DET": ("art", "pron"),
    "NUM": ("num",), "CCONJ": ("conj",), "SCONJ": ("conj",), "INTJ": ("int",),
}
MAX_MEANINGS = 3  # translations shown on a card
MAX_CHARS = 40  # ... and no more text than this, unless the first one alone is longer
RARE_ZIPF = 2.5  # a translation rarer than this (apace, slippy) is a poor first choice
RELATIVE_RARITY = 1.5  # ... and so is one this much rarer than the word's most common sense
# Labels of senses a learner meets every day; other domain labels ([comp.], [fin.], [ornith.]),
# and regional or dated ones, mark a narrower sense. A bare qualifier ([natural]) is neither.
EVERYDAY_LABELS = frozenset({"ugs.", "anat.", "cook.", "pol.", "übtr.", "soc.", "adm.", "Dt.", "fig.",
                             "transp.", "school", "auto", "sport", "coll.", "zool.", "bot.", "ornith.",
                             "med.", "geogr."})
NARROW_LABELS = frozenset({"print", "art", "alt", "selten", "veraltet", "veraltend", "altertümlich",
                           "slang", "tm", "BW", "Jägersprache", "dated"})
_PLACEHOLDERS = re.compile(r"\b(sb|sth|sb's|jdn|jdm|etw)\.?(?=\s|$)")


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


def _is_cognate(translation: str, lemma: str) -> bool:
    """'delegation' for 'Delegation', 'modernization' for 'Modernisierung': the core sense."""
    a, b = translation.casefold(), lemma.casefold()
    return len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]


def _is_name(translation: str, lemma: str) -> bool:
    """'Lippe' for 'Lippe', 'Trabant' for 'Trabant': a place or brand, not the word's meaning."""
    return translation == lemma and translation[:1].isupper()


def is_narrow(sense: Sense) -> bool:
    return any((label.endswith(".") and label not in EVERYDAY_LABELS) or label in NARROW_LABELS
               for label in sense.labels)


def ordered_senses(entries: list[Entry], gloss_lang: str) -> list[Sense]:
    """Cognates first; a sense far rarer than the word's most common one ('pip' beside 'eye' for
    'Auge') last, and a specialist's sense ([comp.] 'attachment' for 'Anlage') just before;
    otherwise dictionary order."""
    lemma = entries[0].headword
    senses = []
    for sense in (s for e in entries for s in e.senses):
        kept = tuple(t for t in sense.translations if not _is_name(t, lemma))
        if kept:
            senses.append(replace(sense, translations=kept))
    zipfs = [z for s in senses if (z := _zipf(s.translations[0], gloss_lang)) is not None]
    floor = max(RARE_ZIPF, max(zipfs, default=0.0) - RELATIVE_RARITY)
    def key(sense: Sense) -> tuple[bool, bool, bool]:
        rare = _is_rare(sense.translations[0], gloss_lang, floor)
        cognate = not rare and any(_is_cognate(t, lemma) for t in sense.translations)
        return not cognate, rare, is_narrow(sense)

    return sorted(senses, key=key)


def short_meaning(senses: list[Sense], gloss_lang: str) -> str:
    """Up to two translations of the first sense, then one of each next sense, briefly."""
    chosen: list[str] = []
    for number, sense in enumerate(senses):
        common = [t for t in sense.translations[1:] if not _is_rare(t, gloss_lang)]
        for translation in [sense.translations[0], *common][: 2 if number == 0 else 1]:
            if translation.casefold() in (c.casefold() for c in chosen):
                continue
            if chosen and (len(chosen) >= MAX_MEANINGS or len("; ".join([*chosen, translation])) > MAX_CHARS):
                return "; ".join(chosen)
            chosen.append(translation)
    return "; ".join(chosen)


def verb_with_objects(dictionary: DictdDictionary, lemma: str) -> list[Entry]:
    """FreeDict (from Ding) files many verbs with their objects, 'jdn./etw. mitbringen', under
    another key; the present participle's entry ('mitbringend') refers to that headword."""
    refs: dict[str, None] = {}
    for participle in (lemma + "d", f"sich {lemma}d"):
        for entry in map(parse_entry, dictionary.lookup(participle)):
            if entry.headword == participle:
                refs.update((r, None) for r in entry.see_also if r != lemma and r.split()[-1] == lemma)
    # The shortest is the general use ('sich an etw. beteiligen', not '... an einer Firma ...').
    ordered = sorted(refs, key=lambda r: len(r.split()))
    return [entry for ref in ordered for entry in matching_entries(dictionary, ref, "VERB")]


def find_meaning(dictionary: DictdDictionary, lemma: str, pos: str, gloss_lang: str) -> Found | None:
    entries = matching_entries(dictionary, lemma, pos)
    if not entries and pos in ("VERB", "AUX"):
        entries = verb_with_objects(dictionary, lemma)
    if not entries:
        return None
    text = short_meaning(ordered_senses(entries, gloss_lang), gloss_lang)
    # 'jdn./etw. mitbringen' has its own IPA, not the bare verb's.
    pronunciation = next((e.pronunciation for e in entries
                          if e.pronunciation and e.headword.casefold() == lemma.casefold()), None)
    genders = frozenset().union(*(e.genders for e in entries))
    return Found(text, pronunciation, genders) if text else None
