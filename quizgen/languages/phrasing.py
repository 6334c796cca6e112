"""How questions are worded: each language package fills one `Phrasing`, so the question
generators stay language-free."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Phrasing:
    who_said: str  # {quote} is the quotation, already cut to a readable length
    true_false_note: str  # explanation of a false statement: {text} is the original sentence
    quote_marks: tuple[str, str]
    # Number words learners meet in texts; generators only handle these and digits.
    number_words: dict[str, int] = field(default_factory=dict)
    # Continents and world regions: asked and swapped only among themselves.
    continents: frozenset[str] = frozenset()
    # Everyday country names that CLDR lists under another name ('Vereinigtes Königreich').
    country_aliases: frozenset[str] = frozenset()
    # Words of comparison: a number after them is a figure of speech ('wie zwei Kinder').
    comparisons: frozenset[str] = frozenset()
    # Round numbers written as words ('zwanzig Minuten'): asked against other round numbers.
    tens_words: dict[str, int] = field(default_factory=dict)
    # Prepositions that put a name in a place ("in Moskau"); evidence that it is a place.
    place_prepositions: frozenset[str] = frozenset()
    # Title nouns that stand before a person's name ("Präsident Putin").
    who: str | None = None  # subject questions need German word order; None elsewhere
    who_country: str | None = None  # a country as subject: 'Welches Land ...?', not 'Wer ...?'
    # Inflected speech verbs the lemmatiser may miss ('a déclaré', 'dijo').
    speech_forms: frozenset[str] = frozenset()
    # Words that point outside their sentence when they open it ('Er ...', 'Dann ...'), and
    # third-person pronouns: such a sentence is unclear on its own.
    context_words: frozenset[str] = frozenset()
    context_starts: frozenset[str] = frozenset()
    third_person: frozenset[str] = frozenset()
    # Negating a copula clause for a false statement: 'ist ein' -> 'ist kein' (articles),
    # 'is a' -> 'is not a' (a word after the copula), 'es un' -> 'no es un' (a word before).
    copulas: frozenset[str] = frozenset()
    negated_articles: dict[str, str] = field(default_factory=dict)
    not_after: str = ""
    not_before: str = ""
    # Words inside a sentence that tie it to another ('ebenfalls', 'andere'): not a statement alone.
    leaning: frozenset[str] = frozenset()
    # Paragraph topics: the instruction by register (formal "sie", informal "du"), the word
    # for a paragraph ("Absatz 3") and the word joining a heading's two nouns.
    matching: dict[str, str] = field(default_factory=dict)
    paragraph: str = "Paragraph"
    and_word: str = "and"
    # German kinds only: vocabulary in context ({word}, {text}), cause and purpose, source.
    meaning: str = ""
    why: str = ""
    what_for: str = ""
    source: str = ""  # {text} is the statement as a dass-clause
    role: str = ""  # {name} is a person of the text
    how_old: str = ""  # {name}
    how_many_years: str = ""
    years: str = ""
    # Wh-questions from statements: the question word for each constituent asked ('year',
    # 'since', 'century', 'person', 'many' / 'much' with {unit}, and a place preposition ->
    # its word: 'in' -> 'Wo'), and the words that hedge a number ('rund 1.800'), left out
    # of options.
    wh: dict[str, str] = field(default_factory=dict)
    hedges: frozenset[str] = frozenset()
    # An opening that defines the title ('X ist eine Stadt'): its verbs, and each article of
    # the defining noun -> the subject pronouns that may then stand for the title.
    defining: frozenset[str] = frozenset()
    # Wh 'Wo' by compass point ('ganz im Westen von Deutschland'): the preposition, the four
    # points (the options are the others) and the words that may go before it.
    compass_preposition: str = ""
    compass: tuple[str, ...] = ()
    compass_hedges: frozenset[str] = frozenset()
    title_pronouns: dict[str, frozenset[str]] = field(default_factory=dict)


def numbers(words: str, start: int = 2) -> dict[str, int]:
    """numbers("two three") -> {"two": 2, "three": 3}."""
    return {w: n for n, w in enumerate(words.split(), start=start)}


def tens(words: str) -> dict[str, int]:
    """tens("twenty thirty") -> {"twenty": 20, "thirty": 30}."""
    return {w: 10 * n for n, w in enumerate(words.split(), start=2)}
