"""German names: which capitalised words are proper names, and which words belong to one.

Every German noun is capitalised, so capitals prove nothing. The noun lexicon knows
100,000 common nouns and 10,000 names; the rules below weigh it against HanTa's tag and
the context: titles ("Präsident Putin"), first names, determiners, acronyms, quotation
titles, hyphenated names and words made from place names. Two outcomes per token: the UD
part of speech (PROPN or NOUN) and the `is_name` flag that keeps a word out of the
vocabulary (also set for words that are part of a name without being PROPN in UD).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.lang.de.stop_words import STOP_WORDS

from ...analysis.frequency import english_lead
from ...analysis.marks import is_name, set_name
from ...analysis.words import SentenceWords, Word
from .. import is_person_title
from .lexicon import NounLexicon, compound_parts, derived_from_place, is_abstract_noun, noun_lexicon

DETERMINERS = {"ART", "APPRART", "ADJA", "PPOSAT", "PIAT", "PDAT", "CARD"}
# HanTa's extra tags for nominalised infinitives and adjectives ("das Essen", "die Kranken").
NOMINALISED = {"NNI", "NNA"}
# Month and weekday names are proper nouns in UD German.
CALENDAR_NAMES = frozenset(
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember "
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag".split()
)
# Currencies are proper nouns in UD German GSD and names in GermEval ("20 Euro"); like the
# months they stay words a learner may study.
CURRENCY_NAMES = frozenset("Euro Dollar Cent Gulden D-Mark Rubel Yen Yuan".split())
UD_PROPER_WORDS = CALENDAR_NAMES | CURRENCY_NAMES
# Unique institutions: "Bundestag", "Bundesverwaltungsgericht", "Europaparlament".
INSTITUTION_PREFIXES = ("Bundes", "Europa", "Landes")
INSTITUTION_HEADS = (
    "tag", "rat", "wehr", "bank", "gericht", "republik", "regierung", "parlament", "amt",
    "agentur", "anstalt", "kanzleramt", "verfassungsgericht", "liga", "verband", "stiftung",
)
# Abbreviations that stand before a surname ("Dr. Sieben"), and others that are no name.
PERSON_TITLE_ABBREVIATIONS = {"Dr.", "Prof.", "Hr.", "Hrn.", "Fr."}
TITLE_ABBREVIATIONS = PERSON_TITLE_ABBREVIATIONS | {"Dipl.", "Ing.", "St."}
# Nouns that make a name after a place adjective ('Friedberger Landstraße', 'Kölner Dom'),
# matched at the end of the noun.
PLACE_NAME_HEADS = ("straße", "Straße", "Allee", "Platz", "Tor", "Dom", "Zeitung", "Rundschau",
                    "Allgemeine", "Morgenpost", "Tagblatt", "Anzeiger", "Abendblatt", "Kurier")
# Street names the lexicon does not list: "Weidenallee", "Schwanitzstraße".
STREET_ENDINGS = ("straße", "strasse", "allee", "gasse", "chaussee")
# Endings of place names ('Burghausen', 'Pustertal', 'Schwielowsee', 'Baselland'): an unlisted
# noun with one of them that does not split into common nouns ('Partnerland') is a place.
PLACE_ENDINGS = ("hausen", "dorf", "furt", "stedt", "heim", "tal", "see", "mark", "land", "berg",
                 "burg")
# Nouns whose apposition is a name: "die Firma Wintergartenbau", "die Pizzeria Waldhorn".
NAME_CLASSIFIERS = {
    "Firma", "Hotel", "Restaurant", "Pizzeria", "Gasthaus", "Gasthof", "Café", "Cafe", "Pension",
    "Bäckerei", "Metzgerei", "Autohaus", "Kanzlei", "Praxis", "Verlag", "Zeitung", "Zeitschrift",
    "Magazin", "Partei", "Stiftung", "Gemeinde", "Ortsteil", "Stadtteil", "Schiff", "Marke",
}
QUOTE_OPENERS = {"„", "»", "\"", "“"}
QUOTE_CLOSERS = {"“", "«", "\"", "”"}
MAX_TITLE_TOKENS = 6
# How much more frequent in English a neighbour must be to mark an English name.
ENGLISH_MARGIN = 0.5


def _listed_common(token: Word, lex: NounLexicon) -> bool:
    """A common noun in the lexicon, by form or lemma."""
    lemma = token.lemma_[:1].upper() + token.lemma_[1:]
    return lex.is_common_noun(token.text) or lex.is_common_noun(lemma)


def _compound_with_common_head(token: Word, lex: NounLexicon) -> bool:
    parts = compound_parts(token.lemma_[:1].upper() + token.lemma_[1:])
    return bool(parts) and lex.is_common_noun(parts[-1].capitalize())


def _unsplit_place(word: str) -> bool:
    """'Neuhausen', 'Heidmark': a place ending after a stem that is no common noun."""
    lower = word.lower()
    ending = next((e for e in PLACE_ENDINGS if lower.endswith(e)), None)
    return (ending is not None and len(lower) - len(ending) >= 3
            and not compound_parts(word[:1].upper() + word[1:]))


def is_title_noun(word: str) -> bool:
    """'Präsident(en)', 'Verteidigungsminister', 'Technikchefs': nouns that stand before names."""
    return is_person_title(word, "de")


def _previous(token: Word) -> Word | None:
    """The token before `token` in its sentence."""
    return token.doc[token.i - 1] if token.i > token.sentence[0] else None


def _next(token: Word) -> Word | None:
    """The token after `token` in its sentence."""
    return token.doc[token.i + 1] if token.i + 1 < token.sentence[1] else None


def _neighbours(token: Word) -> list[Word]:
    return [n for n in (_previous(token), _next(token)) if n is not None]


def _after_title_abbreviation(token: Word) -> bool:
    if not (token.text[:1].isupper() and token.is_alpha):
        return False
    prev = _previous(token)
    return prev is not None and prev.text in PERSON_TITLE_ABBREVIATIONS


def _after_classifier(token: Word) -> bool:
    prev = _previous(token)
    return prev is not None and prev.text in NAME_CLASSIFIERS


def _name_context(token: Word) -> bool:
    """Right after a name or a title noun: 'Kim Jong Un', 'Präsident Putin'."""
    prev = _previous(token)
    return prev is not None and (prev.tag_ == "NE" or is_title_noun(prev.text))


def _after_known_first_name(token: Word, lex: NounLexicon) -> bool:
    """'Christian Streich': a capitalised word after a first name the lexicon knows."""
    prev = _previous(token)
    return (prev is not None and prev.text in lex.first_names and prev.tag_ == "NE"
            and not is_title_noun(token.text) and not is_abstract_noun(token.text))


def _after_first_name(token: Word, lex: NounLexicon) -> bool:
    """'Christiane Holländer', 'Michel Platini': a capitalised word right after a person's
    name (not a place, not a genitive: 'Kims Limousine') is that person's surname."""
    prev = _previous(token)
    if prev is None or prev.tag_ != "NE" or prev.text.endswith("s") or prev.text.isupper():
        return False
    return (prev.text not in lex.places and not is_title_noun(token.text)
            and not is_abstract_noun(token.text))


