"""The .apkg export, checked by importing it into real Anki collections (PyPI `anki`)."""

from __future__ import annotations

import html
import json
import re
import sqlite3
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageRequest
from browser import chromium

from quizgen import Options, make_quiz, read_article
from quizgen.errors import DependencyError, TemplateError
from quizgen.export.anki import deck_id, deck_name, write_apkg
from quizgen.export.anki_models import KINDS
from quizgen.export.anki_notes import all_notes, cloze_text, note_guid
from quizgen.export.anki_state import ModState
from quizgen.export.audio import media_name
from quizgen.model import Question

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"
SECOND = ROOT / "tests" / "data" / "de_pressekonferenz_kurz.txt"
SAMPLE_APKG = "de-russland-nordkorea-gipfel.apkg"

QUESTIONS = (
    Question("q-who", "who", "Wen traf Kim Jong Un?", ("Wladimir Putin", "Lim Soo-suk", "Andrei Rudenko",
                                                        "Jo Chun Ryong"), "Wladimir Putin", (2,)),
    Question("q-number", "number", "Wie viele Raketen feuerte Nordkorea ab?",
             ("eine", "zwei", "drei", "vier"), "zwei", (2,), "Zwei ballistische Raketen."),
    Question("q-tf", "true_false", "Das Treffen fand in Moskau statt.", (), False, (4,)),
    Question("q-order", "order", "Bringen Sie die Ereignisse in die richtige Reihenfolge.",
             ("Gespräche", "Besichtigung der Rakete", "Begrüßung am Eingang"), [1, 2, 0], (1, 7, 8)),
    Question("q-open", "open", "Warum trifft sich Kim mit Putin?", (),
             "Er sucht Hilfe bei Satelliten und Militärtechnologie.", (4,)),
    Question("q-matching", "matching", "Ordnen Sie jedem Absatz eine Überschrift zu.",
             ("Raketentechnik und Weltraum", "Munitionslager und Krieg", "Startanlage und Limousine"),
             (2, 0), (3, 9), items=("Absatz 2", "Absatz 4")),
)
STYLE = re.compile(r"<style>.*?</style>", re.S)
TAG = re.compile(r"<[^>]+>")
CLOZE_SPAN = re.compile(r'<span class="cloze"[^>]*>(.*?)</span>')


def visible(card_html: str) -> str:
    """What a learner reads: no CSS, no tags, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(TAG.sub(" ", STYLE.sub("", card_html))).split())


def with_glosses(quiz, count: int = 3):
    """The sample quiz with meanings for a few words, as the dictionary work will give them."""
    vocab = list(quiz.vocabulary)
    for i in range(count):
        vocab[i] = replace(vocab[i], gloss=f"meaning of {vocab[i].lemma} <i>&</i>", pronunciation="[ˈtɛst]")
    every_card = quiz.options.with_(cards=("cloze", "meaning", "reverse", "questions"))
    return replace(quiz, vocabulary=tuple(vocab), questions=QUESTIONS, options=every_card)


@pytest.fixture(scope="module")
def full_quiz(sample_quiz):
    return with_glosses(sample_quiz)


@pytest.fixture(scope="module")
def sample_col(tmp_path_factory, full_quiz):
    """The sample deck imported once into a fresh collection, for tests that only read it."""
    folder = tmp_path_factory.mktemp("sample")
    with pytest.MonkeyPatch.context() as monkeypatch:
        path = build(full_quiz, folder, monkeypatch, 1_700_000_000)
    (folder / "col").mkdir()
    collection = Collection(str(folder / "col" / "collection.anki2"))
    log = import_apkg(collection, path)
    yield collection, log
    collection.close()


@pytest.fixture
def col(tmp_path):
    (tmp_path / "col").mkdir()
    collection = Collection(str(tmp_path / "col" / "collection.anki2"))
    yield collection
    collection.close()


def import_apkg(col: Collection, path: Path):
    """Import as Anki's import dialog does by default."""
    options = col._backend.get_import_anki_package_presets()
    return col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path), options=options)).log


def build(quiz, folder: Path, monkeypatch, epoch: int) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
    path = folder / SAMPLE_APKG
    write_apkg(quiz, path)
    return path


