"""Vocabulary choice on the sample article and on small texts."""

from __future__ import annotations

import pytest

from quizgen import Article, Options, select_vocabulary
from quizgen.analysis.analyze import analyze
from quizgen.analysis.frequency import zipf
from quizgen.options import level_zipf_threshold
from quizgen.vocab.select import Candidate, _choose


@pytest.fixture(scope="session")
def sample_vocabulary(sample_analysis):
    return select_vocabulary(sample_analysis, Options(lang="de", max_cards=0))


def token_at(analysis, item):
    sentence = analysis.sentences[item.sentence]
    return next(t for t in sentence.tokens if t.start == item.start)


def test_no_names_and_no_words_made_from_them(sample_analysis, sample_vocabulary) -> None:
    names = {"Putin", "Kim", "Russland", "Nordkorea", "Pjöngjang", "Moskau", "Wostotschny", "Vereinigt"}
    for item in sample_vocabulary:
        assert item.lemma not in names
        assert not token_at(sample_analysis, item).is_name, item.lemma
    assert not {"nordkoreanisch", "russisch", "sibirisch"} & {i.lemma for i in sample_vocabulary}


def test_one_entry_per_lemma(sample_vocabulary) -> None:
    lemmas = [item.lemma.lower() for item in sample_vocabulary]
    assert len(lemmas) == len(set(lemmas))


def test_nouns_carry_gender_and_plural(sample_vocabulary) -> None:
    nouns = [item for item in sample_vocabulary if item.pos == "NOUN"]
    assert len(nouns) >= 15
    with_gender = [n for n in nouns if n.gender in ("m", "f", "n")]
    assert len(with_gender) / len(nouns) >= 0.95
    by_lemma = {n.lemma: n for n in nouns}
    assert (by_lemma["Raketenstartanlage"].gender, by_lemma["Raketenstartanlage"].plural) == (
        "f", "Raketenstartanlagen")
    assert by_lemma["Raketenstartanlage"].parts == ("Rakete", "Start", "Anlage")


def test_separable_verbs_are_one_lemma_with_both_parts(sample_analysis) -> None:
    chosen = select_vocabulary(sample_analysis, Options(lang="de", include=frozenset({"mitteilen"})))
    item = next(i for i in chosen if i.lemma == "mitteilen")
    sentence = sample_analysis.sentences[item.sentence].text
    assert [sentence[s:e] for s, e in item.spans] == ["teilte", "mit"]
    assert item.form == "teilte … mit"


def test_no_numbers_abbreviations_or_function_words(sample_vocabulary) -> None:
    for item in sample_vocabulary:
        assert item.lemma.replace("-", "").isalpha(), item.lemma
        assert not item.lemma.isupper(), item.lemma
        assert item.pos in ("NOUN", "VERB", "ADJ", "ADV")


def test_frequency_is_judged_on_the_lemma_and_repeated_words_rank_first(sample_analysis) -> None:
    chosen = select_vocabulary(sample_analysis, Options(lang="de", max_cards=0, cognates="keep"))
    for item in chosen:
        assert item.zipf == round(zipf(item.lemma.lower(), "de"), 2)
    counts = [item.count for item in chosen]
    assert max(counts) >= 3
    last_repeated = max(i for i, count in enumerate(counts) if count >= 3)
    first_single = min(i for i, count in enumerate(counts) if count == 1)
    assert last_repeated < first_single
    # the Zipf band chosen by hand still bounds the choice
    threshold = level_zipf_threshold("B1", "de")
    band = select_vocabulary(sample_analysis, Options(lang="de", max_cards=0, max_zipf=threshold))
    assert band and all(item.zipf < threshold for item in band)


def test_example_sentences_are_body_text_of_reasonable_length(sample_analysis, sample_vocabulary) -> None:
    for item in sample_vocabulary:
        sentence = sample_analysis.sentences[item.sentence]
        text = sentence.text[item.start:item.end]
        assert text and text.lower().startswith(item.form.split(" … ")[0].lower()[:2])
        if sentence.kind != "body":
            others = [s for s in sample_analysis.sentences if s.kind == "body"
                      and item.form.split(" … ")[0] in s.text]
            assert not others, item.lemma


def test_level_changes_how_many_words_are_unknown(sample_analysis) -> None:
    counts = [len(select_vocabulary(sample_analysis, Options(lang="de", level=level, max_cards=0)))
              for level in ("A1", "B1", "C2")]
    assert counts[0] > counts[1] > counts[2] > 0


