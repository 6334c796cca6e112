"""Where information comes from (German): '..., so Analysten.', '..., berichteten russische
Staatsmedien.' -> 'Woher stammt die Information, dass Nordkorea ... verfügen könnte?', the
options being the other sources the text cites."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...languages import get_language
from ...model import Analysis, Question, Sentence, Token, VocabItem
from .clauses import main_clause
from .common import Candidate, has_quote, question_id, quoted_sentences, rng_for
from .phrasing import phrasing
from .roles import RoleRules, restated_adjective, role_rules

MIN_OPTIONS = 3
MAX_SOURCE_WORDS = 6


@dataclass(frozen=True)
class _Source:
    sentence: int
    source: str
    statement: str | None  # the dass-clause, when the statement can be turned into one


def _cited(sentence: Sentence, speech: frozenset[str], rules: RoleRules) -> str | None:
    """The source named at the end: ', so X.' or ', berichtete(n) X.' (a speech verb first)."""
    tokens = sentence.tokens
    comma = max((i for i, t in enumerate(tokens) if t.text == ","), default=None)
    if comma is None or comma + 2 >= len(tokens) or tokens[-1].text != ".":
        return None
    first = tokens[comma + 1]
    tail = tokens[comma + 2 : -1]
    if first.text != "so" and not (first.lemma in speech and first.xpos == "VVFIN"):
        return None
    if not tail or len(tail) > MAX_SOURCE_WORDS or any(t.upos in ("VERB", "AUX", "PUNCT") for t in tail):
        return None
    if tail[-1].xpos not in ("NN", "NE") or tail[0].xpos in ("APPR", "ADV", "PPER"):
        return None
    text = _restated(sentence, tail, rules) or sentence.text[tail[0].start : tail[-1].end]
    return text[0].upper() + text[1:]


def _restated(sentence: Sentence, tail: Sequence[Token], rules: RoleRules) -> str | None:
    """'das südkoreanische Vereinigungsministerium' -> 'das Vereinigungsministerium Südkoreas':
    the source as the reader must recognise it, not as the sentence wrote it."""
    *before, noun = tail
    if not before or before[-1].xpos != "ADJA" or noun.xpos != "NN" or len(before) > 2:
        return None
    kept, country = restated_adjective(rules.headings.plain_adjective(before[-1]), rules)
    if kept or not country or (len(before) == 2 and before[0].xpos != "ART"):
        return None
    return " ".join([*(t.text for t in before[:-1]), noun.text, country])


def _stems(text: str) -> set[str]:
    return {w.lower()[:6] for w in text.replace("-", " ").split() if len(w) > 3}


def _alike(one: str, other: str) -> bool:
    """'Russische Staatsmedien' and 'russische Nachrichtenagenturen' may be the same source,
    and 'Südkorea' contains 'das Vereinigungsministerium Südkoreas': one is the other's part."""
    return bool(_stems(one) & _stems(other)) or any(
        a.startswith(b[:5]) or b.startswith(a[:5]) for a in _stems(one) for b in _stems(other)
        if min(len(a), len(b)) >= 4)


def sources(analysis: Analysis) -> list[_Source]:
    rules = role_rules(analysis.language)
    if rules is None:
        return []
    speech = get_language(rules.lang).speech_verbs | {"berichten", "melden", "mitteilen"}
    quoted = quoted_sentences(analysis)
    found = []
    for sentence in analysis.sentences:
        if sentence.kind != "body" or sentence.index in quoted or has_quote(sentence.text):
            continue
        source = _cited(sentence, speech, rules)
        if source is None:
            continue
        clause = main_clause(sentence, speech, rules.lang)
        found.append(_Source(sentence.index, source,
                             clause.verb_last(sentence) if clause else None))
    return found


def source_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    cited = sources(analysis)
    template = phrasing(analysis.language).source
    found = []
    for item in cited:
        others: list[str] = []
        for other in sorted({c.source for c in cited}):
            if not any(_alike(other, o) for o in [item.source, *others]):
                others.append(other)  # two alike sources would be two right answers
        if item.statement is None or len(others) + 1 < MIN_OPTIONS:
            continue
        evidence = (item.sentence,)
        qid = question_id(analysis.language, "source", analysis, evidence)
        rng = rng_for(analysis, qid)
        options = [item.source, *rng.sample(others, min(3, len(others)))]
        rng.shuffle(options)
        found.append(Candidate(Question(qid, "source", template.format(text=item.statement),
                                        tuple(options), item.source, evidence), 2.5))
    return found
