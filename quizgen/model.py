"""The values passed between pipeline stages: frozen, plain, serialisable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

# The gender slot of a noun used only in the plural ('die Leute'): it takes the plural
# article and has no plural of its own.
PLURAL_ONLY = "pl"


@dataclass(frozen=True)
class Article:
    """A text as read from its source, before analysis."""

    title: str
    paragraphs: tuple[str, ...]
    language: str | None = None  # None until detected
    source: str = ""
    # Where the text was published ("AP, 14.09.2023"), from the file's own metadata.
    origin: str = ""


class Token(NamedTuple):
    """One token; offsets are character offsets in its sentence's text.

    A NamedTuple rather than a frozen dataclass like the other values: a book has over
    100,000 tokens, and a tuple is made six times faster and pickled (from the analysing
    workers) several times faster. Change one with `token._replace(...)`."""

    text: str
    lemma: str
    upos: str
    xpos: str
    start: int
    end: int
    space_after: bool = True
    is_name: bool = False
    feats: str = "_"
    # For a separable verb's finite part: index (in the sentence) of its particle.
    particle: int | None = None


@dataclass(frozen=True)
class Sentence:
    index: int
    paragraph: int
    text: str
    tokens: tuple[Token, ...]
    # Headlines, datelines and credit lines are kept in the text but make poor examples.
    kind: str = "body"  # body | heading | credit


@dataclass(frozen=True)
class Analysis:
    article: Article
    language: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class VocabItem:
    """A word chosen for study, with the sentence it is shown in."""

    lemma: str
    form: str
    pos: str
    zipf: float
    sentence: int
    start: int
    end: int
    gender: str | None = None  # m | f | n for nouns of gendered languages, PLURAL_ONLY
    plural: str | None = None
    gloss: str | None = None
    parts: tuple[str, ...] = ()  # compound parts, head last
    # More spans of the same word in the sentence (a separable verb's particle).
    extra_spans: tuple[tuple[int, int], ...] = ()
    count: int = 1  # occurrences in the article
    gloss_source: str | None = None
    pronunciation: str | None = None
    reflexive: bool = False  # used reflexively in its sentence: shown as "sich annähern"

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        return ((self.start, self.end), *self.extra_spans)


@dataclass(frozen=True)
class ClozeCard:
    id: str
    lemma: str
    sentence: int
    # The word's characters in its sentence, in text order (two for a separable verb):
    # plain offsets, which each exporter marks in its own syntax.
    spans: tuple[tuple[int, int], ...]
    answer: str
    hint: str | None = None


QUESTION_TYPES = ("who", "who_said", "number", "true_false", "order", "word_in_context", "open")


@dataclass(frozen=True)
class Question:
    """A comprehension question. How `options` and `answer` look depends on `type`:

    - multiple choice ("who", "who_said", "number", "word_in_context"): `options` are the
      choices in display order (usually four), `answer` is the right option's text;
    - "true_false": `prompt` is the statement, `options` is empty, `answer` is a bool;
    - "order": `options` are the events in display (shuffled) order, `answer` is the list
      of option indexes in the right order;
    - "open": `options` is empty, `answer` is a model answer (str);
    - "matching" (e.g. paragraphs to headings): `items` are the things to match, in display
      order, `options` the choices (more may be given than items), `answer` the option index
      for each item.

    Any other type with `options` is multiple choice as above. `evidence` holds the indexes
    of the sentences that answer it; `explanation` is shown in the answer key.
    """

    id: str
    type: str
    prompt: str
    options: tuple[str, ...]
    answer: Any
    evidence: tuple[int, ...] = ()
    explanation: str | None = None
    items: tuple[str, ...] = ()


# How a question is answered, by the contract above; in this order the worksheet lays out
# its sections. "other" is every type not named here that has no options.
ANSWER_KINDS = ("choice", "true_false", "true_false_not_given", "matching", "order", "open",
                "other")
_KIND_OF_TYPE = {"true_false": "true_false", "true_false_not_given": "true_false_not_given",
                 "matching": "matching", "order": "order", "open": "open"}


def question_kind(question: Question) -> str:
    """One of ANSWER_KINDS: a type quizgen does not know is multiple choice if it has options."""
    if question.type in _KIND_OF_TYPE:
        return _KIND_OF_TYPE[question.type]
    return "choice" if question.options else "other"


@dataclass(frozen=True)
class WorksheetGap:
    """One numbered gap of the worksheet (0 is the worked example); `answer` is the words as
    they stand in the text, a separable verb's two parts joined by " … "."""

    number: int
    answer: str
    item: VocabItem  # the word, its sentence and its spans

    @property
    def lemma(self) -> str:
        return self.item.lemma

    @property
    def sentence(self) -> int:
        return self.item.sentence


@dataclass(frozen=True)
class BankWord:
    """A word in the word bank: `text` as the student sees it ("die Rakete"), `key_text` as
    the teacher's key shows it (with the plural); a distractor fills no gap."""

    text: str
    key_text: str
    lemma: str
    gloss: str | None = None
    distractor: bool = False


@dataclass(frozen=True)
class Worksheet:
    """What the printed and interactive worksheets show, chosen once for every exporter."""

    gaps: tuple[WorksheetGap, ...]
    example: WorksheetGap | None
    word_bank: tuple[BankWord, ...]
    address: str  # sie | du
    last_sentence: int  # the worksheet's text ends here (an excerpt of a long text)
    words: int  # words of text on the worksheet
    question_ids: tuple[str, ...] = ()  # questions answered by the worksheet's text


@dataclass(frozen=True)
class Quiz:
    """Everything one article produces; what the exporters consume."""

    analysis: Analysis
    options: Any  # quizgen.options.Options; Any avoids an import cycle
    vocabulary: tuple[VocabItem, ...]
    cloze_cards: tuple[ClozeCard, ...] = ()
    questions: tuple[Question, ...] = ()
    worksheet: Worksheet | None = None

    @property
    def title(self) -> str:
        return self.analysis.article.title

    @property
    def language(self) -> str:
        return self.analysis.language
