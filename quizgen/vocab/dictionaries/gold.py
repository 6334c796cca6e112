"""Scoring meanings against a gold set of senses: words in their sentences, each with the
English senses a teacher accepts (tests/data/senses_de.tsv).

A card's meaning is right when its first sense is one of the accepted ones, compared without
case, parenthesised notes, 'to ', placeholders (sb., sth., oneself), a trailing preposition
and all but the first of alternatives ('rejoice at/over').
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ...languages import language_part
from ...model import Analysis, Article, Sentence, VocabItem

_PLACEHOLDER = re.compile(r"\b(sb|sth|sb's|sth's|one's|oneself|itself|themselves|yourself|himself|"
                          r"herself|something|somebody|someone|jdn|jdm|etw)\b\.?")
_TRAILING_PREPOSITION = re.compile(r"\s+(in|on|of|for|to|with|from|at|about|into|up|by)$")


@dataclass(frozen=True)
class GoldSense:
    source: str
    lemma: str
    pos: str
    reflexive: bool
    form: str
    sentence: str
    senses: frozenset[str]


def normalise(sense: str) -> str:
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]|^→[^:]*:", " ", sense.casefold())
    text = re.sub(r"(\w+)(/\w+)+", r"\1", text)  # 'rejoice at/over': the first alternative
    text = _PLACEHOLDER.sub(" ", text)
    text = re.sub(r"[^\w' -]", " ", text)
    text = re.sub(r"^\s*to\s+", "", " ".join(text.split()))
    while _TRAILING_PREPOSITION.search(text):  # 'arise from out of'
        text = _TRAILING_PREPOSITION.sub("", text)
    return text.strip()


def first_sense(gloss: str | None) -> str:
    if not gloss:
        return ""
    return re.sub(r"^→[^:]*:\s*", "", gloss).split(";")[0].strip()


def read_gold(path: Path) -> list[GoldSense]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, lemma, pos, reflexive, form, sentence, senses = line.split("\t")
        rows.append(GoldSense(source, lemma, pos, reflexive == "1", form, sentence,
                              frozenset(normalise(s) for s in senses.split("|"))))
    return rows


def is_right(gloss: str | None, gold: GoldSense) -> bool:
    return normalise(first_sense(gloss)) in gold.senses


def _gold_sentence(gold: GoldSense, analysis: Analysis) -> Sentence:
    """The analysed sentence the gold word is in: the one with its form sharing most words
    with the gold sentence (an article has many)."""
    words = set(gold.sentence.split())
    having = [s for s in analysis.sentences if any(t.text == gold.form for t in s.tokens)]
    return max(having, key=lambda s: len(words & set(s.text.split())), default=analysis.sentences[0])


def gold_item(gold: GoldSense, analysis: Analysis) -> VocabItem:
    """The word as quizgen would choose it from the analysed sentence (the gold lemma and POS,
    so that only the meaning is judged)."""
    lexicon = language_part(analysis.language, "lexicon")  # gender, plural, compound parts
    tokens = [t for s in analysis.sentences for t in s.tokens]
    sentence = _gold_sentence(gold, analysis)
    token = next((t for t in sentence.tokens if t.text == gold.form), tokens[0])
    gender = plural = None
    parts: tuple[str, ...] = ()
    if lexicon is not None and gold.pos == "NOUN":
        info = lexicon.noun_info(gold.lemma)
        gender, plural, parts = info.gender, info.plural, info.parts
    elif lexicon is not None and gold.pos == "ADJ":
        parts = lexicon.compound_parts(gold.lemma)
    return VocabItem(lemma=gold.lemma, form=gold.form, pos=gold.pos, zipf=3.0,
                     sentence=sentence.index, start=token.start, end=token.end,
                     gender=gender, plural=plural, parts=parts)


Glosser = Callable[[tuple[VocabItem, ...], str, Analysis], tuple[VocabItem, ...]]


def default_glosser(options: object) -> Glosser:
    from ..gloss import add_glosses

    takes_analysis = "analysis" in inspect.signature(add_glosses).parameters
    def gloss(items: tuple[VocabItem, ...], lang: str, analysis: Analysis) -> tuple[VocabItem, ...]:
        if takes_analysis:
            return add_glosses(items, lang, options, analysis=analysis)  # type: ignore[arg-type]
        return add_glosses(items, lang, options)  # type: ignore[arg-type]
    return gloss


def judge(rows: list[GoldSense], options: object,
          articles: Path | None = None) -> Iterator[tuple[GoldSense, VocabItem]]:
    """Each gold word glossed in its analysed sentence, alone or (with `articles`, the folder
    the sources are in) inside its whole article, as a card of that article would be."""
    from ...analysis.analyze import analyze
    from ...ingest import read_article

    gloss = default_glosser(options)
    analysed: dict[str, Analysis] = {}
    for gold in rows:
        if articles is not None:
            if gold.source not in analysed:
                analysed[gold.source] = analyze(read_article(str(articles / gold.source)), "de")
            analysis = analysed[gold.source]
        else:
            analysis = analyze(Article(title="", paragraphs=(gold.sentence,), language="de"), "de")
        (item,) = gloss((gold_item(gold, analysis),), "de", analysis)
        yield gold, item
