"""The learner's Anki collection as a guide: collections made and studied here with the real
`anki` library (PyPI), read back by quizgen as known words."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from anki.collection import Collection
from click.testing import CliRunner

from quizgen.cli import main
from quizgen.errors import DependencyError, UsageError
from quizgen.languages.de.stems import form_keys, lemma_keys
from quizgen.options import read_word_list
from quizgen.vocab import collection_words
from quizgen.vocab import learner_collection as learner
from quizgen.vocab.collection_words import collection_known_words, in_language
from quizgen.vocab.learner_collection import in_decks, plain_text

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"

# (deck, front, back, the interval in days it is studied to; 0: never studied)
NOTES = (
    ("Deutsch::Wortschatz", "die Häuser", "houses", 21),
    ("Deutsch::Wortschatz", "Sie fuhren mit den Raketen.", "They rode with the rockets.", 30),
    ("Deutsch::Wortschatz", "<b>die Pressekonferenzen</b>", "press conferences", 22),
    ("Deutsch::Wortschatz", "Der Staat entzog ihm den Pass.", "The state withdrew his passport.", 25),
    ("Deutsch::Neu", "die Bäume", "trees", 20),  # reviewed, but not for long enough
    ("Deutsch::Neu", "die Limousine", "limousine", 0),  # never studied
    ("Spanisch", "las casas", "die Delegationen", 40),  # mature, but another deck
)


def review_to(col: Collection, card_id: int, days: int) -> None:
    """Study the card: answer it with the scheduler (a review card now), then give it the
    interval of a card studied for `days` days with the scheduler's set-due-date."""
    card = col.get_card(card_id)
    card.start_timer()
    col.sched.answerCard(card, 4)
    col.sched.set_due_date([card_id], f"{days}!")
    assert col.get_card(card_id).ivl == days


def make_collection(path: Path, notes=NOTES) -> Path:
    col = Collection(str(path))
    try:
        basic = col.models.by_name("Basic")
        for deck, front, back, days in notes:
            note = col.new_note(basic)
            note["Front"], note["Back"] = front, back
            col.add_note(note, col.decks.id(deck))
            if days:
                review_to(col, note.cards()[0].id, days)
        intervals = sorted(col.db.list("select ivl from cards"))
        assert intervals[0] == 0 and intervals[-1] >= 40  # studied as the table says
    finally:
        col.close()
    return path


@pytest.fixture(scope="module")
def collection(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("learner")
    return make_collection(folder / "collection.anki2")


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def test_words_of_mature_cards_in_the_chosen_decks_are_known_in_every_form(collection):
    known = collection_known_words(str(collection), ("Deutsch*",), 21, "de")
    # "Häuser" makes "Haus" known, "fuhren" "fahren", "Raketen" "Rakete".
    assert {"haus", "fahren", "rakete", "pressekonferenz"} <= known
    assert not {"baum", "limousine", "delegation", "häuser", "pressekonferenzen"} & known
    assert not {"houses", "rockets", "conferences"} & known  # the English backs are not German


@pytest.mark.parametrize(("text", "expected"), [
    ("die Häuser", True), ("Sie fuhren mit den Raketen.", True), ("der Computer", True),
    ("houses", False), ("They rode with the rockets.", False), ("42", True),
])
def test_fields_in_english_are_not_read_as_german(text, expected):
    assert in_language(text, "de") is expected
    assert in_language(text, "en")


@pytest.mark.parametrize(("decks", "interval", "present", "absent"), [
    ((), 21, {"haus", "delegation"}, {"baum"}),
    (("Deutsch::Wortschatz",), 21, {"haus"}, {"delegation", "baum"}),
    (("deutsch",), 21, {"haus"}, {"delegation"}),  # a plain name takes its subdecks, any case
    (("Deutsch*",), 25, {"rakete", "fahren"}, {"haus", "pressekonferenz", "baum"}),
    (("Deutsch*",), 20, {"baum", "haus"}, {"limousine"}),
], ids=["every deck", "one deck", "deck and subdecks", "longer interval", "shorter interval"])
def test_decks_and_interval_choose_the_notes(collection, decks, interval, present, absent):
    known = collection_known_words(str(collection), decks, interval, "de")
    assert present <= known
    assert not absent & known


def test_the_result_is_cached_until_the_collection_changes(collection, tmp_path, monkeypatch):
    copy = tmp_path / "collection.anki2"
    copy.write_bytes(collection.read_bytes())
    first = collection_known_words(str(copy), (), 21, "de")

    def unread(path: str):
        raise AssertionError("read the collection again")

    monkeypatch.setattr(collection_words, "collection_notes", unread)
    learner._read_notes.cache_clear()
    assert collection_known_words(str(copy), (), 21, "de") == first  # from the cache folder
    os.utime(copy, ns=(1_800_000_000_000_000_000, 1_800_000_000_000_000_000))
    with pytest.raises(AssertionError, match="read the collection again"):
        collection_known_words(str(copy), (), 21, "de")


def test_exported_packages_are_read_as_the_collection_is(collection, tmp_path):
    from anki.collection import ExportAnkiPackageOptions
    from anki.decks import DeckId
    from anki.import_export_pb2 import ExportLimit

    original = Collection(str(collection))
    try:
        colpkg, apkg = tmp_path / "learner.colpkg", tmp_path / "learner.apkg"
        options = ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=True,
                                           with_media=False, legacy=False)
        deck = DeckId(original.decks.id_for_name("Deutsch"))
        original.export_anki_package(out_path=str(apkg), options=options,
                                     limit=ExportLimit(deck_id=deck))
        # Exporting the whole collection closes it (Anki does this before a full sync).
        original.export_collection_package(str(colpkg), include_media=False, legacy=False)
    finally:
        original.close()
    from_file = collection_known_words(str(collection), ("Deutsch*",), 21, "de")
    assert collection_known_words(str(colpkg), ("Deutsch*",), 21, "de") == from_file
    assert collection_known_words(str(apkg), ("Deutsch*",), 21, "de") == from_file


