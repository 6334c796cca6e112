"""A deck over a course, checked in a real Anki collection (PyPI `anki`): the learner studies
and edits, the article is corrected and rebuilt, and the new package is imported again."""

from __future__ import annotations

import html
import itertools
import time
from dataclasses import replace
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageRequest

from quizgen import Options, make_quiz, read_article
from quizgen.export.anki import deck_name, write_apkg
from quizgen.export.anki_course import EDITED_TAG, RETIRED_TAG
from quizgen.export.anki_notes import note_guid
from quizgen.export.anki_state import read_state

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"
PACKAGE = "de-russland-nordkorea-gipfel.apkg"
# A correction in the sentence the question below rests on (and the learner's edited word,
# "mitbringen", is taken from), and a sentence rewritten so that a word chosen before
# ("Modernisierung") is gone.
CORRECTED = ("für Munitionspolitiken zuständig", "für die Munitionspolitik zuständig")
REWRITTEN = ("Modernisierung", "Erneuerung")
QUESTION = "Woher stammt die Information, dass Kim auch Jo Chun Ryong mitbrachte?"
EVERY_CARD = ("cloze", "meaning", "reverse", "questions")
# The level model takes "mitbringen" (Zipf 4.0) as known at B1 and "Modernisierung" as a cognate
# of "modernization": the deck is made to include both, as conftest.SAMPLE_INCLUDE does for the
# sample quiz.
INCLUDE = frozenset({"mitbringen", "Modernisierung"})


def import_apkg(col: Collection, path: Path):
    options = col._backend.get_import_anki_package_presets()
    return col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path), options=options)).log


def corrected_article():
    article = read_article(str(SAMPLE))
    paragraphs = tuple(p.replace(*CORRECTED).replace(*REWRITTEN) for p in article.paragraphs)
    assert paragraphs != article.paragraphs
    return replace(article, paragraphs=paragraphs)


def build(article, folder: Path, monkeypatch, epoch: int, **options) -> tuple[Path, object]:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
    quiz = make_quiz(article, Options(lang="de", cards=EVERY_CARD, include=INCLUDE, **options))
    path = folder / PACKAGE
    write_apkg(quiz, path)
    return path, quiz


def find_question(col: Collection, prompt: str):
    nids = [nid for nid in col.find_notes('"note:Quizgen Question"') if col.get_note(nid)["Prompt"] == prompt]
    assert len(nids) == 1, prompt
    return col.get_note(nids[0])


def cloze_note(col: Collection, lemma: str):
    return col.get_note(col.db.scalar("select id from notes where guid = ?", note_guid("de", lemma, "cloze")))


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    """Build, import, study and edit, correct the article, rebuild with the collection, re-import."""
    folder = tmp_path_factory.mktemp("course")
    col_path = folder / "col" / "collection.anki2"
    col_path.parent.mkdir()
    with pytest.MonkeyPatch.context() as monkeypatch:
        # Built a while ago, studied and edited now, rebuilt in between: the learner's edits
        # are newer than either build (as when a package is built ahead and studied later).
        start = int(time.time()) - 1000
        first, quiz1 = build(read_article(str(SAMPLE)), folder, monkeypatch, start)
        col = Collection(str(col_path))
        import_apkg(col, first)
        col.decks.select(col.decks.id_for_name(deck_name(quiz1)))
        for ease in (3, 4, 3, 4, 3, 3):
            card = col.sched.getCard()
            card.start_timer()
            col.sched.answerCard(card, ease)
        reviews = {cid: row for cid, *row in col.db.all(
            "select id, nid, type, ivl, reps, due from cards where reps > 0")}
        edited = cloze_note(col, "mitbringen")
        edited["Gloss"] = "bring along (my own words)"
        edited["Notes"] = "Trennbar: brachte ... mit"
        col.update_note(edited)
        question = find_question(col, QUESTION)
        choices = {nid: col.get_note(nid)["Choices"] for nid in col.find_notes('"note:Quizgen Question"')}
        before = {"id": question.id, "Choices": question["Choices"], "Evidence": question["Evidence"],
                  "choices": choices, "guids": set(read_state(first).previous)}
        col.close()  # as a learner closes Anki before building
        second, quiz2 = build(corrected_article(), folder, monkeypatch, start + 500,
                              anki_collection=str(col_path))
        col = Collection(str(col_path))
        log = import_apkg(col, second)
        yield {"col": col, "log": log, "reviews": reviews, "before": before, "quiz1": quiz1,
               "quiz2": quiz2, "second": second, "folder": folder, "monkeypatch": monkeypatch,
               "start": start}
        col.close()


