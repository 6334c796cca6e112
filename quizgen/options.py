"""Build options, the TOML config file, and CEFR level -> vocabulary size."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from .errors import UsageError
from .languages import DEFAULT_FORMS_PER_LEMMA, get_language
from .runtime.cache import load_or_build

# How many of a language's most frequent lemmas a learner at each CEFR level knows.
# Rough consensus figures from vocabulary-size research (Milton 2010; Tschirner 2004 for German).
LEVEL_LEMMAS: dict[str, int] = {
    "A1": 800,
    "A2": 1500,
    "B1": 2500,
    "B2": 4000,
    "C1": 7000,
    "C2": 12000,
}

FORMATS = ("apkg", "html", "pdf", "json", "gift", "tsv", "web")
DEFAULT_FORMATS = ("apkg", "html", "json")
HINTS = ("lemma", "first-letter", "gloss", "none")
ADDRESSES = ("sie", "du")  # how instructions and prompts address the learner
# Card kinds of the Anki deck: meaning is word -> meaning, reverse is meaning -> word.
CARD_KINDS = ("cloze", "meaning", "reverse", "questions")
DEFAULT_CARDS = ("cloze", "questions")
# Words spelt like their meaning (Artillerie/artillery): kept in rank, ranked last, or dropped.
COGNATES = ("keep", "last", "drop")


@dataclass(frozen=True)
class Options:
    """Everything that shapes a build. Same Options + same text -> same output."""

    lang: str = "auto"
    level: str = "B1"
    min_zipf: float | None = None
    max_zipf: float | None = None
    max_cards: int = 30
    questions: int = 10
    known_words: frozenset[str] = frozenset()
    known_words_file: str | None = None  # where known_words came from: never an article
    include: frozenset[str] = frozenset()
    exclude: frozenset[str] = frozenset()
    drop_questions: frozenset[str] = frozenset()  # question ids to leave out (stable per text)
    formats: tuple[str, ...] = DEFAULT_FORMATS
    out: str = "decks"
    deck: str | None = None
    templates: str | None = None
    hint: str = "lemma"
    paper: str = "a4"
    teacher: bool = False
    ui_lang: str | None = None
    address: str = "sie"
    gaps: int = 12  # gaps on the worksheet, apart from the worked example
    word_bank: bool = True
    source: str | None = None  # the worksheet's "Source" line, e.g. "AP, 14.09.2023"
    excerpt: int = 800  # a longer text's worksheet covers about this many words (0: all)
    cognates: str = "last"
    audio: bool = False
    gloss_lang: str | None = None  # None: the default for the text's language (gloss.py)
    glossary: str | None = None
    dictionary: str | None = None
    input_format: str = "auto"
    epub: str = "chapters"  # chapters: one article per chapter; book: the whole book as one
    max_input_mb: float = 20.0
    spacy_model: str | None = None
    jobs: int | None = None  # processes analysing a long text; None: one per core, up to 4
    seed: int = 0
    cards: tuple[str, ...] = DEFAULT_CARDS
    anki_collection: str | None = None  # the learner's collection: known words, their edits
    anki_decks: tuple[str, ...] = ()  # deck name patterns ("Deutsch*"); none: every deck
    known_interval: int = 21  # days: a card reviewed at this interval counts as known
    # The part of known_words read from the collection: recorded in JSON as a count only.
    collection_words: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.level.upper() not in LEVEL_LEMMAS:
            raise UsageError(f"unknown level {self.level!r}; choose one of {', '.join(LEVEL_LEMMAS)}")
        object.__setattr__(self, "level", self.level.upper())
        bad = [f for f in self.formats if f not in FORMATS]
        if bad:
            raise UsageError(f"unknown format {bad[0]!r}; choose from {', '.join(FORMATS)}")
        if self.hint not in HINTS:
            raise UsageError(f"unknown hint {self.hint!r}; choose one of {', '.join(HINTS)}")
        if self.address not in ADDRESSES:
            raise UsageError(f"unknown address {self.address!r}; choose sie or du")
        if self.cognates not in COGNATES:
            raise UsageError(f"unknown cognates mode {self.cognates!r}; choose keep, last or drop")
        if self.paper not in ("a4", "letter"):
            raise UsageError(f"unknown paper {self.paper!r}; choose a4 or letter")
        if self.epub not in ("chapters", "book"):
            raise UsageError(f"unknown EPUB mode {self.epub!r}; choose chapters or book")
        if self.max_input_mb <= 0:
            raise UsageError(f"--max-input-mb must be positive, not {self.max_input_mb!r}")
        if self.jobs is not None and self.jobs < 1:
            raise UsageError(f"--jobs must be at least 1, not {self.jobs!r}")
        if self.max_cards < 0 or self.questions < 0:
            raise UsageError("--max-cards and --questions must not be negative")
        if self.gaps < 0 or self.excerpt < 0:
            raise UsageError("--gaps and --excerpt must not be negative")
        bad = [c for c in self.cards if c not in CARD_KINDS]
        if bad:
            raise UsageError(f"unknown card kind {bad[0]!r}; choose from {', '.join(CARD_KINDS)}")
        if self.known_interval < 1:
            raise UsageError(f"--known-interval must be at least 1 day, not {self.known_interval!r}")

    def with_(self, **changes: Any) -> Options:
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The options as recorded in JSON output: plain values, sorted sets."""
        out: dict[str, Any] = {}
        for key, value in asdict(self).items():
            out[key] = sorted(value) if isinstance(value, frozenset) else value
        if self.collection_words:  # thousands of words, all in the learner's collection
            out["known_words"] = sorted(self.known_words - self.collection_words)
            out["collection_words"] = len(self.collection_words)
        return out


def level_zipf_threshold(level: str, lang: str) -> float:
    """The Zipf frequency below which a word is probably unknown at `level`."""
    return _level_thresholds(lang)[level.upper()]


@lru_cache(maxsize=8)
def _level_thresholds(lang: str) -> dict[str, float]:
    """Per level, the Zipf frequency of the word at its rank; kept in the cache folder, since
    reading wordfreq's whole list for six numbers costs a fifth of a second."""
    return load_or_build(f"levels-{lang}", metadata.version("wordfreq"),
                         lambda: _zipf_at_ranks(lang))


def _zipf_at_ranks(lang: str) -> dict[str, float]:
    from wordfreq import top_n_list, zipf_frequency

    forms = get_language(lang).forms_per_lemma or DEFAULT_FORMS_PER_LEMMA
    ranks = {level: int(count * forms) for level, count in LEVEL_LEMMAS.items()}
    words = top_n_list(lang, max(ranks.values()))
    return {level: zipf_frequency(words[rank - 1], lang) for level, rank in ranks.items()}


def load_config(path: str | Path) -> dict[str, Any]:
    """The settings of a TOML config file as Options values (see config.py)."""
    from .config import load_config as load

    return load(path)


def read_word_list(path: str | Path) -> frozenset[str]:
    """One lemma per line; blank lines and '#' comments are ignored."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UsageError(f"cannot read word list {str(path)!r}: {exc.strerror}") from exc
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(w for w in words if w)


