"""German word swaps for true/false statements: a verb or adjective restated by another of
the same sense (de_paraphrases.tsv), or turned into its opposite (de_antonyms.tsv), in the
same finite form (de_verbs.tsv) or with the same adjective ending."""

from __future__ import annotations

from functools import cache
from importlib import resources

from ...analysis.frequency import zipf

ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")
MIN_FORM_ZIPF = 2.5  # an inflected adjective people write: 'dunkel' + 'e' is spelt 'dunkle'


def _rows(name: str) -> list[list[str]]:
    text = (resources.files("quizgen.languages") / "data" / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def _verb_forms() -> dict[str, tuple[str, ...]]:
    """lemma -> (present singular, present plural, past singular, past plural)."""
    return {row[0]: tuple(row[1:5]) for row in _rows("de_verbs.tsv")}


@cache
def _participles() -> dict[str, tuple[str, str]]:
    """lemma -> (participle, auxiliary of the perfect: 'h' or 's')."""
    return {row[0]: (row[5], row[6]) for row in _rows("de_verbs.tsv")}


@cache
def _synonyms() -> dict[str, str]:
    return {word: other for word, other in _rows("de_paraphrases.tsv")}


@cache
def _superlatives() -> dict[str, str]:
    """adjective -> the stem of its superlative: 'groß' -> 'größt', 'kurz' -> 'kürzest'."""
    return {word: stem for word, stem in _rows("de_superlatives.tsv")}


@cache
def _opposites() -> dict[str, str]:
    found: dict[str, str] = {}
    for one, other in _rows("de_antonyms.tsv"):
        found.setdefault(one, other)
        found.setdefault(other, one)
    return found


def _verb_in_form(lemma: str, form: str, table: dict[str, str]) -> str | None:
    """The replacement of a finite third-person form: 'begrüßte' -> 'empfing'."""
    other = table.get(lemma)
    forms, new = _verb_forms().get(lemma), _verb_forms().get(other or "")
    if forms is None or new is None or form.lower() not in forms:
        return None
    return new[forms.index(form.lower())]


def _adjective_in_form(lemma: str, form: str, table: dict[str, str]) -> str | None:
    """'kalten' -> 'heißen': the same ending on the other word, where people write that form."""
    other = table.get(lemma)
    if other is None:
        return None
    stem, other_stem = lemma, other
    superlative = _superlatives().get(lemma)
    if superlative and form.startswith(superlative):
        # 'der größte See' -> 'der kleinste See': the superlative of the other word
        stem, other_stem = superlative, _superlatives().get(other)
    ending = form[len(stem):]
    if other_stem is None or not form.startswith(stem) or ending not in ADJECTIVE_ENDINGS:
        return None
    new = other_stem + ending
    return new if zipf(new, "de") >= MIN_FORM_ZIPF else None


def restating_verb(lemma: str, form: str) -> str | None:
    return _verb_in_form(lemma, form, _synonyms())


def restating_nonfinite(lemma: str, form: str) -> str | None:
    """An infinitive or participle restated: 'will untersuchen', 'sind bedroht' -> 'sind
    gefährdet' (a participle only by a verb with the same auxiliary: 'hat gebaut')."""
    other = _synonyms().get(lemma)
    if other is None or other not in _participles():
        return None
    if form == lemma:
        return other
    mine, theirs = _participles().get(lemma), _participles()[other]
    if mine is None or form != mine[0] or mine[1] != theirs[1]:
        return None
    return theirs[0]


def opposite_verb(lemma: str, form: str) -> str | None:
    return _verb_in_form(lemma, form, _opposites())


def opposite_adjective(lemma: str, form: str) -> str | None:
    return _adjective_in_form(lemma, form, _opposites())
