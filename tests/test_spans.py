"""The one span renderer: spans in text order, each format's marks and escaping."""

from quizgen.export.anki_notes import cloze_text
from quizgen.spans import render_spans

SENTENCE = "Sie teilte <uns> mit, dass es regnet."
SPANS = ((17, 20), (4, 10))  # 'mit' given before 'teilte', as a separable verb's extra span


def test_spans_are_marked_in_text_order_and_the_rest_is_escaped():
    shown = render_spans(SENTENCE, SPANS, lambda n, word: f"[{n}:{word}]", str.upper)
    assert shown == "SIE [0:teilte] <UNS> [1:mit], DASS ES REGNET."


def test_cloze_puts_the_hint_on_the_first_span_only():
    assert cloze_text(SENTENCE, SPANS, "mitteilen") == (
        "Sie {{c1::teilte::mitteilen}} &lt;uns&gt; {{c1::mit}}, dass es regnet.")
