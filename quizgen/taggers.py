"""HanTa as a spaCy component (German, English, Dutch); French, Spanish and Italian are in
romance_tagger."""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import LEMMA, POS, TAG
from spacy.parts_of_speech import IDS as UNIVERSAL_POS
from spacy.strings import StringStore
from spacy.tokens import Doc

from . import hanta_viterbi
from .cache import load_or_build, register
from .languages import get_language
from .marks import set_names
from .segment import sentence_ranges, token_texts
from .tagsets import hanta_tag_to_xpos, xpos_to_upos
from .wordcache import WordAnalyses


@lru_cache(maxsize=4)
def hanta_model(filename: str):
    """HanTa's model, loaded once, with its per-word analyses cached (see wordcache) and a
    faster sentence Viterbi (see hanta_viterbi)."""
    tagger = _load_tagger(filename)
    cache = WORD_CACHES[filename] = WordAnalyses(tagger, filename)
    hanta_viterbi.install(tagger)
    # Saved at exit too: compound splits are asked for after the analysis.
    register(f"hanta-tags-{filename}", cache.saved_tags)
    register(f"hanta-analyses-{filename}", cache.saved_analyses)
    return tagger


WORD_CACHES: dict[str, WordAnalyses] = {}
MAX_KEPT_MODEL_BYTES = 5_000_000  # packed; German's is 1.2 MB, English's 1.7, Dutch's 11.6


def _load_tagger(filename: str) -> Any:
    """A HanoverTagger as HanTa builds it. HanTa unzips its model and then works out which
    tags can reach which (half of its loading time); for a small model, the finished
    tagger's attributes are kept in the cache folder and read back in one go. (The Dutch
    model unpacks to over 100 MB, and reading that back saves little.)"""
    from HanTa import HanoverTagger as module

    def build() -> dict[str, Any]:
        return vars(module.HanoverTagger(filename))

    packed = Path(module.__file__).parent / filename
    if not packed.is_file() or packed.stat().st_size > MAX_KEPT_MODEL_BYTES:
        return module.HanoverTagger(filename)
    tagger = module.HanoverTagger.__new__(module.HanoverTagger)
    tagger.__dict__.update(load_or_build(f"hanta-model-{Path(filename).stem}",
                                         metadata.version("HanTa"), build))
    return tagger


class HantaTagger:
    """Tags and lemmatizes each sentence with HanTa (a trigram HMM over morphology)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
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
                                    tagger.tag_sent_viterbi(words, True), strict=True):
                row, is_name = known.get((word, tag)) or self._row(tagger, word, tag)
                rows.append(row)
                if is_name:
                    names[i] = True
        doc.from_array([TAG, POS, LEMMA], numpy.array(rows, dtype="uint64"))
        set_names(doc, names)
        return doc

    def _row(self, tagger: Any, word: str, tag: int) -> tuple[tuple[int, int, int], bool]:
        lemma = tagger._analyze(word, tag, taglevel=1)[0]
        xpos = hanta_tag_to_xpos(tagger.int2tag[tag], self.lang)
        upos = xpos_to_upos(xpos, self.lang)
        add = self.strings.add
        found = self.rows[(word, tag)] = ((add(xpos), UNIVERSAL_POS[upos], add(lemma)),
                                           upos == "PROPN")
        return found
