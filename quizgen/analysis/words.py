"""A doc's tokens as plain Python objects, for rules that read them many times.

spaCy makes a new `Token` object on every access (`doc[i]`, iterating a span), and every
string attribute (`tag_`, `lemma_`, `lower_`) is looked up in the string store on every
read. The German rules make seven passes over each sentence and look at neighbours all the
time: a million reads in a book. They work on `Word`s instead, made once per doc with one
`Doc.to_array`, and their changes are written back with one `Doc.from_array`.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_ALPHA, IS_PUNCT, LEMMA, POS, SPACY, TAG
from spacy.parts_of_speech import IDS as UNIVERSAL_POS
from spacy.parts_of_speech import NAMES as UNIVERSAL_POS_NAMES
from spacy.tokens import Doc

from .segment import sentence_ranges, token_texts

COLUMNS = [TAG, POS, LEMMA, SPACY, IS_ALPHA, IS_PUNCT]


class Word:
    """One token, with the attributes of spaCy's `Token` that the rules use (same names,
    so that rules read like spaCy code), plus its sentence's token range."""

    __slots__ = ("doc", "i", "is_alpha", "is_punct", "lemma_", "lower_", "pos_", "sentence",
                 "tag_", "text", "whitespace_")

    def __init__(self, doc: Words, i: int, text: str, tag: str, pos: str, lemma: str,
                 whitespace: str, is_alpha: bool, is_punct: bool,
                 sentence: tuple[int, int]) -> None:
        self.doc = doc
        self.i = i
        self.text = text
        self.lower_ = text.lower()
        self.tag_ = tag
        self.pos_ = pos
        self.lemma_ = lemma
        self.whitespace_ = whitespace
        self.is_alpha = is_alpha
        self.is_punct = is_punct
        self.sentence = sentence  # (start, end) token indexes of its sentence

    def __repr__(self) -> str:
        return f"Word({self.text!r}, {self.tag_}, {self.pos_}, {self.lemma_!r})"


class Words(list[Word]):
    """All of a doc's tokens as `Word`s. `user_data` is the doc's, so the notes of marks.py
    (names, particles) read and write the same place for Words as for spaCy tokens."""

    def __init__(self, doc: Doc) -> None:
        super().__init__()
        self.spacy_doc = doc
        self.user_data = doc.user_data
        if not len(doc):
            return
        strings = doc.vocab.strings
        rows = doc.to_array(COLUMNS).tolist()
        texts = token_texts(doc)
        # The sentences cover the doc in order: a Word's index is its place in this list.
        for start, end in sentence_ranges(doc):
            sentence = (start, end)
            self.extend(
                Word(self, i, texts[i], strings[tag], UNIVERSAL_POS_NAMES[pos], strings[lemma],
                     " " if space else "", bool(alpha), bool(punct), sentence)
                for i, (tag, pos, lemma, space, alpha, punct)
                in enumerate(rows[start:end], start=start)
            )

    def sentences(self) -> list[SentenceWords]:
        return [SentenceWords(self, start, end) for start, end in sentence_ranges(self.spacy_doc)]

    def finish(self) -> None:
        """Write the tags, parts of speech and lemmas, as the rules left them, into the doc,
        and let go of the Words: each refers back to this list, a reference cycle that would
        otherwise wait for the garbage collector."""
        if not self:
            return
        add = self.spacy_doc.vocab.strings.add
        rows = [(add(word.tag_), UNIVERSAL_POS[word.pos_], add(word.lemma_)) for word in self]
        self.spacy_doc.from_array([TAG, POS, LEMMA], numpy.array(rows, dtype="uint64"))
        self.clear()


class SentenceWords(list[Word]):
    """A sentence's Words, with the Span attributes rules use: `doc`, `start`, `end`."""

    def __init__(self, doc: Words, start: int, end: int) -> None:
        super().__init__(doc[start:end])
        self.doc, self.start, self.end = doc, start, end

    def at(self, i: int) -> Word:
        """The word with index `i` in the doc, which must be in this sentence."""
        return self[i - self.start]
