"""A German sentence cut to its core proposition for a true/false statement: relative
clauses, brackets, a closing source ('..., so Analysten.') and focus particles ('auch')
dropped. 'Putin begrüßte Kims Limousine, die aus Pjöngjang ... gebracht worden war, am
Eingang der Startanlage.' -> 'Putin begrüßte Kims Limousine am Eingang der Startanlage.'

Only cuts that leave a grammatical main clause: a relative clause is dropped whole, from
its comma to the comma or full stop after its finite verb, and a particle only where it is
not the first word (the verb stays second)."""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Sentence, Token

FINITE = ("VVFIN", "VAFIN", "VMFIN")
RELATIVE = ("PRELS", "PRELAT")
# What the main clause goes on with after a relative clause: a phrase or its verb.
CONTINUING = ("APPR", "APPRART", "ART", "VVFIN", "VAFIN", "VMFIN", "VVPP", "VVINF", "VAINF",
              "PTKVZ", "PTKNEG", "ADJD")
SUBORDINATORS = ("KOUS", "KOUI", "PWAV", "PWS", "KON")
# Adverbs that link a sentence to the text around it or stress a part, not part of its claim.
# (Not time adverbs: 'damals' is part of what is true.)
FOCUS_PARTICLES = frozenset({"auch", "zudem", "außerdem", "jedoch", "allerdings", "nämlich",
                             "übrigens", "hingegen", "dagegen"})
# Adjectives that single one out of a set, as a superlative does: 'der erste', 'der einzige'.
ORDINALS = frozenset({"erst", "letzt", "einzig", "zweit", "dritt"})
SUPERLATIVE = re.compile(r"[sß]t(e|en|er|es|em)$")  # ('größte', 'längste')
# Verbs of a closing source clause: '..., berichteten russische Staatsmedien.'
REPORTING = frozenset({"berichten", "sagen", "melden", "mitteilen", "erklären", "schreiben"})


def _opens_clause(tokens: tuple[Token, ...], at: int) -> bool:
    """Does a subordinate clause start at `at` ('die ...', 'von denen ...', 'dass ...')?"""
    if at < len(tokens) and tokens[at].xpos in ("APPR", "APPRART"):
        at += 1
    return at < len(tokens) and (tokens[at].xpos in RELATIVE or tokens[at].xpos in SUBORDINATORS)


def _restricts(tokens: tuple[Token, ...], comma: int) -> bool:
    """Does the noun phrase before `comma` have a superlative or an ordinal ('der längste
    Fluss, der nur in Österreich liegt', 'der erste Mensch, der ...')? Its relative clause
    then says of what it is the longest or first: without it, the claim is false."""
    for token in reversed(tokens[:comma]):
        if token.xpos == "ADJA" and (SUPERLATIVE.search(token.text) or token.lemma in ORDINALS):
            return True
        if token.xpos in ("ART", "APPR", "APPRART", "PPOSAT", "PDAT") or token.text == ",":
            return False
    return False


def _relative_clause(tokens: tuple[Token, ...], comma: int, stop: int) -> int | None:
    """End (exclusive, with its closing comma) of a relative clause opened at `comma`; `stop`
    is where the main clause ends (its full stop, or a closing source's comma)."""
    if _restricts(tokens, comma):
        return None
    at = comma + 1
    if at < len(tokens) and tokens[at].xpos in ("APPR", "APPRART"):
        at += 1
    if at >= len(tokens) or tokens[at].xpos not in RELATIVE:
        return None
    end = next((i for i in range(at, stop + 1) if i == stop or tokens[i].text in (",", ".")), None)
    if end is None or tokens[end - 1].xpos not in FINITE:
        return None  # no finite verb closing it: not a whole clause up to here
    if end == stop:
        return end
    # 'Fabriken, von denen Experten sagten, dass ...': the clause goes on after its comma;
    # a part after it that ends in a verb is another subordinate clause.
    after = next((i for i in range(end + 1, stop + 1) if i == stop or tokens[i].text == ","), stop)
    if _opens_clause(tokens, end + 1) or tokens[after - 1].xpos.startswith("V"):
        return None
    if tokens[end + 1].xpos not in CONTINUING:
        return None  # 'nichts, was man daraus macht, also zum Beispiel Käse': no main clause goes on
    return end + 1


