"""A noun's sense chosen by the text's subject: the translations of its repeated nouns."""

from __future__ import annotations

import pytest

from quizgen import Options
from quizgen.analysis.analyze import analyze
from quizgen.model import Article, VocabItem
from quizgen.vocab.dictionaries import find_dictionary
from quizgen.vocab.dictionaries.gold import first_sense
from quizgen.vocab.dictionaries.topic import repeated_nouns
from quizgen.vocab.gloss import add_glosses

pytestmark = pytest.mark.skipif(find_dictionary("de", "en") is None, reason="needs freedict-deu-eng")

# From the development article on ferries (wiki/Fähre.txt).
FERRY = ("Die Kreuzende Schifffahrt passiert die Fahrstelle. Bojen dienen als Markierung, um Schiffe "
         "vom Überfahren des Seils abzuhalten. In der Seeschifffahrt werden für den Gütertransport oft "
         "sogenannte RoRo-Schiffe eingesetzt. Ist auch eine Passagiermitnahme vorgesehen, spricht man "
         "von einem RoPax-Schiff. Die Fähre ist ein Schiff für den Übersetzverkehr.")
RUMPF = ("Gierseilfähren nutzen die Kraft des strömenden Wassers, indem sie ihren Rumpf schräg zur "
         "Strömung einstellen.")
# From the development article on Ebola (wiki/Ebola.txt): Freisetzung ("release") is named twice,
# an aside that must not make 'release' the sense of Auslöser.
EBOLA = ("Die Freisetzung der Viren erfolgt aus der Zelle. Nach der Freisetzung werden weitere Zellen "
         "befallen.")
AUSLOESER = "Ebolaviren waren die Auslöser der Ebolafieber-Epidemien 2014 bis 2016 in Westafrika."


def glossed(paragraphs: tuple[str, ...], form: str, lemma: str) -> str:
    analysis = analyze(Article(title="", paragraphs=paragraphs, language="de"), "de")
    sentence, token = next((s, t) for s in analysis.sentences for t in s.tokens if t.text == form)
    word = VocabItem(lemma=lemma, form=form, pos="NOUN", zipf=3.0, sentence=sentence.index,
                     start=token.start, end=token.end)
    (found,) = add_glosses((word,), "de", Options(lang="de"), analysis=analysis)
    return first_sense(found.gloss)


@pytest.mark.parametrize(("paragraphs", "form", "lemma", "wanted", "unwanted"), [
    ((RUMPF, FERRY), "Rumpf", "Rumpf", "hull", None),
    ((AUSLOESER, EBOLA), "Auslöser", "Auslöser", "trigger", "release"),
], ids=["hull-in-a-text-on-ships", "aside-named-twice-is-no-subject"])
def test_sense_fits_the_texts_subject(paragraphs, form, lemma, wanted, unwanted):
    sense = glossed(paragraphs, form, lemma)
    assert sense == wanted
    assert sense != unwanted


def test_alone_the_sentence_gives_no_subject():
    # Without the rest of the text, the dictionary's central sense of Rumpf stays first.
    assert glossed((RUMPF,), "Rumpf", "Rumpf") != "hull"


def test_repeated_nouns_leave_out_names_and_asides():
    analysis = analyze(Article(title="", paragraphs=(FERRY, EBOLA), language="de"), "de")
    nouns = repeated_nouns(analysis)
    assert "Schiff" in nouns
    assert "Freisetzung" not in nouns
