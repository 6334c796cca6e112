"""The word bank as a teacher would print it: plurals as a dictionary gives them, meanings
without grammar labels, dictionary order, distractors of the text's field."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import SHARED_DATA

from quizgen import Options, make_quiz, read_article
from quizgen.exercises.bank_distractors import field_rank, outside_distractors, topic_nouns
from quizgen.exercises.gap_rules import visible_words
from quizgen.exercises.gapfill import shown_sentences
from quizgen.exercises.word_bank import bank_gloss, bank_order, bank_ready, key_plural
from quizgen.export.worksheet import render_worksheet
from quizgen.model import BankWord, VocabItem
from quizgen.vocab.gloss import sources_for

# Texts whose word bank once offered a word of another field: 'Bombendrohung' beside Schlager
# music, 'Sparschwein' and 'nuckeln' beside elephants.
FIELD_TEXTS = ["wiki/Schlager.txt", "klexikon/Schlager.txt", "wiki/Mord.txt",
               "klexikon/Elefanten.txt", "klexikon/Vulkan.txt"]


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
    ("de", 1, "Ein Wort bleibt übrig."),  # fewer distractors where the field has fewer
    ("es", 4, "Sobran cuatro palabras."),
    ("nl", 3, "Drie woorden blijven over."),
])
def test_the_gap_fill_line_writes_out_the_words_left_over(lang, left, line_end):
    from quizgen.export.instructions import instructions

    assert instructions(lang, "sie", left)["gapfill"].endswith(line_end)
    assert instructions(lang, "du", 0)["gapfill"].endswith(".")
    assert str(left) not in instructions(lang, "du", left)["gapfill"]


@pytest.fixture(scope="module")
def field_quizzes():
    found = {}
    for name in FIELD_TEXTS:
        path = SHARED_DATA / "klexikon" / name
        if path.is_file():
            found[name] = make_quiz(read_article(str(path)), Options(lang="de"))
    return found


@pytest.mark.parametrize("name", FIELD_TEXTS)
def test_every_distractor_is_built_on_a_noun_of_the_text(field_quizzes, name):
    """A distractor of the text's field: it holds one of the text's own nouns ('Vulkanausbruch'
    on 'Vulkan', 'Blütenpflanze' on 'Blüte'), in a part of speech of the gaps."""
    if name not in field_quizzes:
        pytest.skip(f"development data {name} is not here")
    quiz = field_quizzes[name]
    shown = shown_sentences(quiz.analysis, quiz.options.excerpt)
    nouns = {t.lemma.lower().rstrip("e") for s in shown for t in s.tokens
             if t.upos == "NOUN" and not t.is_name and len(t.lemma) >= 4}
    gap_kinds = {g.item.pos for g in quiz.worksheet.gaps}
    distractors = [w for w in quiz.worksheet.word_bank if w.distractor]
    assert distractors
    for word in distractors:
        assert any(noun in word.lemma.lower() for noun in nouns), word
        if word.text != word.lemma:  # a noun, with its article
            assert "NOUN" in gap_kinds, word
        else:
            assert gap_kinds & {"VERB", "ADJ"}, word


def test_no_field_means_no_distractor_rather_than_a_random_word(sample_quiz):
    """Without key nouns to mark the text's field, no word is good enough: the bank goes
    without distractors instead of taking frequent words of any field."""
    quiz = sample_quiz
    gaps = [g.item for g in quiz.worksheet.gaps]
    shown = visible_words([s.text for s in shown_sentences(quiz.analysis, quiz.options.excerpt)])
    sources = sources_for("de", quiz.options)
    assert outside_distractors(gaps, 3, shown, sources, topic=()) == []
    nouns = [t.lemma for s in quiz.analysis.sentences for t in s.tokens if t.upos == "NOUN"]
    assert outside_distractors(gaps, 3, shown, sources, topic_nouns(nouns, "de"))
