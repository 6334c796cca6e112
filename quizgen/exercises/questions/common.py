"""Helpers every question generator shares: stable ids, seeded shuffles, sentence text."""

from __future__ import annotations

import functools
import hashlib
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from ...languages import get_language
from ...model import Analysis, Question, Sentence, Token
from .phrasing import phrasing

T = TypeVar("T")

QUOTES = re.compile(r"„([^“”„]+)[“”]|“([^”“]+)”|»([^«»]+)«|«([^«»]+)»|\"([^\"]+)\"")
# Words that open a subordinate or relative clause: a window must not start there.
SUBORDINATE = {"KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS", "PWAT", "KOKOM"}
CLAUSE_PUNCT = {",", ";", ":", "–", "—", "(", ")"}
QUOTE_CHARS = "„“”\"«»‚‘’"
# Pronouns and demonstratives that point outside the sentence: such a sentence is unclear alone.
CONTEXT_XPOS = {"PPER", "PDS", "PDAT", "PPOSAT"}


@dataclass(frozen=True)
class Candidate:
    """A question with how much it is worth; the selector picks the best spread set."""

    question: Question
    score: float = 1.0


def question_id(lang: str, kind: str, analysis: Analysis, evidence: Sequence[int], key: str = "") -> str:
    """Stable: from the kind and the evidence sentences' text, never from random state."""
    texts = [analysis.sentences[i].text for i in evidence]
    raw = "\x1f".join([lang, kind, *texts, key])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def per_analysis(func: Callable[[Analysis], T]) -> Callable[[Analysis], T]:
    """Remember `func`'s result for the analysis it was last called with. (By identity:
    hashing a whole analysis for an lru_cache costs as much as the work it saves.)"""
    last: list[tuple[Analysis, T]] = []

    @functools.wraps(func)
    def wrapper(analysis: Analysis) -> T:
        if not last or last[0][0] is not analysis:
            last[:] = [(analysis, func(analysis))]
        return last[0][1]

    return wrapper


@per_analysis
def _article_hash(analysis: Analysis) -> Any:
    return hashlib.sha1("\n".join(analysis.article.paragraphs).encode("utf-8"))


def rng_for(analysis: Analysis, qid: str) -> random.Random:
    """A random source seeded by the article and the question, so output is reproducible."""
    digest = _article_hash(analysis).copy()
    digest.update(qid.encode("utf-8"))
    seed = digest.digest()
    return random.Random(int.from_bytes(seed[:8], "big"))


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def in_display_order(options: Sequence[str], rng: random.Random) -> tuple[str, ...]:
    """Years, centuries and amounts in ascending order, as a teacher lists them (1659, 1669,
    1679, 1763); other options shuffled."""
    numbers = [_NUMBER.search(option) for option in options]
    if all(numbers):
        def value(found: re.Match[str]) -> float:
            return float(found.group().replace(".", "").replace(",", "."))
        return tuple(o for _, o in sorted(zip((value(n) for n in numbers if n), options, strict=True)))
    shuffled = list(options)
    rng.shuffle(shuffled)
    return tuple(shuffled)


def shuffled_options(answer: str, wrong: Sequence[str], rng: random.Random) -> tuple[str, ...]:
    options = [answer, *wrong]
    rng.shuffle(options)
    return tuple(options)


def words(sentence: Sentence) -> list[Token]:
    return [t for t in sentence.tokens if t.upos != "PUNCT" and t.text not in QUOTE_CHARS]


def names_in(name: str, text: str) -> bool:
    """Does `text` mention `name`, maybe in the genitive ('Kims'), but as a whole word
    ('Lim' is not in 'Limousine')?"""
    if name not in text:  # the common case, and a hundred times faster than the pattern
        return False
    return re.search(rf"(?<!\w){re.escape(name)}(?:s|'s|’s)?(?!\w)", text) is not None


def has_quote(text: str) -> bool:
    return any(c in text for c in QUOTE_CHARS)


def is_self_contained(sentence: Sentence, lang: str) -> bool:
    """A body sentence that reads alone: no leading pronoun, no quotation, not a question."""
    if sentence.kind != "body" or not sentence.tokens or has_quote(sentence.text):
        return False
    first = sentence.tokens[0]
    words = phrasing(lang)  # this language's words only: Italian 'Il' is an article, not 'he'
    if first.xpos in CONTEXT_XPOS or first.text.lower() in words.context_words:
        return False
    if first.upos == "CCONJ" or first.xpos == "PROAV" or first.text.lower() in words.context_starts:
        return False  # 'Und ...', 'Deshalb ...', 'So ...' lean on the sentence before
    if first.xpos in ("PWS", "PWAV", "PWAT") and "," not in sentence.text:
        return False  # 'Wer lernte da nicht ...': a rhetorical question, not a statement
    if sentence.text.endswith(("..", "…")) or not any(t.upos in ("VERB", "AUX") for t in sentence.tokens):
        return False  # cut off ('over the past few years,...'), or no clause ('Fascinating view.')
    if any(t.xpos in ("PDAT", "PDS") or t.text.lower() in words.leaning for t in sentence.tokens):
        return False  # 'dieser Ausbruch', 'wertete dies auf', 'ebenfalls', 'andere' lean on another
    return (sentence.text.endswith(".") and not has_pronoun(sentence.tokens, lang)
            and looks_complete(sentence, lang))


