"""Marks a web page leaves in its copied text: audio links, footnote numbers, emptied brackets.

Text copied from an encyclopedia page keeps the labels of its audio links ("France?/i",
"( Anhören?/i)"), its footnote markers ("[1]") and the brackets whose foreign script or
pronunciation did not survive the copy ("(  , Pyidaunzu ... )", "()"). A learner's sheet would
print them as they are, so every input drops them before its paragraphs are made.
"""

from __future__ import annotations

import re

# An audio link: "?/i" after the word it speaks, with its own label ("Anhören", "Aussprache")
# when there is one.
AUDIO_LINK = re.compile(r"(?:\s*\b(?:[Aa]nhören|Aussprache|[Ll]isten|[Éé]couter|[Aa]scolta)\b)?\?/i\b")
# Footnote markers: "[1]", "[12]", "[a]", "[Anm. 3]", and the "[ ]" of one that lost its text.
FOOTNOTE = re.compile(r"\[(?:\s*|\d{1,3}|[a-z]|Anm\.?\s*\d{1,3}|Anmerkung\s*\d{1,3}|Note\s*\d{1,3})\]")
# A bracket that holds only separators, and separators left at a bracket's inner edge.
EMPTY_BRACKETS = re.compile(r"\s*\(\s*[,;:/]*\s*\)")
LEADING_SEPARATOR = re.compile(r"\(\s*[,;]\s+")
TRAILING_SEPARATOR = re.compile(r"\s*[,;]\s*\)")
SPACE_INSIDE_OPEN = re.compile(r"\( +")
# (A comma glued to the next word is a low opening quote, ",Luv'", and keeps its space.)
SPACE_BEFORE_SEPARATOR = re.compile(r"(?<=\S) +(?=[,;](?:\s|$)|\))")
DOUBLE_SPACE = re.compile(r" {2,}")
# A pronunciation between slashes that lost its phonetic script: "al-gharb /  / al-arb".
EMPTY_SLASHES = re.compile(r"(?<=\s)/\s+/(?=\s)")
# A superscript copied as a caret: "4989 km^2".
CARET_POWER = re.compile(r"(?<=[a-zA-Z])\^([23])(?!\d)")
SUPERSCRIPT = {"2": "²", "3": "³"}


def drop_web_leftovers(paragraph: str) -> str:
    """`paragraph` without audio-link labels, footnote markers, emptied brackets and
    slashes, and with its carets made superscripts again ("km^2" -> "km²")."""
    if "?/i" not in paragraph and "[" not in paragraph and "(" not in paragraph \
            and " ," not in paragraph and "/" not in paragraph and "^" not in paragraph:
        return paragraph
    text = FOOTNOTE.sub("", AUDIO_LINK.sub("", paragraph))
    text = EMPTY_SLASHES.sub("/", text)
    text = CARET_POWER.sub(lambda m: SUPERSCRIPT[m.group(1)], text)
    text = LEADING_SEPARATOR.sub("(", text)
    text = TRAILING_SEPARATOR.sub(")", text)
    text = EMPTY_BRACKETS.sub("", text)
    text = SPACE_INSIDE_OPEN.sub("(", text)
    text = SPACE_BEFORE_SEPARATOR.sub("", text)
    return DOUBLE_SPACE.sub(" ", text).strip()


# A sentence end inside a paragraph: a word of three small letters (not "z. B.", "3.") or a
# closing quote or bracket, then a full stop and a capital.
SENTENCE_BREAK = re.compile(r"(?:(?<=[a-zäöüßéèàçñ]{3}[.!?])|(?<=[“”\")»«][.!?]))\s+(?=[A-ZÄÖÜ„\"«»])")
OPENS_A_LIST_OR_QUOTE = ("„", "\"", "»", "«", "“", "‚", "'", "-", "–", "—", "•", "*", "·")
PROSE_WORDS = 12  # a paragraph this long and ending in a full stop is prose, not a list item


def _is_prose(paragraph: str) -> bool:
    return (len(paragraph.split()) >= PROSE_WORDS and paragraph.endswith((".", "!", "?"))
            and not paragraph.startswith(OPENS_A_LIST_OR_QUOTE) and not paragraph[:1].isdigit())


def drop_lost_lead_ins(paragraphs: list[str]) -> list[str]:
    """Without the sentences that announce a list or a table the copy lost ("Die folgende
    Tabelle nennt ...:", "Kaugummi kann aus verschiedenen Grundstoffen bestehen:"): a
    paragraph's last sentence ending in a colon with prose after it, or nothing at all.
    A colon before a quotation or before list items (short paragraphs) stays."""
    kept: list[str] = []
    for n, paragraph in enumerate(paragraphs):
        following = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        if paragraph.endswith(":") and (following is None or _is_prose(following)):
            sentences = SENTENCE_BREAK.split(paragraph)
            paragraph = " ".join(sentences[:-1])
        if paragraph:
            kept.append(paragraph)
    return kept