def test_no_note_is_duplicated(course):
    col = course["col"]
    guids = course["before"]["guids"] | set(read_state(course["second"]).previous)
    assert col.note_count() == len(guids)
    words = col.db.list("select flds from notes where mid = (select mid from notes where guid = ?)",
                        note_guid("de", "mitbringen", "cloze"))
    assert len(words) == len({w.split("\x1f")[1] for w in words})


def test_reviews_are_kept(course):
    col, reviews = course["col"], course["reviews"]
    assert reviews
    now = {cid: row for cid, *row in col.db.all("select id, nid, type, ivl, reps, due from cards")}
    for cid, row in reviews.items():
        assert now[cid] == row


def test_the_question_note_is_updated_in_place_with_its_choices_in_order(course):
    col, before = course["col"], course["before"]
    question = find_question(col, QUESTION)
    assert question.id == before["id"]
    assert "für die Munitionspolitik zuständig" in question["Evidence"]
    assert question["Evidence"] != before["Evidence"]
    assert question["Choices"] == before["Choices"]


def test_unchanged_questions_keep_their_choices_in_order(course):
    """The article changed, so every question drew its distractors and shuffle anew; the
    deck keeps the choices, in the order, that the learner has seen."""
    col, before = course["col"], course["before"]["choices"]
    kept = [nid for nid in before if RETIRED_TAG not in col.get_note(nid).tags]
    assert len(kept) >= 5
    rebuilt = {q.prompt: q for q in course["quiz2"].questions}
    redrawn = 0
    for nid in kept:
        note = col.get_note(nid)
        assert note["Choices"] == before[nid], note["Prompt"]
        question = rebuilt.get(html.unescape(note["Prompt"]))
        if question and question.options:
            redrawn += "".join(f"<li>{o}</li>" for o in question.options) not in note["Choices"]
    assert redrawn  # the build alone would have changed them


def test_notes_no_longer_made_are_tagged_retired(course):
    col = course["col"]
    gone = cloze_note(col, "Modernisierung")
    assert RETIRED_TAG in gone.tags
    assert "Modernisierung" not in {v.lemma for v in course["quiz2"].vocabulary}
    retired = set(col.find_notes(f"tag:{RETIRED_TAG}"))
    made = set(read_state(course["second"]).previous) - course["before"]["guids"]
    assert retired and all(RETIRED_TAG not in col.get_note(nid).tags for nid in col.find_notes("")
                           if col.get_note(nid).guid in made)
    assert RETIRED_TAG not in cloze_note(col, "mitbringen").tags


def test_retired_notes_go_to_the_retired_subdeck_of_a_fresh_import(course, tmp_path):
    fresh = Collection(str(tmp_path / "collection.anki2"))
    try:
        import_apkg(fresh, course["second"])
        name = deck_name(course["quiz2"]) + "::retired"
        in_subdeck = set(fresh.find_notes(f'"deck:{name}"'))
        assert in_subdeck == set(fresh.find_notes(f"tag:{RETIRED_TAG}"))
        assert in_subdeck
    finally:
        fresh.close()


def test_the_learners_edits_survive_the_rebuild_and_the_next(course):
    col = course["col"]
    note = cloze_note(col, "mitbringen")
    assert note["Gloss"] == "bring along (my own words)"
    assert note["Notes"] == "Trennbar: brachte ... mit"
    assert "für die Munitionspolitik zuständig" in note["Sentence"]  # the correction arrived
    assert EDITED_TAG + "gloss" in note.tags
    # A third build, without the collection: the previous package carries the edit on.
    third, _ = build(corrected_article(), course["folder"], course["monkeypatch"], course["start"] + 600)
    previous = read_state(third).previous[note.guid]
    assert previous.fields["Gloss"] == "bring along (my own words)"
    assert previous.fields["Notes"] == "Trennbar: brachte ... mit"


def test_two_cards_of_one_word_are_never_next_in_the_new_queue(course):
    col = course["col"]
    rows = col.db.all("select n.guid, n.flds, n.mid from cards c join notes n on n.id = c.nid "
                      "where c.type = 0 and c.queue = 0 order by c.due, c.id")
    questions = col.models.id_for_name("Quizgen Question")
    words = [flds.split("\x1f")[1 if "{{c" in flds.split("\x1f")[0] else 0] for _, flds, mid in rows
             if mid != questions]
    assert len(words) > 20
    assert all(a != b for a, b in itertools.pairwise(words))
