"""German names of several words and words made from names: 'die Vereinigten Staaten',
'Baden-Württemberg', quoted titles ('die „Süddeutsche Zeitung“'), 'japanisch' from Japan."""

from __future__ import annotations

from ...analysis.marks import is_name, set_name
from ...analysis.words import SentenceWords, Word
from .lexicon import derived_from_place
from .name_sources import made_from_place
from .neighbours import next_word, previous_word

# Nouns that make a name after a place adjective ('Friedberger Landstraße', 'Kölner Dom'),
# matched at the end of the noun.
PLACE_NAME_HEADS = ("straße", "Straße", "Allee", "Platz", "Tor", "Dom", "Zeitung", "Rundschau",
                    "Allgemeine", "Morgenpost", "Tagblatt", "Anzeiger", "Abendblatt", "Kurier")
QUOTE_OPENERS = {"„", "»", "\"", "“"}
QUOTE_CLOSERS = {"“", "«", "\"", "”"}
MAX_TITLE_TOKENS = 6


def mark_name_adjectives(sent: SentenceWords) -> None:
    """'die Vereinigten Staaten', 'im Nahen Osten': a capitalised adjective inside a sentence
    starts a name, and the noun it belongs to is part of that name. Both are PROPN unless
    the adjective comes from a place ('die Berliner Polizei'), where only streets, squares
    and newspapers are names ('Potsdamer Platz', 'Frankfurter Rundschau')."""
    for token in sent:
        prev = previous_word(token)
        if token.tag_ != "ADJA" or not token.text[:1].isupper() or prev is None:
            continue
        if prev.text in ("„", "\"", "»", "(", ":", "-", "–", "--") or prev.text[:-1].isdigit():
            continue
        set_name(token)
        nxt = next_word(token)
        if nxt is not None and nxt.tag_ in ("NN", "NE"):
            set_name(nxt)
            from_place = derived_from_place(token.lemma_) or token.text.endswith("er")
            if not from_place or nxt.text.endswith(PLACE_NAME_HEADS):
                # UD GSD: 'Nahen Osten' is PROPN PROPN, the STTS tags stay ADJA NN.
                token.pos_ = nxt.pos_ = "PROPN"


def mark_place_derivatives(sent: SentenceWords) -> None:
    """'japanisch', 'Argentinier', 'Friedberger': words made from place names are flagged like
    names."""
    for token in sent:
        if token.pos_ in ("NOUN", "ADJ") and not is_name(token) and (
                derived_from_place(token.lemma_) or made_from_place(token.text)):
            set_name(token)


def join_hyphenated_names(sent: SentenceWords) -> None:
    """'Lim Soo-suk', 'Baden-Württemberg': the pieces of a hyphenated name are all name."""
    doc = sent.doc
    for hyphen in sent:
        i = hyphen.i
        if hyphen.text != "-" or i == sent.start or i + 1 >= sent.end:
            continue
        left, right = doc[i - 1], doc[i + 1]
        if left.whitespace_ or hyphen.whitespace_ or not (is_name(left) or is_name(right)):
            continue
        for piece in (left, right):
            if piece.is_alpha and not is_name(piece) and not (piece.pos_ == "NOUN" and piece.i == i + 1):
                set_name(piece)
                piece.pos_, piece.tag_ = "PROPN", "NE"


def mark_quoted_titles(sent: SentenceWords) -> None:
    """'die „Süddeutsche Zeitung“', 'sein Bild „Befreiung Helenas“': a short quotation that
    starts with a capital and has no finite verb is a title, and titles are names."""
    doc = sent.doc
    opened: int | None = None
    for token in sent:
        if token.text in QUOTE_OPENERS and opened is None:
            opened = token.i
        elif token.text in QUOTE_CLOSERS and opened is not None:
            inner = doc[opened + 1 : token.i]
            if _looks_like_title(inner):
                for word in inner:
                    set_name(word, word.is_alpha)
            opened = None


def _looks_like_title(inner: list[Word]) -> bool:
    return (0 < len(inner) <= MAX_TITLE_TOKENS and inner[0].text[:1].isupper()
            and not any(t.tag_.endswith("FIN") or t.is_punct for t in inner))


def mark_references(sent: SentenceWords) -> None:
    """'Bleicher, Gerlingen 1991, ISBN 3-88350-718-0': a sentence with an ISBN is a book
    reference; its words are a title's, an author's or a publisher's, not the text's words."""
    if any(token.text == "ISBN" for token in sent):
        for token in sent:
            if token.is_alpha:
                set_name(token)
