"""A chosen word as a dictionary shows it ('die Anlage, -n', 'sich annähern'), for every
card, word list and table."""

from __future__ import annotations

from ..languages import definite_article, get_language
from ..model import PLURAL_ONLY, VocabItem


def dictionary_form(item: VocabItem, lang: str) -> str:
    """'die Raketenstartanlage, -n' style: article, lemma and plural for nouns; a verb used
    reflexively with its pronoun ('sich annähern')."""
    profile = get_language(lang)
    article = definite_article(profile, item.gender, item.lemma)
    pronoun = profile.reflexive_pronoun if item.reflexive else None
    lemma = f"{pronoun} {item.lemma}" if pronoun else item.lemma
    # An elided article joins its noun: "l'arbre", "l'acqua".
    text = f"{article}{lemma}" if article.endswith("'") else f"{article} {lemma}".strip()
    if item.gender == PLURAL_ONLY:  # 'die Leute (Pl.)': no singular to give a plural of
        text += " (Pl.)"
    elif item.plural:
        text += f", {plural_suffix(item.lemma, item.plural)}"
    return text


def plural_suffix(lemma: str, plural: str) -> str:
    """'Anlage', 'Anlagen' -> '-n'; an irregular plural is shown whole."""
    if plural == lemma:
        return "-"
    if plural.startswith(lemma):
        return "-" + plural[len(lemma):]
    return plural