def test_build_skips_the_words_the_collection_knows(collection, tmp_path):
    out = tmp_path / "out"
    # A beginner's deck of every new word: the level model takes 'Rakete' and 'Pressekonferenz'
    # (Zipf 3.9 and 4.0) as known at B1, so only a lower level chooses them without a collection.
    args = ["build", str(SAMPLE), "--lang", "de", "--level", "a1", "--max-cards", "0",
            "--format", "json", "--out", str(out), "-q"]
    plain = CliRunner().invoke(main, [*args], catch_exceptions=False)
    assert plain.exit_code == 0
    chosen = (out / f"{SAMPLE.stem.replace('_', '-')}.json").read_text(encoding="utf-8")
    assert '"lemma": "Rakete"' in chosen and '"lemma": "Pressekonferenz"' in chosen
    guided = CliRunner().invoke(main, [*args, "--anki-collection", str(collection),
                                       "--anki-decks", "Deutsch*"], catch_exceptions=False)
    assert guided.exit_code == 0, guided.output
    chosen = (out / f"{SAMPLE.stem.replace('_', '-')}.json").read_text(encoding="utf-8")
    assert '"lemma": "Rakete"' not in chosen and '"lemma": "Pressekonferenz"' not in chosen
    assert '"measured_by": "collection"' in chosen
    options = json.loads(chosen)["options"]
    known = collection_known_words(str(collection), ("Deutsch*",), 21, "de")
    # A count: the text's words the collection knows, of all it knows.
    assert options["known_words"] == [] and 2 <= options["collection_words"] < len(known)


@pytest.mark.parametrize(("decks", "interval"), [(("Deutsch*",), 21), ((), 21), (("Deutsch*",), 20)])
def test_a_texts_known_words_are_the_collections_known_words_of_it(collection, decks, interval):
    # Only the notes with a word that may be a form of a text's lemma are analysed; what they
    # give must be what reading every note gives: Häuser -> Haus, fuhren -> fahren, entzog ->
    # entziehen (a verb whose consonants change).
    lemmas = {"Haus", "fahren", "Rakete", "Pressekonferenz", "Baum", "Limousine", "Delegation",
              "Hausaufgabe", "abfahren", "Zug", "entziehen"}
    every = collection_known_words(str(collection), decks, interval, "de")
    among = collection_words.known_among(str(collection), decks, interval, "de", lemmas)
    assert among == every & {lemma.lower() for lemma in lemmas}
    assert {"haus", "fahren", "rakete", "pressekonferenz", "entziehen"} <= among


@pytest.mark.parametrize(("form", "lemma"), [
    ("Häuser", "Haus"), ("Raketen", "Rakete"), ("fährt", "fahren"), ("gefahren", "fahren"),
    ("fährt", "abfahren"), ("Bäume", "Baum"), ("Pressekonferenzen", "Pressekonferenz"),
    ("Städte", "Stadt"), ("schrieb", "schreiben"), ("vorgeschrieben", "vorschreiben"),
    ("schrieb", "vorschreiben"), ("anzufangen", "anfangen"), ("sprach", "sprechen"),
    ("entzog", "entziehen"), ("übernahm", "übernehmen"), ("ging", "gehen"), ("aß", "essen"),
    ("gefiel", "gefallen"), ("fiel", "auffallen"), ("angegeben", "angeben"),
    ("vergaß", "vergessen"), ("ließ", "lassen"), ("stießen", "anstoßen"), ("bekam", "bekommen"),
])
def test_a_form_is_found_by_its_lemmas_key(form, lemma):
    assert lemma_keys(lemma) & form_keys(form)


