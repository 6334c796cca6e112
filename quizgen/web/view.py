"""What the page shows of a built quiz: plain values, written as JSON by the build's process."""

from __future__ import annotations

from typing import Any

from ..analysis.headwords import dictionary_form
from ..model import Question, Quiz

CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
MAX_CANDIDATES = 800


def answer_text(question: Question) -> str:
    """The right answer as a line of text, whatever the question's type."""
    answer = question.answer
    if question.type == "order":
        return " → ".join(question.options[i] for i in answer)
    if question.items and isinstance(answer, list | tuple):
        return "; ".join(f"{item} – {question.options[i]}" for item, i in zip(question.items, answer,
                                                                                  strict=False))
    if isinstance(answer, bool):
        return "✓" if answer else "✗"
    return str(answer)


def quiz_view(quiz: Quiz) -> dict[str, Any]:
    sentences = quiz.analysis.sentences
    words = [{"lemma": item.lemma, "form": dictionary_form(item, quiz.language), "pos": item.pos,
              "gloss": item.gloss or "", "sentence": sentences[item.sentence].text,
              "span": [item.start, item.end],
              "zipf": round(item.zipf, 2), "count": item.count} for item in quiz.vocabulary]
    questions = [{"id": q.id, "type": q.type, "prompt": q.prompt, "options": list(q.options),
                  "answer": answer_text(q)} for q in quiz.questions]
    chosen = {item.lemma for item in quiz.vocabulary}
    # Words of the text a teacher may add: its content words not chosen already.
    candidates = sorted({t.lemma for s in sentences for t in s.tokens
                         if t.upos in CONTENT_POS and t.lemma not in chosen and t.lemma.isalpha()},
                        key=str.casefold)[:MAX_CANDIDATES]
    return {"title": quiz.title, "language": quiz.language, "words": words,
            "questions": questions, "candidates": candidates}