def _beside_foreign_words(token: Word) -> bool:
    """'Royal Air Force', 'Jet Propulsion Laboratory': German-looking words in foreign names."""
    # Words only: the tagger calls abbreviations it does not know foreign too ('3 Std.').
    return any(n.tag_ == "FM" and n.text[:1].isupper() and n.is_alpha for n in _neighbours(token))


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


def _after_tags(token: Word, tags: Collection[str]) -> bool:
    prev = _previous(token)
    return prev is not None and prev.tag_ in tags


def _after_determiner(token: Word) -> bool:
    return _after_tags(token, DETERMINERS)


def _heads_a_name(token: Word) -> bool:
    """'Küchen Walther', 'Kraftwerk Lippendorf': a noun without an article, right before a
    name, is the first word of that name (a title noun is not: 'Präsident Putin')."""
    return (_previous(token) is not None and _before_name(token)
            and not is_title_noun(token.text))


def decide_name(token: Word, lex: NounLexicon) -> bool:
    """Is this capitalised NN/NE token a proper name?"""
    word = token.text
    if word in UD_PROPER_WORDS or (word.startswith(INSTITUTION_PREFIXES) and word.endswith(
        INSTITUTION_HEADS
    )):
        return True
    stem = word[:-1] if word.endswith("s") and word[:-1] in lex.names else word
    in_names = stem in lex.names
    if not in_names and is_title_noun(word):
        return False  # 'Gesamtbetriebsratschefin Silke Striezel': the title is not the name
    listed = _listed_common(token, lex)
    if not listed and (word.endswith(STREET_ENDINGS) or _after_classifier(token)):
        # 'Weidenallee', 'Schwanitzstraße' ('Hauptstraße' is in the lexicon); 'die Firma
        # Wintergartenbau', 'das Hotel Ladenmühle'.
        return True
    if not listed and _unsplit_place(word):
        return True
    # A listed name beats a reading as a compound of nouns: 'Meerbusch', 'Falkensee'.
    common = listed or (not in_names and _compound_with_common_head(token, lex))
    after_determiner = _after_determiner(token)
    if in_names and not common:
        return True
    if not after_determiner and (_after_known_first_name(token, lex) or _beside_foreign_words(token)):
        return True
    if common and not in_names:
        # 'Madonna', 'Linux', 'Volkswagen' are in the lexicon as nouns too: without an
        # article, HanTa's reading of the sentence decides. An abstract noun stays one, and
        # right after a preposition such a noun is a mass noun ('von Wellness', 'über Funk')
        # unless a name follows ('von Pak Thae Song').
        after_preposition = _after_tags(token, ("APPR",)) and not _before_name(token)
        mass_noun = after_preposition or is_abstract_noun(word)
        return (not after_determiner and token.tag_ == "NE" and not mass_noun
                and not _after_genitive_name(token))
    if in_names and common:
        if _after_genitive_name(token):
            return False
        return not after_determiner if token.tag_ == "NE" else _name_context(token)
    # Unknown to the lexicon: trust HanTa, but a word next to a name ("Mari Yamaguchi") or
    # after a title is a name too.
    return token.tag_ == "NE" or (
        (_name_context(token) or _before_name(token)) and not after_determiner)


