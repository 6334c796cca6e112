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


def drop_web_leftovers(paragraph: str) -> str:
    """`paragraph` without audio-link labels, footnote markers and emptied brackets."""
    if "?/i" not in paragraph and "[" not in paragraph and "(" not in paragraph \
            and " ," not in paragraph:
        return paragraph
    text = FOOTNOTE.sub("", AUDIO_LINK.sub("", paragraph))
    text = LEADING_SEPARATOR.sub("(", text)
    text = TRAILING_SEPARATOR.sub(")", text)
    text = EMPTY_BRACKETS.sub("", text)
    text = SPACE_INSIDE_OPEN.sub("(", text)
    text = SPACE_BEFORE_SEPARATOR.sub("", text)
    return DOUBLE_SPACE.sub(" ", text).strip()
