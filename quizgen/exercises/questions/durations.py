"""Numbers that need reading (German): a duration the text gives only as two dates, worked
out by the reader. 'Von 2004 bis 2014 war Hamid Karzai Präsident Afghanistans.' -> 'Wie viele
Jahre war Hamid Karzai Präsident Afghanistans?' (10 Jahre); 'Andy Warhol (* 6. August 1928
...; † 22. Februar 1987 ...)' -> 'Wie alt wurde Andy Warhol?' (58 Jahre).

The wrong options are near the answer, of the same unit, never a multiple of it: the
mistakes a reader who counts carelessly would make."""

from __future__ import annotations

import re
from datetime import date

from ...model import Analysis, Question, Sentence, VocabItem
from .common import Candidate, has_pronoun, has_quote, question_id, quoted_sentences, rng_for
from .phrasing import Phrasing, phrasing
from .subjects import FINITE, _join

MONTHS = ("Januar Februar März April Mai Juni Juli August September Oktober November "
          "Dezember").split()
DAY = rf"(\d{{1,2}})\. ({'|'.join(MONTHS)}) (\d{{4}})"
LIFE = re.compile(rf"^([A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+){{0,3}}) \(\* {DAY}[^;)]*; [†+] {DAY}")
YEAR = r"(1[5-9]\d\d|20\d\d)"
SPAN = re.compile(rf"^[Vv]on {YEAR} bis {YEAR} ")
INNER_SPAN = re.compile(rf" von {YEAR} bis {YEAR} ")
SUBJECT_START = ("ART", "NE", "NN", "ADJA", "PPOSAT")  # 'Die Marke Bübchen', 'Hamid Karzai'


def _age(born: date, died: date) -> int:
    return died.year - born.year - ((died.month, died.day) < (born.month, born.day))


def _wrong(answer: int, rng_key: tuple[Analysis, str]) -> list[int]:
    """Three numbers near the answer: off by one or a few, none a multiple of it."""
    near = [answer + d for d in (-3, -2, -1, 1, 2, 3, 4, 5)
            if answer + d > 1 and (answer + d) % answer != 0]
    return sorted(rng_for(*rng_key).sample(near, 3)) if len(near) >= 3 else []


def _options(answer: int, unit: str, analysis: Analysis, qid: str) -> tuple[tuple[str, ...], str] | None:
    wrong = _wrong(answer, (analysis, qid))
    if not wrong:
        return None
    values = [answer, *wrong]
    rng_for(analysis, qid + "order").shuffle(values)
    return tuple(f"{v} {unit}" for v in values), f"{answer} {unit}"


def _life(sentence: Sentence, words: Phrasing) -> tuple[str, int] | None:
    found = LIFE.match(sentence.text)
    if found is None:
        return None
    name = found.group(1)
    born = date(int(found.group(4)), MONTHS.index(found.group(3)) + 1, int(found.group(2)))
    died = date(int(found.group(7)), MONTHS.index(found.group(6)) + 1, int(found.group(5)))
    age = _age(born, died)
    return (words.how_old.format(name=name), age) if 2 <= age <= 120 else None


def _span(sentence: Sentence, words: Phrasing) -> tuple[str, int] | None:
    """'Von 2004 bis 2014 war X Präsident.': the clause after the dates, verb first."""
    found = SPAN.match(sentence.text)
    if found is None:
        return None
    years = int(found.group(2)) - int(found.group(1))
    tokens = sentence.tokens
    verb = next((i for i, t in enumerate(tokens) if t.start >= found.end()), None)
    if verb is None or tokens[verb].xpos not in FINITE or not 2 <= years <= 100:
        return None
    rest = list(tokens[verb:])
    if rest[-1].text == ".":
        rest.pop()
    if not 3 <= len(rest) <= 14 or any(t.upos == "PUNCT" for t in rest) or has_pronoun(rest, "de"):
        return None
    return f"{words.how_many_years} {_join(sentence, rest)}?", years


def _span_after_verb(sentence: Sentence, words: Phrasing) -> tuple[str, int] | None:
    """'Die Marke Bübchen gehörte von 1983 bis 2019 zum Konzern.' -> 'Wie viele Jahre
    gehörte die Marke Bübchen zum Konzern?': subject, finite verb, then the dates."""
    text = sentence.text
    found = INNER_SPAN.search(text)
    if found is None or len(SPAN.findall(text)) + len(INNER_SPAN.findall(text)) != 1:
        return None  # ('von 1979 bis 1983 sowie von 2006 bis 2008': no one answer)
    years = int(found.group(2)) - int(found.group(1))
    tokens = sentence.tokens
    verb = next((i for i, t in enumerate(tokens) if t.end == found.start()), None)
    after = next((i for i, t in enumerate(tokens) if t.start >= found.end()), None)
    if verb is None or after is None or not 2 <= years <= 100:
        return None
    subject, rest = list(tokens[:verb]), list(tokens[after:])
    if rest and rest[-1].text == ".":
        rest.pop()
    if tokens[verb].xpos not in FINITE or not subject or subject[0].xpos not in SUBJECT_START \
            or any(t.xpos in FINITE or t.upos == "PUNCT" for t in subject):
        return None  # only a clause that opens with its subject ('Hier leitete er ...' does not)
    if not 1 <= len(rest) <= 10 or any(t.upos == "PUNCT" for t in rest) \
            or has_pronoun(subject + rest, "de") or len(subject) > 5:
        return None
    if any(t.xpos in ("VVPP", "VVINF", "VAPP", "VAINF") for t in rest):
        return None  # ('Wie viele Jahre hatte der König das Schloss gebaut?' needs 'lang')
    named = _join(sentence, subject)
    if subject[0].xpos == "ART":  # 'Die Marke' in the middle of the question: 'die Marke'
        named = named[0].lower() + named[1:]
    verb_text = tokens[verb].text
    return f"{words.how_many_years} {verb_text} {named} {_join(sentence, rest)}?", years


def duration_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    words = phrasing("de")
    quoted = quoted_sentences(analysis)
    found = []
    for sentence in analysis.sentences:
        if sentence.kind != "body" or sentence.index in quoted or has_quote(sentence.text):
            continue
        asked = _life(sentence, words) or _span(sentence, words) or _span_after_verb(sentence, words)
        if asked is None:
            continue
        prompt, answer = asked
        evidence = (sentence.index,)
        qid = question_id("de", "number", analysis, evidence)
        made = _options(answer, words.years, analysis, qid)
        if made is None:
            continue
        options, right = made
        found.append(Candidate(Question(qid, "number", prompt, options, right, evidence), 2.5))
    return found
