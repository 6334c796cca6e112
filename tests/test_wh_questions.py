"""Wh-questions from statements (German): the question word, German word order, options of
the answer's kind from the same text, and the sentences that ask nothing."""

from __future__ import annotations

import re

import pytest
from conftest import SHARED_DATA

from quizgen import Options, read_article
from quizgen.analysis.analyze import analyze
from quizgen.build import make_quiz
from quizgen.exercises.questions import kinds_for
from quizgen.exercises.questions.wh import wh_questions
from quizgen.model import Article

LINCOLN = SHARED_DATA / "klexikon" / "klexikon" / "Abraham_Lincoln.txt"
needs_lincoln = pytest.mark.skipif(not LINCOLN.exists(), reason="Klexikon development texts not present")

# Sentences as Wikipedia's and Klexikon's articles on motorways and animals write them.
MOTORWAYS = (
    "Italien baute 1924 die erste Autobahn der Welt.",
    "Schweden eröffnete 1932 seine erste Autobahn.",
    "Deutschland eröffnete 1935 eine Autobahn zwischen Frankfurt und Darmstadt.",
    "Österreich hat 1700 Kilometer Autobahn.",
    "Die Schweiz hat etwa 1500 Kilometer Autobahn.",
    "Polen besitzt heute 4000 Kilometer Autobahn.",
    "Malaysia verfügt über etwa 1200 Kilometer Autobahn.",
    "Der Bau kostete 30 Millionen Mark.",
    "Er eröffnete 1950 eine weitere Autobahn.",
    "Auch Frankreich eröffnete 1946 eine Autobahn.",
)
ANIMALS = (
    "Der Wisent lebt heute in Polen.",
    "Heute lebt der Luchs in Finnland.",
    "Der Bär lebt in Russland.",
    "Der Elch lebt in Schweden.",
    "Dort lebt der Elch in Norwegen.",
)


@pytest.fixture(scope="module")
def asked():
    analysis = analyze(Article("Autobahn", [" ".join(MOTORWAYS[:5]), " ".join(MOTORWAYS[5:]),
                                            " ".join(ANIMALS)]), "de")
    return {c.question.prompt: c.question for c in wh_questions(analysis, ())}, analysis


def test_when_asks_the_year_with_other_years_of_the_text(asked):
    questions, _ = asked
    q = questions["Wann eröffnete Schweden seine erste Autobahn?"]
    assert q.answer == "1932" and q.type == "wh"
    # the text's years nearest to the answer: 1935, 1924, 1946 (not 1950)
    assert sorted(q.options) == ["1924", "1932", "1935", "1946"]
    assert questions["Wann baute Italien die erste Autobahn der Welt?"].answer == "1924"


def test_how_many_keeps_the_counted_thing_and_gives_numbers_of_the_same_unit(asked):
    questions, _ = asked
    q = questions["Wie viele Kilometer Autobahn hat Österreich?"]
    assert q.answer == "1700 Kilometer"
    assert set(q.options) == {"1700 Kilometer", "1500 Kilometer", "4000 Kilometer", "1200 Kilometer"}
    # 'rund' or 'etwa' before the number stays out of the answer; the preposition goes first
    assert questions["Wie viele Kilometer Autobahn hat die Schweiz?"].answer == "1500 Kilometer"
    assert questions["Über wie viele Kilometer Autobahn verfügt Malaysia?"].answer == "1200 Kilometer"
    # the adverb stays in the clause, in its place after the subject
    assert "Wie viele Kilometer Autobahn besitzt Polen heute?" in questions


def test_where_asks_a_place_among_places_of_the_same_kind(asked):
    questions, _ = asked
    q = questions["Wo lebt der Bär?"]
    assert q.answer == "in Russland" and len(q.options) == 4
    assert all(o.startswith("in ") for o in q.options)
    assert "in Frankfurt" not in q.options  # a city is no option for a country
    # a clause that opens with an adverbial: the subject comes first after the verb
    assert questions["Wo lebt der Luchs heute?"].answer == "in Finnland"


