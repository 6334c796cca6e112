"""term<TAB>definition, one word a line: the import format of Quizlet and most flashcard apps.

The term is the dictionary form ("die Rakete, -n"); the definition is the word's meaning when
quizgen has one, else its sentence from the article with the word blanked out.
"""

from __future__ import annotations

from pathlib import Path

from ..analysis.headwords import dictionary_form
from ..model import Analysis, Quiz, VocabItem
from ..runtime.atomic import write_atomic
from ..spans import render_spans

BLANK = "_____"


def clean_field(text: str) -> str:
    """Tabs and line breaks would split a row or a column, so they become single spaces."""
    return " ".join(text.split())


def blanked_sentence(analysis: Analysis, item: VocabItem) -> str:
    return render_spans(analysis.sentences[item.sentence].text, item.spans, lambda _, word: BLANK)


def definition(analysis: Analysis, item: VocabItem) -> str:
    return item.gloss if item.gloss else blanked_sentence(analysis, item)


def quiz_to_tsv(quiz: Quiz) -> str:
    rows = []
    for item in quiz.vocabulary:
        term = clean_field(dictionary_form(item, quiz.language))
        rows.append(f"{term}\t{clean_field(definition(quiz.analysis, item))}\n")
    return "".join(rows)


def write_tsv(quiz: Quiz, path: Path) -> None:
    write_atomic(path, quiz_to_tsv(quiz))
