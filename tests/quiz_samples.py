"""Hand-made comprehension questions of every type in the Question contract, about the sample
article, so worksheet and GIFT tests cover every layout before the generators exist."""

from __future__ import annotations

from dataclasses import replace

from quizgen.model import QUESTION_TYPES, Analysis, Question, Quiz


def evidence(analysis: Analysis, phrase: str) -> tuple[int, ...]:
    found = tuple(s.index for s in analysis.sentences if phrase in s.text)
    assert found, f"no sentence of the sample article contains {phrase!r}"
    return found


def sample_questions(analysis: Analysis) -> tuple[Question, ...]:
    ev = lambda phrase: evidence(analysis, phrase)  # noqa: E731
    questions = (
        Question("q-who", "who", "Wer bombardierte einen russischen Raumfahrtexperten mit Fragen?",
                 ("Wladimir Putin", "Kim Jong Un", "Andrei Rudenko", "Lim Soo-suk"), "Kim Jong Un",
                 ev("bombardierte")),
        Question("q-who-said", "who_said", "Wer sagte: „Wir werden alle Fragen ohne Eile besprechen.“?",
                 ("Kim Jong Un", "Shoigu", "Wladimir Putin", "Lim Soo-suk"), "Wladimir Putin",
                 ev("ohne Eile")),
        Question("q-number", "number", "Wie viele Sekunden dauerte der Handschlag am Eingang?",
                 ("18", "40", "4", "2022"), "40", ev("Handschlag")),
        Question("q-word", "word_in_context",
                 "Was bedeutet „beschleunigen“ im Satz über Kims Waffenentwicklung?",
                 ("schneller machen", "verlangsamen", "beenden", "verheimlichen"), "schneller machen",
                 ev("beschleunigen")),
        Question("q-tf-1", "true_false", "Putin und Kim trafen sich im Wostotschny Kosmodrom.", (),
                 True, ev("Wostotschny")),
        Question("q-tf-2", "true_false",
                 "Nordkorea hat seinen ersten Spionagesatelliten erfolgreich in eine Umlaufbahn gebracht.",
                 (), False, ev("Umlaufbahn")),
        Question("q-order", "order", "Bring die Ereignisse in die richtige Reihenfolge.",
                 ("Die beiden Staatschefs setzen sich zu Gesprächen zusammen.",
                  "Nordkorea schießt zwei ballistische Raketen in Richtung Meer ab.",
                  "Kim und Putin besichtigen eine Sojus-2-Weltraumrakete."),
                 [1, 2, 0], ev("Raketen")),
        Question("q-open", "open", "Warum ist das Treffen mit Kim für Putin eine Gelegenheit?", (),
                 "Putin kann die Munitionslager auffüllen, die der Krieg geleert hat.",
                 ev("Munitionslager")),
    )
    assert {q.type for q in questions} == set(QUESTION_TYPES)
    return questions


def with_questions(quiz: Quiz, **option_changes) -> Quiz:
    """`quiz` with the hand-made questions, and its worksheet chosen again to avoid them."""
    from quizgen.exercises.worksheet import with_worksheet

    return with_worksheet(replace(quiz, questions=sample_questions(quiz.analysis),
                                  options=quiz.options.with_(**option_changes)))
