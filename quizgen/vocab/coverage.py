"""How much of a text the learner can read already: the share of running words known, the
new lemmas, and a plain warning when the text is far above them."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..model import Analysis
from ..options import Options
from .known import known_rule

# Below this share of known running words a text is hard going: readers need about 95% to
# follow a text and 98% to read it with ease (Hu & Nation 2000; Laufer & Ravenhorst-Kalovski 2010).
HARD_SHARE = 0.90


@dataclass(frozen=True)
class Coverage:
    running_words: int
    known_words: int  # running words the learner knows (names count as known)
    new_lemmas: int
    measured_by: str  # "level" or "collection"
    level: str

    @property
    def share(self) -> float:
        return self.known_words / self.running_words if self.running_words else 1.0

    @property
    def new_words(self) -> int:
        return self.running_words - self.known_words

    def learner(self) -> str:
        return "this learner" if self.measured_by == "collection" else self.level

    def describe(self) -> str:
        by = f"level {self.level}" + (" and Anki collection" if self.measured_by == "collection" else "")
        return (f"{self.share:.0%} of {self.running_words} running words known (by {by}), "
                f"{self.new_lemmas} new lemmas")

    def warning(self) -> str | None:
        if self.share >= HARD_SHARE:
            return None
        return f"{self.new_words} new words in {self.running_words}: this text is hard for {self.learner()}"

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "share": round(self.share, 3), "warning": self.warning()}


def _is_running_word(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def text_coverage(analysis: Analysis, options: Options) -> Coverage:
    """Function words, names and frequent words count as known; a content word by the known
    rule (known.py) applied to its lemma."""
    from .select import collect_candidates

    lang = analysis.language
    is_known = known_rule(options, lang)
    running = sum(1 for s in analysis.sentences if s.kind != "credit"
                  for t in s.tokens if t.upos != "PUNCT" and _is_running_word(t.text))
    unknown = [c for c in collect_candidates(analysis).values() if not is_known(c)]
    new_words = sum(len(c.occurrences) for c in unknown)
    return Coverage(running, running - new_words, len(unknown),
                    "collection" if options.anki_collection else "level", options.level)
