"""German true/false statements: cut to the claim, restated, and falsified by an opposite."""

from __future__ import annotations

import pytest

from quizgen.analysis.analyze import analyze
from quizgen.exercises.questions.condense import condensed
from quizgen.exercises.questions.statements import with_opposite, with_restated_verb
from quizgen.exercises.questions.truefalse import true_false_questions
from quizgen.model import Article


def _sentence(text: str):
    return analyze(Article("t", (text,)), "de").sentences[0]


@pytest.mark.parametrize(("text", "core"), [
    ("Putin begrüßte Kims Limousine, die aus Pjöngjang gebracht worden war, am Eingang der "
     "Startanlage mit einem 40 Sekunden dauernden Handschlag.",
     "Putin begrüßte Kims Limousine am Eingang der Startanlage."),
    ("Nordkorea könnte über alte Granaten verfügen, die der Armee helfen könnten, so Analysten.",
     "Nordkorea könnte über alte Granaten verfügen."),
    ("Die beiden Staatschefs werden sich zu Gesprächen zusammensetzen, berichteten russische Staatsmedien.",
     "Die beiden Staatschefs werden sich zu Gesprächen zusammensetzen."),
    ("Sowohl russische als auch nordkoreanische Beamte bestritten solche Behauptungen.",
     "Sowohl russische als auch nordkoreanische Beamte bestritten solche Behauptungen."),
    ("Kim inspizierte seine Fabriken, von denen Experten sagten, dass sie Waffen bauen.",
     "Kim inspizierte seine Fabriken, von denen Experten sagten, dass sie Waffen bauen."),
    ("Kim brachte auch Jo mit, einen Funktionär, der Fabriken besuchte, die Raketen bauen.",
     "Kim brachte Jo mit, einen Funktionär, der Fabriken besuchte, die Raketen bauen."),
    ("Veganer essen nichts, was man daraus macht, also zum Beispiel Käse oder Jogurt.",
     "Veganer essen nichts, was man daraus macht, also zum Beispiel Käse oder Jogurt."),
    # A relative clause after a superlative or an ordinal says of what: without it, untrue.
    ("Moers ist die größte Stadt Deutschlands, die weder kreisfrei noch Sitz eines Kreises ist.",
     "Moers ist die größte Stadt Deutschlands, die weder kreisfrei noch Sitz eines Kreises ist."),
    ("Der erste Seemann, der die Südspitze Afrikas umsegelte, war Bartolomeu Dias.",
     "Der erste Seemann, der die Südspitze Afrikas umsegelte, war Bartolomeu Dias."),
], ids=["relative-clause-and-measure", "closing-source-after-relative", "reporting-verb",
        "als-auch-kept", "clause-goes-on", "second-relative-kept", "no-main-clause-after",
        "superlative-restricted", "ordinal-restricted"])
def test_sentences_are_cut_to_their_claim(text, core):
    assert condensed(_sentence(text)).text == core


def test_a_verb_is_restated_in_the_same_form():
    restated = with_restated_verb(_sentence("Putin begrüßte Kim am Eingang."), "de")
    assert restated is not None and restated.text == "Putin empfing Kim am Eingang."
    assert with_restated_verb(_sentence("Putin sah Kim am Eingang."), "de") is None
    flows = with_restated_verb(_sentence("Im Bundesland Oberösterreich fließt die Enns durch Steyr."), "de")
    assert flows is not None and flows.text == "Im Bundesland Oberösterreich strömt die Enns durch Steyr."


