"""Role questions: 'Wer ist X?' answered by X's role restated, the options other people's roles."""

from __future__ import annotations

from quizgen.analysis.analyze import analyze
from quizgen.exercises.questions.namelists import countries
from quizgen.exercises.questions.roles import role_questions
from quizgen.languages.de.countries import country_genitive, country_of_adjective
from quizgen.model import Article


def test_country_adjectives_become_the_countrys_genitive():
    names = countries("de")
    assert country_of_adjective("südkoreanisch", names) == "Südkorea"
    assert country_of_adjective("russisch", names) == "Russland"
    assert country_of_adjective("britisch", names) == "Großbritannien"
    assert country_of_adjective("freundlich", names) is None
    assert country_genitive("Russland") == "Russlands"
    assert country_genitive("Schweiz") is None and country_genitive("Ukraine") is None  # 'der Schweiz'


def test_role_questions_on_the_sample_restate_the_role(sample_analysis):
    found = {c.question.prompt: c.question for c in role_questions(sample_analysis, ())}
    lim = found["Wer ist Lim Soo-suk?"]  # 'Lim Soo-suk, Sprecher des südkoreanischen Außenministeriums'
    assert lim.answer == "Der Sprecher des Außenministeriums Südkoreas"
    shoigu = found["Wer ist Shoigu?"]  # 'Shoigu, der russische Verteidigungsminister'
    assert shoigu.answer == "Der Verteidigungsminister Russlands"
    # 'dem russischen Präsidenten Wladimir Putin': the dative put in the nominative; Putin
    # and Kim, whom the text is about, are not asked, but their roles are options.
    assert "Wer ist Wladimir Putin?" not in found and "Wer ist Kim Jong Un?" not in found
    assert {"Der Präsident Russlands", "Der Führer Nordkoreas"} <= set(shoigu.options)
    for q in found.values():
        assert q.answer in q.options and len(set(q.options)) == len(q.options) >= 3
        assert q.answer not in sample_analysis.sentences[q.evidence[0]].text  # restated


def test_a_role_the_rules_cannot_restate_is_no_question():
    analysis = analyze(Article("t", (
        "Der Bürgermeister Hans Müller eröffnete die Brücke. Die Ärztin Eva Brandt kam auch.",
        "Der berühmte Maler Karl Stein malte sie. Die bekannte Sängerin Maria Holm sang.")), "de")
    assert role_questions(analysis, ()) == []  # 'Der berühmte Maler' would be copied
