"""Checks that an output holds the article only as text: one function per output format.

OUTPUT_CHECKS maps a format to its check; tests build with every format listed there. A new
exporter adds its check here (for .apkg: import into a real Anki collection and render every
card; for .html: open in headless Chromium and look for live elements from the input).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from pathlib import Path

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
        check_cloze(card["text"], card["answer"], sentences[card["sentence"]])


# Each output format's check; add "apkg" and "html" here as their exporters arrive.
OUTPUT_CHECKS: dict[str, Callable[[Path], None]] = {"json": check_json}
