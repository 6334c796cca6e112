"""The constituents a wh-question can ask about (German): a year ('1932', 'im Jahr 1932',
'seit 1932'), a named place after a preposition ('in Schweden', 'nach Amerika', 'aus
Sibirien') and a number with its unit ('rund 1.800 Kilometer Autobahn'), each with its
question word and the kind of answer its options must share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Sentence, Token
from .distractors import parse_number
from .entities import CONTINENT, COUNTRY, PLACE, Entity, _months
from .phrasing import phrasing

YEAR = re.compile(r"^(1[0-9]\d\d|20[0-4]\d)$")
PLACE_KINDS = (PLACE, COUNTRY, CONTINENT)
# Nouns that make a number large, not its unit: '2 Millionen Einwohner' counts Einwohner.
SCALE_NOUNS = {"Million": 1e6, "Millionen": 1e6, "Milliarde": 1e9, "Milliarden": 1e9,
               "Tausend": 1e3, "Hundert": 1e2}
# A unit counted in bulk: 'Wie viel Prozent', not 'Wie viele Prozent'.
MEASURES = {"hoch", "lang", "breit", "tief", "alt", "schwer", "groß", "dick", "weit", "entfernt"}
MASS_UNITS = {"Prozent", "Geld", "Wasser"}
# Unit signs by name: '257.000 km' and '1200 Kilometer' are options for each other.
UNITS = {"km": "Kilometer", "m": "Meter", "cm": "Zentimeter", "mm": "Millimeter",
         "kg": "Kilogramm", "g": "Gramm", "t": "Tonnen", "%": "Prozent", "ha": "Hektar"}
# Prepositions after which 'wie viele' keeps its form ('Über wie viele Kilometer ...?').
ACCUSATIVE_PREPOSITIONS = {"über", "für", "auf"}
# Words of a clause that point to another sentence: the question would be unclear alone.
@dataclass(frozen=True)
class Part:
    """A constituent that can be asked: tokens [start, end) of the sentence."""

    start: int
    end: int
    word: str  # the question word: 'Wann', 'Wohin', 'Wie viele Kilometer Autobahn'
    group: str  # options must share it: 'year', 'in/country', 'unit/Kilometer'
    answer: str
    value: float | str  # what tells two answers apart: the year, the place, the number


def _date_start(tokens: tuple[Token, ...], i: int, months: frozenset[str]) -> int | None:
    """Where a date that ends in the year at `i` starts: 'im Juli 1811', 'am 17. Januar 1706'."""
    if i < 2 or tokens[i - 1].text.lower() not in months:
        return None
    if tokens[i - 2].text.lower() == "im":
        return i - 2
    if i >= 3 and tokens[i - 2].xpos in ("CARD", "ADJA") and tokens[i - 3].text.lower() == "am":
        return i - 3  # ('17.' is tagged a number or an ordinal adjective)
    return None


def _year(tokens: tuple[Token, ...], i: int, words: dict[str, str], lang: str) -> Part | None:
    """'1932', 'im Jahr 1932', 'am 17. Januar 1932' (as 'Wann', answered by the year) and
    'seit 1932' (as 'Seit wann')."""
    t = tokens[i]
    if t.xpos != "CARD" or not YEAR.match(t.text):
        return None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and (after.xpos in ("NN", "CARD") or after.text.lower() in ("bis", "und", "–", "-")):
        return None  # '1800 Kilometer', '1932 bis 1935': no year, or a range
    start = i
    if i >= 2 and tokens[i - 1].text in ("Jahr", "Jahre") and tokens[i - 2].text.lower() == "im":
        start = i - 2
    date = _date_start(tokens, i, _months(lang))
    if date is not None:
        start = date
    before = tokens[start - 1].text.lower() if start else ""
    if before == "seit" and start == i:
        return Part(i - 1, i + 1, words["since"], "since", f"seit {t.text}", float(t.text))
    if before and tokens[start - 1].xpos in ("APPR", "APPRART", "ART", "KON", "ADV", "CARD", "NN", "NE"):
        return None  # 'bis 1932', 'von 1932', 'um 1932', 'etwa 1932': not plainly when, or a date
    return Part(start, i + 1, words["year"], "year", t.text, float(t.text))


def _century(tokens: tuple[Token, ...], i: int, words: dict[str, str]) -> Part | None:
    """'im 19. Jahrhundert' -> 'In welchem Jahrhundert'."""
    if i + 2 >= len(tokens) or tokens[i].text.lower() != "im" or tokens[i + 2].text != "Jahrhundert":
        return None
    number = tokens[i + 1].text.removesuffix(".")
    if not number.isdigit() or not 1 <= int(number) <= 21 or not tokens[i + 1].text.endswith("."):
        return None
    if i + 3 < len(tokens) and tokens[i + 3].xpos in ("NN", "NE", "ART", "CARD", "KON"):
        return None  # 'im 19. Jahrhundert n. Chr.', '... und 20. Jahrhundert'
    return Part(i, i + 3, words["century"], "century", f"im {number}. Jahrhundert", float(number))


def _place(tokens: tuple[Token, ...], i: int, words: dict[str, str],
           kinds: dict[tuple[int, int], Entity], sentence: int) -> Part | None:
    """'in Schweden' (Wo), 'nach Amerika' (Wohin), 'aus dem Baltikum' is left: names bare only."""
    t = tokens[i]
    word = words.get(t.text.lower()) if t.xpos == "APPR" and t.text.islower() else None
    entity = kinds.get((sentence, i + 1))
    if word is None or entity is None or entity.kind not in PLACE_KINDS:
        return None
    end = i + 2
    while end < len(tokens) and tokens[end].xpos == "NE":
        end += 1
    if end < len(tokens) and (tokens[end].xpos in ("ART", "NE", "NN") or tokens[end].text == "und"):
        return None  # 'in Schweden und Norwegen', 'in Berlin den ...': not one plain place
    name = " ".join(x.text for x in tokens[i + 1 : end])
    return Part(i, end, word, f"{t.text.lower()}/{entity.kind}", f"{t.text.lower()} {name}", entity.key)


def _amount(tokens: tuple[Token, ...], i: int, words: dict[str, str], hedges: frozenset[str],
            lang: str) -> Part | None:
    """'rund 1.800 Kilometer Autobahn' -> 'Wie viele Kilometer Autobahn', answer '1.800 Kilometer'."""
    t = tokens[i]
    value = parse_number(t.text, lang) if t.xpos == "CARD" else None
    if value is None or (YEAR.match(t.text) and i + 1 < len(tokens) and tokens[i + 1].xpos != "NN"):
        return None
    start = i
    while start > 0 and tokens[start - 1].text.lower() in hedges:
        start -= 1
    preposition = ""
    if start > 0 and tokens[start - 1].text in ACCUSATIVE_PREPOSITIONS and start < i:
        # 'verfügt über etwa 1200 Kilometer' -> 'Über wie viele Kilometer verfügt ...'; a
        # bare 'über 1200' may mean 'more than', and is not asked
        start -= 1
        preposition = tokens[start].text.capitalize() + " "
    if start > 0 and tokens[start - 1].xpos in ("APPR", "APPRART", "ART", "CARD", "KON"):
        return None  # 'mit 1.800 Kilometern', 'die 18 Länder': not asked with 'wie viele'
    unit_at, number = i + 1, t.text
    if unit_at < len(tokens) and tokens[unit_at].text in SCALE_NOUNS:
        number, unit_at = f"{t.text} {tokens[unit_at].text}", unit_at + 1
        value *= SCALE_NOUNS[tokens[unit_at - 1].text]
    if unit_at >= len(tokens) or tokens[unit_at].xpos != "NN":
        return None
    unit = tokens[unit_at]
    end = unit_at + 1
    while end < len(tokens) and tokens[end].xpos == "NN":
        end += 1  # '1.800 Kilometer Autobahn': the counted thing goes with the question word
    if end < len(tokens) and (tokens[end].xpos in ("ART", "NE", "CARD") or tokens[end].text == "/"):
        return None  # a genitive, a second number, or a unit such as 'km/h' after it
    if end < len(tokens) and tokens[end].xpos == "ADJD" and tokens[end].text in MEASURES:
        end += 1  # '6190 Meter hoch' -> 'Wie viele Meter hoch'
    asked = " ".join(UNITS.get(x.text, x.text) for x in tokens[unit_at:end])
    word = words["much" if UNITS.get(unit.text, unit.text) in MASS_UNITS else "many"].format(unit=asked)
    if preposition:
        word = preposition + word[0].lower() + word[1:]
    unit_name = UNITS.get(unit.text, unit.lemma)
    return Part(start, end, word, f"unit/{unit_name}", f"{number} {unit.text}", value)


def _compass(tokens: tuple[Token, ...], i: int, lang: str) -> Part | None:
    """'ganz im Westen von Deutschland' -> 'Wo', answer 'im Westen von Deutschland': the
    other compass points, with the same place, are options of one kind."""
    wording = phrasing(lang)
    if not wording.compass or tokens[i].text != wording.compass_preposition \
            or i + 1 >= len(tokens) or tokens[i + 1].text not in wording.compass:
        return None
    end = i + 2
    if end + 1 < len(tokens) and tokens[end].xpos == "APPR" and tokens[end + 1].xpos == "NE":
        end += 2  # 'von Deutschland'
        while end < len(tokens) and tokens[end].xpos == "NE":
            end += 1
    if end < len(tokens) and tokens[end].upos != "PUNCT":
        return None  # 'im Westen des Landes', 'im Norden und Osten': not one plain point
    start = i
    while start > 0 and tokens[start - 1].text.lower() in wording.compass_hedges:
        start -= 1
    tail = " ".join(t.text for t in tokens[i + 2 : end])
    answer = " ".join(t.text for t in tokens[i:end])
    return Part(start, end, wording.wh["in"], f"compass/{tail}", answer, tokens[i + 1].text)


def asked_parts(sentence: Sentence, kinds: dict[tuple[int, int], Entity], lang: str) -> list[Part]:
    words, hedges = phrasing(lang).wh, phrasing(lang).hedges
    tokens, found = sentence.tokens, []
    for i in range(len(tokens)):
        part = (_amount(tokens, i, words, hedges, lang) or _year(tokens, i, words, lang)
                or _century(tokens, i, words)
                or _place(tokens, i, words, kinds, sentence.index) or _compass(tokens, i, lang))
        if part is not None and not any(p.start < part.end and part.start < p.end for p in found):
            found.append(part)
    return found