def _after_genitive_name(token: Word) -> bool:
    """'Käterchens Kammer', 'Kims Limousine': what follows a name's genitive is its thing."""
    prev = _previous(token)
    return prev is not None and prev.tag_ == "NE" and prev.text.endswith("s") and len(prev.text) > 3


def _in_foreign_name(token: Word) -> bool:
    """'Best Western', 'Jet Airways', 'Royal Air Force': capitalised foreign words side by
    side inside a German sentence are a name."""
    if not token.text[:1].isupper() or _previous(token) is None:
        return False
    return any(n.text[:1].isupper() and n.tag_ in ("FM", "NE") and _previous(n) is not None
               for n in _neighbours(token))


def _before_name(token: Word) -> bool:
    nxt = _next(token)
    return nxt is not None and nxt.tag_ == "NE" and nxt.text[:1].isupper()


def _part_of_a_name(token: Word, lex: NounLexicon) -> bool:
    """'Kraftwerk Lippendorf', 'Christiane Holländer', 'Friedberger Landstraße', 'Jet
    Propulsion Laboratory': common nouns inside names are not the text's vocabulary."""
    if _after_place_adjective(token, lex) or _heads_a_name(token):
        return True
    if _after_determiner(token):
        return False
    return _after_first_name(token, lex) or _beside_english(token, lex)


