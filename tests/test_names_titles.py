"""Titles before names: one test per language, shared by the analysis and the questions."""

from __future__ import annotations

import pytest

from quizgen.analysis.analyze import analyze
from quizgen.exercises.questions.entities import PERSON, find_entities
from quizgen.languages import is_person_title
from quizgen.model import Article

# Compounds and inflected forms that the title list does not hold word for word.
GERMAN_TITLES = ["Parteichef", "Präsidenten", "Funktionär", "Sekretärin"]


@pytest.mark.parametrize("word", GERMAN_TITLES)
def test_german_title_forms_are_titles(word):
    assert is_person_title(word, "de")


@pytest.mark.parametrize("word", ["Paragraf", "Haus", "Zeitung", "Bank"])
def test_common_nouns_are_not_titles(word):
    assert not is_person_title(word, "de")


def test_titles_follow_the_language():
    assert is_person_title("President", "en")
    assert not is_person_title("Präsident", "en")  # German titles do not leak into English


@pytest.mark.parametrize("word", GERMAN_TITLES)
def test_a_title_makes_the_name_after_it_a_person(word):
    """The title is evidence for a person in the questions and no part of the name in the
    analysis."""
    text = f"Gestern kam der {word} Tarkowski nach Berlin. Er sprach dort lange mit den Leuten."
    analysis = analyze(Article("Besuch", (text,)), "de")
    kinds = {e.key: e.kind for e in find_entities(analysis)}
    assert kinds["Tarkowski"] == PERSON
    assert not any(t.is_name for t in analysis.sentences[0].tokens if t.text == word)
