"""Wrong options for wh-questions, of the answer's kind and from the same text: other
years, other places of the same kind with the same preposition, other people who act in the
text, other numbers with the same unit (written in the answer's unit)."""

from __future__ import annotations

from ...model import Analysis
from .asked_parts import PLACE_KINDS, Part
from .common import per_analysis
from .entities import Entity, find_entities
from .phrasing import phrasing
from .subjects import FINITE

YEAR_STEPS = (-10, 10, -20, 20, -5, 5)
LATEST_YEAR = 2025
YEAR_WINDOW = 100
CENTURY_STEPS = (-1, 1, -2, 2, 3)


Mentions = dict[tuple[int, int], tuple[Entity, int]]


def name_mentions(analysis: Analysis) -> Mentions:
    """(sentence, first token) -> the entity named there and the token after its name."""
    return {(m.sentence, m.start): (e, m.end) for e in find_entities(analysis)
            for m in e.mentions if not m.genitive}


def _bare(analysis: Analysis, entity: Entity) -> bool:
    """Is the place named without an article somewhere ('in Schweden', not 'in der Schweiz')?"""
    return any(m.start == 0 or analysis.sentences[m.sentence].tokens[m.start - 1].xpos
               not in ("ART", "APPRART") for m in entity.mentions)


@per_analysis
def _full_text(analysis: Analysis) -> str:
    """The text's sentences in one string, once per analysis (a novel has thousands of names)."""
    return " ".join(s.text for s in analysis.sentences)


def _plain_name(analysis: Analysis, entity: Entity) -> bool:
    """A name written as the option shows it ('Michael Faraday Ethanol', 'Ost-West-Richtung'
    are names run together or mistaken): in the text word for word, all its words names."""
    return "-" not in entity.key and entity.key in _full_text(analysis) and all(
        t.xpos == "NE" for m in entity.mentions[:3]
        for t in analysis.sentences[m.sentence].tokens[m.start : m.end])


def _acts(analysis: Analysis, entity: Entity) -> bool:
    """Is the person somewhere the subject of a sentence ('Jakob hatte ...', 'Später zog
    Jakob ...')? Such people are the text's actors, and plausible where another one acted."""
    for m in entity.mentions:
        tokens = analysis.sentences[m.sentence].tokens
        if m.end < len(tokens) and m.start == 0 and tokens[m.end].xpos in FINITE:
            return True
        if 0 < m.start <= 6 and tokens[m.start - 1].xpos in FINITE:
            return True
    return False


def wrong_options(analysis: Analysis, part: Part, sentence: int, found: dict[int, list[Part]],
          entities: list[Entity]) -> list[str]:
    """Wrong options of the answer's kind from the same text, nearest in value first."""
    if part.group == "person" or ("/" in part.group and part.group.split("/")[1] in PLACE_KINDS):
        kind = "person" if part.group == "person" else part.group.split("/")[1]
        prep = "" if part.group == "person" else part.group.split("/")[0] + " "
        here = analysis.sentences[sentence].text
        return sorted(prep + e.key for e in entities if e.kind == kind and e.key != part.value
                      and e.key not in here and str(part.value) not in e.key
                      and e.key not in str(part.value) and _plain_name(analysis, e)
                      and (_acts(analysis, e) if kind == "person"
                           else " " not in e.key and _bare(analysis, e)))
    if part.group.startswith("compass/"):  # the other compass points, the place kept
        wording = phrasing(analysis.language)
        return [part.answer.replace(str(part.value), point, 1) for point in wording.compass
                if point != part.value]
    values: dict[float | str, str] = {}
    for index, parts in sorted(found.items()):
        for other in parts:
            if index != sentence and _family(other.group) == _family(part.group):
                values.setdefault(other.value, other.answer)
    values.pop(part.value, None)
    if part.group in ("year", "since"):
        prefix = "seit " if part.group == "since" else ""
        # The text's years within a century of the answer, then years some way off: 'seit
        # 1194' is no option for joining the UNESCO list in 2012
        texts = {v: prefix + str(int(v)) for v in values if isinstance(v, float)
                 and abs(v - float(part.value)) <= YEAR_WINDOW}
        for step in YEAR_STEPS:  # too few years in the text: years some way off
            if len(texts) >= 3:
                break
            year = float(part.value) + step
            if year <= LATEST_YEAR and year not in texts and year != part.value:
                texts[year] = prefix + str(int(year))
    elif part.group == "century":
        texts = {v: f"im {int(v)}. Jahrhundert" for v in values
                 if isinstance(v, float) and abs(v - float(part.value)) <= 3}
        for step in CENTURY_STEPS:  # too few in the text: the centuries next to it
            century = float(part.value) + step
            if len(texts) < 3 and 1 <= century <= 21 and century not in texts:
                texts[century] = f"im {int(century)}. Jahrhundert"
    else:
        unit = part.answer.rsplit(" ", 1)[1]  # each option in the answer's unit ('km')
        texts = {v: f"{a.rsplit(' ', 1)[0]} {unit}" for v, a in values.items()}
    def nearness(v: float | str) -> float:
        return abs(float(v) - float(part.value)) / max(abs(float(part.value)), 1.0)
    return [texts[v] for v in sorted(texts, key=lambda v: (nearness(v), str(v)))]


def _family(group: str) -> str:
    """Years asked with 'Wann' and with 'Seit wann' make options for each other."""
    return "year" if group in ("year", "since") else group
