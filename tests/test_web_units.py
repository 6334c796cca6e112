"""The teachers' page's pieces without a browser: options as a command line, the browser's
language, sessions on disk, the teacher's edits."""

from __future__ import annotations

import os
import shlex
import time

import pytest
from starlette.datastructures import FormData

from quizgen.cli import make_options
from quizgen.errors import InputError, UsageError
from quizgen.web.choices import (
    build_options,
    command_line,
    current,
    glossary_tsv,
    merged_settings,
    read_settings,
)
from quizgen.web.sessions import MAX_AGE_SECONDS, Recipe, SessionStore
from quizgen.web.ui import negotiate
from quizgen.web.words import apply_question_edits, apply_word_edits


@pytest.mark.parametrize(("header", "expected"), [
    ("de-DE,de;q=0.9,en;q=0.8", "de"),
    ("en-US,en;q=0.9", "en"),
    ("fr-FR,fr;q=0.9,de;q=0.5,en;q=0.7", "en"),
    ("fr-FR,de;q=0.5", "de"),
    ("", "en"),
    ("de;q=garbage,en", "en"),
], ids=["german", "english", "by-quality", "second-choice", "none", "bad-quality"])
def test_page_language_follows_accept_language(header, expected):
    assert negotiate(header) == expected


def test_command_line_gives_back_the_same_options():
    recipe = Recipe(texts=["a text.txt"], options={"level": "B2", "questions": 4, "address": "du"},
                    exclude=["Rakete", "annähernd"], include=["Gipfel"],
                    meanings={"Gipfel": "summit"}, drop_questions=["fe4cfd9ea87af6c2"])
    options = build_options(recipe, None, 20.0)
    words = shlex.split(command_line(recipe.texts, options))
    assert words[:3] == ["quizgen", "build", "a text.txt"]
    flags = dict.fromkeys(("--exclude", "--include", "--drop-question"), ())
    given = {"format": None, "level": None, "questions": None, "address": None,
             "glossary": None, "out": None}
    rest = words[3:]
    while rest:
        flag, value, rest = rest[0], rest[1], rest[2:]
        if flag in flags:
            flags[flag] += (value,)
        else:
            given[flag[2:].replace("-", "_")] = int(value) if value.isdigit() else value
    again = make_options(**given, include=flags["--include"], exclude=flags["--exclude"],
                         drop_questions=flags["--drop-question"])
    assert again == options


def test_settings_are_checked():
    assert read_settings({"level": "C1", "max_cards": "12"}) == {"level": "C1", "max_cards": 12}
    with pytest.raises(UsageError, match="'Z9'"):
        read_settings({"level": "Z9"})
    with pytest.raises(UsageError, match="between"):
        read_settings({"questions": "5000"})


def test_the_gloss_language_shows_its_real_default_and_can_go_back_to_it():
    # A new session's select must not show "de" while the meanings come out in English.
    assert current(Recipe(), "gloss_lang") == "usual"
    assert read_settings({"gloss_lang": "usual"}) == {"gloss_lang": None}
    chosen = Recipe(options=read_settings({"gloss_lang": "de"}))
    assert current(chosen, "gloss_lang") == "de"
    assert build_options(Recipe(options={"gloss_lang": None}), None, 20).gloss_lang is None
    assert merged_settings({"gloss_lang": "de", "level": "A2"}, {"gloss_lang": None}) == {"level": "A2"}


def test_glossary_rows_cannot_be_split_by_a_meaning():
    assert glossary_tsv({"Gipfel": "summit\tpeak\nline"}) == "lemma\tmeaning\nGipfel\tsummit peak line\n"


def test_word_and_question_edits_become_build_options():
    recipe = Recipe(exclude=["alt"], meanings={"Rakete": "rocket"})
    form = FormData([("lemma-0", "Gipfel"), ("keep-0", "on"), ("shown-0", "summit"),
                     ("meaning-0", "mountain top"), ("lemma-1", "Rakete"), ("shown-1", "rocket"),
                     ("meaning-1", "rocket"), ("restore", "alt"), ("add", " Kosmodrom ")])
    apply_word_edits(recipe, form)
    assert recipe.exclude == ["Rakete"] and recipe.include == ["Kosmodrom"]
    assert recipe.meanings == {"Rakete": "rocket", "Gipfel": "mountain top"}
    apply_question_edits(recipe, FormData([("qid-0", "q1"), ("keepq-0", "on"), ("qid-1", "q2")]))
    assert recipe.drop_questions == ["q2"]


def test_sessions_are_found_by_id_only_and_expire(tmp_path):
    store = SessionStore(tmp_path)
    old = store.create("de")
    assert store.get(old.id).ui_lang == "de"
    for bad in ("../" + old.id, old.id + "/..", "x" * 22 + "/../..", ""):
        assert store.get(bad) is None
    stale = time.time() - MAX_AGE_SECONDS - 60
    os.utime(old.folder / "state.json", (stale, stale))
    store.create("en")
    assert store.get(old.id) is None and not old.folder.exists()


def test_uploads_get_names_made_here_and_are_read_by_ingest(tmp_path):
    session = SessionStore(tmp_path).create("en")
    text = "Ein Titel\n\nDer Text hat genug Wörter, um gelesen zu werden.".encode()
    assert session.add_text("../../x/Mein Text.TXT", text, 20.0) == "mein-text.txt"
    assert session.add_text("mein-text.txt", text, 20.0) == "mein-text-2.txt"
    assert session.add_text("state.json", text, 20.0) == "state.txt"
    with pytest.raises(InputError, match=r"^leer\.txt: empty file"):
        session.add_text("leer.txt", b"  ", 20.0)
    assert sorted(p.name for p in session.folder.iterdir()) == [
        "mein-text-2.txt", "mein-text.txt", "state.json", "state.txt"]


def test_an_added_word_is_chosen_even_when_the_cards_are_full(sample_analysis):
    from quizgen import Options, select_vocabulary

    everything = select_vocabulary(sample_analysis, Options(lang="de", max_cards=0))
    last = everything[-1].lemma  # the least useful word: beyond any short list
    chosen = select_vocabulary(sample_analysis, Options(lang="de", max_cards=5,
                                                        include=frozenset({last})))
    assert len(chosen) == 5 and last in {item.lemma for item in chosen}
    assert [i.lemma for i in chosen if i.lemma != last] == [i.lemma for i in everything[:4]]


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                                ("0.0.0.0", False), ("192.168.1.5", False),
                                                ("example.org", False)])
def test_only_loopback_addresses_count_as_private(host, loopback):
    from quizgen.web.server import is_loopback

    assert is_loopback(host) is loopback


def test_a_recipe_cannot_name_files_or_folders(tmp_path):
    session = SessionStore(tmp_path).create("en")
    text = "Ein Titel\n\nDer Text hat genug Wörter, um gelesen zu werden."
    recipe = {"schema": "quizgen-recipe/1", "texts": [{"name": "../a.txt", "text": text}],
              "options": {"level": "B2", "questions": 3, "dictionary": "/etc/passwd",
                          "out": "/tmp/elsewhere", "known_words": ["x"]}}
    session.load_recipe(recipe, 20.0)
    assert session.recipe.options == {"level": "B2", "questions": 3}
    assert session.recipe.texts == ["a.txt"]
    options = build_options(Recipe(options={"out": "/x", "dictionary": "/etc"}), None, 20.0)
    assert (options.out, options.dictionary) == ("decks", None)
    with pytest.raises(UsageError):
        session.load_recipe({**recipe, "options": {"level": "Z1"}}, 20.0)