def test_known_include_exclude_and_limits(sample_analysis, sample_vocabulary) -> None:
    first, second = sample_vocabulary[0].lemma, sample_vocabulary[1].lemma
    chosen = select_vocabulary(sample_analysis, Options(
        lang="de", max_cards=0, known_words=frozenset({first}), exclude=frozenset({second}),
        include=frozenset({"Treffen"})))
    lemmas = {item.lemma for item in chosen}
    assert first not in lemmas and second not in lemmas and "Treffen" in lemmas
    assert len(select_vocabulary(sample_analysis, Options(lang="de", max_cards=5))) == 5
    high = select_vocabulary(sample_analysis, Options(lang="de", min_zipf=3.5, max_zipf=4.0, max_cards=0))
    assert high and all(3.5 <= item.zipf < 4.0 for item in high)


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ("Der Minister besuchte gestern die Raketnstartanlge in der Wüste.", "Raketnstartanlge"),
        ("Der Sänger trat mit der Band Royal Blood in der großen Halle auf.", "Royal"),
        ("Die Forscher fanden Хрущёв in einer alten Kiste im Keller.", "Хрущёв"),
    ],
    ids=["typo", "english-name", "foreign-script"],
)
def test_typos_foreign_words_and_scripts_are_not_vocabulary(text: str, rejected: str) -> None:
    analysis = analyze(Article(title="t", paragraphs=(text,)), "de")
    chosen = select_vocabulary(analysis, Options(lang="de", level="C2", max_cards=0))
    assert rejected.lower() not in {item.lemma.lower() for item in chosen}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The committee scrutinised the treaty and the senators ratified it "
         "unanimously.", "ratify"),
        ("fr", "Les députés ont ratifié le traité après une longue délibération "
         "parlementaire.", "délibération"),
        ("es", "Los diputados ratificaron el tratado tras una larga deliberación "
         "parlamentaria.", "deliberación"),
        ("it", "I deputati hanno ratificato il trattato dopo una lunga deliberazione "
         "parlamentare.", "ratificare"),
        ("nl", "De afgevaardigden hebben het verdrag na een lange beraadslaging "
         "goedgekeurd.", "beraadslaging"),
    ],
    ids=["en", "fr", "es", "it", "nl"],
)
def test_other_languages_choose_rare_lemmas(lang: str, text: str, expected: str) -> None:
    analysis = analyze(Article(title="t", paragraphs=(text,)), lang)
    chosen = select_vocabulary(analysis, Options(lang=lang, max_cards=0))
    assert expected in {item.lemma for item in chosen}


class _Learner:
    """Knows nothing; the words in `familiar` are compounds of basic words."""

    def __init__(self, familiar: set[str]) -> None:
        self.options = Options(lang="de")
        self.familiar = familiar

    def knows_candidate(self, candidate: Candidate) -> bool:
        return False

    def is_cognate(self, candidate: Candidate) -> bool:
        return False

    def is_transparent(self, candidate: Candidate, well: bool = False) -> bool:
        return candidate.lemma in self.familiar

    def meaning(self, candidate: Candidate) -> str | None:
        # a compound the dictionary knows only by its head: "→ Parade: parade"
        return "→ Parade: parade" if candidate.lemma.endswith("parade") else "a meaning"


def _scored(lemmas: list[str]) -> list[tuple[float, Candidate]]:
    return [(float(len(lemmas) - i), Candidate(lemma, "NOUN", 3.0, [])) for i, lemma in enumerate(lemmas)]


def test_compounds_of_basic_words_only_keep_a_short_text_from_an_empty_deck() -> None:
    learner = _Learner({"Kinderzimmer"})
    # two thirds of a deck of other words: room for easy words, none for known ones
    many = ["Kinderzimmer"] + [f"Wort{i}" for i in range(20)]
    chosen = [c.lemma for c in _choose(_scored(many), learner, set(), 30)]
    assert len(chosen) == 20 and "Kinderzimmer" not in chosen  # the most important, yet known
    few = ["Kinderzimmer", "Wort1", "Wort2", "Wort3"]
    chosen = [c.lemma for c in _choose(_scored(few), learner, set(), 30)]
    assert chosen == ["Wort1", "Wort2", "Wort3", "Kinderzimmer"]


def test_a_card_with_only_its_head_meaning_fills_a_deck_only_when_it_would_stay_short() -> None:
    learner = _Learner(set())
    words = ["Hitparade"] + [f"Wort{i}" for i in range(40)]
    assert "Hitparade" not in [c.lemma for c in _choose(_scored(words), learner, set(), 30)]
    few = ["Hitparade", "Wort1", "Wort2"]
    assert "Hitparade" in [c.lemma for c in _choose(_scored(few), learner, set(), 30)]


def test_a_word_whose_best_sentence_is_very_long_comes_after_the_others() -> None:
    long_sentence = "Die " + " ".join(["sehr"] * 45) + " lange Wortkette endet hier."
    [sentence] = analyze(Article(title="t", paragraphs=(long_sentence,)), "de").sentences
    token = next(t for t in sentence.tokens if t.text == "Wortkette")
    only_long = Candidate("Wortkette", "NOUN", 3.0, [(sentence, token)])
    learner = _Learner(set())
    others = [Candidate(f"Wort{i}", "NOUN", 3.0, []) for i in range(40)]
    scored = [(50.0, only_long)] + [(float(40 - i), c) for i, c in enumerate(others)]
    assert "Wortkette" not in [c.lemma for c in _choose(scored, learner, set(), 30)]


def test_a_verb_used_as_a_noun_gets_the_verbs_card() -> None:
    """'inklusive Be- und Entladen': dictionaries list entladen, so the card shows the verb."""
    text = "Die Überfahrt dauert inklusive Be- und Entladen knapp eine Stunde."
    analysis = analyze(Article(title="t", paragraphs=(text,)), "de")
    items = {i.lemma: i for i in select_vocabulary(analysis, Options(lang="de", max_zipf=8))}
    assert items["entladen"].pos == "VERB" and items["entladen"].form == "Entladen"
    assert "Entladen" not in items


def test_the_first_part_of_a_hyphenated_compound_is_no_card() -> None:
    text = "Das Einstufen-Verfahren ist billig, die Wasserstoffperoxid-Sterilisation wirkt schnell."
    analysis = analyze(Article(title="t", paragraphs=(text,)), "de")
    lemmas = {i.lemma for i in select_vocabulary(analysis, Options(lang="de", max_zipf=8))}
    assert not lemmas & {"Einstufen", "einstufen", "Wasserstoffperoxid"}
    assert "Sterilisation" in lemmas or "Verfahren" in lemmas
