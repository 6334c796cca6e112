"""Cloze cards: each chosen word to be deleted from its example sentence, as plain spans
(the Anki exporter writes them in Anki's cloze syntax)."""

from __future__ import annotations

import hashlib

from ..model import Analysis, ClozeCard, VocabItem
from ..options import Options


def note_id(*parts: str) -> str:
    """A stable id from what identifies a thing (never from its changing text)."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def first_letter_hint(item: VocabItem) -> str:
    word = item.form.split(" … ")[0]
    return word[0] + "…"


def hint_for(item: VocabItem, hint: str) -> str | None:
    if hint == "lemma":
        # A lemma that spells out the deleted word ("Beamter" for "Beamte") gives it away.
        lemma, form = item.lemma.casefold(), item.form.casefold()
        return first_letter_hint(item) if form in lemma or lemma in form else item.lemma
    if hint == "first-letter":
        return first_letter_hint(item)
    if hint == "gloss":
        return item.gloss
    return None


def make_cloze_cards(analysis: Analysis, vocabulary: tuple[VocabItem, ...],
                     options: Options) -> tuple[ClozeCard, ...]:
    cards = []
    for item in vocabulary:
        sentence = analysis.sentences[item.sentence].text
        hint = hint_for(item, options.hint)
        answer = " … ".join(sentence[s:e] for s, e in sorted(item.spans))
        cards.append(
            ClozeCard(
                id=note_id(analysis.language, item.lemma, "cloze"),
                lemma=item.lemma,
                sentence=item.sentence,
                spans=tuple(sorted(item.spans)),
                answer=answer,
                hint=hint,
            )
        )
    return tuple(cards)