def review_some(col: Collection, quiz, answers=(3, 4, 1, 3, 4)) -> None:
    col.decks.select(col.decks.id_for_name(deck_name(quiz)))
    for ease in answers:
        card = col.sched.getCard()
        col.sched.answerCard(card, ease)


def scheduling(col: Collection) -> dict[int, tuple]:
    rows = col.db.all("select id, nid, type, queue, due, ivl, factor, reps, lapses from cards")
    return {row[0]: tuple(row[1:]) for row in rows}


def guid_to_note(col: Collection) -> dict[str, int]:
    return dict(col.db.all("select guid, id from notes"))


def note_by_lemma(col: Collection, quiz, lemma: str):
    nid = col.db.scalar("select id from notes where guid = ?", note_guid(quiz.language, lemma, "cloze"))
    return col.get_note(nid)


# --- every card renders ---------------------------------------------------------------------


def test_sample_deck_has_every_note_kind(sample_col, full_quiz):
    col, log = sample_col
    counts = {kind.name: col.db.scalar("select count() from notes where mid = ?", kind.model_id)
              for kind in KINDS.values()}
    glossed = sum(1 for item in full_quiz.vocabulary if item.gloss)
    assert counts == {"Quizgen Cloze": len(full_quiz.cloze_cards), "Quizgen Vocabulary": glossed,
                      "Quizgen Reverse": glossed, "Quizgen Question": len(QUESTIONS)}
    assert len(log.new) == sum(counts.values())


def test_every_card_renders_front_and_back(sample_col, full_quiz):
    col, _ = sample_col
    cards = [col.get_card(cid) for cid in col.find_cards("")]
    glossed = sum(1 for item in full_quiz.vocabulary if item.gloss)
    assert len(cards) == len(full_quiz.cloze_cards) + 2 * glossed + len(QUESTIONS)
    for card in cards:
        question, answer = STYLE.sub("", card.question()), STYLE.sub("", card.answer())
        assert visible(question) and visible(answer), card.note().guid
        for raw in (question, answer):
            assert "{{" not in raw and "}}" not in raw and "c1::" not in raw, raw
            assert "<i>" not in raw  # the gloss's "<i>" is text, not markup
        assert len(visible(answer)) > len(visible(question))
        assert 'id="answer"' in answer
        gaps = zip(CLOZE_SPAN.findall(question), CLOZE_SPAN.findall(answer), strict=True)
        for hidden, shown in gaps:  # the front never gives the deleted word away
            assert shown.casefold() not in hidden.casefold()


@pytest.mark.parametrize(
    ("lemma", "revealed", "back"),
    [
        ("abgelegen", "abgelegenen", ["abgelegen adjective"]),
        ("mitteilen", "teilte … mit", ["mitteilen verb"]),
        ("Pressekonferenz", "Pressekonferenz",
         ["die Pressekonferenz, -en noun", "Pl. die Pressekonferenzen", "Presse + Konferenz"]),
        ("Sanktion", "Sanktionen", ["die Sanktion, -en noun", "Pl. die Sanktionen"]),
    ],
    ids=["adjective", "separable-verb", "compound-noun", "noun-plural"],
)
def test_cloze_back_shows_the_word(sample_col, full_quiz, lemma, revealed, back):
    col, _ = sample_col
    note = note_by_lemma(col, full_quiz, lemma)
    assert len(note.cards()) == 1  # both parts of a separable verb are one deletion
    card = note.cards()[0]
    answer = STYLE.sub("", card.answer())
    shown = CLOZE_SPAN.findall(answer)
    hidden = CLOZE_SPAN.findall(STYLE.sub("", card.question()))
    assert " … ".join(html.unescape(r) for r in shown) == revealed
    hint = next(c.hint for c in full_quiz.cloze_cards if c.lemma == lemma)
    assert html.unescape(hidden[0]) == f"[{hint}]" and all(h == "[...]" for h in hidden[1:])
    for text in [*back, full_quiz.title]:
        assert text in visible(answer)


