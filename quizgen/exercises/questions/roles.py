"""A person's role (German): 'Shoigu, der russische Verteidigungsminister' or 'dem russischen
Präsidenten Wladimir Putin' -> 'Wer ist Shoigu?', answered by the role restated rather than
copied: in the nominative, the country's adjective turned into its genitive ('Der
Verteidigungsminister Russlands'). The options are the roles of the text's other people, so
the reader must know who is who; a role the rules cannot restate is only an option."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from ...languages import language_part
from ...model import Analysis, Question, Sentence, Token, VocabItem
from .common import Candidate, has_quote, question_id, quoted_sentences, rng_for
from .entities import PERSON, Entity, find_entities
from .namelists import countries
from .phrasing import phrasing

MIN_OPTIONS = 3
# A person named more often is what the text is about ('Wer ist Kim Jong Un?' is trivial);
# still, their role is an option for the others.
MAX_MENTIONS = 3
ROLE_ENDS = {",", ".", ";", "(", ")"}


@dataclass(frozen=True)
class _Role:
    person: Entity
    sentence: int
    text: str
    restated: bool  # a country's adjective became its genitive


@dataclass(frozen=True)
class RoleRules:
    """The language's rules for roles: its countries' adjectives and genitives, and how its
    noun phrases are put in the nominative."""

    lang: str
    countries: ModuleType
    headings: ModuleType


def role_rules(lang: str) -> RoleRules | None:
    """None where the language has no such rules: no roles, no sources asked."""
    found, headings = language_part(lang, "countries"), language_part(lang, "headings")
    return RoleRules(lang, found, headings) if found and headings else None


def restated_adjective(lemma: str | None, rules: RoleRules) -> tuple[str | None, str]:
    """(the adjective to keep, the country genitive to append) for an adjective's lemma."""
    if lemma is None:
        return None, ""
    country = rules.countries.country_of_adjective(lemma, countries(rules.lang))
    genitive = rules.countries.country_genitive(country) if country else None
    return (None, genitive) if genitive else (lemma, "")


def _genitive_part(tokens: tuple[Token, ...], at: int, rules: RoleRules) -> tuple[str, bool, int] | None:
    """'des südkoreanischen Außenministeriums' -> ('des Außenministeriums Südkoreas', True, end)."""
    if at >= len(tokens) or tokens[at].text not in ("des", "der") or tokens[at].upos != "DET":
        return None
    end, words, country = at + 1, [tokens[at].text], ""
    plain_adjective = rules.headings.plain_adjective
    while end < len(tokens) and plain_adjective(tokens[end]):
        kept, genitive = restated_adjective(plain_adjective(tokens[end]), rules)
        if kept:
            words.append(tokens[end].text)
        country = country or genitive
        end += 1
    if end >= len(tokens) or tokens[end].xpos != "NN" or tokens[end].is_name or "-" in tokens[end].text:
        return None
    words.append(tokens[end].text)
    if country:
        words.append(country)
    return " ".join(words), bool(country), end + 1


def _role(tokens: tuple[Token, ...], adjective: Token | None, noun: Token,
          after: int, rules: RoleRules) -> tuple[str, bool, int] | None:
    """The role of head noun `noun` (with its adjective and a genitive from `after`) in the
    nominative, whether it was restated, and where it ends."""
    if noun.xpos != "NN":
        return None
    lemma = rules.headings.plain_adjective(adjective) if adjective is not None else None
    if adjective is not None and lemma is None:
        return None
    kept, country = (restated_adjective(lemma, rules) if rules.countries.is_state_role(noun.lemma)
                     else (lemma, ""))
    # One person's role is singular, whatever the article ('der Verteidigungsminister' could
    # be a genitive plural alone): 'ein' tells `nominative` so.
    head = rules.headings.nominative(kept, noun, "ein")
    if head is None:
        return None
    genitive = _genitive_part(tokens, after, rules)
    if country:
        head += " " + country
    if genitive:
        return f"{head} {genitive[0]}", bool(country) or genitive[1], genitive[2]
    if lemma is None:
        return None  # 'Admiral', 'Vizeminister': a bare title says little of a role
    return head, bool(country), after


def _after_name(sentence: Sentence, end: int, rules: RoleRules) -> tuple[str, bool] | None:
    """'Shoigu, der russische Verteidigungsminister, ...' / 'Lim Soo-suk, Sprecher des ...,'."""
    tokens = sentence.tokens
    at = end + 1
    if end >= len(tokens) or tokens[end].text != "," or at >= len(tokens):
        return None
    if tokens[at].xpos == "ART":
        at += 1
    adjective = tokens[at] if at < len(tokens) and tokens[at].xpos == "ADJA" else None
    at += adjective is not None
    if at >= len(tokens):
        return None
    found = _role(tokens, adjective, tokens[at], at + 1, rules)
    if found is None or found[2] >= len(tokens) or tokens[found[2]].text not in ROLE_ENDS:
        return None
    return found[0], found[1]


def _before_name(sentence: Sentence, start: int, rules: RoleRules) -> tuple[str, bool] | None:
    """'der nordkoreanische Führer Kim Jong Un', 'dem russischen Präsidenten Wladimir Putin'."""
    tokens = sentence.tokens
    if start < 3 or tokens[start - 3].xpos != "ART" or tokens[start - 2].xpos != "ADJA":
        return None
    found = _role(tokens, tokens[start - 2], tokens[start - 1], start, rules)
    return (found[0], found[1]) if found else None


def _roles(analysis: Analysis, rules: RoleRules) -> list[_Role]:
    quoted = quoted_sentences(analysis)
    found: list[_Role] = []
    for person in find_entities(analysis):
        if person.kind != PERSON:
            continue
        for m in person.mentions:
            sentence = analysis.sentences[m.sentence]
            if sentence.kind != "body" or m.sentence in quoted or has_quote(sentence.text):
                continue
            role = _after_name(sentence, m.end, rules) or _before_name(sentence, m.start, rules)
            if role:
                found.append(_Role(person, m.sentence, *role))
                break  # a person's first role: a later one may be another of the same
    return found


def role_questions(analysis: Analysis, vocabulary: tuple[VocabItem, ...]) -> list[Candidate]:
    rules = role_rules(analysis.language)
    if rules is None:
        return []
    roles = _roles(analysis, rules)
    template = phrasing(rules.lang).role
    found = []
    for role in roles:
        if not role.restated:
            continue  # the apposition copied is answered by finding the name
        if len(role.person.mentions) > MAX_MENTIONS:
            continue  # the text's main figure: the reader knows their role before reading
        prompt = template.format(name=role.person.key)
        others = sorted({r.text for r in roles if r is not role and r.text != role.text
                         and not any(f in r.text for f in role.person.forms)})
        if len(others) + 1 < MIN_OPTIONS:
            continue
        evidence = (role.sentence,)
        qid = question_id(rules.lang, "role", analysis, evidence, role.person.key)
        rng = rng_for(analysis, qid)
        wrong = rng.sample(others, min(3, len(others)))
        # The roles share their options: the answer moves one place each time, so its
        # position tells nothing.
        at = len(found) % (len(wrong) + 1)
        options = (*wrong[:at], role.text, *wrong[at:])
        found.append(Candidate(Question(qid, "role", prompt, options, role.text, evidence), 2.5))
    return found
