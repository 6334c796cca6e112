"""The notes of a deck: identity (GUID), field texts and tags, all escaped for Anki's HTML."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

import genanki

from ..analysis.headwords import dictionary_form
from ..languages import get_language
from ..languages.i18n import ui_language, ui_strings
from ..model import Question, Quiz, VocabItem
from ..spans import render_spans
from .anki_models import KINDS, NOTES_FIELD

POS_LABELS = {
    "NOUN": "noun", "PROPN": "name", "VERB": "verb", "AUX": "verb", "ADJ": "adjective",
    "ADV": "adverb", "ADP": "preposition", "NUM": "number", "PRON": "pronoun",
    "DET": "determiner", "CCONJ": "conjunction", "SCONJ": "conjunction", "INTJ": "interjection",
}
MULTIPLE_CHOICE = ("who", "who_said", "number", "word_in_context")


@dataclass(frozen=True)
class NoteData:
    """One note before it is given a mod: what identifies it and what it shows."""

    kind: str  # cloze | vocab | reverse | question
    guid: str
    fields: tuple[str, ...]
    tags: tuple[str, ...]


def text(value: str | None) -> str:
    """Article text as inert field content: no markup, no cloze or template syntax, no [sound:]."""
    return escape_cloze_text(value or "").replace("[", "&#91;")


def note_guid(*identity: str) -> str:
    return genanki.guid_for("quizgen", *identity)


def highlighted(sentence: str, spans: tuple[tuple[int, int], ...]) -> str:
    return render_spans(sentence, spans, lambda _, word: f'<span class="qz-hl">{text(word)}</span>',
                        text)


def word_fields(item: VocabItem, lang: str) -> dict[str, str]:
    """What the back of a card says about the word itself."""
    profile = get_language(lang)
    plural = ""
    if item.plural and item.pos == "NOUN":
        plural = f"{profile.plural_article or ''} {item.plural}".strip()
    return {
        "Word": text(dictionary_form(item, lang)),
        "Plural": text(plural),
        "POS": text(POS_LABELS.get(item.pos, item.pos.lower())),
        "Parts": text(" + ".join(item.parts)) if len(item.parts) > 1 else "",
        "Gloss": text(item.gloss),
        "Pronunciation": text(item.pronunciation),
    }


def escape_cloze_text(text: str) -> str:
    """HTML-escape article text and defuse braces and '::' so they cannot form cloze syntax."""
    text = escape(text, quote=False)
    return text.replace("{", "&#123;").replace("}", "&#125;").replace("::", ":&#58;")


def cloze_text(sentence: str, spans: tuple[tuple[int, int], ...], hint: str | None) -> str:
    """The sentence with every span as deletion c1; the hint goes on the first one only."""
    def deletion(n: int, answer: str) -> str:
        suffix = f"::{escape_cloze_text(hint)}" if hint and n == 0 else ""
        return "{{c1::" + escape_cloze_text(answer) + suffix + "}}"

    return render_spans(sentence, spans, deletion, escape_cloze_text)


def base_tags(quiz: Quiz, slug: str) -> list[str]:
    return ["quizgen", f"lang::{quiz.language}", f"level::{quiz.options.level}", f"article::{slug}"]


def vocab_notes(quiz: Quiz, slug: str, audio: dict[int, str]) -> dict[str, list[NoteData]]:
    """Per card kind asked for (--cards): a cloze note per card; word -> meaning and
    meaning -> word notes for each word that has a gloss."""
    lang, items, cards = quiz.language, {item.lemma: item for item in quiz.vocabulary}, quiz.options.cards
    notes: dict[str, list[NoteData]] = {"cloze": [], "vocab": [], "reverse": []}
    for card in quiz.cloze_cards:
        item = items[card.lemma]
        sentence = quiz.analysis.sentences[card.sentence].text
        shared = {**word_fields(item, lang), "Sentence": highlighted(sentence, item.spans),
                  "Source": text(quiz.title), "Audio": audio.get(card.sentence, ""), NOTES_FIELD: ""}
        pos_tag = f"pos::{POS_LABELS.get(item.pos, item.pos.lower())}"
        tags = (*base_tags(quiz, slug), pos_tag)
        # The cloze syntax holds no "[" of its own, so any "[" is the text's: defuse [sound:].
        cloze = {"Text": cloze_text(sentence, card.spans, card.hint).replace("[", "&#91;"), **shared}
        if "cloze" in cards:
            notes["cloze"].append(NoteData("cloze", note_guid(lang, item.lemma, "cloze"),
                                           _ordered(cloze, "cloze"), tags))
        for wanted, kind in (("meaning", "vocab"), ("reverse", "reverse")):
            if item.gloss and wanted in cards:
                notes[kind].append(NoteData(kind, note_guid(lang, item.lemma, kind),
                                            _ordered(shared, kind), tags))
    return notes


def _ordered(values: dict[str, str], kind: str) -> tuple[str, ...]:
    return tuple(values[name] for name in KINDS[kind].fields)


def choice_list(options: tuple[str, ...], kind: str = "A") -> str:
    items = "".join(f"<li>{text(option)}</li>" for option in options)
    return f'<ol type="{kind}">{items}</ol>'


def _choice_index(question: Question) -> int | None:
    answer = question.answer
    if isinstance(answer, int) and not isinstance(answer, bool) and 0 <= answer < len(question.options):
        return answer
    return question.options.index(answer) if answer in question.options else None


def answer_html(question: Question, lang: str) -> str:
    """The right answer as the back of the card shows it, whatever shape the type gives it."""
    if question.type == "true_false":
        words = ui_strings(lang)  # the worksheet's words for true and false, one place
        return escape(words["true"] if question.answer else words["false"])
    if question.type == "matching":  # each item with the letter and text of its option
        return "<br>".join(f"{text(item)} – {chr(ord('A') + i)}. {text(question.options[i])}"
                           for item, i in zip(question.items, question.answer, strict=True))
    if question.type == "order" and isinstance(question.answer, list | tuple):
        return choice_list(tuple(question.options[i] for i in question.answer), kind="1")
    index = _choice_index(question) if question.options else None
    if index is not None:
        return f"{chr(ord('A') + index)}. {text(question.options[index])}"
    return text(str(question.answer))


def question_note(quiz: Quiz, slug: str, question: Question, guid: str = "",
                  shown_before: tuple[str, ...] | None = None) -> NoteData:
    """`guid`: see anki_questions.question_notes; `shown_before`: the choices as the
    previous package showed them, kept in that order if the question still has them."""
    from .anki_questions import kept_order, question_guid

    question = kept_order(question, shown_before) if shown_before else question
    evidence = " ".join(quiz.analysis.sentences[i].text for i in question.evidence
                        if 0 <= i < len(quiz.analysis.sentences))
    values: dict[str, Any] = {
        "Prompt": text(question.prompt) + ("<br>" + " · ".join(map(text, question.items))
                                           if question.items else ""),
        "Choices": choice_list(question.options) if question.options else "",
        "Answer": answer_html(question, ui_language(quiz.options.ui_lang, quiz.language)),
        "Explanation": text(question.explanation),
        "Evidence": text(evidence),
        "Source": text(quiz.title),
        "Kind": text(question.type),
        NOTES_FIELD: "",
    }
    tags = (*base_tags(quiz, slug), f"question::{question.type}")
    guid = guid or question_guid(quiz.language, slug, question)
    return NoteData("question", guid, _ordered(values, "question"), tags)


def all_notes(quiz: Quiz, slug: str, audio: dict[int, str],
              previous: dict[str, tuple[str, ...]] | None = None) -> list[NoteData]:
    """Every note of the deck, once per GUID (a package must not hold a GUID twice), in the
    order of the new-card queue: all clozes, then the questions, then the meaning cards and
    the reverse cards, so two cards of one word are never next to each other.
    `previous`: each question note's choices as the previous package showed them."""
    from .anki_questions import question_notes

    words = vocab_notes(quiz, slug, audio)
    questions = question_notes(quiz, slug, previous or {}) if "questions" in quiz.options.cards else []
    unique: dict[str, NoteData] = {}
    for note in [*words["cloze"], *questions, *words["vocab"], *words["reverse"]]:
        unique.setdefault(note.guid, note)
    return list(unique.values())