@pytest.mark.parametrize("question", QUESTIONS, ids=[q.type for q in QUESTIONS])
def test_question_card_answer_on_back(sample_col, full_quiz, question):
    col, _ = sample_col
    nid = col.find_notes(f"tag:question::{question.type}")
    card = col.get_note(nid[0]).cards()[0]
    front, back = visible(card.question()), visible(card.answer())
    expected = {
        "who": "A. Wladimir Putin", "number": "B. zwei", "true_false": "falsch",
        "order": "Besichtigung der Rakete Begrüßung am Eingang Gespräche",
        "open": question.answer,
        "matching": "Absatz 2 – C. Startanlage und Limousine Absatz 4 – A. Raketentechnik und Weltraum",
    }[question.type]
    assert expected in back.split(question.prompt, 1)[1]
    assert expected not in front
    assert question.prompt in front


def test_vocabulary_card_shows_meaning_on_back_only(sample_col, full_quiz):
    col, _ = sample_col
    item = full_quiz.vocabulary[0]
    card = col.get_card(col.find_cards('note:"Quizgen Vocabulary"')[0])
    gloss = f"meaning of {item.lemma} <i>&</i>"
    assert gloss in visible(card.answer()) and gloss not in visible(card.question())
    assert "<i>" not in STYLE.sub("", card.answer())


# --- identity and updates (issue point 3) -----------------------------------------------------


def test_rebuild_same_input_keeps_reviews_and_edits(col, tmp_path, monkeypatch, full_quiz):
    path = build(full_quiz, tmp_path, monkeypatch, 1_700_000_000)
    first = path.read_bytes()
    import_apkg(col, path)
    review_some(col, full_quiz)
    edited = note_by_lemma(col, full_quiz, full_quiz.vocabulary[5].lemma)
    edited["Gloss"] = "my own note"
    col.update_note(edited)
    before, notes, revlog = scheduling(col), guid_to_note(col), col.db.scalar("select count() from revlog")

    # Rebuilt later: the clock moved on, but unchanged notes keep the mod they were written with.
    path = build(full_quiz, tmp_path, monkeypatch, int(time.time()) + 1000)
    assert path.read_bytes() == first
    log = import_apkg(col, path)

    assert (len(log.new), len(log.updated)) == (0, 0)
    assert guid_to_note(col) == notes
    assert scheduling(col) == before and col.db.scalar("select count() from revlog") == revlog == 5
    assert col.get_note(edited.id)["Gloss"] == "my own note"


def corrected_article(tmp_path: Path) -> Path:
    """The sample with one sentence corrected, saved under the same name (same article)."""
    text = SAMPLE.read_text(encoding="utf-8")
    fixed = text.replace("Die Vereinigten Staaten haben Russland beschuldigt",
                         "Die Vereinigten Staaten hatten Russland beschuldigt")
    assert fixed != text
    path = tmp_path / "src" / SAMPLE.name
    path.parent.mkdir()
    path.write_text(fixed, encoding="utf-8")
    return path


CHANGES = {
    "article-corrected": lambda quiz, tmp: with_glosses(make_quiz(read_article(str(corrected_article(tmp))),
                                                                  quiz.options)),
    "options-changed": lambda quiz, tmp: with_glosses(make_quiz(read_article(str(SAMPLE)),
                                                                quiz.options.with_(hint="first-letter"))),
}


@pytest.mark.parametrize("change", CHANGES, ids=list(CHANGES))
def test_changed_input_updates_in_place(col, tmp_path, monkeypatch, full_quiz, change):
    import_apkg(col, build(full_quiz, tmp_path, monkeypatch, 1_700_000_000))
    review_some(col, full_quiz)
    new_quiz = CHANGES[change](full_quiz, tmp_path)
    old_cards = {c.lemma: c for c in full_quiz.cloze_cards}
    def shown(quiz, card):  # the card's text as Anki shows it
        return cloze_text(quiz.analysis.sentences[card.sentence].text, card.spans, card.hint)

    changed = [c for c in new_quiz.cloze_cards
               if c.lemma in old_cards and shown(new_quiz, c) != shown(full_quiz, old_cards[c.lemma])]
    kept = [c for c in new_quiz.cloze_cards
            if c.lemma in old_cards and shown(new_quiz, c) == shown(full_quiz, old_cards[c.lemma])]
    assert changed
    for card in (changed[0], *kept[:1]):
        note = note_by_lemma(col, full_quiz, card.lemma)
        note["Gloss"] = "learner's edit"
        col.update_note(note)
    before, notes = scheduling(col), guid_to_note(col)

    log = import_apkg(col, build(new_quiz, tmp_path, monkeypatch, int(time.time()) + 1000))

    old_notes = {n.guid: n for n in all_notes(full_quiz, "de-russland-nordkorea-gipfel", {})}
    differing = [n for n in all_notes(new_quiz, "de-russland-nordkorea-gipfel", {}) if n != old_notes[n.guid]]
    assert not log.new and len(log.updated) == len(differing)
    assert guid_to_note(col) == notes
    assert scheduling(col) == before and col.db.scalar("select count() from revlog") == 5
    expected = shown(new_quiz, changed[0]).replace("[", "&#91;")
    assert note_by_lemma(col, full_quiz, changed[0].lemma)["Text"] == expected
    assert note_by_lemma(col, full_quiz, changed[0].lemma)["Gloss"] != "learner's edit"
    if kept:
        assert note_by_lemma(col, full_quiz, kept[0].lemma)["Gloss"] == "learner's edit"


