"""The `quizgen/1` JSON document (design.md)."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..exercises.questions.finish import questions_note
from ..model import ClozeCard, Quiz
from ..runtime.atomic import write_atomic
from ..vocab.coverage import text_coverage

SCHEMA = "quizgen/1"


def quiz_to_dict(quiz: Quiz) -> dict[str, Any]:
    article = quiz.analysis.article
    return {
        "schema": SCHEMA,
        "article": {
            "title": article.title,
            "language": quiz.language,
            "source": article.source,
            "origin": article.origin,
            "sentences": [
                {"index": s.index, "paragraph": s.paragraph, "text": s.text, "kind": s.kind}
                for s in quiz.analysis.sentences
            ],
        },
        "options": quiz.options.to_json(),
        "vocabulary": [_vocab(v) for v in quiz.vocabulary],
        "cloze_cards": [_cloze_card(c, quiz) for c in quiz.cloze_cards],
        "questions": [_question(q) for q in quiz.questions],
        "questions_asked": quiz.options.questions,
        "questions_note": questions_note(quiz),
        "coverage": text_coverage(quiz.analysis, quiz.options).to_json(),
        **({"worksheet": _worksheet(quiz.worksheet)} if quiz.worksheet is not None else {}),
    }


def _cloze_card(card: ClozeCard, quiz: Quiz) -> dict[str, Any]:
    """The card's sentence as plain text and the deleted word as offsets into it: no
    format's markup (the Anki exporter writes Anki's cloze syntax from the same spans)."""
    return {"id": card.id, "lemma": card.lemma, "sentence": card.sentence,
            "text": quiz.analysis.sentences[card.sentence].text,
            "spans": [list(span) for span in card.spans], "answer": card.answer, "hint": card.hint}


def _gap(gap: Any) -> dict[str, Any]:
    return {"number": gap.number, "answer": gap.answer, "lemma": gap.lemma, "pos": gap.item.pos,
            "sentence": gap.sentence, "spans": [list(span) for span in sorted(gap.item.spans)]}


def _worksheet(worksheet: Any) -> dict[str, Any]:
    """What the printed and interactive worksheets showed: gaps, word bank, register."""
    return {
        "gaps": [_gap(g) for g in worksheet.gaps],
        "example": _gap(worksheet.example) if worksheet.example else None,
        "word_bank": [{"text": w.text, "key": w.key_text, "lemma": w.lemma,
                       "distractor": w.distractor} for w in worksheet.word_bank],
        "address": worksheet.address,
        "last_sentence": worksheet.last_sentence,
        "words": worksheet.words,
        "questions": list(worksheet.question_ids),
    }


def _vocab(item: Any) -> dict[str, Any]:
    data = asdict(item)
    data["parts"] = list(item.parts)
    data["extra_spans"] = [list(span) for span in item.extra_spans]
    return data


def _question(question: Any) -> dict[str, Any]:
    data = asdict(question)
    data["options"] = list(question.options)
    data["evidence"] = list(question.evidence)
    return data


def to_json(quiz: Quiz) -> str:
    return json.dumps(quiz_to_dict(quiz), ensure_ascii=False, indent=2) + "\n"


def write_json(quiz: Quiz, path: Path) -> None:
    write_atomic(path, to_json(quiz))
