"""Cause and purpose (German), from three patterns of the text:

- 'Die Stadt baut eine Brücke, weil ...' -> 'Warum baut die Stadt eine Brücke?', and
  '..., um ... zu ...' -> 'Wozu ...?';
- 'Weil die Bauern weniger ernten konnten, starben ... Menschen.' -> 'Warum starben ...?';
- 'X. Deshalb spricht man vom zunehmenden Mond.' -> 'Warum spricht man vom zunehmenden
  Mond?', answered by the sentence before as a weil-clause: the reader must link the two.

The options are the other reasons (or purposes) the same text gives, so a reader must know
which belongs to which event; with too few of them there is no question."""

from __future__ import annotations

from dataclasses import dataclass

from ...languages import get_language, language_part
from ...model import Analysis, Question, Sentence, Token, VocabItem
from .clauses import Clause, clause_end, fronted_question, main_clause
from .common import Candidate, has_pronoun, has_quote, question_id, quoted_sentences, rng_for
from .phrasing import phrasing
from .subjects import FINITE, _join

MIN_OPTIONS = 3
MAX_ANSWER_WORDS = 14
THEREFORE = {"deshalb", "daher", "darum", "deswegen"}
ENDS = {".", "!", "?"}
# Words that tie a statement to the one before: as a stand-alone reason it reads oddly.
LEANING = {"aber", "jedoch", "auch", "dann", "noch", "dort", "ebenfalls", "trotzdem"}


@dataclass(frozen=True)
class _Reason:
    evidence: tuple[int, ...]
    kind: str  # cause | purpose
    question: str | None  # None: a reason good as an option only
    answer: str


def _kind(token: Token, before: Token | None) -> str | None:
    word = token.text.lower()
    if before is not None and before.text != ",":
        return None
    if word in ("weil", "da") and token.xpos == "KOUS":
        return "cause"
    return "purpose" if (word == "um" and token.xpos == "KOUI") or word == "damit" else None


def _answer(sentence: Sentence, start: int, end: int, clause: Clause | None = None,
            lang: str = "") -> str | None:
    tokens = sentence.tokens[start:end]
    named = _named_subject(sentence, tokens, clause, lang) if clause is not None else None
    if named is not None:
        at, subject = named  # 'da es ... verdampft' -> 'weil Ethanol ... verdampft'
        text = sentence.text[tokens[0].start : tokens[at].start] + subject \
            + sentence.text[tokens[at].end : tokens[-1].end]
        return "weil" + text[2:] if text.lower().startswith("da ") else text[0].lower() + text[1:]
    if has_pronoun(tokens, "de") or any(t.xpos == "PROAV" for t in tokens):
        return None  # 'weil er ...': who 'er' is the option cannot say
    if tokens[0].text.lower() == "um" and not any(t.xpos == "PTKZU" for t in tokens):
        return None  # 'bat ... um eine Ausstellung': a preposition, not a purpose
    text = sentence.text[tokens[0].start : tokens[-1].end]
    # 'da' and 'weil' give a reason alike; one form keeps the options alike.
    return "weil" + text[2:] if text.lower().startswith("da ") else text[0].lower() + text[1:]


# The subject pronoun by the gender of the noun it stands for ('pl': a plural noun).
PRONOUN_GENDERS = {"er": ("m",), "es": ("n",), "sie": ("f", "pl")}
# Verbs whose 'es' is often no one's: 'weil es ... gibt', 'weil es ... geht'.
IMPERSONAL = {"geben", "gehen", "regnen", "schneien"}


