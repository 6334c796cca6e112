"""Word in context (German): a sentence with a noun gapped and four nouns of the same gender
and frequency band to choose from. The wrong ones come from the general vocabulary, not the
article, so only the gapped word belongs to the text's topic."""

from __future__ import annotations

from functools import lru_cache

from ..languages.de_lexicon import noun_lexicon
from ..model import Analysis, Question, Sentence, Token, VocabItem
from .common import (
    Candidate,
    clause_window,
    has_quote,
    looks_complete,
    question_id,
    quoted_sentences,
    replace_span,
    rng_for,
    shuffled_options,
    with_text,
)
from .distractors import noun_distractors
from .phrasing import GAP, phrasing

MIN_ZIPF, MAX_ZIPF = 2.0, 5.0
MIN_WORDS = 7  # words shown, the gap included
# Determiners that show the gender of the gapped noun right before it.
SHOWS_GENDER = {"ART", "PPOSAT", "PDAT", "PIAT", "ADJA", "APPRART"}


@lru_cache(maxsize=1)
def _plurals() -> frozenset[str]:
    return frozenset(noun_lexicon().plural.values())


def _target(sentence: Sentence, item: VocabItem) -> Token | None:
    """The item's token when it is a singular noun written as its lemma after a determiner."""
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if token.start != item.start or token.text != item.lemma:
            continue
        if i == 0 or tokens[i - 1].xpos not in SHOWS_GENDER or "-" in token.text:
            return None
        if i + 1 < len(tokens) and tokens[i + 1].text == "-" and not token.space_after:
            return None  # 'des Diplom-Ingenieurs': a gap in half a compound
        if noun_lexicon().lemma_of(token.text) != token.text or token.text in _plurals():
            return None  # a plural the tagger took for a lemma ('Blicke')
        if i + 1 < len(tokens) and tokens[i + 1].is_name:
            return None  # 'Die _____ Sarah Neumann': any word for a person would fit
        if any(_gives_away(t, item.lemma) for t in tokens if t is not token):
            return None  # a second occurrence would give the answer away
        return token
    return None


def _gives_away(token: Token, lemma: str) -> bool:
    """'Stirne' beside a gapped 'Stirn', 'Fußgängerbrücke' beside 'Brücke'."""
    if token.lemma == lemma:
        return True
    stem = lemma.lower() if len(lemma) < 5 else lemma.lower()[:-1]
    return len(stem) >= 4 and stem in token.text.lower()


def _question(analysis: Analysis, item: VocabItem, words_in_text: set[str]) -> Question | None:
    sentence = analysis.sentences[item.sentence]
    token = _target(sentence, item)
    if token is None or item.gender is None:
        return None
    evidence = (sentence.index,)
    qid = question_id("de", "word_in_context", analysis, evidence, item.lemma)
    rng = rng_for(analysis, qid)
    wrong = noun_distractors(item.gender, item.zipf, words_in_text, rng, answer=token.text)
    if len(wrong) < 3:
        return None
    gapped = with_text(sentence, replace_span(sentence.text, token.start, token.end, GAP), token.start)
    shown = clause_window(gapped, token.start, token.start + len(GAP))
    if GAP not in shown or sum(any(c.isalnum() for c in w) for w in shown.split()) + 1 < MIN_WORDS:
        return None  # 'Um die _____ ging es nicht.': too little around the gap to decide
    prompt = phrasing("de").gap_word.format(text=shown)
    return Question(qid, "word_in_context", prompt, shuffled_options(token.text, wrong, rng),
                    token.text, evidence)


def word_in_context_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    quoted = quoted_sentences(analysis)
    words_in_text = {t.lemma for s in analysis.sentences for t in s.tokens} | {
        t.text for s in analysis.sentences for t in s.tokens}
    found = []
    for item in vocabulary:
        sentence = analysis.sentences[item.sentence]
        if item.pos != "NOUN" or not MIN_ZIPF <= item.zipf <= MAX_ZIPF or sentence.kind != "body":
            continue
        if item.sentence in quoted or has_quote(sentence.text) or not looks_complete(sentence, "de"):
            continue  # a gap inside someone's words, cut out of its quotation, reads badly
        question = _question(analysis, item, words_in_text)
        if question:
            found.append(Candidate(question, 1.0 + item.zipf / 10))
    return found
