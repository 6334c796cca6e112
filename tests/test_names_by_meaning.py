"""Peoples, languages and regions the text spells as common words are names to a learner:
their English meanings say so, and they become neither cards nor gaps."""

from __future__ import annotations

import pytest

from quizgen.analysis.names import first_meaning_a_name, named_by_its_meaning
from quizgen.build import make_quiz
from quizgen.model import Article, VocabItem
from quizgen.options import Options


def item(lemma: str, pos: str, gloss: str | None) -> VocabItem:
    return VocabItem(lemma=lemma, form=lemma, pos=pos, zipf=2.0, sentence=0, start=0,
                     end=len(lemma), gloss=gloss)


@pytest.mark.parametrize(("lemma", "pos", "gloss", "named"), [
    ("Kelte", "NOUN", "Celt", True),
    ("Frankenreich", "NOUN", "Frankish Empire; Kingdom of the Franks", True),
    ("Gote", "NOUN", "Goth", True),
    ("evangelisch", "ADJ", "Protestant", False),  # only nouns
    ("Gerste", "NOUN", "barley", False),
    ("Kanzler", "NOUN", "chancellor; Chancellor", False),  # one common meaning is enough
    ("CD", "NOUN", "CD; compact disc", False),  # an abbreviation is a word
    ("Spionagesatellit", "NOUN", "→ Satellit: satellite", False),
    ("weben", "VERB", "Weave", False),  # only nouns and adjectives
    ("Jiddische", "NOUN", None, False),
])
def test_a_name_is_known_by_its_english_meanings(lemma, pos, gloss, named):
    assert named_by_its_meaning(item(lemma, pos, gloss), "en") is named


@pytest.mark.parametrize(("lemma", "pos", "gloss", "no_gap"), [
    ("Däne", "NOUN", "Dane; Danish man", True),  # a card may teach it, a gap asks geography
    ("evangelisch", "ADJ", "Protestant", False),  # only nouns
    ("Kanzler", "NOUN", "chancellor; Chancellor", False),
    ("CD", "NOUN", "CD; compact disc", False),
    ("Gerste", "NOUN", "barley", False),
    ("weben", "VERB", "Weave", False),
])
def test_a_word_first_meaning_a_name_gets_no_gap(lemma, pos, gloss, no_gap):
    assert first_meaning_a_name(item(lemma, pos, gloss), "en") is no_gap


def test_german_meanings_say_nothing_about_names():
    # German capitalises every noun, so a German explanation cannot tell a people apart.
    assert not named_by_its_meaning(item("Kelte", "NOUN", "Angehöriger eines Volkes"), "de")
    assert not named_by_its_meaning(item("Kelte", "NOUN", "Celt"), "de")


TEXT = """Die Germanen

Die Germanen lebten vor etwa zweitausend Jahren im Norden Europas. Sie bauten Gerste an und
webten Stoffe aus Garn. Im Süden wohnten die Kelten, die das Eisen schmiedeten. Später kamen
die Römer und bauten einen Grenzwall. Die Germanen kämpften oft gegen die Römer, aber sie
handelten auch mit ihnen. Viele Germanen lernten Latein, weil die lateinische Sprache im Reich
wichtig war. Die Goten zogen bis nach Italien. Archäologen finden heute noch Urnen, Pflüge
und Perücken aus dieser Zeit.
"""


def test_peoples_become_neither_cards_nor_gaps(tmp_path):
    article = Article(title="Die Germanen", paragraphs=tuple(TEXT.split("\n\n")[1:]),
                      source=str(tmp_path / "germanen.txt"))
    quiz = make_quiz(article, Options(lang="de", level="B1", formats=("json",), gaps=4))
    chosen = {v.lemma for v in quiz.vocabulary}
    gapped = {g.lemma for g in quiz.worksheet.gaps}
    assert chosen, "the text has words to learn"
    for people in ("Kelte", "Kelten", "Gote", "Goten"):
        assert people not in chosen | gapped


def test_a_thing_named_after_a_feast_is_a_word():
    assert not named_by_its_meaning(item("Adventskranz", "NOUN", "Advent wreath"), "en")
    assert not named_by_its_meaning(item("Adventszeit", "NOUN", "Advent; Advent season"), "en")
    assert named_by_its_meaning(item("Jesuskind", "NOUN", "Baby Jesus"), "en")
