"""German words as a dictionary lists them: the analysis asks these through
analysis/dictionary.py for every word the vocabulary stage may choose."""

from __future__ import annotations

from ...model import PLURAL_ONLY, Token
from .forms import participle_verb
from .grammar import dictionary_adjective
from .lexicon import compound_parts, definite_lemma, nominalised_infinitive, noun_info, noun_lexicon


def headword(token: Token, lemma: str) -> tuple[str, str] | None:
    """The headword and part of speech of a noun or an attributive adjective: 'der Beamte'
    (not 'Beamter'), 'letzte' (not 'letzt'), and a participle used as an adjective as its
    verb ('die eingelieferten Stücke' -> 'einliefern'); None for other words."""
    if token.upos == "NOUN":
        noun = definite_lemma(lemma[:1].upper() + lemma[1:])
        # 'das Be- und Entladen': dictionaries list the verb, entladen
        return (noun.lower(), "VERB") if nominalised_infinitive(noun) else (noun, "NOUN")
    if token.upos == "ADJ" and token.xpos == "ADJA":
        adjective = dictionary_adjective(lemma.lower())
        # attributive only: 'anschließend', 'entsprechend' as adverbs are words of their own
        verb = participle_verb(adjective) if token.particle is None else None
        return (verb, "VERB") if verb is not None else (adjective, "ADJ")
    return None


def is_listed_noun(lemma: str) -> bool:
    return noun_lexicon().is_common_noun(lemma)


def noun_facts(lemma: str) -> tuple[str | None, str | None, tuple[str, ...]]:
    """Gender (or PLURAL_ONLY), plural and compound parts of a noun."""
    info = noun_info(lemma)
    return (PLURAL_ONLY if info.plural_only else info.gender), info.plural, info.parts


def word_parts(lemma: str, pos: str) -> tuple[str, ...]:
    """A compound noun's parts, head last ('Raketenstartanlage' -> Rakete, Start, Anlage)."""
    return compound_parts(lemma) if pos == "NOUN" else ()