def _named_subject(sentence: Sentence, tokens: tuple[Token, ...] | list[Token],
                   clause: Clause, lang: str) -> tuple[int, str] | None:
    """A reason's subject pronoun that can only be the main clause's subject ('Ethanol kann
    ... werden, da es bereits bei 78 °C verdampft'): (its place in `tokens`, the subject's
    words). Only the pronoun right after the conjunction, the one pronoun of the clause, of
    the subject's gender and number, where the subject is a short noun phrase."""
    lexicon = language_part(lang, "lexicon")
    if lexicon is None or len(tokens) < 3 or len(clause.subject.split()) > 3:
        return None
    pronoun = tokens[1]
    if pronoun.xpos != "PPER" or pronoun.text not in PRONOUN_GENDERS:
        return None
    if any(t.xpos in ("PPER", "PROAV", "PPOSAT") for t in tokens[2:]) or any(
            t.lemma in IMPERSONAL for t in tokens):
        return None
    verb = sentence.tokens.index(clause.finite)
    head = sentence.tokens[verb - 1]
    nouns = lexicon.noun_lexicon()
    if head.xpos not in ("NN", "NE") or head.lemma in nouns.first_names or head.lemma in nouns.surnames:
        return None  # a person's gender is a guess; a noun's is in the lexicon ('Ethanol')
    plural = head.text != head.lemma and nouns.plural.get(head.lemma) == head.text
    gender = "pl" if plural else nouns.gender.get(head.lemma)
    if gender not in PRONOUN_GENDERS[pronoun.text]:
        return None
    return 1, clause.subject


def _rest_question(sentence: Sentence, verb: int, word: str, skip: set[int] = frozenset()) -> str | None:
    """'Warum' + the clause from its finite verb to the sentence's end."""
    tokens = [t for i, t in enumerate(sentence.tokens[verb:], start=verb)
              if i not in skip and t.text not in ENDS]
    if not 3 <= len(tokens) <= 16 or any(t.upos == "PUNCT" for t in tokens):
        return None
    if has_pronoun(tokens, "de") or any(t.xpos in ("PROAV", "PDS") for t in tokens):
        return None  # ('Warum wertete dies den Tanz auf?': what 'dies' is, the question cannot say)
    return f"{word} {_join(sentence, tokens)}?"


def _after(analysis: Analysis, sentence: Sentence, speech: frozenset[str]) -> list[_Reason]:
    """The reason after the main clause, or before it ('Weil ..., starben ...')."""
    tokens, words = sentence.tokens, phrasing("de")
    for i, token in enumerate(tokens[:-1]):
        kind = _kind(token, tokens[i - 1] if i else None)
        if kind is None:
            continue
        if i == 0:  # 'Weil X, V S rest.': the main clause follows the comma, verb first
            end = next((j for j in range(1, len(tokens)) if tokens[j].text == ","), None)
            if end is None or end + 1 >= len(tokens) or tokens[end + 1].xpos not in FINITE:
                return []
            answer = _answer(sentence, 0, end)
            asked = _rest_question(sentence, end + 1, words.why if kind == "cause" else words.what_for)
            return [_Reason((sentence.index,), kind, asked, answer)] if answer else []
        end = clause_end(sentence, i, MAX_ANSWER_WORDS)
        if end is None:
            return []
        clause = main_clause(sentence, speech, analysis.language)
        answer = _answer(sentence, i, end, clause, analysis.language) if kind == "cause" \
            else _answer(sentence, i, end)
        word = words.why if kind == "cause" else words.what_for
        asked = None
        if clause and clause.rest and tokens.index(clause.rest[-1]) < i:
            asked = f"{word} {clause.inverted(sentence)}?"
        elif clause is None and tokens[i - 1].text == ",":
            asked = fronted_question(sentence, i - 1, word, analysis.language)
        return [_Reason((sentence.index,), kind, asked, answer)] if answer else []
    return []


