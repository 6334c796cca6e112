"""German person names by their neighbours: a capitalised word after a first name
('Christian Streich', 'Michael Buhl') or after a name's 'von' ('Joseph Victor von Scheffel')."""

from __future__ import annotations

from ...analysis.words import Word
from .. import is_person_title
from .lexicon import NounLexicon, is_abstract_noun
from .name_sources import explained_as_name
from .neighbours import previous_word as _previous

NAME_PARTICLES = frozenset({"von", "van", "zu", "de", "di", "da", "del"})


def other_word_after_first_name(token: Word, lex: NounLexicon) -> bool:
    prev = _previous(token)
    return (token.pos_ in ("VERB", "ADV", "ADJ") and token.text[:1].isupper() and token.is_alpha
            and prev is not None and prev.tag_ == "NE" and prev.text in lex.first_names)


def after_name_particle(token: Word, lex: NounLexicon) -> bool:
    """'Joseph Victor von Scheffel', 'Heinrich Gottlob von Miltitz': after a first name's
    'von' (after a surname it is a preposition: 'Warhol lebte von Gelegenheitsarbeiten')."""
    prev = _previous(token)
    before = _previous(prev) if prev is not None else None
    if prev is None or before is None or prev.text not in NAME_PARTICLES or before.tag_ != "NE":
        return False
    first = _previous(before)  # 'Joseph Victor': two names, the second a first name too
    return (before.text in lex.first_names or explained_as_name(before.text)
            or (first is not None and first.tag_ == "NE"))


def after_known_first_name(token: Word, lex: NounLexicon) -> bool:
    """'Christian Streich': a capitalised word after a first name the lexicon knows."""
    prev = _previous(token)
    return (prev is not None and prev.text in lex.first_names and prev.tag_ == "NE"
            and not is_person_title(token.text, "de") and not is_abstract_noun(token.text))


def after_first_name(token: Word, lex: NounLexicon) -> bool:
    """'Christiane Holländer', 'Michel Platini': a capitalised word right after a person's
    name (not a place, not a genitive: 'Kims Limousine') is that person's surname."""
    prev = _previous(token)
    if prev is None or prev.tag_ != "NE" or prev.text.endswith("s") or prev.text.isupper():
        return False
    return (prev.text not in lex.places and not is_person_title(token.text, "de")
            and not is_abstract_noun(token.text))
