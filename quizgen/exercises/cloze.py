"""Cloze cards: each chosen word deleted from its example sentence, in Anki's syntax."""

from __future__ import annotations

import hashlib
from html import escape

from ..model import Analysis, ClozeCard, VocabItem
from ..options import Options
from ..spans import render_spans


def escape_cloze_text(text: str) -> str:
    """HTML-escape article text and defuse braces and '::' so they cannot form cloze syntax."""
    text = escape(text, quote=False)
    return text.replace("{", "&#123;").replace("}", "&#125;").replace("::", ":&#58;")


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


def cloze_text(sentence: str, spans: tuple[tuple[int, int], ...], hint: str | None) -> str:
    """The sentence with every span as deletion c1; the hint goes on the first one only."""
    def deletion(n: int, answer: str) -> str:
        suffix = f"::{escape_cloze_text(hint)}" if hint and n == 0 else ""
        return "{{c1::" + escape_cloze_text(answer) + suffix + "}}"

    return render_spans(sentence, spans, deletion, escape_cloze_text)


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
                text=cloze_text(sentence, item.spans, hint),
                answer=answer,
                hint=hint,
            )
        )
    return tuple(cards)