def _therefore(analysis: Analysis, sentence: Sentence, speech: frozenset[str]) -> _Reason | None:
    """'Deshalb V S rest.' or 'S V deshalb rest.' after a sentence that gives the cause."""
    tokens = sentence.tokens
    at = next((i for i, t in enumerate(tokens[:4]) if t.text.lower() in THEREFORE), None)
    if at is None or sentence.index == 0:
        return None
    before = analysis.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph or before.kind != "body" or has_quote(before.text):
        return None
    cause = main_clause(before, speech, "de")
    if cause is None or any(t.text == "," for t in before.tokens[:-1]):
        return None  # the whole sentence before must be the one clause that is the cause
    if at == 0 and len(tokens) > 1 and tokens[1].xpos in FINITE:
        asked = _rest_question(sentence, 1, phrasing("de").why)
    elif 0 < at < len(tokens) and tokens[at - 1].xpos in FINITE and tokens[0].xpos in ("PIS", "NE", "NN"):
        verb = at - 1  # 'Man nennt deshalb ...': 'Warum nennt man ...?'
        subject = tokens[0].text if tokens[0].xpos != "PIS" else tokens[0].text.lower()
        rest = _rest_question(sentence, verb, phrasing("de").why, skip={at})
        asked = None if rest is None or verb != 1 else rest.replace(
            f" {tokens[verb].text} ", f" {tokens[verb].text} {subject} ", 1)
    else:
        return None
    if asked is None:
        return None
    return _Reason((before.index, sentence.index), "cause", asked, f"weil {cause.verb_last(before)}")


def _reasons(analysis: Analysis) -> list[_Reason]:
    speech = get_language("de").speech_verbs
    quoted = quoted_sentences(analysis)
    found: list[_Reason] = []
    for sentence in analysis.sentences:
        if sentence.kind != "body" or sentence.index in quoted or has_quote(sentence.text):
            continue
        found += _after(analysis, sentence, speech)
        therefore = _therefore(analysis, sentence, speech)
        if therefore:
            found.append(therefore)
    return found


def _facts(analysis: Analysis) -> list[tuple[int, str]]:
    """Other statements of the text as weil-clauses: wrong reasons that are true facts of
    the same text, so only a reader who knows what caused what picks the right one."""
    speech = get_language("de").speech_verbs
    quoted = quoted_sentences(analysis)
    found = []
    for sentence in analysis.sentences:
        if sentence.kind != "body" or sentence.index in quoted or has_quote(sentence.text):
            continue
        if any(t.text == "," or t.xpos in ("PPOSAT", "PDAT") or t.text.lower() in LEANING
               for t in sentence.tokens):
            continue  # a clause cut from a longer sentence, or one that leans on another
        if any(t.xpos == "CARD" for t in sentence.tokens):
            continue  # measurements ('eine Länge von 0,833 bis 3,054 µm') are no one's reason
        clause = main_clause(sentence, speech, "de")
        if clause is not None:
            found.append((sentence.index, f"weil {clause.verb_last(sentence)}"))
    return found


def _alike(one: str, other: str) -> bool:
    return 0.4 <= len(one) / len(other) <= 2.5


def _sample(pool: list[str], count: int, analysis: Analysis, reason: _Reason) -> list[str]:
    """`count` of `pool`, the same ones on every run."""
    rng = rng_for(analysis, question_id("de", "reason-facts", analysis, reason.evidence))
    return rng.sample(pool, min(count, len(pool))) if count > 0 else []


def reason_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    reasons = _reasons(analysis)
    facts = _facts(analysis) if any(r.question and r.kind == "cause" for r in reasons) else []
    found = []
    for reason in reasons:
        if reason.question is None:
            continue
        others = sorted({r.answer for r in reasons if r.kind == reason.kind and r is not reason
                         and r.answer != reason.answer and _alike(r.answer, reason.answer)})
        if reason.kind == "cause" and len(others) < 3:
            # Far from the evidence: a fact next to it might be a second cause.
            near = range(min(reason.evidence) - 2, max(reason.evidence) + 3)
            extra = sorted({f for i, f in facts if i not in near and _alike(f, reason.answer)
                            and f not in others and f != reason.answer})
            others = others[:3] + _sample(extra, 3 - len(others[:3]), analysis, reason)
        if len(others) + 1 < MIN_OPTIONS:
            continue  # no other reasons of the text to choose from: no question
        qid = question_id("de", "reason", analysis, reason.evidence)
        rng = rng_for(analysis, qid)
        options = [reason.answer, *rng.sample(others[:3], min(3, len(others)))]
        rng.shuffle(options)
        found.append(Candidate(Question(qid, "reason", reason.question, tuple(options),
                                        reason.answer, reason.evidence), 2.5))
    return found