def looks_complete(sentence: Sentence, lang: str) -> bool:
    """Where subordinate clauses end in their finite verb (German): a sentence whose first
    clause ends so without a conjunction ('Täubler noch bis drei Uhr bei Hermione weilte,
    hatten ...') lost its start."""
    if not get_language(lang).verb_final_subordinates or not sentence.tokens \
            or sentence.tokens[0].xpos in ("KOUS", "PWAV", "PWS", "KOUI"):
        return True
    clause = []
    for token in sentence.tokens:
        if token.text in CLAUSE_PUNCT or token.upos == "PUNCT":
            break
        clause.append(token)
    finite = [i for i, t in enumerate(clause) if t.xpos in ("VVFIN", "VAFIN", "VMFIN")]
    return bool(finite) and (finite[0] < len(clause) - 1 or len(clause) <= 2)


def has_pronoun(tokens: Sequence[Token], lang: str) -> bool:
    """'sie', 'er', 'ihr' point to someone the reader of a single sentence cannot see."""
    pronouns = phrasing(lang).third_person
    if get_language(lang).stts_tags:  # the tag tells 'sie' the pronoun from 'Sie' and 'ihr' the possessive
        return any(t.xpos == "PPER" and t.text.lower() in pronouns for t in tokens)
    return any(t.text.lower() in pronouns for t in tokens)


def span_text(sentence: Sentence, tokens: Sequence[Token]) -> str:
    return sentence.text[tokens[0].start : tokens[-1].end]


def replace_span(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def clause_window(sentence: Sentence, start: int, end: int, max_words: int = 28) -> str:
    """The sentence, or for a long one the clauses around [start, end), with '…' for what is
    left out: from the sentence's start where it fits, never from inside it at a subordinate
    clause ('… womit die Serie …' reads as a fragment). '' when no window reads well."""
    text = sentence.text
    if len(sentence.tokens) <= max_words:
        return text
    bounds = [0, *sorted({t.start + 1 for t in sentence.tokens if t.text in CLAUSE_PUNCT}), len(text)]
    first = max(i for i, b in enumerate(bounds) if b <= start)
    last = min(i for i, b in enumerate(bounds) if b >= end)
    windows = [(lo, hi) for lo in range(first + 1) for hi in range(last, len(bounds))
               if _words_between(sentence, bounds[lo], bounds[hi]) <= max_words
               and (lo == 0 or _opens_main_clause(sentence, bounds[lo]))]
    if not windows:
        return ""
    lo, hi = max(windows, key=lambda w: (w[0] == 0, _words_between(sentence, bounds[w[0]], bounds[w[1]]),
                                         -w[0]))
    piece = text[bounds[lo] : bounds[hi]].strip().rstrip(",;:(–—").strip()
    return ("… " if lo > 0 else "") + piece + (" …" if hi < len(bounds) - 1 else "")


def _opens_main_clause(sentence: Sentence, at: int) -> bool:
    """Does the text from `at` start like a main clause? Not a relative or subordinate one,
    an apposition, an infinitive ('… die Wagen um 90° zu drehen'), nor the finite verb whose
    subject stood in the clause before ('…, wird zu einer Impfung geraten')."""
    before = [t for t in sentence.tokens if t.end <= at]
    following = [t for t in sentence.tokens if t.start >= at and t.upos != "PUNCT"]
    if not before or not following:
        return False
    # After ';', ':' or a dash a new clause begins; after a comma only 'und', 'aber' ... open one.
    return before[-1].text in (";", ":", "–", "—") or following[0].xpos == "KON"


def with_text(sentence: Sentence, text: str, at: int) -> Sentence:
    """The sentence with new text from an edit at `at`; token offsets after it shift by the
    length change, so clause boundaries still fall where they should."""
    from dataclasses import replace

    delta = len(text) - len(sentence.text)
    tokens = tuple(t if t.start <= at else t._replace(start=t.start + delta, end=t.end + delta)
                   for t in sentence.tokens)
    return replace(sentence, text=text, tokens=tokens)


def _words_between(sentence: Sentence, start: int, end: int) -> int:
    return sum(1 for t in sentence.tokens if start <= t.start < end)


@per_analysis
def paragraph_offsets(analysis: Analysis) -> dict[int, int]:
    """Sentence index -> offset of its text in its paragraph (quotes span sentences).
    Cached for the analysis: callers must not change it."""
    offsets: dict[int, int] = {}
    cursor: dict[int, int] = {}
    for sentence in analysis.sentences:
        paragraph = analysis.article.paragraphs[sentence.paragraph]
        at = paragraph.find(sentence.text, cursor.get(sentence.paragraph, 0))
        offsets[sentence.index] = max(at, 0)
        cursor[sentence.paragraph] = max(at, 0) + len(sentence.text)
    return offsets


def quotations(paragraph: str) -> list[tuple[int, int, str]]:
    """(start, end, inner text) of each direct quotation in a paragraph."""
    return [(m.start(), m.end(), next(g for g in m.groups() if g)) for m in QUOTES.finditer(paragraph)]


@per_analysis
def quoted_sentences(analysis: Analysis) -> frozenset[int]:
    """Sentences that lie (partly) inside a quotation: a speaker's words, not the text's facts."""
    offsets = paragraph_offsets(analysis)
    spans = {n: quotations(p) for n, p in enumerate(analysis.article.paragraphs)}
    return frozenset(s.index for s in analysis.sentences
            if any(a < offsets[s.index] + len(s.text) and offsets[s.index] < b
                   for a, b, _ in spans[s.paragraph]))
