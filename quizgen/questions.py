"""Comprehension questions. (Placeholder: the generators come with the questions work.)"""

from __future__ import annotations

from .model import Analysis, Question, VocabItem
from .options import Options


def make_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...],
                   options: Options) -> tuple[Question, ...]:
    return ()
