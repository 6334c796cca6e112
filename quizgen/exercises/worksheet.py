"""The worksheet of a quiz: its gaps, word bank and questions, chosen once, after the questions."""

from __future__ import annotations

from dataclasses import replace

from ..analysis.names import first_meaning_a_name
from ..model import Analysis, Quiz, VocabItem
from ..options import LEVEL_LEMMAS, Options
from ..vocab.gloss import add_glosses, gloss_language, sources_for, without_names
from ..vocab.select import select_vocabulary
from .gapfill import choose_worksheet, shown_sentences


def with_worksheet(quiz: Quiz) -> Quiz:
    """`quiz` with its worksheet chosen: the gaps come after the questions, which they avoid."""
    options, analysis = quiz.options, quiz.analysis
    shown = {s.index for s in shown_sentences(analysis, options.excerpt)}
    pool = tuple(v for v in select_vocabulary(analysis, options.with_(max_cards=0))
                 if v.sentence in shown)
    pool = add_glosses(pool, analysis.language, options, analysis=analysis)
    pool = _gap_words(pool, analysis.language, options)
    sources = sources_for(analysis.language, options)
    worksheet = choose_worksheet(analysis, pool, quiz.questions, options.gaps, options.excerpt,
                                 options.address, options.word_bank, sources)
    if worksheet.example is None or len(worksheet.gaps) < options.gaps:
        easier = _words_of_the_level_below(analysis, options, shown, {v.lemma for v in pool})
        if easier:
            easier = add_glosses(easier, analysis.language, options, analysis=analysis)
            pool += _gap_words(easier, analysis.language, options)
            worksheet = choose_worksheet(analysis, pool, quiz.questions, options.gaps,
                                         options.excerpt, options.address, options.word_bank, sources)
    return replace(quiz, worksheet=worksheet)


def _gap_words(pool: tuple[VocabItem, ...], lang: str, options: Options) -> tuple[VocabItem, ...]:
    """The words a worksheet may gap or offer in its word bank: no names, and no noun whose
    first meaning is a name ('Däne')."""
    gloss_lang = gloss_language(lang, options.gloss_lang)
    return tuple(v for v in without_names(pool, lang, options)
                 if not first_meaning_a_name(v, gloss_lang))


def _words_of_the_level_below(analysis: Analysis, options: Options, shown: set[int],
                               taken: set[str]) -> tuple[VocabItem, ...]:
    """A simple text has few words above the learner's level: its gap-fill then also
    practises the words of the level below (new at that level, so still worth a gap),
    ranked after the others."""
    levels = list(LEVEL_LEMMAS)
    below = levels.index(options.level) - 1
    if below < 0 or options.min_zipf is not None or options.max_zipf is not None:
        return ()
    easier = select_vocabulary(analysis, options.with_(max_cards=0, level=levels[below]))
    return tuple(v for v in easier if v.sentence in shown and v.lemma not in taken)
