"""Paragraph topics: match paragraphs to short headings made from each paragraph's key words
(global comprehension, as in the matching tasks of B1 reading exams). A heading restates the
paragraph in two of its nouns, joined by "and" ("Blüte und Bienen"): the two most typical of
it (frequent here, rarer in the other paragraphs), from different sentences, so that no
heading is a phrase the student finds copied in one sentence, and common enough for the level
(no word the learner is still to learn). One of the two is a key word of the paragraph (named
in two of its sentences, or in its opening one); a paragraph without one gets no heading
rather than two passing mentions, and an abstract noun named once is none. One or two
headings of other paragraphs are the extra options, so the last match is not given away."""

from __future__ import annotations

from collections import Counter

from ...analysis.frequency import zipf
from ...languages import get_language, language_part
from ...model import Analysis, Question, VocabItem
from ...vocab.dictionaries.wiktionary import is_derogatory
from .common import Candidate, question_id, rng_for
from .phrasing import phrasing

MIN_SENTENCES = 2  # a paragraph of one sentence has no topic of its own
ITEMS, EXTRA = 4, 2
MIN_ITEMS = 3
MAX_ZIPF = 4.8  # nouns more common than this name no topic ('Frage', 'Jahr')
MIN_ZIPF = 3.0  # rarer nouns are mostly unknown at B1: a heading the student cannot read
MAX_PARAGRAPHS = 40
OPENING_BRACKETS, CLOSING_BRACKETS = frozenset("(["), frozenset(")]")
KEY_MENTIONS = 2  # sentences of its paragraph a key word is named in


def _nouns(analysis: Analysis) -> dict[int, dict[str, list[int]]]:
    """Paragraph -> its nouns by lemma, each with the sentences it occurs in (once for each
    occurrence), in one pass over the text (a novel has thousands)."""
    found: dict[int, dict[str, list[int]]] = {}
    capitalised = get_language(analysis.language).capitalised_nouns
    for s in analysis.sentences:
        if s.kind != "body":
            continue
        nouns = found.setdefault(s.paragraph, {})
        depth = 0  # within brackets: an aside ('Synonym: Pyrus malus'), not the topic
        for n, t in enumerate(s.tokens):
            depth = max(0, depth + (t.text in OPENING_BRACKETS) - (t.text in CLOSING_BRACKETS))
            # a unit after a number ('15 Zentimeter') measures something, it is no topic
            measure = n > 0 and s.tokens[n - 1].upos == "NUM"
            # a model's name ('Mark VI', 'Serie 3'): no topic, however often named
            model = n + 1 < len(s.tokens) and _numbering(s.tokens[n + 1].text)
            if (t.upos == "NOUN" and not depth and not t.is_name and not measure and not model
                    and len(t.lemma) > 3 and t.lemma.isalpha()
                    and (t.lemma[:1].isupper() or not capitalised)):
                nouns.setdefault(t.lemma, []).append(s.index)
    return found


def _numbering(word: str) -> bool:
    return word.isdigit() or (len(word) > 1 and set(word) <= set("IVX"))


def _written(analysis: Analysis) -> dict[str, str]:
    """Lemma -> how the text writes it most often: a heading shows words as the reader saw
    them ('Sekunden', not the lemmatiser's 'Sekund'); the lemma itself whenever it occurs."""
    forms: dict[str, Counter[str]] = {}
    for sentence in analysis.sentences:
        for t in sentence.tokens:
            if t.upos == "NOUN":
                forms.setdefault(t.lemma, Counter())[t.text] += 1
    plural = _plurals(analysis.language)
    written = {}
    for lemma, seen in forms.items():
        if lemma in seen:
            written[lemma] = lemma
        elif plural.get(lemma) in seen:  # 'Sekunden'; never a case form ('Rauchpunkts')
            written[lemma] = plural[lemma]
    return written


def _plurals(lang: str) -> dict[str, str]:
    lexicon = language_part(lang, "lexicon")
    return lexicon.noun_lexicon().plural if lexicon is not None else {}


def _known(noun: str, lang: str) -> bool:
    """Where the language has a noun lexicon: a noun it knows by that lemma ('Sekund' and
    'Innerne' are lemmatiser slips, 'Zavacka' a name)."""
    lexicon = language_part(lang, "lexicon")
    return lexicon is None or noun in lexicon.noun_lexicon().gender


def _abstract(noun: str, lang: str) -> bool:
    """An abstract noun ('Vermutung', 'Besonderheit') says less of a paragraph than a thing."""
    lexicon = language_part(lang, "lexicon")
    return lexicon is not None and hasattr(lexicon, "is_abstract_noun") and lexicon.is_abstract_noun(noun)