@pytest.mark.parametrize(("text", "false"), [
    ("Afghanistan besitzt ein kontinentales Klima mit heißen Sommern.",
     "Afghanistan besitzt ein kontinentales Klima mit kalten Sommern."),
    ("Freiburg gewann das Finale gegen Leipzig.", "Freiburg verlor das Finale gegen Leipzig."),
    ("Der Fluss fließt nicht in einen großen See.", None),  # a denied opposite proves nothing
    ("Ein Stier konnte bis zu 1000 Kilogramm schwer werden.", None),  # a measure
    ("Vor 9000 Jahren begannen die Menschen, Rinder zu züchten.", None),  # 'endeten ... zu' is no German
    ("200 Jahre später erschien die Stadt auf einer Karte.", None),  # a comparative
    ("Die Stadt liegt am Schwarzen Meer.", None),  # part of a name
    ("Der wärmste Monat ist der Juli mit durchschnittlich 18,6 Grad Celsius.",
     "Der kälteste Monat ist der Juli mit durchschnittlich 18,6 Grad Celsius."),
    ("Das heutige Boston ist eine der reichsten und wichtigsten Städte der USA.",
     "Das heutige Boston ist eine der ärmsten und wichtigsten Städte der USA."),
    ("Über den größten Teil der Niederung erstreckte sich ein riesiges Binnenmeer.", None),
    ("Meere sind für den Verkehr von größter Bedeutung.", None),  # 'von kleinster Bedeutung'
    ("Mammute waren große bis sehr große Säugetiere.", None),  # 'kleine bis sehr große'
    ("Auch 1984 misslang den Tar Heels der Einzug ins Finale.",
     "Auch 1984 gelang den Tar Heels der Einzug ins Finale."),
], ids=["adjective", "verb", "negated", "measure", "infinitive", "comparative", "name",
        "superlative", "superlative-umlaut", "idiom-most-of", "idiom-importance",
        "same-adjective-twice", "verb-with-dative"])
def test_false_statements_use_an_opposite(text, false):
    assert with_opposite(_sentence(text), "de") == false


def test_german_statements_are_restated_or_left_out():
    analysis = analyze(Article("t", (
        "Putin begrüßte Kim am Eingang der Startanlage. Kim kam mit dem Zug. Putin sprach lange.",
        "Kim besuchte danach eine Fabrik. Putin zeigte Kim eine Rakete.")), "de")
    found = [c.question for c in true_false_questions(analysis, ())]
    true = [q.prompt for q in found if q.answer is True]
    assert true == ["Putin empfing Kim am Eingang der Startanlage."]
    assert all(q.prompt != analysis.sentences[q.evidence[0]].text for q in found)


def test_a_meaning_that_the_sentence_gives_is_not_asked():
    from quizgen.exercises.questions.meaning import _gives_away
    from quizgen.model import VocabItem

    item = VocabItem("Gedenktag", "Gedenktag", "NOUN", 2.5, 0, 0, 9)
    assert _gives_away("Jahrestag", item, {"der", "sein"}, "Der Gedenktag ist am 11. November.")
    item = VocabItem("Rauschmittel", "Rauschmittel", "NOUN", 2.5, 0, 0, 12)
    assert _gives_away("Droge", item, {"Droge"}, "Rauschmittel und andere Drogen.")
    assert _gives_away("Droge", item, {"bezeichnen"}, "Man bezeichnet Rauschmittel so.")
    item = VocabItem("Einmarsch", "Einmarsch", "NOUN", 2.5, 0, 0, 9)
    assert not _gives_away("Invasion", item, {"nach", "der"}, "Nach dem Einmarsch der Armee.")


def test_noun_options_are_of_the_meanings_kind():
    from quizgen.exercises.questions.meaning import _same_class

    assert not _same_class("Regierung", "Versteck", True)  # abstract beside a concrete noun
    assert not _same_class("Schlimme", "Versteck", True)  # an adjective made a noun
    assert _same_class("Höhle", "Versteck", True)


def test_a_word_listed_only_in_a_marked_sense_has_no_synonyms():
    from quizgen.exercises.questions.thesaurus import THESAURUS, plain_synonyms

    if not THESAURUS.exists():
        pytest.skip("Debian package openthesaurus-de-text not installed")
    assert plain_synonyms("Käse") == ()  # 'Käse (ugs.)' = nonsense: not the cheese of the text
    assert "Wissenschaftler" in plain_synonyms("Forscher")


