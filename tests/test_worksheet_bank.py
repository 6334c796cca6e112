"""The word bank as a teacher would print it: plurals as a dictionary gives them, meanings
without grammar labels, dictionary order, distractors of the text's field."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.exercises.bank_distractors import field_rank, topic_nouns
from quizgen.exercises.word_bank import bank_gloss, bank_order, bank_ready, key_plural
from quizgen.export.worksheet import render_worksheet
from quizgen.model import BankWord, VocabItem


@pytest.mark.parametrize(("lemma", "plural", "shown"), [
    ("Apfelsaft", "Apfelsäfte", "-säfte"),  # a compound: only its head changes
    ("Busbahnhof", "Busbahnhöfe", "-höfe"),
    ("Anlage", "Anlagen", "-n"),
    ("Dolmetscher", "Dolmetscher", "-"),
    ("Balg", "Bälge", "Bälge"),  # no compound: the plural whole
    ("Organismus", "Organismen", "Organismen"),
])
def test_key_plural_as_a_dictionary_prints_it(lemma, plural, shown):
    assert key_plural(lemma, plural, "de") == shown


def test_bank_meanings_leave_out_grammar_labels():
    assert bank_gloss("following; f.; succeeding") == "following; succeeding"
    assert bank_gloss("launching; blast-off; shooting") == "launching; blast-off"  # the first two
    assert bank_gloss("attributive") is None
    word = VocabItem(lemma="beigelegt", form="beigelegter", pos="ADJ", zipf=2.0, sentence=0,
                     start=0, end=11, gloss="attributive")
    # a word the key could only gloss with a label is no gap
    assert not bank_ready(word, "de", glossed=True)
    assert bank_ready(replace(word, gloss="enclosed"), "de", glossed=True)


def test_bank_is_in_dictionary_order():
    words = [BankWord(w, w, w) for w in ("vorschreiben", "ärztlich", "überliefert", "Anwesenheit", "Zobel")]
    assert [w.text for w in sorted(words, key=bank_order)] == [
        "Anwesenheit", "ärztlich", "überliefert", "vorschreiben", "Zobel"]


def test_a_distractor_of_the_field_is_built_on_a_key_noun():
    assert field_rank("obstbaum", "NOUN", ("baum",), "de") == (0, "baum")
    assert field_rank("apfelkuchen", "NOUN", ("apfel",), "de") == (1, "apfel")
    assert field_rank("fruchtig", "ADJ", ("frucht",), "de") == (2, "frucht")
    # 'Aug-' is no word of its own; a space station is of no apple's field
    assert field_rank("augapfel", "NOUN", ("apfel",), "de") is None
    assert field_rank("raumstation", "NOUN", ("apfel", "baum", "blüte"), "de") is None


def test_key_nouns_are_the_texts_own_not_everyday_words():
    nouns = ["Beispiel"] * 6 + ["Apfel"] * 3 + ["Blüte"] * 2 + ["Kern"]
    key = topic_nouns(nouns, "de")
    assert key[:2] == ("apfel", "blüte") and "beispiel" not in key
    assert "kern" not in key  # once in the text: no key noun


def test_exporters_show_the_quizs_own_worksheet(sample_quiz):
    """The worksheet is chosen once, in the exercises stage; an exporter chooses none."""
    with pytest.raises(ValueError, match="no worksheet"):
        render_worksheet(replace(sample_quiz, worksheet=None))


@pytest.mark.parametrize(("lang", "left", "line_end"), [
    ("de", 3, "Drei Wörter bleiben übrig."),
    ("de", 2, "Zwei Wörter bleiben übrig."),
    ("es", 4, "Sobran cuatro palabras."),
    ("nl", 3, "Drie woorden blijven over."),
])
def test_the_gap_fill_line_writes_out_the_words_left_over(lang, left, line_end):
    from quizgen.export.instructions import instructions

    assert instructions(lang, "sie", left)["gapfill"].endswith(line_end)
    assert instructions(lang, "du", 0)["gapfill"].endswith(".")
    assert str(left) not in instructions(lang, "du", left)["gapfill"]