def _closing_source(tokens: tuple[Token, ...], comma: int) -> bool:
    """', so Analysten.' or ', berichteten russische Staatsmedien.' up to the full stop."""
    rest = tokens[comma + 1:]
    if not rest or rest[-1].text != "." or any(t.text == "," for t in rest):
        return False
    first = rest[0]
    return first.text == "so" or (first.xpos == "VVFIN" and first.lemma in REPORTING)


def _brackets(tokens: tuple[Token, ...], start: int) -> int | None:
    end = next((i for i in range(start, len(tokens)) if tokens[i].text == ")"), None)
    return end + 1 if end is not None else None


def _closing_measure(tokens: tuple[Token, ...], stop: int) -> int | None:
    """Start of a closing 'mit' phrase with a number after a noun ('... am Eingang mit einem
    40 Sekunden dauernden Handschlag.'): a measured detail, not the claim."""
    start = max((i for i in range(stop) if tokens[i].text == "mit"), default=None)
    if start is None or start == 0 or tokens[start - 1].xpos not in ("NN", "NE"):
        return None
    rest = tokens[start + 1:stop]
    if not any(t.xpos == "CARD" for t in rest) or rest[-1].xpos != "NN":
        return None
    return start if all(t.xpos in ("ART", "CARD", "ADJA", "NN", "ADV") for t in rest) else None


def dropped_tokens(sentence: Sentence) -> set[int]:
    tokens = sentence.tokens
    dropped: set[int] = set()
    if not tokens or tokens[-1].text != ".":
        return dropped
    stop = len(tokens) - 1
    last_comma = max((i for i, t in enumerate(tokens) if t.text == ","), default=None)
    if last_comma is not None and _closing_source(tokens, last_comma):
        stop = last_comma
        dropped.update(range(last_comma, len(tokens) - 1))
    measure = _closing_measure(tokens, stop)
    if measure is not None:
        dropped.update(range(measure, stop))
        stop = measure
    i = 0
    while i < stop:
        token = tokens[i]
        end = None
        if token.text == ",":
            end = _relative_clause(tokens, i, stop)
        elif token.text == "(":
            end = _brackets(tokens, i)
        elif i > 0 and token.xpos in ("ADV", "PROAV") and token.text.lower() in FOCUS_PARTICLES \
                and tokens[i - 1].text.lower() not in (",", "als", "wie") and i + 1 < stop:
            # (last, 'dagegen' is an argument: 'Er war dagegen.')
            end = i + 1
        if end is not None:
            dropped.update(range(i, end))
            i = end
        else:
            i += 1
    return dropped


def without_tokens(sentence: Sentence, dropped: set[int]) -> Sentence:
    """The sentence rebuilt from its other tokens, spaced as the text spaced them."""
    text, tokens = "", []
    kept = [(i, t) for i, t in enumerate(sentence.tokens) if i not in dropped]
    for n, (i, token) in enumerate(kept):
        before, previous = kept[n - 1] if n else (None, None)
        gap = previous is not None and (previous.space_after or i - 1 != before)
        if gap and token.text not in (".", ",", ")"):
            text += " "
        start = len(text)
        text += token.text
        tokens.append(token._replace(start=start, end=len(text)))
    return replace(sentence, text=text, tokens=tuple(tokens))


def condensed(sentence: Sentence) -> Sentence:
    """The sentence without its side clauses and particles; itself when there are none."""
    dropped = dropped_tokens(sentence)
    return without_tokens(sentence, dropped) if dropped else sentence
