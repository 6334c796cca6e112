"""Names across the whole article: once the text calls someone 'Christian Streich', a later
'Streich' on its own is that person too, not the noun 'Streich' (prank)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..languages import get_language
from ..model import Sentence, Token, VocabItem

# Only words that stand alone as names carry over; a lone "Präsident" never does.
MIN_NAME_LENGTH = 3


def article_names(sentences: tuple[Sentence, ...]) -> frozenset[str]:
    """Capitalised words the analysis marked as proper names inside a name of several words
    ('Christian Streich'). A one-word name ('Essen', the city) is not carried over: the
    same word elsewhere is as likely the common noun."""
    names = set()
    for sentence in sentences:
        tokens = sentence.tokens
        for i, tok in enumerate(tokens):
            if not (tok.is_name and tok.upos == "PROPN" and tok.text[:1].isupper()):
                continue
            neighbours = [tokens[j] for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
            if len(tok.text) >= MIN_NAME_LENGTH and any(n.upos == "PROPN" for n in neighbours):
                names.add(tok.text)
    return frozenset(names)


def _as_name(token: Token, names: frozenset[str], previous: Token | None, lang: str) -> Token:
    if token.is_name or not token.text[:1].isupper() or token.upos not in ("NOUN", "ADJ", "PROPN"):
        return token
    word = token.text
    base = word[:-1] if word.endswith("s") and word[:-1] in names else word
    if base not in names or (previous is not None and previous.upos in ("DET", "NUM")):
        return token  # 'die Mark', 'sechzigtausend Mark': not Mark Twain
    return token._replace(is_name=True, upos="PROPN", xpos=get_language(lang).name_xpos or token.xpos,
                          lemma=base)


def propagate_names(sentences: tuple[Sentence, ...], lang: str) -> tuple[Sentence, ...]:
    names = article_names(sentences)
    if not names:
        return sentences
    out = []
    for sentence in sentences:
        tokens = sentence.tokens
        marked = tuple(_as_name(tok, names, tokens[i - 1] if i else None, lang)
                       for i, tok in enumerate(tokens))
        out.append(sentence if marked == tokens else replace(sentence, tokens=marked))
    return tuple(out)


def named_by_its_meaning(item: VocabItem, gloss_lang: str) -> bool:
    """A noun whose every English meaning is capitalised names a people, a language or a
    region ("Celt", "Goth", "Frankish Empire"): to a learner it is a name, not a word to
    learn, although the text spells it as a common noun ("von den Kelten")."""
    # (adjectives such as "evangelisch", Protestant, stay: a learner needs them)
    if gloss_lang != "en" or item.pos != "NOUN" or not item.gloss:
        return False
    # "→ Medium: medium; psychic" shows a compound's part with the part's meanings
    meanings = item.gloss.rpartition(": ")[2] if item.gloss.startswith("→") else item.gloss
    senses = [s.strip() for s in meanings.split(";") if s.strip()]
    return bool(senses) and all(_a_name(sense) for sense in senses)


def first_meaning_a_name(item: VocabItem, gloss_lang: str) -> bool:
    """A noun whose first English meaning is a name ('Däne': 'Dane; Danish man'): a card may
    teach it, but as a gap it asks for geography, not for a word of the language."""
    # (adjectives stay: "evangelisch", Protestant, is a word a learner needs)
    if gloss_lang != "en" or item.pos != "NOUN" or not item.gloss:
        return False
    meanings = item.gloss.rpartition(": ")[2] if item.gloss.startswith("→") else item.gloss
    first = meanings.split(";")[0].strip()
    return bool(first) and _a_name(first)


# English words a name leaves in lower case ("Kingdom of the Franks")
NAME_LINKS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to"})


def _a_name(meaning: str) -> bool:
    """'Frankish Empire', 'Celt': every word capitalised; 'Advent wreath' is a thing."""
    words = [w for w in re.findall(r"[^\W\d_][\w'.-]*", meaning) if w.lower() not in NAME_LINKS]
    # an abbreviation ("CD", "EU") is a word of its own, not a people or a language
    return bool(words) and not words[0].isupper() and all(w[:1].isupper() for w in words)
