"""The teacher's edits of words and questions, kept in the recipe as build options:
an unticked word is excluded, an added one included, an edited meaning goes to the glossary,
a dropped question is left out by its id."""

from __future__ import annotations

from typing import Any

from .sessions import Recipe

MAX_ROWS = 2000


def _rows(form: Any, prefix: str) -> list[int]:
    return [i for i in range(MAX_ROWS) if f"{prefix}-{i}" in form]


def apply_word_edits(recipe: Recipe, form: Any) -> None:
    exclude, include = set(recipe.exclude), set(recipe.include)
    for i in _rows(form, "lemma"):
        lemma = str(form[f"lemma-{i}"])
        if f"keep-{i}" not in form:
            exclude.add(lemma)
            include.discard(lemma)
        meaning = " ".join(str(form.get(f"meaning-{i}", "")).split())
        if meaning != " ".join(str(form.get(f"shown-{i}", "")).split()):
            if meaning:
                recipe.meanings[lemma] = meaning
            else:
                recipe.meanings.pop(lemma, None)
    for lemma in form.getlist("restore"):
        exclude.discard(str(lemma))
    added = " ".join(str(form.get("add", "")).split())
    if added:
        include.add(added)
        exclude.discard(added)
    recipe.exclude, recipe.include = sorted(exclude), sorted(include)


def apply_question_edits(recipe: Recipe, form: Any) -> None:
    dropped = set(recipe.drop_questions)
    for i in _rows(form, "qid"):
        if f"keepq-{i}" not in form:
            dropped.add(str(form[f"qid-{i}"]))
    if form.get("restore_questions"):
        dropped.clear()
    recipe.drop_questions = sorted(dropped)