def _after_place_adjective(token: Word, lex: NounLexicon) -> bool:
    """'Friedberger Landstraße', 'Weitinger Mühle': after the -er adjective of a place."""
    prev = _previous(token)
    if prev is None:
        return False
    word = prev.text
    return (word.endswith("er") and word[:1].isupper() and _previous(prev) is not None
            and not lex.is_common_noun(word) and prev.tag_ in ("ADJA", "NE", "NN"))


def _beside_english(token: Word, lex: NounLexicon) -> bool:
    """Next to a capitalised English word that German does not know: 'Silicon Sensor'."""
    return any(n.text[:1].isupper() and n.text.isalpha() and not lex.is_common_noun(n.text)
               and english_lead(n.text, "de") > ENGLISH_MARGIN for n in _neighbours(token))


def refine_names(sent: SentenceWords) -> None:
    lex = noun_lexicon()
    for token in sent:
        if token.tag_ in NOMINALISED:
            token.tag_, token.pos_ = "NN", "NOUN"
        if token.tag_ == "FM" and _in_foreign_name(token):
            token.pos_ = "PROPN"
            set_name(token)
            continue
        if token.text.isupper() and is_acronym_name(token, lex):
            token.tag_, token.pos_, token.lemma_ = "NE", "PROPN", token.text
            set_name(token)
            continue
        if token.tag_ == "NE" and token.text[:1].islower():
            # German names are capitalised: a lowercase "name" is an adjective the tagger did
            # not know ('ok', 'top', 'professionel').
            token.tag_, token.pos_ = "ADJD", "ADJ"
            continue
        if token.text in TITLE_ABBREVIATIONS:
            token.tag_, token.pos_ = "NN", "NOUN"
            continue
        if _after_title_abbreviation(token):
            # 'Dr. Sieben', 'Prof. Klein': whatever the word, here it is a surname.
            token.tag_, token.pos_, token.lemma_ = "NE", "PROPN", token.text
            set_name(token)
            continue
        if token.tag_ not in ("NN", "NE") or not token.text[:1].isupper():
            continue
        named = decide_name(token, lex)
        token.tag_, token.pos_ = ("NE", "PROPN") if named else ("NN", "NOUN")
        set_name(token, named and token.text not in UD_PROPER_WORDS)
        if not named and _part_of_a_name(token, lex):
            set_name(token)  # though UD keeps it a NOUN
        if not named:
            lemma = lex.lemma_of(token.text)
            if lemma:
                token.lemma_ = lemma
        elif token.lemma_.lower() == token.text.lower():
            token.lemma_ = token.text
    mark_name_adjectives(sent)


def mark_name_adjectives(sent: SentenceWords) -> None:
    """'die Vereinigten Staaten', 'im Nahen Osten': a capitalised adjective inside a sentence
    starts a name, and the noun it belongs to is part of that name. Both are PROPN unless
    the adjective comes from a place ('die Berliner Polizei'), where only streets, squares
    and newspapers are names ('Potsdamer Platz', 'Frankfurter Rundschau')."""
    for token in sent:
        prev = _previous(token)
        if token.tag_ != "ADJA" or not token.text[:1].isupper() or prev is None:
            continue
        if prev.text in ("„", "\"", "»", "(", ":", "-", "–", "--") or prev.text[:-1].isdigit():
            continue
        set_name(token)
        nxt = _next(token)
        if nxt is not None and nxt.tag_ in ("NN", "NE"):
            set_name(nxt)
            from_place = derived_from_place(token.lemma_) or token.text.endswith("er")
            if not from_place or nxt.text.endswith(PLACE_NAME_HEADS):
                # UD GSD: 'Nahen Osten' is PROPN PROPN, the STTS tags stay ADJA NN.
                token.pos_ = nxt.pos_ = "PROPN"


def mark_place_derivatives(sent: SentenceWords) -> None:
    """'japanisch', 'Argentinier': words made from place names are flagged like names."""
    for token in sent:
        if token.pos_ in ("NOUN", "ADJ") and not is_name(token) and derived_from_place(token.lemma_):
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
