"""Vocabulary in context (German): 'Was bedeutet „überschüttete“ hier?' with meanings as
options. The right one is a synonym from OpenThesaurus, asked only for a word the thesaurus
knows in one sense (so the sense in the text is certain); the wrong ones are the meanings of
the nouns nearest the word, found the same way, so the reader must know which word of the
passage means what."""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache
from types import ModuleType

from ...analysis.frequency import zipf
from ...languages import language_part
from ...model import Analysis, Question, VocabItem
from .common import Candidate, clause_window, has_quote, question_id, quoted_sentences, rng_for
from .phrasing import phrasing
from .thesaurus import LANGUAGE as THESAURUS_LANGUAGE
from .thesaurus import plain_synonyms, related_words, synonyms

# Nouns only: a verb's or adjective's one OpenThesaurus set is too often another sense than
# the text's ('gesetzliche Erbfolge' is not an 'erlaubte'; 'vererbbar' a debt is not
# 'genetisch'), while a noun's set mostly names the same thing ('Einmarsch' = 'Invasion').
ASKED_POS = ("NOUN",)
# Endings of abstract nouns beyond those the lexicon uses for names ('Invasion', 'Tendenz').
MORE_ABSTRACT_ENDINGS = ("ion", "enz", "anz", "nis")
# A meaning must be a word the learner knows better than the asked one.
MIN_MEANING_ZIPF = 3.0
MIN_OTHERS = 3


def _variant(one: str, other: str) -> bool:
    """'Soße' for 'Sauce', 'Weltall' for 'All': a spelling or a part, not a meaning."""
    a, b = one.lower(), other.lower()
    return SequenceMatcher(None, a, b).ratio() > 0.5 or a[:4] in b or b[:4] in a


# A sentence that says what a word means asks nothing of the reader about it.
DEFINING = frozenset({"bedeuten", "bezeichnen", "heißen", "nennen", "definieren"})


def _gives_away(meaning: str, item: VocabItem, lemmas: set[str], text: str) -> bool:
    """The meaning in the sentence itself ('Rauschmittel' beside 'Droge'), a defining
    sentence, or a meaning with the word's own last part ('Gedenktag' = 'Jahrestag')."""
    if meaning in lemmas or meaning.lower() in text.lower() or lemmas & DEFINING:
        return True
    tail = 3
    return "-" in meaning or meaning[-tail:].lower() == item.lemma[-tail:].lower()


def _meaning(item: VocabItem) -> str | None:
    return _meaning_of(item.lemma, item.pos == "NOUN", item.zipf)


@lru_cache(maxsize=4096)
def _meaning_of(lemma: str, noun: bool, rate: float) -> str | None:
    """The most common plain synonym that is not a form of the word itself, and that has
    one sense too: OpenThesaurus misses senses ('Einnahme' only as 'Besetzung'), and two
    words of one sense each that share a set almost surely mean the same."""
    usable = [w for w in plain_synonyms(lemma)
              if not _variant(w, lemma) and synonyms(w) and (w[0].isupper() == noun)
              and zipf(w.lower(), THESAURUS_LANGUAGE) >= max(MIN_MEANING_ZIPF, rate)]
    return max(usable, key=lambda w: (zipf(w.lower(), THESAURUS_LANGUAGE), w)) if usable else None


def _same_class(word: str, meaning: str, noun: bool) -> bool:
    """A noun option of the meaning's kind: a listed noun ('Schlimme' is an adjective made a
    noun), abstract for an abstract meaning and concrete for a concrete one: 'Tee' beside
    'Droge' or 'Jahreszeit' beside 'Invasion' is ruled out at a glance."""
    if not noun:
        return True
    return (_lexicon().noun_lexicon().gender.get(word) is not None
            and _abstract(word) == _abstract(meaning))


def _names_people(noun: str) -> bool:
    """'Pfarrer', 'Einwanderer': nouns with a feminine in -in ('Einwanderin') name people."""
    genders = _lexicon().noun_lexicon().gender
    return noun + "in" in genders or (noun.endswith("erer") and noun[:-2] + "in" in genders)


def _abstract(noun: str) -> bool:
    return _lexicon().is_abstract_noun(noun) or noun.endswith(MORE_ABSTRACT_ENDINGS)


