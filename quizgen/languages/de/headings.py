"""German noun phrases restated in the nominative, whatever their case in the text ('mit den
nordkoreanischen Raketen' -> 'Die nordkoreanischen Raketen'), with a genitive the text wrote
whole ('der Besichtigung des Kosmodroms'): the questions name things this way."""

from __future__ import annotations

from ...analysis.frequency import zipf
from ...model import Token
from .lexicon import noun_info, noun_lexicon

ARTICLES = {"m": "Der", "f": "Die", "n": "Das"}
# Articles of a masculine or neuter noun that are never plural.
SINGULAR_ONLY_ARTICLES = {"das", "dem", "des", "ein", "einem", "eines"}
ADJECTIVE_ENDINGS = ("e", "en", "em", "er", "es")
GENITIVE_ARTICLES = {"des", "der"}
# Adjectives this common say nothing of a topic ('die einzelnen Sorten', 'der gesamte See').
MAX_ADJECTIVE_ZIPF = 4.3
# Adjectives that only point within the text or order things: they tell nothing of a topic.
EMPTY_ADJECTIVES = frozenset("eigen bisherig folgend gewiss sogenannt jeweilig übrig damalig "
                             "heutig weiter ander nebenstehend obig genannt letzt".split())


def plain_adjective(token: Token) -> str | None:
    """The adjective's stem when the text shows it plainly: 'nordkoreanischen' -> 'nordkoreanisch'
    (never a comparative whose lemma the text does not start with: 'größten')."""
    lemma = token.lemma
    if (token.xpos != "ADJA" or not token.text.isalpha() or not lemma.islower()
            or not token.text.startswith(lemma) or token.text[len(lemma):] not in ADJECTIVE_ENDINGS
            or lemma.endswith("letzt") or lemma in EMPTY_ADJECTIVES
            or zipf(lemma, "de") > MAX_ADJECTIVE_ZIPF):
        return None
    return lemma


def _number(noun: Token, article: str) -> tuple[str, str] | None:
    """('singular', gender) or ('plural', nominative plural) of a noun as the text writes it
    after `article` (lower case, '' for none); None when neither form nor article says which,
    or the lexicon does not know the noun."""
    if noun.upos != "NOUN" or not noun.lemma.isalpha():
        return None
    if noun.is_name and not noun_lexicon().is_common_noun(noun.lemma):
        return None  # a common noun may be flagged as part of the name after it ('Führer Kim')
    info = noun_info(noun.lemma)
    if info.gender is None:
        return None
    if info.plural == noun.lemma:  # 'Gemälde', 'Minister': one or many by the article only
        singular = info.gender != "f" and article in SINGULAR_ONLY_ARTICLES
        return ("singular", info.gender) if singular and noun.text == noun.lemma else None
    if noun.text == noun.lemma or (info.gender != "f" and noun.text in (noun.lemma + "s", noun.lemma + "es")):
        return "singular", info.gender
    if (info.gender == "m" and article in SINGULAR_ONLY_ARTICLES
            and noun.text in (noun.lemma + "n", noun.lemma + "en")):
        return "singular", info.gender  # 'dem russischen Präsidenten': a weak noun
    if info.plural and noun.text in (info.plural, info.plural + "n"):
        return "plural", info.plural
    return None


def nominative(adjective: str | None, noun: Token, article: str) -> str | None:
    number = _number(noun, article)
    if number is None:
        return None
    if number[0] == "plural":
        return f"Die {adjective}en {number[1]}" if adjective else f"Die {number[1]}"
    article = ARTICLES[number[1]]
    return f"{article} {adjective}e {noun.lemma}" if adjective else f"{article} {noun.lemma}"


def genitive_phrase(tokens: tuple[Token, ...], at: int) -> tuple[str, str, int] | None:
    """'des Kosmodroms', 'der russischen Regierung' from tokens[at]: (text, noun lemma, end)."""
    if at >= len(tokens) or tokens[at].text not in GENITIVE_ARTICLES or tokens[at].upos != "DET":
        return None
    end = at + 1
    while end < len(tokens) and plain_adjective(tokens[end]):
        end += 1
    if end >= len(tokens) or tokens[end].upos != "NOUN" or tokens[end].is_name:
        return None
    noun = tokens[end]
    info = noun_info(noun.lemma)
    if tokens[at].text == "des":
        agrees = info.gender in ("m", "n") and noun.text.endswith(("s", "n"))
    else:
        agrees = (info.gender == "f" and noun.text == noun.lemma) or noun.text == info.plural
    if not agrees:
        return None  # 'die Extremfälle der Hochstamm': not a genitive the text wrote whole
    words = [t.text for t in tokens[at : end + 1]]
    return " ".join(words), tokens[end].lemma, end + 1
