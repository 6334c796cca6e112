"""A word as a dictionary lists it, in any language: its headword, a noun's gender and
plural, a compound's parts. A language with rules of its own supplies them in its
`dictionary` part (languages/de/dictionary.py); others keep the lemma and read a noun's
gender from the text."""

from __future__ import annotations

from collections.abc import Iterable

from ..languages import language_part
from ..model import Sentence, Token
from .romance.gender import noun_gender


def headword(token: Token, sentence: Sentence, lang: str) -> tuple[str, str]:
    """The headword and part of speech a card shows for `token` ('teilte … mit' ->
    'mitteilen'). Headwords are case-folded except where the language's rules keep the case
    (German nouns: 'Treffen' the noun and 'treffen' the verb differ)."""
    lemma = token.lemma
    if token.particle is not None:  # separable verb: "teilte ... mit" -> "mitteilen"
        lemma = sentence.tokens[token.particle].text.lower() + lemma.lower()
    rules = language_part(lang, "dictionary")
    found = rules.headword(token, lemma) if rules is not None else None
    return found if found is not None else (lemma.lower(), token.upos)


def is_listed_noun(lemma: str, lang: str) -> bool:
    """Is `lemma` a noun of the language's noun lexicon (known, whatever its frequency)?"""
    rules = language_part(lang, "dictionary")
    return rules is not None and rules.is_listed_noun(lemma)


def noun_facts(lemma: str, occurrences: Iterable[tuple[Sentence, Token]], lang: str,
               ) -> tuple[str | None, str | None, tuple[str, ...] | None]:
    """Gender, plural and compound parts of a noun (None: parts not known here)."""
    rules = language_part(lang, "dictionary")
    if rules is not None:
        return rules.noun_facts(lemma)
    return noun_gender(lemma, occurrences, lang), None, None


def word_parts(lemma: str, pos: str, lang: str) -> tuple[str, ...]:
    """A compound's parts, head last; () for a simple word or a language without rules."""
    rules = language_part(lang, "dictionary")
    return rules.word_parts(lemma, pos) if rules is not None else ()
