"""German acronyms: which all-capital words are names ('BMW', 'CDU') and which abbreviate a
noun ('TV', 'PDF') or are only shouted ('STELLT DIE VERANSTALTER ZUR REDE')."""

from __future__ import annotations

from spacy.lang.de.stop_words import STOP_WORDS

from ...analysis.words import Word
from .lexicon import NounLexicon


def is_acronym_name(token: Word, lex: NounLexicon) -> bool:
    """'US', 'BMW', 'CDU' are names; 'TV', 'PDF' are listed as abbreviations of nouns."""
    word = token.text
    if not (2 <= len(word) <= 5 and word.isalpha() and word.isupper()):
        return False
    if word.lower() in STOP_WORDS or _shouting(token):
        return False
    capitalised = word.capitalize()
    lemma = lex.form_lemma.get(capitalised)
    letter_plural = lemma is not None and len(lemma) == 1  # 'Us', the letter U's plural
    return word not in lex.abbreviations and not (
        lex.is_common_noun(capitalised) and not letter_plural)


def _shouting(token: Word) -> bool:
    """A run of capitals ('STELLT DIE VERANSTALTER ZUR REDE') is emphasis, not acronyms."""
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(n.text.isupper() and n.text.isalpha() and (len(n.text) > 5 or n.text.lower()
               in STOP_WORDS) for n in neighbours)
