"""Paragraph topics: match paragraphs to short headings made from each paragraph's key words
(global comprehension, as in the matching tasks of B1 reading exams). In German a heading is
the paragraph's key noun phrase with its adjective ("Die nordkoreanischen Raketen"), in other
languages two nouns that only its paragraph uses; one or two headings of other paragraphs are
the extra options, so the last match is not given away."""

from __future__ import annotations

from collections import Counter

from ..frequency import zipf
from ..model import Analysis, Question, VocabItem
from .common import Candidate, question_id, rng_for
from .phrasing import phrasing

MIN_SENTENCES = 2  # a paragraph of one sentence has no topic of its own
ITEMS, EXTRA = 4, 2
MIN_ITEMS = 3
MAX_ZIPF = 4.6  # nouns more common than this name no topic
MAX_PARAGRAPHS = 40
# Adjectives this common say nothing of a topic ('die einzelnen Sorten', 'der gesamte See').
MAX_ADJECTIVE_ZIPF = 4.3


def _nouns(analysis: Analysis) -> dict[int, Counter[str]]:
    """Paragraph -> its nouns by lemma, in one pass over the text (a novel has thousands)."""
    found: dict[int, Counter[str]] = {}
    for s in analysis.sentences:
        if s.kind != "body":
            continue
        counts = found.setdefault(s.paragraph, Counter())
        counts.update(t.lemma for t in s.tokens
                      if t.upos == "NOUN" and not t.is_name and len(t.lemma) > 3 and t.lemma.isalpha()
                      and (t.lemma[:1].isupper() or analysis.language != "de"))
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
    if lang != "de":
        return {}
    from ..languages.de_lexicon import noun_lexicon

    return noun_lexicon().plural


def _known(noun: str, lang: str) -> bool:
    """German: a noun the lexicon knows by that lemma ('Sekund' and 'Innerne' are lemmatiser
    slips, 'Zavacka' a name)."""
    if lang != "de":
        return True
    from ..languages.de_lexicon import noun_lexicon

    return noun in noun_lexicon().gender


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


# German article -> (gender of a singular noun, the adjective's ending) of a nominative phrase;
# "die" + "-en" is a plural. A phrase as the text writes it is a heading only in the
# nominative: "der neue Weltraumbahnhof", never the dative "der russischen Regierung".
NOMINATIVE = {"der": ("m", "e"), "die": ("f", "e"), "das": ("n", "e")}


def _german_phrases(analysis: Analysis) -> dict[int, dict[str, str]]:
    """Paragraph -> key noun's lemma -> a nominative phrase of article, adjective and noun,
    as the text writes it ('Die nordkoreanischen Raketen'): a heading that says what the
    paragraph tells about its topic, where two bare nouns say nothing."""
    from ..languages.de_lexicon import noun_lexicon

    lexicon = noun_lexicon()
    found: dict[int, dict[str, str]] = {}
    for s in analysis.sentences:
        if s.kind != "body":
            continue
        tokens = s.tokens
        for i in range(len(tokens) - 2):
            article, adjective, noun = tokens[i : i + 3]
            rule = NOMINATIVE.get(article.text.lower())
            if (rule is None or article.upos != "DET" or adjective.xpos != "ADJA"
                    or noun.upos != "NOUN" or noun.is_name or not adjective.text.isalpha()
                    or zipf(adjective.lemma.lower(), "de") > MAX_ADJECTIVE_ZIPF):
                continue
            gender, ending = rule
            singular = noun.text == noun.lemma and lexicon.gender.get(noun.lemma) == gender
            plural = (article.text.lower() == "die" and adjective.text.endswith("en")
                      and lexicon.plural.get(noun.lemma) == noun.text)
            if (singular and adjective.text.endswith(ending)) or plural:
                phrase = f"{article.text.capitalize()} {adjective.text} {noun.text}"
                found.setdefault(s.paragraph, {}).setdefault(noun.lemma, phrase)
    return found


def _phrase_heading(counts: Counter[str], total: Counter[str], phrases: dict[str, str],
                    lang: str) -> str | None:
    """The phrase of the paragraph's most typical noun: frequent here, rare elsewhere."""
    ranked = sorted(phrases, key=lambda w: (-(counts[w] - (total[w] - counts[w])),
                                            zipf(w.lower(), lang), w))
    return phrases[ranked[0]] if ranked else None


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
    if analysis.language == "de":
        phrases = _german_phrases(analysis)
        for p in paragraphs:
            heading = _phrase_heading(nouns[p], total, phrases.get(p, {}), analysis.language)
            # Two headings of one noun ('Die einzelnen Sorten', 'Die gewünschten Sorten')
            # fit either paragraph.
            if heading and heading.split()[-1] not in {h.split()[-1] for h in headings.values()}:
                headings[p] = heading
    if len(headings) < MIN_ITEMS + 1:  # too few phrases: every heading of two nouns
        headings = {}
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