def test_no_question_leans_on_another_sentence_or_lacks_options(asked):
    questions, analysis = asked
    prompts = " ".join(questions)
    there = next(s.index for s in analysis.sentences if s.text.startswith("Dort"))
    assert "1950" not in prompts and not any(p.startswith("Wann eröffnete er") for p in questions)
    assert not any("Frankreich" in p for p in questions)  # 'Auch Frankreich ...' leans on the others
    assert not any(q.evidence == (there,) for q in questions.values())  # 'Dort lebt ...'
    assert all(q.answer != "in Norwegen" for q in questions.values())
    assert "Wie viele Millionen Mark kostete der Bau?" not in questions  # the only sum of money
    for prompt, q in questions.items():
        assert q.answer not in prompt and q.answer in q.options and len(set(q.options)) == 4
        assert not re.search(r"\b(er|sie|es|dort|auch)\b", prompt), prompt
        assert len(q.evidence) == 1
    assert len({q.evidence for q in questions.values()}) == len(questions)  # one a sentence


def test_refusals_on_clauses_that_do_not_read_alone():
    analysis = analyze(Article("t", [
        "Benjamin Franklin wurde am 17. Januar 1706 in Boston geboren.",
        "Die Autobahn wurde 1936, nach langer Bauzeit, eröffnet.",
        "Der nördlichste Punkt Afrikas ist der Ort Ras al Abiad in Tunesien.",
        "Tunesien liegt in Afrika. Mali liegt in Afrika. Ghana liegt in Afrika. Somalia liegt in Afrika.",
        "Die Straße wurde 1920 gebaut. Die Brücke wurde 1930 gebaut. Der Tunnel wurde 1940 gebaut.",
        "Putin begrüßte die Limousine, die mit einem Zug aus Pjöngjang gebracht worden war, am Eingang.",
        "Argentinien gewann 1986 etwa mit Maradona den Titel.",
        "1661 gründete Ludwig XIV. die Academie Royale de danse in Paris.",
        "Die Delegation kam aus Moskau. Die Journalisten kamen aus Tokio. Die Gäste kamen aus Seoul."]),
        "de")
    found = {c.question.prompt: c.question for c in wh_questions(analysis, ())}
    prompts = list(found)
    # a date is asked as a whole ('am 17. Januar' does not stay behind), answered by its year
    assert found["Wann wurde Benjamin Franklin in Boston geboren?"].answer == "1706"
    assert not any("Januar" in p for p in prompts if p.startswith("Wann"))
    # half a clause
    assert not any("Bauzeit" in p or p.startswith("Wann wurde die Autobahn") for p in prompts)
    assert not any("Ras al Abiad" in p for p in prompts)  # two nominatives after 'ist'
    # the place named inside a relative clause the question leaves out is not asked
    assert all(q.answer != "aus Pjöngjang" for q in found.values())
    assert not any(p.endswith("XIV?") for p in prompts)  # the clause goes on after 'XIV.'
    assert not any("etwa" in p for p in prompts)  # 'etwa mit Maradona': one example of others
    assert found["Woher kam die Delegation?"].answer == "aus Moskau"
    assert "Wann wurde die Brücke gebaut?" in prompts


def test_wh_is_a_german_kind():
    assert "wh" in kinds_for("de") and "wh" not in kinds_for("fr")


@needs_lincoln
def test_on_a_klexikon_article_questions_and_worksheet_agree():
    quiz = make_quiz(read_article(LINCOLN), Options(formats=("json",), lang="de"))
    found = {c.question.prompt: c.question for c in wh_questions(quiz.analysis, quiz.vocabulary)}
    q = found["Wann wurde Lincoln in einer Blockhütte geboren?"]
    assert q.answer == "1809" and len(set(q.options)) == 4
    text = " ".join(s.text for s in quiz.analysis.sentences)
    assert all(o in text for o in q.options)  # the other years are the text's own
    chosen = [q for q in quiz.questions if q.type == "wh"]
    assert chosen, "the quiz mixes wh-questions in"
    assert quiz.worksheet is not None
    shown = {w.lower() for q in chosen for w in re.findall(r"\w+", " ".join([q.prompt, *q.options]))}
    for gap in quiz.worksheet.gaps:  # no question gives a gap of the worksheet away
        assert not any(w.lower() in shown for w in re.findall(r"\w+", gap.answer)), gap.answer


