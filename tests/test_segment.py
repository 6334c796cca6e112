"""Sentence splitting: golden tables, one row per rule, in the style 'sentence | sentence'."""

from __future__ import annotations

import pytest

from quizgen import Article
from quizgen.analysis.analyze import analyze


def split(text: str, lang: str = "de") -> str:
    analysis = analyze(Article(title="t", paragraphs=tuple(text.split("\n"))), lang)
    return " | ".join(s.text for s in analysis.sentences)


GERMAN = [
    ("abbreviations", "Er kam z. B. mit Dr. Müller, u. a. wegen Nr. 5. Dann ging er.",
     "Er kam z. B. mit Dr. Müller, u. a. wegen Nr. 5. | Dann ging er."),
    ("ordinal-date", "Am 3. Oktober feiern wir. Im 18. Jahrhundert war das anders.",
     "Am 3. Oktober feiern wir. | Im 18. Jahrhundert war das anders."),
    ("year-at-end", "Er starb 2001. Seine Frau lebte noch lange.",
     "Er starb 2001. | Seine Frau lebte noch lange."),
    ("german-quotes", "Er sagte: „Wir kommen. Es gibt Zeit.“ Dann ging er.",
     "Er sagte: „Wir kommen. | Es gibt Zeit.“ | Dann ging er."),
    ("quote-then-verb", "„Kommst du?“, fragte sie. Er nickte.",
     "„Kommst du?“, fragte sie. | Er nickte."),
    ("guillemets", "»Das ist gut.« Sie lachte.", "»Das ist gut.« | Sie lachte."),
    ("straight-quotes", 'Er rief: "Halt!" Niemand hörte ihn.',
     'Er rief: "Halt!" | Niemand hörte ihn.'),
    ("repeated-marks", "Wie schön!!! Wir kommen wieder?! Sicher.",
     "Wie schön!!! | Wir kommen wieder?! | Sicher."),
    ("ellipsis", "Er wartete... Dann kam sie.", "Er wartete... | Dann kam sie."),
    ("paragraphs", "Erster Absatz ohne Punkt\nZweiter Absatz.", "Erster Absatz ohne Punkt | Zweiter Absatz."),
    ("colon-sentence", "Die Lage ist klar: Die Regierung muss handeln.",
     "Die Lage ist klar: | Die Regierung muss handeln."),
    ("dateline", "BERLIN (dpa) - Die Regierung hat am Montag entschieden.",
     "BERLIN (dpa) - | Die Regierung hat am Montag entschieden."),
    ("month-abbreviation", "Er kam am 3. Okt. zurück.", "Er kam am 3. Okt. zurück."),
]


@pytest.mark.parametrize(("text", "expected"), [row[1:] for row in GERMAN], ids=[row[0] for row in GERMAN])
def test_german_sentences(text: str, expected: str) -> None:
    assert split(text) == expected


OTHER = [
    ("en", "Mr. Smith went to Washington. He met Dr. Jones at 5 p.m. today.",
     "Mr. Smith went to Washington. | He met Dr. Jones at 5 p.m. today."),
    ("fr", "M. Dupont est arrivé. Il a parlé avec Mme. Martin.",
     "M. Dupont est arrivé. | Il a parlé avec Mme. Martin."),
    ("es", "El Sr. García llegó ayer. La reunión fue larga.",
     "El Sr. García llegó ayer. | La reunión fue larga."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OTHER, ids=[row[0] for row in OTHER])
def test_other_languages(lang: str, text: str, expected: str) -> None:
    assert split(text, lang) == expected


def test_every_character_of_a_paragraph_is_in_one_sentence() -> None:
    text = "Das ist ein Satz. Noch einer! Und „ein dritter“? Ja."
    analysis = analyze(Article(title="t", paragraphs=(text,)), "de")
    assert " ".join(s.text for s in analysis.sentences) == text


def test_a_long_line_without_punctuation_is_cut_into_pieces() -> None:
    words = ("wort " * 5000).strip()
    analysis = analyze(Article(title="t", paragraphs=(words,)), "de")
    assert max(len(s.tokens) for s in analysis.sentences) <= 120
    assert sum(len(s.tokens) for s in analysis.sentences) == 5000


@pytest.mark.parametrize("dateline", ["BERLIN -", "BERLIN (dpa) -", "PARIS/BERLIN (AFP):"])
def test_a_dateline_the_segmenter_splits_off_is_a_credit_line(dateline):
    article = Article(title="t", paragraphs=("Ein Titel", f"{dateline} Die Regierung hat entschieden."))
    first, body = analyze(article, "de").sentences[1:3]
    assert (first.text, first.kind) == (dateline, "credit")
    assert body.kind == "body"
