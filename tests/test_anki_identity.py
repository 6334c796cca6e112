"""Properties of a deck over a course, without Anki: what a question note is, the choices it
keeps, and that a rebuild neither loses nor duplicates a note."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizgen.export.anki_course import RETIRED_TAG, retired_notes
from quizgen.export.anki_models import KINDS
from quizgen.export.anki_notes import NoteData, answer_html
from quizgen.export.anki_questions import kept_order, question_about
from quizgen.export.anki_state import PreviousNote
from quizgen.model import Question

NAMES = ("Wladimir Putin", "Kim Jong Un", "Lim Soo-suk", "Andrei Rudenko", "Shoigu", "Jo Chun Ryong")


def who(options: tuple[str, ...], answer: str, prompt: str = "Wer brachte Jo mit?") -> Question:
    return Question("x", "who", prompt, options, answer, (19,))


def test_a_question_is_what_it_asks_not_how():
    asked = who(NAMES[:4], "Kim Jong Un")
    assert question_about(asked) == question_about(who(NAMES[2:], "Kim Jong Un", "Wer brachte Jo Chun mit?"))
    assert question_about(asked) != question_about(who(NAMES[:4], "Wladimir Putin"))
    statement = Question("t", "true_false", "Das Treffen fand 2023 in Moskau statt.", (), False)
    corrected = Question("t", "true_false", "Das Treffen fand 2023 in Moskau statt, hieß es.", (), False)
    assert question_about(statement) == question_about(corrected)
    true_one = Question("t", "true_false", statement.prompt, (), True)
    assert question_about(statement) != question_about(true_one)


@given(st.permutations(NAMES[:4]), st.permutations(NAMES[:4]), st.sampled_from(NAMES[:4]))
def test_the_same_choices_keep_the_order_seen_before(before, now, answer):
    kept = kept_order(who(tuple(now), answer), tuple(before))
    assert kept.options == tuple(before)
    assert answer_html(kept, "de") == f"{chr(ord('A') + before.index(answer))}. {answer}"


@given(st.permutations(NAMES[:4]), st.lists(st.sampled_from(NAMES), min_size=4, max_size=4, unique=True))
def test_new_distractors_keep_the_old_choices_while_the_answer_is_among_them(before, now):
    answer = now[0]
    kept = kept_order(who(tuple(now), answer), tuple(before))
    assert kept.options == (tuple(before) if answer in before else tuple(now))


@given(st.permutations(("Gespräche", "Besichtigung", "Begrüßung")), st.permutations([0, 1, 2]))
def test_an_ordering_question_keeps_its_right_order_when_its_events_move(before, order):
    events = ("Gespräche", "Besichtigung", "Begrüßung")
    question = Question("o", "order", "Ordnen Sie.", events, list(order))
    kept = kept_order(question, tuple(before))
    assert [kept.options[i] for i in kept.answer] == [events[i] for i in order]


def note(guid: str) -> NoteData:
    fields = tuple(f"{name} of {guid}" for name in KINDS["cloze"].fields)
    return NoteData("cloze", guid, fields, ("quizgen",))


@given(st.sets(st.sampled_from("abcdefgh")), st.sets(st.sampled_from("abcdefgh")))
def test_a_rebuild_neither_loses_nor_duplicates_a_note(before, now):
    model = KINDS["cloze"].model_id
    previous = {g: PreviousNote(model, dict(zip(KINDS["cloze"].fields, note(g).fields, strict=True)),
                                ("quizgen",), 1) for g in before}
    made = [note(g) for g in sorted(now)]
    retired = retired_notes(made, previous)
    guids = [n.guid for n in made] + [n.guid for n in retired]
    assert sorted(guids) == sorted(before | now)
    assert all(RETIRED_TAG in n.tags and n.fields == note(n.guid).fields for n in retired)