def test_in_which_century_offers_the_centuries_around_it():
    analysis = analyze(Article("Advent", [
        "Der Advent entstand im 5. Jahrhundert in Gallien.",
        "Im 19. Jahrhundert starb der Auerochse in Polen aus."]), "de")
    found = {c.question.prompt: c.question for c in wh_questions(analysis, ())}
    q = found["In welchem Jahrhundert entstand der Advent in Gallien?"]
    assert q.answer == "im 5. Jahrhundert"
    assert set(q.options) == {"im 4. Jahrhundert", "im 5. Jahrhundert", "im 6. Jahrhundert",
                              "im 3. Jahrhundert"}  # the 19th century of the text is far off
    assert found["In welchem Jahrhundert starb der Auerochse in Polen aus?"].answer == "im 19. Jahrhundert"


# Openings as Klexikon's articles write them: the title defined, then 'Er'/'Sie' for it.
LINCOLN_OPENING = ("Abraham Lincoln war ein Politiker aus den Vereinigten Staaten. "
                   "Er lebte im 19. Jahrhundert. Im Jahr 1860 wurde er zum Präsidenten gewählt.")


def _prompts(title: str, paragraphs: list[str]) -> dict[str, object]:
    analysis = analyze(Article(title, paragraphs), "de")
    return {c.question.prompt: c.question for c in wh_questions(analysis, ())}


def test_the_pronoun_of_a_defining_opening_is_asked_as_the_title():
    questions = _prompts("Abraham Lincoln", [LINCOLN_OPENING])
    q = questions["In welchem Jahrhundert lebte Abraham Lincoln?"]
    assert q.answer == "im 19. Jahrhundert"
    assert len(set(q.options)) == 4 and all(o.endswith(". Jahrhundert") for o in q.options)


def test_a_pronoun_is_left_when_another_person_is_named_or_it_does_not_agree():
    # 'Er' after Mary Todd is named may not be Lincoln
    other = _prompts("Abraham Lincoln", [
        "Abraham Lincoln war ein Politiker. Lincoln heiratete Mary Todd. Er lebte im 19. Jahrhundert."])
    assert not any("Abraham Lincoln" in p for p in other)
    # 'ein Politiker' is 'er', not 'sie'
    wrong = _prompts("Abraham Lincoln", ["Abraham Lincoln war ein Politiker. Sie lebte im 19. Jahrhundert."])
    assert wrong == {}


def test_a_title_put_in_for_the_pronoun_is_no_option():
    questions = _prompts("Aarhus", [
        "Aarhus ist eine Hafenstadt. Sie liegt in Jütland. Kopenhagen liegt in Seeland. "
        "Odense liegt in Fünen. Aalborg liegt in Nordjütland. Esbjerg liegt in Aarhus."])
    q = questions.get("Wo liegt Aarhus?")
    assert q is not None and q.answer == "in Jütland" and "in Aarhus" not in q.options


def test_a_place_after_a_noun_belongs_to_the_noun_and_is_not_asked():
    # Klexikon, Afghanistan: the place says where the road leads, not where the country lies
    questions = _prompts("Afghanistan", [
        "Das Land liegt auf dem wichtigen Weg vom Westen nach Indien. Viele Menschen gingen "
        "nach Deutschland. Andere Menschen gingen nach Iran. Wieder andere gingen nach Pakistan."])
    assert not any(q.answer == "nach Indien" for q in questions.values())


def test_a_length_with_its_measure_word_is_asked_after_a_copula():
    # Klexikon, Aare: 'insgesamt' alone after the copula is still a whole question
    questions = _prompts("Aare", [
        "Die Aare ist insgesamt 288 Kilometer lang. Der Rhein fließt 1230 Kilometer durch Europa. "
        "Die Reuss hat 164 Kilometer Lauf. Die Limmat hat 35 Kilometer Lauf."])
    q = questions["Wie viele Kilometer lang ist die Aare insgesamt?"]
    assert q.answer == "288 Kilometer"
    assert set(q.options) == {"288 Kilometer", "1230 Kilometer", "164 Kilometer", "35 Kilometer"}


