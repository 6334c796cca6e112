"""Audio-link labels, footnote markers and emptied brackets of copied encyclopedia pages are
dropped from every input, so no sheet prints them."""

from __future__ import annotations

import pytest

from quizgen.ingest import read_articles
from quizgen.ingest.leftovers import drop_web_leftovers


@pytest.mark.parametrize("copied, clean", [
    # The leftovers as they stand in copied Wikipedia articles.
    ("Eine Auktion ( Anhören?/i) (auch Versteigerung oder in Österreich Lizitation) ist eine Art",
     "Eine Auktion (auch Versteigerung oder in Österreich Lizitation) ist eine Art"),
    ("Frankreich (französisch France?/i , amtlich la Republique francaise , deutsch Französische"
     " Republik) ist ein Staat",
     "Frankreich (französisch France, amtlich la Republique francaise, deutsch Französische"
     " Republik) ist ein Staat"),
    ("Danzig (polnisch Gdansk Aussprache?/i, kaschubisch Gdunsk) ist die Hauptstadt",
     "Danzig (polnisch Gdansk, kaschubisch Gdunsk) ist die Hauptstadt"),
    ("Wales (walisisch Cymru anhören?/i, altkymrisch Cymry) ist ein Landesteil",
     "Wales (walisisch Cymru, altkymrisch Cymry) ist ein Landesteil"),
    ("Helsinki (finnisch , schwedisch Helsingfors?/i ) ist die Hauptstadt Finnlands.",
     "Helsinki (finnisch, schwedisch Helsingfors) ist die Hauptstadt Finnlands."),
    ("Republik der Union Myanmar (  , Pyidaunzu Thanmada Myama Nainngandaw, ), ehemals Burma",
     "Republik der Union Myanmar (Pyidaunzu Thanmada Myama Nainngandaw), ehemals Burma"),
    ("Vanuatu ([ ], auf Bislama: Ripablik Blong Vanuatu) ist ein Staat",
     "Vanuatu (auf Bislama: Ripablik Blong Vanuatu) ist ein Staat"),
    ("zeigt sich auch im Namen: Im Italienischen () sind das Maskulinum",
     "zeigt sich auch im Namen: Im Italienischen sind das Maskulinum"),
    ("Den Buchstaben Daleth (, vermutlich \"Tür\") der phönizischen Schrift",
     "Den Buchstaben Daleth (vermutlich \"Tür\") der phönizischen Schrift"),
    ("Die Stadt hat 40.000 Einwohner.[1] Sie liegt am Fluss[12] und am Meer[Anm. 2].",
     "Die Stadt hat 40.000 Einwohner. Sie liegt am Fluss und am Meer."),
])
def test_leftovers_are_dropped(copied, clean):
    assert drop_web_leftovers(copied) == clean


@pytest.mark.parametrize("text", [
    # A low opening quote written as a comma, brackets with words, numbers in square brackets
    # that are part of the text, and plain questions stay as they are.
    "den Barlavento (,Luv', ,dem Wind zugewandt') zwischen Faro und dem Kap",
    "Das Wort Delta (Plural Deltas) geht auf einen Buchstaben zurück.",
    "Die Formel [2x + 1] steht an der Tafel. Warum ist das so?",
    "Wer kommt mit? Ich nicht.",
])
def test_text_without_leftovers_is_kept(text):
    assert drop_web_leftovers(text) == text


def test_every_input_drops_leftovers(tmp_path):
    sentence = "Eine Auktion ( Anhören?/i) ist ein Verkauf.[1] Man bietet () Geld."
    (tmp_path / "auktion.txt").write_text(f"Auktion\n\n{sentence}\n", encoding="utf-8")
    (tmp_path / "auktion.md").write_text(f"# Auktion\n\n{sentence}\n", encoding="utf-8")
    (tmp_path / "auktion.html").write_text(
        f"<html><head><title>Auktion</title></head><body><article><h1>Auktion</h1>"
        f"<p>{sentence}</p></article></body></html>", encoding="utf-8")
    for path in sorted(tmp_path.iterdir()):
        article, = read_articles(str(path))
        assert "Eine Auktion ist ein Verkauf. Man bietet Geld." in article.paragraphs, path.name
