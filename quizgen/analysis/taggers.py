"""HanTa as a spaCy component (German, English, Dutch); French, Spanish and Italian are in
analysis/romance/tagger.py."""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, POS, TAG
from spacy.parts_of_speech import IDS as UNIVERSAL_POS
from spacy.strings import StringStore
from spacy.tokens import Doc

from ..languages import get_language
from .hanta import hanta_model, lemma_under, tag_name, tag_sentence
from .marks import set_names
from .segment import sentence_ranges, token_texts
from .tagsets import hanta_tag_to_xpos, xpos_to_upos


class HantaTagger:
    """Tags and lemmatizes each sentence with HanTa (a trigram HMM over morphology)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.tagset = get_language(lang).hanta_tagset or ""
        self.model_file = get_language(lang).hanta_model
        # (word, HanTa's tag number) -> the word's row for `Doc.from_array` and whether it
        # is a name; the strings in the rows are in `self.strings`.
        self.rows: dict[tuple[str, int], tuple[tuple[int, int, int], bool]] = {}
        self.strings: StringStore | None = None

    def __call__(self, doc: Doc) -> Doc:
        """The tags, UPOS and lemmas are written into the doc in one go (`Doc.from_array`):
        setting three attributes per token through spaCy's properties, each making a Token
        object first, costs as much as HanTa's tagging.

        This is HanTa's `tag_sent(taglevel=1)`, with the lemma and the tags of each word
        under the tag the sentence Viterbi chose worked out once per word and tag."""
        if not len(doc):
            return doc
        tagger = hanta_model(self.model_file)
        if doc.vocab.strings is not self.strings:
            self.rows, self.strings = {}, doc.vocab.strings
        texts = token_texts(doc)
        known = self.rows
        names: dict[int, bool] = {}
        rows = []
        for start, end in sentence_ranges(doc):
            words = texts[start:end]
            for i, word, tag in zip(range(start, end), words,
                                    tag_sentence(tagger, words), strict=True):
                row, is_name = known.get((word, tag)) or self._row(tagger, word, tag)
                rows.append(row)
                if is_name:
                    names[i] = True
        doc.from_array([TAG, POS, LEMMA], numpy.array(rows, dtype="uint64"))
        set_names(doc, names)
        return doc

    def _row(self, tagger: Any, word: str, tag: int) -> tuple[tuple[int, int, int], bool]:
        lemma = lemma_under(tagger, word, tag)
        xpos = hanta_tag_to_xpos(tag_name(tagger, tag), self.tagset)
        upos = xpos_to_upos(xpos, self.tagset)
        add = self.strings.add
        found = self.rows[(word, tag)] = ((add(xpos), UNIVERSAL_POS[upos], add(lemma)),
                                           upos == "PROPN")
        return found
