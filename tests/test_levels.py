"""The level model (does a learner at L know this word?) and the text's key words first."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from quizgen import Article, Options, select_vocabulary
from quizgen.analysis.analyze import analyze
from quizgen.analysis.frequency import zipf
from quizgen.cli import main
from quizgen.languages import get_language
from quizgen.languages.de.lexicon import compound_parts
from quizgen.vocab.cognates import is_cognate, senses, shares_sense
from quizgen.vocab.keywords import family_stem
from quizgen.vocab.learner import Learner
from quizgen.vocab.levels import forms_zipf, is_known, known_probability, level_model, register, word_features
from quizgen.vocab.select import Candidate, collect_candidates


def probability(lemma: str, pos: str, level: str = "B1") -> float:
    values = word_features(lemma, pos, zipf(lemma.lower(), "de"), (), "de", Options(lang="de"))
    return known_probability(values, level, "de")


@pytest.mark.parametrize(
    ("everyday", "abstract"),
    [("Schrank", "Schwerpunkt"), ("Pfanne", "erheblich"), ("Teller", "angesichts")],
    ids=["wardrobe-emphasis", "pan-considerable", "plate-given"],
)
def test_everyday_words_rarer_in_corpora_are_known_before_frequent_abstract_ones(
        everyday: str, abstract: str) -> None:
    assert zipf(everyday.lower(), "de") < zipf(abstract.lower(), "de")
    pos = "ADJ" if abstract.islower() else "NOUN"
    assert probability(everyday, "NOUN") > probability(abstract, pos)


def test_the_register_counts_tell_childrens_words_from_adult_ones() -> None:
    counts = register("de")
    assert counts is not None and counts.simple_documents > 2000
    # a word children read about often, and one of adult expository prose
    assert counts.simple_share("Löffel") - counts.adult_share("Löffel") > 0
    assert counts.simple_share("Schwerpunkt") - counts.adult_share("Schwerpunkt") < 0


def test_levels_order_what_is_known() -> None:
    chances = [probability("Verhandlung", "NOUN", level) for level in ("A1", "A2", "B1", "B2", "C1", "C2")]
    assert chances == sorted(chances) and chances[0] < chances[-1]
    frequent = word_features("Haus", "NOUN", zipf("haus", "de"), (), "de", Options(lang="de"))
    assert is_known(frequent, "A1", "de")


def test_other_languages_use_the_fallback_model_with_the_same_api() -> None:
    assert "register" not in level_model("fr").features
    values = word_features("maison", "NOUN", zipf("maison", "fr"), (), "fr", Options(lang="fr"))
    rare = word_features("délibération", "NOUN", zipf("délibération", "fr"), (), "fr", Options(lang="fr"))
    assert known_probability(values, "B1", "fr") > known_probability(rare, "B1", "fr")


def test_cognates_are_spelt_like_one_of_their_senses() -> None:
    assert is_cognate("Artillerie", "artillery")
    assert is_cognate("strategisch", "strategic")
    assert not is_cognate("Gipfel", "summit; top; height")
    assert not is_cognate("Raketenstartanlage", "→ Anlage: installation; system")
    assert senses("to see off (sb.); [mil.] to escort; squire") == ["see off", "escort", "squire"]


@pytest.mark.parametrize(("word", "meaning"), [
    ("militärisch", "military"), ("Modernisierung", "modernization; upgrade"),
    ("sowjetisch", "Soviet"), ("priorisieren", "prioritize sth."), ("inspizieren", "survey; inspect"),
])
def test_learned_words_are_cognates_whatever_their_endings(word: str, meaning: str) -> None:
    assert is_cognate(word, meaning, "de", "en")


@pytest.mark.parametrize(("word", "meaning"), [
    ("Regierung", "government"), ("Bedrohung", "threat"), ("Vorbereitung", "preparation"),
    ("Bürger", "citizen"), ("Umstand", "circumstance"),
])
def test_words_with_other_stems_are_not_cognates(word: str, meaning: str) -> None:
    assert not is_cognate(word, meaning, "de", "en")


def test_word_families_share_a_stem() -> None:
    german = get_language("de")
    assert family_stem("Besichtigung", german) == family_stem("besichtigen", german)
    assert family_stem("Vorbeugung", german) == family_stem("vorbeugen", german)


def test_compounds_of_known_words_are_transparent() -> None:
    learner = Learner("de", Options(lang="de"))
    analysis = analyze(Article("t", ("Im Küchentisch steckte eine Umlaufbahn.",)), "de")
    found = collect_candidates(analysis)
    kitchen_table = found["Küchentisch"]
    kitchen_table.parts = ("Küche", "Tisch")
    assert learner.is_transparent(kitchen_table)
    assert not learner.is_transparent(found["Umlaufbahn"])


def _compound(lemma: str) -> Candidate:
    return Candidate(lemma, "NOUN", zipf(lemma.lower(), "de"), [], compound_parts(lemma))


def test_a_compound_is_transparent_only_when_it_keeps_its_heads_meaning() -> None:
    learner = Learner("de", Options(lang="de"))
    for lemma in ("Küstenwache", "Nachrichtenagentur", "Brandgefahr", "Außenministerium"):
        assert learner.is_transparent(_compound(lemma)), lemma
    # a glove is no kind of shoe, breakfast no kind of piece: a learner needs the card
    for lemma in ("Handschuh", "Frühstück"):
        assert len(_compound(lemma).parts) == 2
        assert not learner.is_transparent(_compound(lemma)), lemma


def test_compounds_of_basic_words_that_say_what_they_mean_are_known_well() -> None:
    """Krankenwagen is a vehicle for the sick, Kinderzimmer a room for children: a B1 learner
    knows them without a card. Handschuh (no shoe) and Schwerpunkt (no 'heavy') are not."""
    learner = Learner("de", Options(lang="de"))
    for lemma in ("Krankenwagen", "Kinderzimmer", "Unfallstelle"):
        assert len(_compound(lemma).parts) == 2, lemma
        assert learner.is_transparent(_compound(lemma)), lemma
    for lemma in ("Kinderzimmer", "Unfallstelle"):
        assert learner.is_transparent(_compound(lemma), well=True), lemma
    for lemma in ("Handschuh", "Frühstück", "Schwerpunkt"):
        assert not learner.is_transparent(_compound(lemma), well=True), lemma


def test_a_verb_stem_in_a_compound_is_read_as_its_verb() -> None:
    learner = Learner("de", Options(lang="de"))
    assert not learner.knows("Fahr", "NOUN")  # no word of its own ...
    assert learner.knows_part("Fahr")  # ... but fahren
    assert learner.is_transparent(_compound("Fahrspur"))


@pytest.mark.parametrize(("lemma", "pos"), [("Erleichterung", "NOUN"), ("Gemeinsamkeit", "NOUN"),
                                            ("unfreiwillig", "ADJ"), ("Arbeitslose", "NOUN"),
                                            ("ausländisch", "ADJ")])
def test_derivations_of_known_words_are_transparent(lemma: str, pos: str) -> None:
    """erleichtern + -ung (an -ern verb keeps its 'er'), gemeinsam + -keit even where the
    compound splitter sees 'Gem' + 'Einsamkeit', un- + freiwillig, die Arbeitslose from
    arbeitslos, ausländisch from Ausland (the umlaut undone)."""
    learner = Learner("de", Options(lang="de"))
    parts = compound_parts(lemma) if pos == "NOUN" else ()
    assert learner.is_transparent(Candidate(lemma, pos, zipf(lemma.lower(), "de"), [], parts))


def test_a_negating_prefix_makes_no_noun_transparent() -> None:
    learner = Learner("de", Options(lang="de"))
    assert learner.knows("Fall", "NOUN")
    assert not learner.is_transparent(Candidate("Unfall", "NOUN", zipf("unfall", "de"), [], ()))


def test_a_gloss_keeps_the_heads_sense_in_its_first_sense() -> None:
    assert shares_sense("coastguard", "guard; watch")
    assert shares_sense("news agency; newswire", "agent; agency")
    assert not shares_sense("glove", "shoe")
    assert not shares_sense("emphasis; focal point", "point; dot")


def test_lexicalised_compounds_are_split_into_words_not_prefixes_or_suffixes() -> None:
    assert compound_parts("Außenministerium") == ("Außen", "Ministerium")
    assert compound_parts("Innenminister") == ("Innen", "Minister")
    for word in ("Freundschaft", "Vorstellung", "Beispiel", "Regierung"):
        assert compound_parts(word) == (), word


REPEATED = (
    "Die Gemeinde plant eine neue Umgehungsstraße.",
    "Die Umgehungsstraße soll den Verkehr aus der Altstadt holen. Ein Gutachter prüfte die "
    "Böschung am Fluss.",
    "Viele Anwohner wünschen sich die Umgehungsstraße seit Jahren, weil der Lärm unerträglich ist.",
)


def test_a_word_the_text_repeats_comes_before_words_it_uses_once() -> None:
    analysis = analyze(Article("Verkehr", REPEATED), "de")
    chosen = select_vocabulary(analysis, Options(lang="de", level="B1", max_cards=0))
    lemmas = [item.lemma for item in chosen]
    assert lemmas[0] == "Umgehungsstraße"
    assert chosen[0].count == 3
    assert {"Gutachter", "Böschung"} <= set(lemmas)
    assert all(item.count == 1 for item in chosen[1:])


MILITARY = ("Der General sprach über die strategische Lage. Die Artillerie stand am Ufer. "
            "Die Soldaten gruben eine Böschung und bauten einen Unterstand aus Baumstämmen.",)


@pytest.mark.parametrize(("mode", "expected"), [("keep", True), ("last", True), ("drop", False)])
def test_cognates_can_be_kept_ranked_last_or_dropped(mode: str, expected: bool) -> None:
    analysis = analyze(Article("t", MILITARY), "de")
    chosen = [i.lemma for i in select_vocabulary(
        analysis, Options(lang="de", level="B1", max_cards=0, cognates=mode))]
    assert ("Artillerie" in chosen) is expected
    assert "Unterstand" in chosen
    if mode == "last":
        assert chosen.index("Artillerie") > chosen.index("Unterstand")


def test_words_the_learner_can_work_out_fill_only_a_tenth_of_a_deck() -> None:
    text = ("Die Modernisierung der Armee und die militärische Strategie wurden diskutiert. "
            "Der sowjetische Satellit kreiste. Man wollte die Spionage priorisieren und die "
            "Anlage inspizieren. Die Böschung war steil, der Unterstand feucht, das Gestrüpp "
            "dicht, die Furt seicht.")
    analysis = analyze(Article("t", (text,)), "de")
    everything = select_vocabulary(analysis, Options(lang="de", level="B1", max_cards=0))
    deck = select_vocabulary(analysis, Options(lang="de", level="B1", max_cards=10))
    easy = {"Modernisierung", "militärisch", "sowjetisch", "priorisieren", "inspizieren"}
    assert len(easy & {i.lemma for i in everything}) >= 4  # all come, after the others
    assert len(easy & {i.lemma for i in deck}) <= 1
    assert {"Böschung", "Unterstand"} <= {i.lemma for i in deck}


def test_an_unknown_cognates_mode_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["vocab", "-", "--cognates", "sometimes"], input="Text")
    assert result.exit_code == 2


def test_vocab_shows_how_often_each_word_occurs(tmp_path) -> None:
    article = tmp_path / "verkehr.txt"
    article.write_text("Verkehr\n\n" + "\n\n".join(REPEATED), encoding="utf-8")
    table = CliRunner().invoke(main, ["vocab", str(article), "--lang", "de"])
    assert table.exit_code == 0, table.output
    header, first = table.stdout.splitlines()[:2]
    assert header.split()[4] == "n"
    assert first.split()[1:3] == ["die", "Umgehungsstraße,"] and first.split()[6] == "3"
    as_json = CliRunner().invoke(main, ["vocab", str(article), "--lang", "de", "--json"])
    items = json.loads(as_json.stdout)
    assert items[0]["lemma"] == "Umgehungsstraße" and items[0]["count"] == 3


def test_the_forms_a_text_uses_count_beside_the_dictionary_form() -> None:
    # adjectives are met inflected: 'zahlreichen' is far more frequent than 'zahlreich'
    lemma_alone = zipf("zahlreich", "de")
    together = forms_zipf("zahlreich", {"zahlreichen", "zahlreiche"}, "de")
    assert together > lemma_alone + 0.3
    options = Options(lang="de")
    bare = word_features("zahlreich", "ADJ", lemma_alone, (), "de", options)
    inflected = word_features("zahlreich", "ADJ", lemma_alone, (), "de", options, together)
    assert known_probability(inflected, "B1", "de") > known_probability(bare, "B1", "de")
