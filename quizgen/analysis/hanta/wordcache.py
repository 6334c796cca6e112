"""HanTa's per-word analyses, memoized in memory and kept between runs.

HanTa spends its time on two per-word methods: `_tag_word` (the lexical tag probabilities
of one word) and `_analyze` (its morphemes and lemma under one tag). Both are pure functions
of their arguments and the model, and a text repeats its word types many times, so their
results are cached per call signature: the sentence Viterbi and the lemmas come out exactly
as without the cache. The two memos are kept in the user's cache folder (next to the noun
lexicon), keyed by HanTa's version and the model file, so a second book costs only its new
words.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path
from typing import Any

from ...runtime.cache import SavedDict

MAX_SAVED_ENTRIES = 200_000  # per memo, about 30 MB on disk; beyond it new words stay in memory
FORMAT = 2


class WordAnalyses:
    """Installs cached `_tag_word` and `_analyze` on one HanTa tagger instance."""

    def __init__(self, tagger: Any, model_file: str) -> None:
        stem = f"{Path(model_file).stem}-{metadata.version('HanTa')}-{FORMAT}"
        self.saved_tags = SavedDict(f"hanta-tags-{stem}.pickle", MAX_SAVED_ENTRIES)
        self.saved_analyses = SavedDict(f"hanta-analyses-{stem}.pickle", MAX_SAVED_ENTRIES)
        self.tags, self.analyses = self.saved_tags.values, self.saved_analyses.values
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

    def save(self) -> None:
        self.saved_tags.save()
        self.saved_analyses.save()
