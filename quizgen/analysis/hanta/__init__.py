"""HanTa (the Hanover Tagger) through one adapter: the only package that knows HanTa's
internals, so that a HanTa release that changes them breaks here and in tests/test_hanta.py
only. pyproject.toml pins HanTa to `SUPPORTED_VERSIONS`, the releases this was written for.

Beyond HanTa's public `tag_sent`, `tag_word` and `analyze`, quizgen uses: the model's tag
tables (`int2tag`, `tag2int`) and transition table (`LP_trans_word`), its per-word methods
`_tag_word` and `_analyze` (memoised by wordcache), its sentence Viterbi `tag_sent_viterbi`
(replaced by a faster equal one, see viterbi), and a loaded tagger's attributes, kept in the
cache folder so that a small model loads in one go.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from ...runtime.cache import load_or_build, register
from . import viterbi
from .wordcache import WordAnalyses

SUPPORTED_VERSIONS = ">=1.2.1,<1.3"
MAX_KEPT_MODEL_BYTES = 5_000_000  # packed; German's is 1.2 MB, English's 1.7, Dutch's 11.6
WORD_CACHES: dict[str, WordAnalyses] = {}


@lru_cache(maxsize=4)
def hanta_model(filename: str) -> Any:
    """HanTa's tagger for the model `filename`, loaded once, with its per-word analyses
    cached (see wordcache) and a faster sentence Viterbi (see viterbi)."""
    tagger = _load_tagger(filename)
    cache = WORD_CACHES[filename] = WordAnalyses(tagger, filename)
    viterbi.install(tagger)
    # Saved at exit too: compound splits are asked for after the analysis.
    register(f"hanta-tags-{filename}", cache.saved_tags)
    register(f"hanta-analyses-{filename}", cache.saved_analyses)
    return tagger


def tag_sentence(tagger: Any, words: list[str]) -> list[int]:
    """The tag number of each word of one sentence (HanTa's Viterbi, case-sensitive)."""
    return tagger.tag_sent_viterbi(words, True)


def lemma_under(tagger: Any, word: str, tag: int) -> str:
    """`word`'s lemma when it has the tag numbered `tag`."""
    return tagger._analyze(word, tag, taglevel=1)[0]


def word_tags(tagger: Any, word: str) -> list[str]:
    """The tags HanTa's lexicon gives `word` on its own, likeliest first (by name)."""
    return [tagger.int2tag[tag] for tag, _ in tagger._tag_word(word)]


def tag_name(tagger: Any, tag: int) -> str:
    return tagger.int2tag[tag]


def tag_number(tagger: Any, name: str) -> int:
    return tagger.tag2int[name]


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
