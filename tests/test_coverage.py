"""What the learner can read already: coverage of a text, and i+1 example sentences (one new
word per card where the text allows), both by the one known-word rule in known.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizgen import Options
from quizgen.analysis.analyze import analyze
from quizgen.cli import main
from quizgen.model import Article
from quizgen.vocab.coverage import text_coverage
from quizgen.vocab.iplus1 import prefer_known_context
from quizgen.vocab.select import select_vocabulary

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"
# "Admiral" occurs three times: beside four other rare words, beside only everyday words
# ("Am Abend sprach der Admiral lange mit seiner Frau."), and beside two rare words.
TEXT = ("Der Admiral besichtigte gestern die Raketenstartanlage und die Artilleriegranaten im Hafen. "
        "Am Abend sprach der Admiral lange mit seiner Frau. "
        "Die Delegation traf den Admiral vor dem Kosmodrom.")


@pytest.fixture(scope="module")
def admiral():
    return analyze(Article("Admiral", (TEXT,), "de", "admiral.txt"), "de")


def test_each_word_is_shown_in_the_sentence_whose_other_words_are_known(admiral):
    options = Options(lang="de", max_cards=0, questions=0)
    chosen = {v.lemma: v for v in select_vocabulary(admiral, options)}
    assert chosen["Admiral"].sentence == 0  # the first body sentence of a comfortable length
    placed = {v.lemma: v for v in prefer_known_context(tuple(chosen.values()), admiral, options)}
    admiral_item = placed["Admiral"]
    assert admiral_item.sentence == 1
    sentence = admiral.sentences[1].text
    assert sentence[admiral_item.start:admiral_item.end] == "Admiral"
    assert placed["Delegation"] == chosen["Delegation"]  # one sentence only: nothing to choose


def test_known_words_change_which_sentence_is_i_plus_1(admiral):
    """With the rare words of the third sentence known, it is as good as the second; the
    order of the text decides between equals."""
    options = Options(lang="de", max_cards=0, questions=0,
                      known_words=frozenset({"Delegation", "Kosmodrom"}))
    chosen = select_vocabulary(admiral, options)
    placed = {v.lemma: v for v in prefer_known_context(chosen, admiral, options)}
    assert placed["Admiral"].sentence == 1
    options = options.with_(known_words=frozenset({"besichtigen", "Raketenstartanlage",
                                                   "Artilleriegranate"}))
    placed = {v.lemma: v for v in prefer_known_context(select_vocabulary(admiral, options), admiral, options)}
    assert placed["Admiral"].sentence == 0  # now the first sentence has no other new word


def test_coverage_counts_running_words_and_new_lemmas(admiral):
    found = text_coverage(admiral, Options(lang="de"))
    words = [t for s in admiral.sentences for t in s.tokens if t.upos != "PUNCT"]
    assert found.running_words == len(words) == 28
    # New at B1 by the level model: Admiral (3 times), Raketenstartanlage, Artilleriegranate,
    # Delegation, Kosmodrom (besichtigen is a B1 word).
    assert (found.new_lemmas, found.new_words) == (5, 7)
    assert found.describe() == "75% of 28 running words known (by level B1), 5 new lemmas"
    assert found.warning() == "7 new words in 28: this text is hard for B1"
    known = Options(lang="de", known_words=frozenset({"Delegation", "Kosmodrom"}))
    assert text_coverage(admiral, known).new_words == 5
    assert text_coverage(admiral, known).warning() == "5 new words in 28: this text is hard for B1"
    known = known.with_(known_words=known.known_words | {"Admiral"})
    assert text_coverage(admiral, known).warning() is None  # 26 of 28 known: over 90%
    assert text_coverage(admiral, Options(lang="de", level="C2")).share > found.share


def test_build_and_vocab_report_coverage(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "--lang", "de", "--format", "json",
                                       "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0
    data = json.loads((out / "de-russland-nordkorea-gipfel.json").read_text(encoding="utf-8"))
    figures = data["coverage"]
    assert figures["running_words"] > 600 and 0 < figures["new_lemmas"] < figures["running_words"]
    assert figures["share"] == round(figures["known_words"] / figures["running_words"], 3)
    line = (f"{figures['share']:.0%} of {figures['running_words']} running words known (by level B1), "
            f"{figures['new_lemmas']} new lemmas")
    assert line in result.stderr
    vocab = CliRunner().invoke(main, ["vocab", str(SAMPLE), "--lang", "de"], catch_exceptions=False)
    assert f"coverage: {line}" in vocab.stderr
