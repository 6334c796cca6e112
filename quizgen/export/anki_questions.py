"""Question notes: identity from what a question asks, choices in the order the learner saw."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from html import escape
from typing import Any

from ..model import Question, Quiz
from .anki_models import NOTES_FIELD
from .anki_notes import NoteData, base_tags, note_guid, ordered, text

TRUE_FALSE = {
    "de": ("richtig", "falsch"), "en": ("true", "false"), "fr": ("vrai", "faux"),
    "es": ("verdadero", "falso"), "it": ("vero", "falso"), "nl": ("waar", "onwaar"),
}
CHOICE = re.compile(r"<li>(.*?)</li>", re.S)
# Names and numbers in a statement: what a true/false or open question is about.
ABOUT = re.compile(r"\d[\d.,]*|(?<=\s)[^\W\d_][\w-]*", re.U)


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
        yes, no = TRUE_FALSE.get(lang, TRUE_FALSE["en"])
        return escape(yes if question.answer else no)
    if question.type == "order" and isinstance(question.answer, list | tuple):
        return choice_list(tuple(question.options[i] for i in question.answer), kind="1")
    index = _choice_index(question) if question.options else None
    if index is not None:
        return f"{chr(ord('A') + index)}. {text(question.options[index])}"
    return text(str(question.answer))


def question_about(question: Question) -> str:
    """What a question asks, not how: its kind and the entity, number or events it is
    about. A corrected sentence or a reworded prompt keeps the note."""
    if question.type == "order":
        about = sorted(question.options)
    elif question.type == "matching":
        about = sorted(question.items)
    elif question.type in ("true_false", "open"):
        words = ABOUT.findall(" " + question.prompt)
        about = sorted({w for w in words if w[:1].isupper() or w[:1].isdigit()})
        about.append(str(question.answer) if question.type == "true_false" else "")
    else:
        about = [str(question.answer)]
    return "\x1f".join([question.type, *about])


def kept_order(question: Question, shown_before: list[str]) -> Question:
    """`question` with its choices in the order the previous package showed them, when
    they are the same choices (so an unrelated edit does not reshuffle a known card)."""
    shown = [text(option) for option in question.options]
    if len(set(shown)) != len(shown) or sorted(shown) != sorted(shown_before) or shown == shown_before:
        return question
    order = [shown.index(choice) for choice in shown_before]  # new position -> old index
    answer: Any = question.answer
    if question.type == "order" and isinstance(answer, list | tuple):
        answer = [order.index(i) for i in answer]
    elif isinstance(answer, int) and not isinstance(answer, bool):
        answer = order.index(answer) if 0 <= answer < len(order) else answer
    return replace(question, options=tuple(question.options[i] for i in order), answer=answer)


def question_note(quiz: Quiz, slug: str, question: Question, guid: str = "",
                  shown_before: list[str] | None = None) -> NoteData:
    if shown_before:
        question = kept_order(question, shown_before)
    evidence = " ".join(quiz.analysis.sentences[i].text for i in question.evidence
                        if 0 <= i < len(quiz.analysis.sentences))
    values: dict[str, Any] = {
        "Prompt": text(question.prompt),
        "Choices": choice_list(question.options) if question.options else "",
        "Answer": answer_html(question, quiz.language),
        "Explanation": text(question.explanation),
        "Evidence": text(evidence),
        "Source": text(quiz.title),
        "Kind": text(question.type),
        NOTES_FIELD: "",
    }
    tags = (*base_tags(quiz, slug), f"question::{question.type}")
    guid = guid or note_guid(quiz.language, slug, question_about(question), "1", "question")
    return NoteData("question", guid, ordered(values, "question"), tags)


def question_notes(quiz: Quiz, slug: str, previous: dict[str, tuple[str, ...]]) -> list[NoteData]:
    """A note per question; two questions about the same thing are told apart by their
    place among those questions. `previous`: GUID -> the choices shown last time."""
    seen: Counter[str] = Counter()
    notes = []
    for question in quiz.questions:
        about = question_about(question)
        seen[about] += 1
        guid = note_guid(quiz.language, slug, about, str(seen[about]), "question")
        before = previous.get(guid)
        notes.append(question_note(quiz, slug, question, guid, list(before) if before else None))
    return notes


def shown_choices(choices_html: str) -> tuple[str, ...]:
    """The choices of a question note's Choices field, as written."""
    return tuple(CHOICE.findall(choices_html))