def test_where_by_compass_point_gives_the_other_points_of_the_same_place():
    # Klexikon, Aachen
    questions = _prompts("Aachen", ["Aachen liegt ganz im Westen von Deutschland."])
    q = questions["Wo liegt Aachen?"]
    assert q.answer == "im Westen von Deutschland"
    points = ("Norden", "Osten", "Süden", "Westen")
    assert sorted(q.options) == sorted(f"im {p} von Deutschland" for p in points)


def test_a_compass_point_with_more_after_it_or_after_a_noun_is_not_asked():
    questions = _prompts("Aachen", [
        "Aachen ist eine Stadt im Westen von Deutschland. Die Burg steht im Norden des Landes. "
        "Der Fluss fließt im Norden und Osten."])
    assert not any(q.answer.startswith("im ") for q in questions.values())


def test_es_of_es_gibt_is_not_taken_for_the_title():
    # Klexikon, Dornbirn: 'Rund um Dornbirn gibt es ...' has no subject to put the title in
    analysis = analyze(Article("Dornbirn", [
        "Dornbirn ist ein Ort in Österreich. Rund um Dornbirn gibt es viel Gebirge und Wanderwege."]), "de")
    from quizgen.exercises.questions.entities import find_entities
    from quizgen.exercises.questions.referents import title_subject
    sentence = analysis.sentences[-1]
    assert title_subject(analysis, sentence, find_entities(analysis)) is sentence


def test_a_genitive_or_dative_article_after_a_copula_is_no_second_nominative():
    # Klexikon, Michail Gorbatschow: 'der Kommunisten', 'in der Sowjetunion' are not subjects
    questions = _prompts("Michail Gorbatschow", [
        "Im Jahr 1985 wurde Michail Gorbatschow der Chef der Kommunisten in der Sowjetunion. "
        "Im Jahr 1991 zerfiel die Sowjetunion. Im Jahr 1990 bekam Gorbatschow den Friedensnobelpreis."])
    q = questions["Wann wurde Michail Gorbatschow der Chef der Kommunisten in der Sowjetunion?"]
    assert q.answer == "1985" and "1991" in q.options and "1990" in q.options
    # two nominatives after the copula still ask nothing
    two = _prompts("Aare", ["Im Jahr 1900 war der Fluss der wichtigste Weg. Im Jahr 1910 kam die Bahn. "
                            "Im Jahr 1920 kam die Straße. Im Jahr 1930 kam der Flughafen."])
    assert not any(p.startswith("Wann war") for p in two)


def test_a_place_or_century_after_a_noun_is_not_asked_after_an_opening_adverbial_either():
    # Klexikon, Philippinen and Siebenjähriger Krieg
    islands = _prompts("Philippinen", [
        "Gegen Ende des Mittelalters kam der Islam auf einige Inseln im Süden."])
    assert not any(q.answer == "im Süden" for q in islands.values())
    war = _prompts("Siebenjähriger Krieg", ["Der Siebenjährige Krieg war ein Krieg im 18. Jahrhundert."])
    assert not any(q.answer == "im 18. Jahrhundert" for q in war.values())


def test_numbers_as_options_are_listed_in_ascending_order():
    from random import Random

    from quizgen.exercises.questions.common import in_display_order

    assert in_display_order(["1763", "1679", "1659", "1669"], Random(1)) == ("1659", "1669", "1679", "1763")
    centuries = ["im 20. Jahrhundert", "im 19. Jahrhundert", "im 17. Jahrhundert"]
    assert in_display_order(centuries, Random(1)) == tuple(reversed(centuries))
    assert in_display_order(["250.000 Einwohner", "1.200 Einwohner"], Random(1))[0] == "1.200 Einwohner"
    places = ["in Wien", "in Graz", "in Linz"]
    assert sorted(in_display_order(places, Random(1))) == sorted(places)