def test_two_articles_sharing_words_make_one_note_each(col, tmp_path, monkeypatch, sample_quiz):
    # the words the sample quiz is made to include (conftest.SAMPLE_INCLUDE), chosen here too
    second = make_quiz(read_article(str(SECOND)), Options(
        lang="de", include=frozenset({"Pressekonferenz", "Delegation"})))
    shared = {v.lemma for v in second.vocabulary} & {v.lemma for v in sample_quiz.vocabulary}
    assert {"Pressekonferenz", "Delegation", "Modernisierung"} <= shared
    import_apkg(col, build(sample_quiz, tmp_path, monkeypatch, 1_700_000_000))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000500")
    write_apkg(second, tmp_path / "second.apkg")
    log = import_apkg(col, tmp_path / "second.apkg")

    # The default cards: a cloze per word and the questions (no meaning cards).
    lemmas = {v.lemma for v in sample_quiz.vocabulary} | {v.lemma for v in second.vocabulary}
    questions = len(sample_quiz.questions) + len(second.questions)
    assert col.note_count() == len(lemmas) + questions
    assert len(log.new) == len(second.vocabulary) - len(shared) + len(second.questions)
    for lemma in shared:
        assert len(col.find_notes(f'"note:Quizgen Cloze" "Word:*{lemma}*"')) == 1


# --- determinism, mods, deck and tags ---------------------------------------------------------


def test_same_input_and_options_give_the_same_package(tmp_path, monkeypatch, full_quiz):
    one = build(full_quiz, tmp_path / "one", monkeypatch, 1_700_000_000).read_bytes()
    two = build(full_quiz, tmp_path / "two", monkeypatch, 1_700_000_000).read_bytes()
    assert one == two
    with zipfile.ZipFile(tmp_path / "one" / SAMPLE_APKG) as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        archive.extract("collection.anki2", tmp_path)
    with sqlite3.connect(tmp_path / "collection.anki2") as conn:
        decks = json.loads(conn.execute("select decks from col").fetchone()[0])
    assert str(deck_id(deck_name(full_quiz))) in decks
    assert deck_id("Quizgen::A") != deck_id("Quizgen::B")


@pytest.mark.parametrize(
    ("previous", "digest", "now", "expected"),
    [
        (None, "h1", 500, 500),
        (("h1", 100), "h1", 500, 100),
        (("h1", 100), "h2", 500, 500),
        (("h1", 900), "h2", 500, 901),
    ],
    ids=["new-note-now", "unchanged-keeps-old-mod", "changed-gets-now", "changed-always-newer"],
)
def test_mod_choice(previous, digest, now, expected):
    state = ModState(notes={"g": previous} if previous else {}, now=now)
    assert state.note_mod("g", digest) == expected


def test_unreadable_previous_package_starts_afresh(tmp_path, monkeypatch, full_quiz):
    path = tmp_path / SAMPLE_APKG
    path.write_bytes(b"not a zip")
    assert build(full_quiz, tmp_path, monkeypatch, 1_700_000_000).read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(
    ("deck", "expected"),
    [(None, "Quizgen::Die Führer von Russland und Nordkorea trafen sich in einer abgelegenen "
            "sibirischen Raketenstartanlage zu einem Gipfel"), ("Deutsch::B1", "Deutsch::B1")],
    ids=["default", "--deck"],
)
def test_deck_name_and_tags(col, tmp_path, monkeypatch, full_quiz, deck, expected):
    quiz = replace(full_quiz, options=full_quiz.options.with_(deck=deck))
    import_apkg(col, build(quiz, tmp_path, monkeypatch, 1_700_000_000))
    card = col.get_card(col.find_cards("")[0])
    assert col.decks.name(card.did) == expected
    note = note_by_lemma(col, quiz, "Pressekonferenz")
    assert set(note.tags) == {"quizgen", "lang::de", "level::B1", "pos::noun",
                              "article::de-russland-nordkorea-gipfel"}


