"""True or false: sentences of the text as statements; a false one changes one fact (see
falsify.py). Languages with paraphrase rules restate their statements (propositions.py)."""

from __future__ import annotations

from ...languages import language_part
from ...model import Analysis, Question, Sentence, VocabItem
from .common import Candidate, is_self_contained, question_id, quoted_sentences, rng_for, words
from .entities import find_entities
from .falsify import FALSIFIERS
from .phrasing import phrasing
from .propositions import restated_statements

MIN_WORDS, MAX_WORDS = 6, 26
MAX_STATEMENTS = 300


def _statement_sentences(analysis: Analysis) -> list[Sentence]:
    quoted = quoted_sentences(analysis)
    return [s for s in analysis.sentences if s.index not in quoted
            and is_self_contained(s, analysis.language) and MIN_WORDS <= len(words(s)) <= MAX_WORDS]



def true_false_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    lang = analysis.language
    if language_part(lang, "paraphrase") is not None:
        return restated_statements(analysis)
    entities = [e for e in find_entities(analysis) if e.kind]
    note = phrasing(lang).true_false_note
    found: list[Candidate] = []
    statements = _statement_sentences(analysis)
    if len(statements) > MAX_STATEMENTS:  # a book: an even spread is plenty to choose from
        statements = statements[:: len(statements) // MAX_STATEMENTS + 1]
    for sentence in statements:
        # (Without paraphrase rules a statement is the sentence as the text has it.)
        evidence = (sentence.index,)
        qid = question_id(lang, "true_false", analysis, evidence, "true")
        found.append(Candidate(Question(qid, "true_false", sentence.text, (), True, evidence), 1.5))
        for name, falsify in FALSIFIERS:
            qid = question_id(lang, "true_false", analysis, evidence, name)
            changed = falsify(analysis, sentence, entities, rng_for(analysis, qid))
            if changed and changed != sentence.text:
                question = Question(qid, "true_false", changed, (), False, evidence,
                                    explanation=note.format(text=sentence.text))
                found.append(Candidate(question, 2.0 if name not in ("negation", "copula") else 1.5))
                break
    return found