def test_false_number_is_another_of_the_texts_numbers_in_the_same_unit():
    import random

    from quizgen.exercises.questions.falsify import trap_number

    analysis = analyze(Article("t", (
        "Die erste Autobahn war 20 Kilometer lang. Heute ist die Strecke 30 Kilometer lang. "
        "Ein Tunnel ist 900 Kilometer vom Meer entfernt. Die Brücke kostete 40 Millionen Euro. "
        "Die Autobahn hat mehr als 25 Kilometer Lärmschutzwände. Sie wurde 1932 eröffnet.",)), "de")
    first, _, _, _, bound, year = analysis.sentences
    changed = trap_number(analysis, first, [], random.Random(1))
    # Kilometres of the text: not 900 (another scale), nor 40 (a multiple, another unit).
    options = {f"Die erste Autobahn war {n} Kilometer lang." for n in (25, 30)}
    assert changed in options
    assert {trap_number(analysis, first, [], random.Random(seed)) for seed in range(20)} == options
    assert trap_number(analysis, bound, [], random.Random(1)) is None  # a bound stays true of more
    assert trap_number(analysis, year, [], random.Random(1)) is None  # no year changed


def test_plural_noun_restated_by_the_synonyms_plural():
    from quizgen.exercises.questions.restate import restated
    from quizgen.exercises.questions.thesaurus import THESAURUS

    if not THESAURUS.exists():
        pytest.skip("Debian package openthesaurus-de-text not installed")
    sentence = _sentence("Die Stadt hat zwei Hochschulen und ein Theater.")
    assert restated(sentence).text == "Die Stadt hat zwei Universitäten und ein Theater."
    # A plural that may be a dative ('den Bullen') is left alone when the synonym's plural
    # would need an -n the table does not give.
    assert "Bullen" in restated(_sentence("Die Kühe folgten den Bullen über die Weide.")).text


@pytest.mark.parametrize(("text", "restated"), [
    ("Die Ortschaft wurde 1035 erstmals urkundlich erwähnt.",
     "Die Ortschaft wurde 1035 erstmals urkundlich genannt."),
    ("Der neue Motor steigerte die Leistung deutlich.", None),  # 'steigern' is the replacement only
    ("Die Stadt erhöhte die Gebühren.", "Die Stadt steigerte die Gebühren."),
    ("Das Kalb ähnelt der Mutter.", "Das Kalb gleicht der Mutter."),
    ("Die Firma verringerte ihre Kosten.", "Die Firma reduzierte ihre Kosten."),
])
def test_encyclopedia_verbs_are_restated(text, restated):
    found = with_restated_verb(_sentence(text), "de")
    assert (found.text if found else None) == restated


@pytest.mark.parametrize(("text", "false"), [
    ("Die neue Bahn beschleunigte den Verkehr.", "Die neue Bahn verlangsamte den Verkehr."),
    # ('begannen ihr Treffen' is no 'endeten ihr Treffen': 'beginnen' is not in the table)
    ("Die beiden Männer begannen ihr Treffen mit einer Besichtigung.", None),
    ("Die Kremation wurde zum Thema einer öffentlichen Debatte.",
     "Die Kremation wurde zum Thema einer privaten Debatte."),
])
def test_more_opposites_contradict_the_text(text, false):
    assert with_opposite(_sentence(text), "de") == false


def test_a_statement_about_a_demonstrative_does_not_read_alone():
    from quizgen.exercises.questions.common import is_self_contained

    assert not is_self_contained(_sentence("Im Jahr 1832 wertete dies den Tanz erheblich auf."), "de")
    assert is_self_contained(_sentence("Im Jahr 1832 wertete die Oper den Tanz erheblich auf."), "de")