# --- escaping, templates, audio --------------------------------------------------------------

HOSTILE = ("Besuch in Rostock\n\nEine <b>Delegation</b> aus {{c2::Japan}} kam :: am Montag "
           "[sound:x.mp3] zur Werft.\n\nAuf der Pressekonferenz sprach man über die Modernisierung.\n")


def test_article_text_never_becomes_markup_or_cloze(col, tmp_path, monkeypatch):
    source = tmp_path / "hostile.txt"
    source.write_text(HOSTILE, encoding="utf-8")
    quiz = make_quiz(read_article(str(source)), Options(lang="de", include=frozenset({"Werft"})))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    write_apkg(quiz, tmp_path / "hostile.apkg")
    import_apkg(col, tmp_path / "hostile.apkg")
    card = note_by_lemma(col, quiz, "Werft").cards()[0]
    assert len(card.note().cards()) == 1  # {{c2::...}} in the text made no second card
    for side in (card.question(), card.answer()):
        body = STYLE.sub("", side)
        assert "<b>" not in body and "[sound:" not in body and "c2::" not in body
        assert "<b>" in visible(body) and "Japan" in visible(body)
    assert "{{c2::Japan}} kam :: am Montag [sound:x.mp3]" in visible(card.answer())


def test_teacher_templates_replace_the_defaults(col, tmp_path, monkeypatch, full_quiz):
    teacher = tmp_path / "teacher" / "anki"
    teacher.mkdir(parents=True)
    (teacher / "cloze_back.html").write_text("{{cloze:Text}}<hr id=answer><p class=mine>{{Word}}</p>")
    (teacher / "cards.css").write_text(".mine { color: teal; }")
    import_apkg(col, build(full_quiz, tmp_path, monkeypatch, 1_700_000_000))
    quiz = replace(full_quiz, options=full_quiz.options.with_(templates=str(teacher.parent)))
    log = import_apkg(col, build(quiz, tmp_path, monkeypatch, int(time.time()) + 1000))
    assert not log.new
    card = note_by_lemma(col, quiz, "Pressekonferenz").cards()[0]
    assert '<p class=mine>die Pressekonferenz, -en</p>' in card.answer()
    assert ".mine { color: teal; }" in card.answer()


@pytest.mark.parametrize(
    ("name", "body"),
    [("anki/cloze_back.html", "{{cloze:Text}} {{Meaning}}"),
     ("anki/question_front.html", "{{#Hint}}x{{/Hint}}")],
    ids=["unknown-field", "unknown-section"],
)
def test_template_with_unknown_field_fails_clearly(tmp_path, full_quiz, name, body):
    target = tmp_path / "teacher" / name
    target.parent.mkdir(parents=True)
    target.write_text(body)
    quiz = replace(full_quiz, options=full_quiz.options.with_(templates=str(tmp_path / "teacher")))
    with pytest.raises(TemplateError, match=r"unknown field '(Meaning|Hint)'"):
        write_apkg(quiz, tmp_path / "out.apkg")
    assert not (tmp_path / "out.apkg").exists()


def test_audio_reads_example_sentences(col, tmp_path, monkeypatch, sample_quiz):
    quiz = replace(sample_quiz, options=sample_quiz.options.with_(audio=True))
    import_apkg(col, build(quiz, tmp_path, monkeypatch, 1_700_000_000))
    media = Path(col.media.dir())
    sounds = sorted(p.name for p in media.iterdir())
    assert len(sounds) == len({c.sentence for c in quiz.cloze_cards})
    assert all(re.fullmatch(r"quizgen-de-[0-9a-f]{16}\.mp3", name) for name in sounds)
    cloze = quiz.cloze_cards[0]
    note = note_by_lemma(col, quiz, cloze.lemma)
    name = media_name(quiz.analysis.sentences[cloze.sentence].text, "de", "mp3")
    assert note["Audio"] == f"[sound:{name}]"
    head = (media / name).read_bytes()[:2]
    assert head[0] == 0xFF and head[1] & 0xE6 == 0xE2  # MPEG audio frame sync, Layer III
    assert "[anki:play:a:0]" in note.cards()[0].answer()


