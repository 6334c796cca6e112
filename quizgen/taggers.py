"""HanTa as a spaCy component (German, English, Dutch); French, Spanish and Italian are in
romance_tagger."""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from . import hanta_viterbi
from .cache import load_or_build, register
from .languages import get_language
from .marks import set_name
from .segment import sentences
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

    def __call__(self, doc: Doc) -> Doc:
        tagger = hanta_model(self.model_file)
        for sent in sentences(doc):
            words = [t.text for t in sent]
            for token, (_, lemma, tag) in zip(sent, tagger.tag_sent(words, taglevel=1), strict=True):
                xpos = hanta_tag_to_xpos(tag, self.lang)
                token.tag_ = xpos
                token.pos_ = xpos_to_upos(xpos, self.lang)
                token.lemma_ = lemma
                set_name(token, token.pos_ == "PROPN")
        return doc
