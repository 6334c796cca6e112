"""Human-readable views of a selection, for `quizgen vocab`."""

from __future__ import annotations

from .languages import definite_article, get_language
from .model import Analysis, VocabItem

SENTENCE_WIDTH = 60
GLOSS_WIDTH = 40


def dictionary_form(item: VocabItem, lang: str) -> str:
    """'die Raketenstartanlage, -n' style: article, lemma and plural for nouns; a verb used
    reflexively with its pronoun ('sich annähern')."""
    profile = get_language(lang)
    article = definite_article(profile, item.gender, item.lemma)
    pronoun = profile.reflexive_pronoun if item.reflexive else None
    lemma = f"{pronoun} {item.lemma}" if pronoun else item.lemma
    # An elided article joins its noun: "l'arbre", "l'acqua".
    text = f"{article}{lemma}" if article.endswith("'") else f"{article} {lemma}".strip()
    if item.plural:
        text += f", {plural_suffix(item.lemma, item.plural)}"
    return text


def plural_suffix(lemma: str, plural: str) -> str:
    """'Anlage', 'Anlagen' -> '-n'; an irregular plural is shown whole."""
    if plural == lemma:
        return "-"
    if plural.startswith(lemma):
        return "-" + plural[len(lemma):]
    return plural


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def vocabulary_table(analysis: Analysis, items: tuple[VocabItem, ...]) -> str:
    rows = [("#", "word", "form", "POS", "n", "zipf", "meaning", "sentence")]
    for rank, item in enumerate(items, start=1):
        sentence = analysis.sentences[item.sentence].text
        rows.append((str(rank), dictionary_form(item, analysis.language), item.form, item.pos,
                     str(item.count), f"{item.zipf:.2f}", _shorten(item.gloss or "-", GLOSS_WIDTH),
                     _shorten(sentence, SENTENCE_WIDTH)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines)