def _lexicon() -> ModuleType:
    """The noun lexicon of the thesaurus's language: the meanings come from there."""
    lexicon = language_part(THESAURUS_LANGUAGE, "lexicon")
    assert lexicon is not None, "the thesaurus's language has a noun lexicon"
    return lexicon


def _options(item: VocabItem, meaning: str, analysis: Analysis) -> list[str]:
    """Three wrong meanings: those of the other nouns nearest the word (its sentence, then
    its paragraph, then the text), so the reader must tell which word means what ('Socken'
    for 'Strümpfe' beside 'Beutel' for 'Taschen'). Unrelated nouns of any field ('Sattel /
    Autor / Au' beside 'Wuchs') are ruled out at a glance. None related to the word, its
    meaning or another option in any sense ('Karriere' beside 'Laufbahn')."""
    here = analysis.sentences[item.sentence]
    asked = {t.lemma for t in here.tokens}  # no 'Droge' in a sentence that says 'Droge'
    mine = {item.lemma, meaning} | related_words(item.lemma) | related_words(meaning)
    nearby = sorted((s for s in analysis.sentences if s.kind == "body"),
                    key=lambda s: (s.index != here.index, s.paragraph != here.paragraph,
                                   abs(s.index - here.index)))
    found: list[str] = []
    for sentence in nearby:
        for token in sentence.tokens:
            if token.upos != "NOUN" or token.is_name or not token.lemma.isalpha() or token.lemma in mine:
                continue
            other = _meaning_of(token.lemma, True, 0.0)  # any meaning a learner knows
            if other is None or other in found or other in mine or other in asked \
                    or related_words(other) & (mine | set(found)) or _variant(other, meaning) \
                    or not _same_class(other, meaning, True) \
                    or _names_people(other) != _names_people(meaning):  # no 'Pfarrer' beside 'Talent'
                continue
            found.append(other)
            if len(found) == MIN_OTHERS:
                return found
    return found


def _in_number(words: list[str], token_text: str, lemma: str) -> list[str] | None:
    """The options in the number the text uses: 'Strümpfe' is asked with 'Socken', not
    'Socke'. None when an option has no plural in the lexicon, or for another form."""
    nouns = _lexicon().noun_lexicon()
    if token_text == lemma:
        return words
    if nouns.plural.get(lemma) != token_text:
        return None  # a dative plural or a genitive ('Rauschgiften', 'des Gefühls')
    plurals = [nouns.plural.get(w) for w in words]
    return [p for p in plurals if p] if all(p and p != w for p, w in zip(plurals, words, strict=True)) \
        else None


def meaning_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    if not vocabulary or analysis.language != THESAURUS_LANGUAGE:
        return []  # the meanings are the thesaurus's words
    quoted = quoted_sentences(analysis)
    template = phrasing(analysis.language).meaning
    found = []
    for item in vocabulary:
        sentence = analysis.sentences[item.sentence]
        if item.pos not in ASKED_POS or item.extra_spans or sentence.kind != "body":
            continue  # a split verb ('teilte ... mit') cannot be shown as one word
        if item.sentence in quoted or has_quote(sentence.text):
            continue
        token = next((t for t in sentence.tokens if t.start == item.start), None)
        if item.pos == "VERB" and (token is None or token.xpos == "ADJA"):
            continue  # 'erhobenen Vorwürfe': a participle of a set phrase, not the verb's sense
        meaning = _meaning(item)
        if meaning is None or not _same_class(meaning, meaning, True):
            continue  # ('Aber' for 'Einwand': a conjunction the thesaurus lists as a noun)
        evidence = (item.sentence,)
        qid = question_id(analysis.language, "word_in_context", analysis, evidence, item.lemma)
        lemmas = {t.lemma for t in sentence.tokens}
        if _gives_away(meaning, item, lemmas, sentence.text):
            continue
        wrong = _options(item, meaning, analysis)
        shown = clause_window(sentence, item.start, item.end)
        if len(wrong) < MIN_OTHERS or not shown or token is None:
            continue
        in_number = _in_number([meaning, *wrong[:MIN_OTHERS]], token.text, item.lemma)
        if in_number is None:
            continue
        meaning, options = in_number[0], list(in_number)
        rng_for(analysis, qid + "order").shuffle(options)
        prompt = template.format(word=item.form, text=shown)
        found.append(Candidate(Question(qid, "word_in_context", prompt, tuple(options), meaning,
                                        evidence), 2.0))
    return found
