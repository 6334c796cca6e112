"""Vocabulary in context (German): 'Was bedeutet „überschüttete“ hier?' with meanings as
options. The right one is a synonym from OpenThesaurus, asked only for a word the thesaurus
knows in one sense (so the sense in the text is certain); the wrong ones are words of the
same part of speech from the same text, each plainly another meaning."""

from __future__ import annotations

from difflib import SequenceMatcher
from types import ModuleType

from ...analysis.frequency import zipf
from ...languages import language_part
from ...model import Analysis, Question, VocabItem
from .common import Candidate, clause_window, has_quote, question_id, quoted_sentences, rng_for
from .phrasing import phrasing
from .thesaurus import LANGUAGE as THESAURUS_LANGUAGE
from .thesaurus import plain_synonyms, synonyms

# Nouns only: a verb's or adjective's one OpenThesaurus set is too often another sense than
# the text's ('gesetzliche Erbfolge' is not an 'erlaubte'; 'vererbbar' a debt is not
# 'genetisch'), while a noun's set mostly names the same thing ('Einmarsch' = 'Invasion').
ASKED_POS = ("NOUN",)
# Endings of abstract nouns beyond those the lexicon uses for names ('Invasion', 'Tendenz').
MORE_ABSTRACT_ENDINGS = ("ion", "enz", "anz", "nis")
# A meaning must be a word the learner knows better than the asked one.
MIN_MEANING_ZIPF = 3.0
MIN_OTHERS = 3
# Wrong options: words a learner knows, but not the commonest ('Jahr', 'Teil'), which name
# nothing a reader could mistake for a meaning.
MIN_OPTION_ZIPF, MAX_OPTION_ZIPF = 3.5, 4.8


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
    """The most common plain synonym that is not a form of the word itself, and that has
    one sense too: OpenThesaurus misses senses ('Einnahme' only as 'Besetzung'), and two
    words of one sense each that share a set almost surely mean the same."""
    usable = [w for w in plain_synonyms(item.lemma)
              if not _variant(w, item.lemma) and synonyms(w)
              and (w[0].isupper() == (item.pos == "NOUN"))
              and zipf(w.lower(), THESAURUS_LANGUAGE) >= max(MIN_MEANING_ZIPF, item.zipf)]
    return max(usable, key=lambda w: (zipf(w.lower(), THESAURUS_LANGUAGE), w)) if usable else None


def _text_words(analysis: Analysis, pos: str) -> dict[str, float]:
    """Lemmas of one part of speech in the text, common enough to be clear options."""
    lemmas = {t.lemma for s in analysis.sentences for t in s.tokens
              if t.upos == pos and t.lemma.isalpha() and not t.is_name}
    rated = {w: zipf(w.lower(), analysis.language) for w in lemmas}  # once per word, not per token
    return {w: z for w, z in rated.items() if MIN_OPTION_ZIPF <= z <= MAX_OPTION_ZIPF}


def _same_class(word: str, meaning: str, noun: bool) -> bool:
    """A noun option of the meaning's kind: a listed noun ('Schlimme' is an adjective made a
    noun), abstract for an abstract meaning and concrete for a concrete one: 'Tee' beside
    'Droge' or 'Jahreszeit' beside 'Invasion' is ruled out at a glance."""
    if not noun:
        return True
    return (_lexicon().noun_lexicon().gender.get(word) is not None
            and _abstract(word) == _abstract(meaning))


def _abstract(noun: str) -> bool:
    return _lexicon().is_abstract_noun(noun) or noun.endswith(MORE_ABSTRACT_ENDINGS)


def _lexicon() -> ModuleType:
    """The noun lexicon of the thesaurus's language: the meanings come from there."""
    lexicon = language_part(THESAURUS_LANGUAGE, "lexicon")
    assert lexicon is not None, "the thesaurus's language has a noun lexicon"
    return lexicon


def _options(item: VocabItem, meaning: str, pool: dict[str, float], sentence_lemmas: set[str],
             rng_seed: Analysis, qid: str) -> list[str]:
    """Three other words of the text: not in the asked sentence (they would read as a
    paraphrase of it), not synonyms of the word or its meaning, of a similar length and of
    the meaning's kind."""
    related = set(synonyms(item.lemma)) | set(synonyms(meaning)) | {item.lemma, meaning}
    noun = item.pos == "NOUN"
    others = sorted(w for w in pool if w not in related and w not in sentence_lemmas
                    and abs(len(w) - len(meaning)) <= max(4, len(meaning) // 2)
                    and _same_class(w, meaning, noun))
    rng = rng_for(rng_seed, qid)
    return rng.sample(others, MIN_OTHERS) if len(others) >= MIN_OTHERS else []


def meaning_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    if not vocabulary or analysis.language != THESAURUS_LANGUAGE:
        return []  # the meanings are the thesaurus's words
    quoted = quoted_sentences(analysis)
    pools = {pos: _text_words(analysis, pos) for pos in ASKED_POS}
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
        wrong = _options(item, meaning, pools[item.pos], lemmas, analysis, qid)
        shown = clause_window(sentence, item.start, item.end)
        if not wrong or not shown:
            continue
        options = [meaning, *wrong]
        rng_for(analysis, qid + "order").shuffle(options)
        prompt = template.format(word=item.form, text=shown)
        found.append(Candidate(Question(qid, "word_in_context", prompt, tuple(options), meaning,
                                        evidence), 2.0))
    return found