def _heading(nouns: dict[str, list[int]], total: Counter[str], joiner: str, lang: str,
             written: dict[str, str], avoid: set[str], opening: int) -> tuple[str, tuple[str, str]] | None:
    """The two nouns most typical of the paragraph (`nouns`: lemma -> its sentences here),
    from different sentences and in the order the paragraph has them; none in `avoid` (the
    learner's new words, and the nouns of other headings). At least one is a key word of the
    paragraph (see `_key`); None rather than a heading of two passing mentions."""
    def typical(noun: str) -> int:
        return len(nouns[noun]) - (total[noun] - len(nouns[noun]))

    rarity = {w: zipf(w.lower(), lang) for w in nouns
              if w in written and w not in avoid and (_known(w, lang) or written[w] != w)
              and not is_derogatory(w, lang)}  # a slur is no heading, even in a history text
    # an abstract noun named once ('Gelegenheit', 'Besonderheit') is how a sentence puts
    # something, not what the paragraph is about
    own = [w for w, z in rarity.items() if _readable(w, z, lang) and typical(w) > 0
           and (len(nouns[w]) >= KEY_MENTIONS or not _abstract(w, lang))]
    # the paragraph's own words first, things before abstractions, the more specific first
    own.sort(key=lambda w: (-typical(w), _abstract(w, lang), -len(nouns[w]), rarity[w], w))
    for first in (w for w in own if _key(nouns[w], opening)):
        second = next((w for w in own if w != first and len(set(nouns[first]) | set(nouns[w])) > 1), None)
        if second is not None:
            a, b = sorted((first, second), key=lambda w: (min(nouns[w]), w))
            heading = f"{written[a]} {joiner} {written[b]}"
            return heading[0].upper() + heading[1:], (a, b)
    return None


def _readable(noun: str, frequency: float, lang: str) -> bool:
    """Common enough for the level, yet no word of every topic (MIN_ZIPF, MAX_ZIPF); a rare
    compound of common parts reads as its parts do ('Munitionslager', 'Waffenfabrik')."""
    if frequency > MAX_ZIPF:
        return False
    if frequency >= MIN_ZIPF:
        return True
    lexicon = language_part(lang, "lexicon")
    parts = lexicon.compound_parts(noun) if lexicon is not None and hasattr(lexicon, "compound_parts") else ()
    return len(parts) > 1 and all(MIN_ZIPF <= zipf(part.lower(), lang) <= MAX_ZIPF + 1 for part in parts)


def _key(sentences: list[int], opening: int) -> bool:
    """A key word of the paragraph: named in more than one of its sentences, or in the sentence
    that opens it (where a paragraph states its topic)."""
    return len(set(sentences)) >= KEY_MENTIONS or opening in sentences


def topic_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    body = Counter(s.paragraph for s in analysis.sentences if s.kind == "body")
    paragraphs = [p for p, n in sorted(body.items()) if n >= MIN_SENTENCES]
    if len(paragraphs) < MIN_ITEMS + 1:
        return []
    if len(paragraphs) > MAX_PARAGRAPHS:  # a book: headings for an even spread, not for all
        paragraphs = paragraphs[:: len(paragraphs) // MAX_PARAGRAPHS][:MAX_PARAGRAPHS]
    by_paragraph = _nouns(analysis)
    total: Counter[str] = Counter()
    for nouns in by_paragraph.values():
        total.update({lemma: len(seen) for lemma, seen in nouns.items()})
    words = phrasing(analysis.language)
    written = _written(analysis)
    # The learner's new words make no heading; nor does one noun make two (either would fit).
    avoid = {v.lemma for v in vocabulary}
    headings = {}
    for p in paragraphs:
        found = _heading(by_paragraph.get(p, {}), total, words.and_word, analysis.language,
                         written, avoid, _first_sentence(analysis, p))
        if found:
            headings[p] = found[0]
            avoid.update(found[1])
    if len(headings) < MIN_ITEMS + 1:
        return []
    # Spread over the text: every k-th paragraph that has a heading.
    chosen = list(headings)
    step = max(1, len(chosen) // (ITEMS + EXTRA))
    spread = chosen[::step][: ITEMS + EXTRA]
    items = spread[:ITEMS] if len(spread) > ITEMS else spread[:-1]
    extra = [p for p in spread if p not in items]
    evidence = tuple(_first_sentence(analysis, p) for p in items)
    qid = question_id(analysis.language, "matching", analysis, evidence)
    options = [headings[p] for p in items + extra]
    rng_for(analysis, qid).shuffle(options)
    answer = tuple(options.index(headings[p]) for p in items)
    labels = tuple(f"{words.paragraph} {p + 1}" for p in items)
    question = Question(qid, "matching", words.matching["sie"], tuple(options), answer, evidence,
                        items=labels)
    return [Candidate(question, 2.0)]


def _first_sentence(analysis: Analysis, paragraph: int) -> int:
    return next(s.index for s in analysis.sentences if s.paragraph == paragraph and s.kind == "body")
