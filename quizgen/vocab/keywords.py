"""How much a word matters for understanding this text: the key words come first.

A word the text repeats (itself or its family: Besichtigung, besichtigen; Rakete in
Raketenstart), spreads over several paragraphs, or names in its title or lead carries the
text; a word met once in passing does not. Frequency only breaks ties.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..languages import LanguageProfile
from ..model import Analysis, Sentence, Token

MIN_STEM = 4  # shorter stems join unrelated words (Rat, Rate, raten)
FAMILY_WEIGHT = 0.5  # a relative's occurrence counts half of the word's own
MAX_FAMILY_BONUS = 1.0
TITLE_OR_LEAD_BONUS = 0.75  # with the bonuses above, one occurrence stays below three
SPREAD_WEIGHT = 0.5  # per further paragraph the word occurs in ...
MAX_SPREAD_BONUS = 1.0  # ... up to this much


@dataclass(frozen=True)
class Occurrences:
    """Where one lemma occurs: what the importance score reads."""

    lemma: str
    count: int
    paragraphs: frozenset[int]
    in_title_or_lead: bool
    parts: tuple[str, ...] = ()


def derivation_base(word: str, profile: LanguageProfile) -> tuple[str, str] | None:
    """(stem, suffix) of the first derivational ending `word` has ('besichtigung' -> 'besichtig')."""
    for suffix, _ in profile.derivations:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)], suffix
    return None


def family_stem(lemma: str, profile: LanguageProfile) -> str:
    """A key shared by a word's family: Besichtigung and besichtigen -> 'besichtig'."""
    word = lemma.lower()
    found = derivation_base(word, profile)
    if found is not None:
        word = found[0]
    for ending in ("en", "n", "e"):  # infinitive and noun endings
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def lead_paragraph(analysis: Analysis) -> int | None:
    """The first paragraph of body text: news and encyclopedias sum up the topic there."""
    return next((s.paragraph for s in analysis.sentences if s.kind == "body"), None)


def title_words(analysis: Analysis) -> frozenset[str]:
    return frozenset(w.strip(".,:;!?\"'()«»„“").lower() for w in analysis.article.title.split())


def occurrences(lemma: str, found: Iterable[tuple[Sentence, Token]], lead: int | None,
                title: frozenset[str], parts: tuple[str, ...] = ()) -> Occurrences:
    """Where `lemma` occurs (`lead`: the lead paragraph; `title`: the title's words)."""
    found = list(found)
    in_title_or_lead = any(s.kind == "heading" or s.paragraph == lead or t.text.lower() in title
                           for s, t in found)
    return Occurrences(lemma, len(found), frozenset(s.paragraph for s, _ in found), in_title_or_lead,
                       parts)


def family_counts(words: Iterable[Occurrences], profile: LanguageProfile) -> dict[str, int]:
    """For each lemma, how often its relatives occur: words with the same family stem
    (Besichtigung, besichtigen), and for a simple word the compounds it is a part of (Rakete
    in Raketenstart). Compounds that only share a part (Waffenfabrik, Waffenhandel) are not
    each other's family."""
    words = list(words)
    stems: dict[str, str] = {}

    def stem(word: str) -> str:
        if word not in stems:
            stems[word] = family_stem(word, profile)
        return stems[word]

    by_stem: dict[str, int] = defaultdict(int)
    for word in words:
        for key in {stem(word.lemma), *(stem(p) for p in word.parts)}:
            by_stem[key] += word.count
    return {word.lemma: by_stem[stem(word.lemma)] - word.count for word in words}


def importance(word: Occurrences, relatives: int) -> float:
    """Repetition first (three occurrences beat one), then family, spread, title and lead."""
    return (word.count
            + min(MAX_FAMILY_BONUS, FAMILY_WEIGHT * relatives)
            + min(MAX_SPREAD_BONUS, SPREAD_WEIGHT * (len(word.paragraphs) - 1))
            + (TITLE_OR_LEAD_BONUS if word.in_title_or_lead else 0.0))
