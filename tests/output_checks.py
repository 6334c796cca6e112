"""Checks that an output holds the article only as text: one function per output format.

OUTPUT_CHECKS maps each format whose exporter is present to its check; the hostile-input tests
build every format listed there. .apkg files are imported into a real Anki collection and every
card is rendered; .html files are opened in headless Chromium.
"""

from __future__ import annotations

import html
import json
import re
import tempfile
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path

from browser import chromium

from quizgen.export import EXPORTERS

# Characters that must never reach an output: controls, zero-width and bidi format characters.
INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad\u061c]")
# ...except the joiner inside an emoji sequence, which is part of the symbol.
EMOJI_JOINER = re.compile("(?<=[\u2600-\u27bf\ufe0f\U0001f300-\U0001faff])\u200d"
                          "(?=[\u2600-\u27bf\U0001f300-\U0001faff])")


CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}")


def check_cloze(text: str, answer: str, sentence: str) -> None:
    """One deletion number; its answer is the sentence's own words; nothing else is markup."""
    deletions = CLOZE.findall(text)
    assert deletions and {number for number, _, _ in deletions} == {"1"}, text
    parts = [html.unescape(content) for _, content, _ in deletions]
    assert " … ".join(parts) == answer
    assert all(part in sentence for part in parts)
    rest = CLOZE.sub("", text)
    assert not re.search(r"[<>{}]|::", rest), rest


def check_json(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == "quizgen/1"
    everything = json.dumps(data, ensure_ascii=False)
    assert not INVISIBLE.search(EMOJI_JOINER.sub("", everything))
    assert "LIVE_MARKUP" not in everything
    sentences = {s["index"]: s["text"] for s in data["article"]["sentences"]}
    assert data["cloze_cards"]
    for card in data["cloze_cards"]:
        assert card["text"] == sentences[card["sentence"]]
        check_card_spans(card["spans"], card["answer"], card["text"])


def check_card_spans(spans, answer: str, sentence: str) -> None:
    """A card is plain offsets into its sentence, in text order, which spell its answer."""
    spans = [tuple(span) for span in spans]
    assert spans and spans == sorted(spans), spans
    assert all(0 <= start < end <= len(sentence) for start, end in spans), spans
    assert " … ".join(sentence[start:end] for start, end in spans) == answer


# Markup from the hostile inputs (tests/test_inputs.py HOSTILE) that must never arrive live.
LIVE_MARKUP = ("<script>alert", "<img src=x", "<b>fett</b>", "<a href='javascript",
               "<style>body{display:none}", "LIVE_MARKUP")
MODEL_CLOZE = 1


def check_apkg(path: Path) -> None:
    """Import into a fresh Anki collection; every card renders, each cloze note has one card."""
    from anki.collection import Collection, ImportAnkiPackageRequest

    with tempfile.TemporaryDirectory() as tmp:
        col = Collection(str(Path(tmp) / "collection.anki2"))
        try:
            options = col._backend.get_import_anki_package_presets()
            col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path), options=options))
            note_ids = col.find_notes("")
            assert note_ids
            for note_id in note_ids:
                _check_note(col.get_note(note_id))
        finally:
            col.close()


def _check_note(note) -> None:
    cards = note.cards()
    if note.note_type()["type"] == MODEL_CLOZE:
        assert [card.ord for card in cards] == [0], "exactly one deletion number, c1"
    for card in cards:
        shown = card.question() + card.answer()
        assert card.question().strip()
        assert not [m for m in LIVE_MARKUP if m in shown], shown
        assert not INVISIBLE.search(EMOJI_JOINER.sub("", shown))



LIVE_ELEMENTS_JS = """() => [
    document.scripts.length, document.images.length,
    document.querySelectorAll('iframe, object, embed, form, a[href^="javascript"]').length,
    [...document.querySelectorAll('*')].filter(
        e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
]"""


def check_html(path: Path) -> None:
    """Open in headless Chromium: no script, image, frame or handler came alive, no dialog."""
    page = chromium().new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.goto(path.as_uri(), wait_until="load")
        live = page.evaluate(LIVE_ELEMENTS_JS)
        body = page.inner_text("body")
    finally:
        page.close()
    assert live == [0, 0, 0, 0] and dialogs == []
    assert "LIVE_MARKUP" not in body
    assert not INVISIBLE.search(EMOJI_JOINER.sub("", body))


ALL_CHECKS: dict[str, Callable[[Path], None]] = {
    "json": check_json, "apkg": check_apkg, "html": check_html,
}


def _exporter_present(fmt: str) -> bool:
    return find_spec(f"quizgen.export.{EXPORTERS[fmt][0]}") is not None


# The formats whose exporter is on this branch: the others join as their modules arrive.
OUTPUT_CHECKS = {fmt: check for fmt, check in ALL_CHECKS.items() if _exporter_present(fmt)}
