"""HanTa's per-word analyses, memoized in memory and kept between runs.

HanTa spends its time on two per-word methods: `_tag_word` (the lexical tag probabilities
of one word) and `_analyze` (its morphemes and lemma under one tag). Both are pure functions
of their arguments and the model, and a text repeats its word types many times, so their
results are cached per call signature: the sentence Viterbi and the lemmas come out exactly
as without the cache. The cache is pickled in the user's cache folder (next to the noun
lexicon), keyed by HanTa's version and the model file, so a second book costs only its new
words.
"""

from __future__ import annotations

import pickle
from importlib import metadata
from itertools import islice
from pathlib import Path
from typing import Any

from .cache import cache_dir, save

MAX_SAVED_ENTRIES = 400_000  # about 60 MB on disk; beyond it new words stay in memory only
FORMAT = 1


def cache_file(model_file: str) -> Path:
    version = metadata.version("HanTa")
    return cache_dir() / f"hanta-{Path(model_file).stem}-{version}-{FORMAT}.pickle"


class WordAnalyses:
    """Installs cached `_tag_word` and `_analyze` on one HanTa tagger instance."""

    def __init__(self, tagger: Any, model_file: str) -> None:
        self.path = cache_file(model_file)
        self.tags, self.analyses = self._load()
        self.saved_size = len(self.tags) + len(self.analyses)
        self.marked = (len(self.tags), len(self.analyses))
        self._tag_word, self._analyze = tagger._tag_word, tagger._analyze
        # Instance attributes shadow the methods, so HanTa's own tag_sent and analyze use them.
        tagger._tag_word, tagger._analyze = self.tag_word, self.analyze

    def tag_word(self, word: str, cutoff: int = 5, casesensitive: bool = True,
                 conditional: bool = False) -> list:
        key = (word, cutoff, casesensitive, conditional)
        found = self.tags.get(key)
        if found is None:
            found = self.tags[key] = tuple(self._tag_word(word, cutoff, casesensitive, conditional))
        return list(found)  # HanTa's callers get the list they always got

    def analyze(self, word: str, pos: int, taglevel: int = 1) -> Any:
        key = (word, pos, taglevel)
        found = self.analyses.get(key)
        if found is None:
            found = self.analyses[key] = self._analyze(word, pos, taglevel)
        return found

    def mark(self) -> None:
        self.marked = (len(self.tags), len(self.analyses))

    def added(self) -> tuple[list, list]:
        """Entries added since `mark` (dicts keep insertion order); marks again."""
        tags = list(islice(self.tags.items(), self.marked[0], None))
        analyses = list(islice(self.analyses.items(), self.marked[1], None))
        self.mark()
        return tags, analyses

    def merge(self, added: tuple[list, list]) -> None:
        tags, analyses = added
        for key, value in tags:
            self.tags.setdefault(key, value)
        for key, value in analyses:
            self.analyses.setdefault(key, value)

    def _load(self) -> tuple[dict, dict]:
        try:
            with self.path.open("rb") as handle:
                tags, analyses = pickle.load(handle)
            return tags, analyses
        except (OSError, pickle.PickleError, EOFError, ValueError, TypeError, AttributeError):
            return {}, {}

    def save(self) -> None:
        """Write the cache if it grew; a read-only home only costs the analyses next time."""
        size = len(self.tags) + len(self.analyses)
        if size == self.saved_size or size > MAX_SAVED_ENTRIES:
            return
        save(self.path, (self.tags, self.analyses))
        self.saved_size = size
