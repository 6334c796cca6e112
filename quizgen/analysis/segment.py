"""Sentence boundaries for one paragraph, as a spaCy component.

spaCy's blank tokenizer keeps "z.", "Dr." and "3." as single tokens, so a period inside
a token is an abbreviation or an ordinal; it ends a sentence only when the next word is
one that typically starts a sentence. Closing quotes and brackets stay with the sentence
they close, and a dateline ("BERLIN (dpa) -") is a segment of its own.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

from ..languages import LanguageProfile

TERMINALS = ".!?…"  # the characters of sentence-ending punctuation
CLOSERS = {"“", "”", "\"", "'", "’", "''", "«", "»", ")", "]", "‹", "›"}
STRAIGHT_QUOTES = {"\"", "'"}

DATELINE_START = re.compile(r"^[A-ZÄÖÜÉ][A-ZÄÖÜÉ'.\- /]{2}")  # as DATELINE begins
DATELINE = re.compile(
    r"^[A-ZÄÖÜÉ][A-ZÄÖÜÉ'.\- /]{2,40}(?:,\s*[\w. ]{2,30})?\s*(?:\([^)]{1,30}\))?\s*[-–—:]\s"
)


def _ends_with_period(text: str) -> bool:
    return len(text) > 1 and text.endswith(".") and not text.startswith(".")


def _starts_sentence(text: str, profile: LanguageProfile) -> bool:
    """Is `text` (after an ambiguous period) a plausible first word of a sentence?"""
    if not text[:1].isupper():
        return False
    return text.lower() in profile.sentence_starters


def _is_terminal(text: str) -> bool:
    """'.', '!!!', '?!', '...', '….': punctuation that ends a sentence."""
    return bool(text) and not text.strip(TERMINALS)


def _closing_quote(doc: Doc, texts: list[str], i: int, profile: LanguageProfile) -> bool:
    text = texts[i]
    if text in STRAIGHT_QUOTES:
        return _straight_quote_closes(doc[i])
    # German quotes »so«, French and others « ainsi ».
    if text in ("«", "»"):
        return text == profile.closing_guillemet
    return text in CLOSERS


def _straight_quote_closes(token: Token) -> bool:
    """'said "Yes." Then' closes; 'say? "THE' opens. Spacing decides; when it cannot, a
    quote closes if an odd number of them came before it in the paragraph."""
    doc = token.doc
    space_before = token.i > 0 and bool(doc[token.i - 1].whitespace_)
    space_after = bool(token.whitespace_) or token.i + 1 == len(doc)
    if space_before != space_after:
        return space_after
    before = sum(1 for t in doc[: token.i] if t.text == token.text)
    return before % 2 == 1


SENTENCE_OPENERS = set("„“\"'`«»‹›‚‘([¿¡—–-")


def _can_open_sentence(text: str) -> bool:
    """A capital, a digit or an opening quote or bracket can start a sentence."""
    first = text[:1]
    return first.isupper() or first.isdigit() or first in SENTENCE_OPENERS


def sentence_ends(doc: Doc, profile: LanguageProfile) -> list[int]:
    """Indexes of the tokens after which a sentence ends (the last token always does)."""
    ends: list[int] = []
    texts = token_texts(doc)
    n = len(texts)
    i = 0
    while i < n:
        text = texts[i]
        end_here = False
        if _is_terminal(text):
            end_here = True
        elif text in (":", ";") and i + 1 < n and profile.colon_ends_sentence:
            # "... bereit: Manchmal könne sie ..." - a capitalised sentence opener after a
            # colon starts a sentence of its own; a quotation after it does not.
            end_here = _starts_sentence(texts[i + 1], profile)
        elif _ends_with_period(text) and i + 1 < n:
            nxt = texts[i + 1]
            if text in profile.title_abbreviations or nxt in profile.months:
                end_here = False
            else:
                end_here = _starts_sentence(nxt, profile)
        if end_here:
            j = i
            while j + 1 < n and _is_terminal(texts[j + 1]):
                j += 1
            while j + 1 < n and _closing_quote(doc, texts, j + 1, profile):
                j += 1
            # "...?", fragte er / "Komm!", rief sie / "7,6 hab. / km²": the clause goes on.
            if j + 1 < n and not _can_open_sentence(texts[j + 1]):
                i = j + 1
                continue
            if j + 1 < n:
                ends.append(j)
            i = j + 1
            continue
        i += 1
    if n:
        ends.append(n - 1)
    return ends


def dateline_end(doc: Doc) -> int | None:
    """Index of the dash/colon token that closes a news dateline at the paragraph start."""
    # doc.text joins every token's text: look at the first few first, since a dateline
    # starts with three capitals ("BERLIN", "AP -").
    head = doc[: min(len(doc), 8)].text
    if len(head) >= 3 and not DATELINE_START.match(head):
        return None
    text = doc.text
    match = DATELINE.match(text)
    if not match or match.end() >= len(text) - 1:
        return None
    for token in doc:
        if token.idx + len(token.text) >= match.end() - 1:
            return token.i
    return None


def set_sentence_starts(doc: Doc, profile: LanguageProfile) -> Doc:
    if not len(doc):
        return doc
    starts = {0}
    starts.update(e + 1 for e in sentence_ends(doc, profile))
    dateline = dateline_end(doc)
    if dateline is not None:
        starts = {s for s in starts if s == 0 or s > dateline + 1} | {dateline + 1}
    # One array write instead of a Python call per token (spaCy checks the whole doc on each).
    flags = numpy.full(len(doc), numpy.iinfo(numpy.uint64).max, dtype="uint64")  # -1: inside
    flags[[s for s in starts if s < len(doc)]] = 1
    doc.from_array([SENT_START], flags)
    return doc


def token_texts(doc: Doc) -> list[str]:
    """The text of each of `doc`'s tokens, read once per doc: the splitter, the tagger and
    the rules all need them, and reading `doc[i].text` makes a new Token object each time."""
    texts = doc.user_data.get("quizgen_texts")
    if texts is None:
        texts = doc.user_data["quizgen_texts"] = [token.text for token in doc]
    return texts


def sentence_ranges(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indexes of `doc`'s sentences, found once per doc. spaCy's
    `doc.sents` walks every token (a new Token object each) on each call, and the tagger,
    the rules and the analysis all ask for it. The doc keeps indexes, not Spans: a Span
    refers back to its doc, and the cycle would keep every paragraph's doc alive until a
    garbage collection."""
    ranges = doc.user_data.get("quizgen_sentences")
    if ranges is None:
        ranges = doc.user_data["quizgen_sentences"] = [(s.start, s.end) for s in doc.sents]
    return ranges


def sentences(doc: Doc) -> list[Span]:
    """`doc.sents`, from `sentence_ranges`."""
    return [doc[start:end] for start, end in sentence_ranges(doc)]