def test_audio_without_espeak_says_what_to_install(tmp_path, monkeypatch, sample_quiz):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    quiz = replace(sample_quiz, options=sample_quiz.options.with_(audio=True))
    with pytest.raises(DependencyError, match="espeak-ng"):
        write_apkg(quiz, tmp_path / "out.apkg")
    assert not (tmp_path / "out.apkg").exists()


def test_rebuild_without_previous_package_still_keeps_reviews(col, tmp_path, monkeypatch, full_quiz):
    """With the old package gone every note looks new: updated, never duplicated, reviews kept."""
    import_apkg(col, build(full_quiz, tmp_path / "first", monkeypatch, 1_700_000_000))
    review_some(col, full_quiz)
    before, notes = scheduling(col), guid_to_note(col)
    log = import_apkg(col, build(full_quiz, tmp_path / "elsewhere", monkeypatch, int(time.time()) + 1000))
    assert not log.new and len(log.updated) == len(notes)
    assert guid_to_note(col) == notes and scheduling(col) == before


@pytest.mark.parametrize(
    ("args", "path_env", "code", "message"),
    [
        (["--hint", "first-letter", "--deck", "Deutsch::Zeitung"], None, 0, "wrote"),
        (["--audio"], "empty", 2, "quizgen: error: --audio needs the speech synthesizer 'espeak-ng'"),
    ],
    ids=["hint-and-deck", "audio-without-espeak"],
)
def test_cli_build_apkg(tmp_path, monkeypatch, args, path_env, code, message):
    from click.testing import CliRunner

    from quizgen.cli import main

    if path_env:
        monkeypatch.setenv("PATH", str(tmp_path / path_env))
    out = tmp_path / "decks"
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "--format", "apkg", "--out", str(out), *args])
    assert result.exit_code == code, result.output
    assert message in result.output
    assert (out / SAMPLE_APKG).exists() == (code == 0)
    if code == 0:
        with zipfile.ZipFile(out / SAMPLE_APKG) as archive:
            archive.extract("collection.anki2", tmp_path)
        with sqlite3.connect(tmp_path / "collection.anki2") as conn:
            decks = json.loads(conn.execute("select decks from col").fetchone()[0])
            names = [deck["name"] for deck in decks.values()]
            texts = [row[0] for row in conn.execute(
                "select flds from notes where mid = ?", (KINDS["cloze"].model_id,))]
        assert "Deutsch::Zeitung" in names
        assert texts and all(re.search(r"\{\{c1::[^}]+::\w…\}\}", text) for text in texts)


# --- cards in a real browser -----------------------------------------------------------------




@pytest.fixture(scope="module")
def browser():
    return chromium()


LAYOUTS = [(1000, False), (360, False), (360, True)]


@pytest.mark.parametrize(("width", "night"), LAYOUTS, ids=["desktop", "phone", "phone-night"])
@pytest.mark.parametrize("search", ["Pressekonferenz", "mitteilen", "tag:question::order",
                                    'note:"Quizgen Vocabulary"'], ids=["noun", "verb", "order", "vocab"])
def test_card_fits_the_screen_in_day_and_night(browser, sample_col, full_quiz, search, width, night):
    col, _ = sample_col
    if ":" in search:
        card = col.get_card(col.find_cards(search)[0])
    else:
        card = note_by_lemma(col, full_quiz, search).cards()[0]
    page = browser.new_page(viewport={"width": width, "height": 640})
    body_class = "card nightMode night_mode" if night else "card"
    page.set_content(f"<!doctype html><meta charset=utf-8><body class='{body_class}'>{card.answer()}</body>")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    text_color = page.evaluate("getComputedStyle(document.querySelector('.qz')).color")
    page.close()
    assert overflow <= 0
    lightness = [sum(map(int, re.findall(r"\d+", c)[:3])) for c in (background, text_color)]
    assert (lightness[0] < lightness[1]) == night  # dark page with light text at night, else reverse
    assert abs(lightness[0] - lightness[1]) > 300  # and readable contrast either way