@pytest.mark.parametrize(("form", "lemma"), [("Tisch", "Haus"), ("Raketen", "Limousine")])
def test_a_form_of_another_word_is_not(form, lemma):
    assert not lemma_keys(lemma) & form_keys(form)


def test_known_export_writes_a_known_words_file(collection, tmp_path):
    target = tmp_path / "known.txt"
    result = CliRunner().invoke(main, ["known", "export", "--anki-collection", str(collection),
                                       "--anki-decks", "Deutsch*", "-o", str(target)])
    assert result.exit_code == 0, result.output
    words = read_word_list(target)
    assert words == collection_known_words(str(collection), ("Deutsch*",), 21, "de")
    assert "haus" in words and "baum" not in words


def test_a_collection_open_in_anki_is_refused(collection, tmp_path):
    copy = tmp_path / "collection.anki2"
    copy.write_bytes(collection.read_bytes())
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from anki.collection import Collection; "
         f"c = Collection({str(copy)!r}); c.db.scalar('select count() from notes'); "
         "print('open', flush=True); sys.stdin.read(); c.close()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = CliRunner().invoke(main, ["known", "export", "--anki-collection", str(copy)])
    finally:
        holder.communicate("")
    assert result.exit_code == 2
    assert "is open in Anki; close Anki" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("content", [b"", b"not a collection at all" * 100],
                         ids=["empty", "not sqlite"])
def test_a_file_that_is_no_collection_is_one_line_exit_2(tmp_path, content):
    path = tmp_path / "collection.anki2"
    path.write_bytes(content)
    result = CliRunner().invoke(main, ["known", "export", "--anki-collection", str(path)])
    assert result.exit_code == 2
    assert result.output.startswith("quizgen: error: ") and len(result.output.splitlines()) == 1


def test_without_the_anki_library_the_error_says_how_to_install_it(collection, monkeypatch):
    monkeypatch.setitem(sys.modules, "anki.collection", None)  # what an absent package raises
    with pytest.raises(DependencyError, match=r"pip install 'quizgen\[anki\]'"):
        learner._read_notes(str(collection), (0, 0))
    with pytest.raises(UsageError, match="not found"):
        learner.collection_notes(str(collection) + ".missing")


@pytest.mark.parametrize(("field", "text"), [
    ("<b>die Häuser</b><br>das Haus", "die Häuser das Haus"),
    ("{{c1::Raketen::plural}} fliegen [sound:raketen.mp3]", "Raketen fliegen"),
    ("Haus&nbsp;&amp; Hof", "Haus & Hof"),
], ids=["markup", "cloze and sound", "entities"])
def test_note_fields_are_read_as_text(field, text):
    assert plain_text(field) == text


@pytest.mark.parametrize(("deck", "patterns", "expected"), [
    ("Deutsch", ("Deutsch*",), True), ("Deutsch::A1", ("Deutsch",), True),
    ("Deutschland", ("Deutsch",), False), ("Spanisch", ("Deutsch*", "Span*"), True),
    ("Spanisch", ("Deutsch*",), False),
])
def test_deck_patterns(deck, patterns, expected):
    assert in_decks(deck, patterns) is expected


@pytest.mark.parametrize("level", ["a1", "b1"])
def test_a_build_with_the_collection_chooses_as_with_all_its_known_words(collection, tmp_path, level):
    # A build looks up only the text's words in the collection; the cards and the coverage
    # must be those of a build given every word the collection knows.
    listing = tmp_path / "known.txt"
    exported = CliRunner().invoke(main, ["known", "export", "--anki-collection", str(collection),
                                         "--anki-decks", "Deutsch*", "-o", str(listing)])
    assert exported.exit_code == 0, exported.output
    args = ["build", str(SAMPLE), "--lang", "de", "--level", level, "--format", "json", "-q"]
    results = []
    for name, extra in (("listed", ["--known-words", str(listing)]),
                        ("guided", ["--anki-collection", str(collection), "--anki-decks", "Deutsch*"])):
        out = tmp_path / name
        result = CliRunner().invoke(main, [*args, *extra, "--out", str(out)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        written = out / f"{SAMPLE.stem.replace('_', '-')}.json"
        results.append(json.loads(written.read_text(encoding="utf-8")))
    listed, guided = results
    assert [v["lemma"] for v in guided["vocabulary"]] == [v["lemma"] for v in listed["vocabulary"]]
    assert guided["cloze_cards"] == listed["cloze_cards"]
    assert {k: v for k, v in guided["coverage"].items() if k not in ("measured_by", "warning")} == \
        {k: v for k, v in listed["coverage"].items() if k not in ("measured_by", "warning")}
