"""Paragraph topics: match paragraphs to short headings made from each paragraph's key words
(global comprehension, as in the matching tasks of B1 reading exams). In German a heading is
the paragraph's key noun phrase with its adjective or genitive, in the nominative ("Die
nordkoreanischen Raketen", "Die Besichtigung des Kosmodroms"; see languages/de/headings.py), and a text
with too few such phrases gets no matching task; in other languages two nouns that only
its paragraph uses. One or two headings of other paragraphs are the extra options, so the
last match is not given away."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ...analysis.frequency import zipf
from ...languages import get_language, language_part
from ...model import Analysis, Question, VocabItem
from .common import Candidate, question_id, rng_for
from .phrasing import phrasing

MIN_SENTENCES = 2  # a paragraph of one sentence has no topic of its own
ITEMS, EXTRA = 4, 2
MIN_ITEMS = 3
MAX_ZIPF = 4.6  # nouns more common than this name no topic
MAX_PARAGRAPHS = 40


def _nouns(analysis: Analysis) -> dict[int, Counter[str]]:
    """Paragraph -> its nouns by lemma, in one pass over the text (a novel has thousands)."""
    found: dict[int, Counter[str]] = {}
    capitalised = get_language(analysis.language).capitalised_nouns
    for s in analysis.sentences:
        if s.kind != "body":
            continue
        counts = found.setdefault(s.paragraph, Counter())
        counts.update(t.lemma for t in s.tokens
                      if t.upos == "NOUN" and not t.is_name and len(t.lemma) > 3 and t.lemma.isalpha()
                      and (t.lemma[:1].isupper() or not capitalised))
    return found


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


def _heading(counts: Counter[str], total: Counter[str], joiner: str, lang: str,
             written: dict[str, str]) -> str | None:
    """The two nouns most typical of the paragraph: frequent here, never in other paragraphs,
    and not so common that they name no topic ('Frage', 'Jahr')."""
    rarity = {w: zipf(w.lower(), lang) for w in counts
              if total[w] == counts[w] and w in written and (_known(w, lang) or written[w] != w)}
    own = sorted((w for w, z in rarity.items() if z <= MAX_ZIPF),
                 key=lambda w: (-counts[w], rarity[w], w))
    if len(own) < 2:
        return None
    first, second = (written[w] for w in own[:2])
    heading = f"{first} {joiner} {second}"
    return heading[0].upper() + heading[1:]


def _phrase_headings(counts: Counter[str], total: Counter[str], found: list[Any]) -> list[Any]:
    """The paragraph's phrases, those whose nouns are most typical of it first (frequent
    here, rare elsewhere); none whose nouns are all as frequent elsewhere: such a heading
    says nothing of this paragraph."""
    def typical(noun: str) -> int:
        return counts[noun] - (total[noun] - counts[noun])

    unique = [h for h in {h.text: h for h in found}.values() if max(typical(n) for n in h.nouns) > 0]
    return sorted(unique, key=lambda h: (-sum(typical(n) for n in h.nouns) - h.opening, len(h.text), h.text))


def topic_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    body = Counter(s.paragraph for s in analysis.sentences if s.kind == "body")
    paragraphs = [p for p, n in sorted(body.items()) if n >= MIN_SENTENCES]
    if len(paragraphs) < MIN_ITEMS + 1:
        return []
    if len(paragraphs) > MAX_PARAGRAPHS:  # a book: headings for an even spread, not for all
        paragraphs = paragraphs[:: len(paragraphs) // MAX_PARAGRAPHS][:MAX_PARAGRAPHS]
    by_paragraph = _nouns(analysis)
    nouns = {p: by_paragraph.get(p, Counter()) for p in paragraphs}
    total: Counter[str] = Counter()
    for counts in by_paragraph.values():
        total.update(counts)
    words = phrasing(analysis.language)
    headings = {}
    written = _written(analysis)
    heading_rules = language_part(analysis.language, "headings")
    if heading_rules is not None:
        found = heading_rules.phrases(analysis)
        used: set[str] = set()
        for p in paragraphs:
            # Two headings of one noun ('Die einzelnen Sorten', 'Die gewünschten Sorten')
            # fit either paragraph.
            heading = next((h for h in _phrase_headings(nouns[p], total, found.get(p, []))
                            if not used & set(h.nouns)), None)
            if heading:
                headings[p] = heading.text
                used.update(heading.nouns)
    else:  # languages without phrase rules: headings of two nouns
        for p in paragraphs:
            heading = _heading(nouns[p], total, words.and_word, analysis.language, written)
            if heading:
                headings[p] = heading
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
