"""German names: which capitalised words are proper names, and which words belong to one.

Every German noun is capitalised, so capitals prove nothing. The noun lexicon knows
100,000 common nouns and 10,000 names; the rules below weigh it against HanTa's tag and
the context: titles ("Präsident Putin"), first names, determiners, acronyms, quotation
titles and what German Wiktionary says of a word (name_sources.py); names of several words,
quoted titles and words made from place names are in name_spans.py, acronyms in acronyms.py.
Two outcomes per token: the UD part of speech (PROPN or NOUN) and the `is_name` flag that
keeps a word out of the vocabulary (also set for words that are part of a name without
being PROPN in UD).
"""

from __future__ import annotations

from collections.abc import Collection

from ...analysis.frequency import english_lead
from ...analysis.marks import set_name
from ...analysis.words import SentenceWords, Word
from .. import is_person_title
from .acronyms import is_acronym_name
from .lexicon import NounLexicon, compound_parts, is_abstract_noun, noun_info, noun_lexicon
from .name_sources import explained_as_name, unknown_word
from .name_spans import mark_name_adjectives
from .neighbours import neighbours as _neighbours
from .neighbours import next_word as _next
from .neighbours import previous_word as _previous
from .person_names import (
    after_first_name,
    after_known_first_name,
    after_name_particle,
    other_word_after_first_name,
)

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
    "dienst",
)
# Abbreviations that stand before a surname ("Dr. Sieben"), and others that are no name.
PERSON_TITLE_ABBREVIATIONS = {"Dr.", "Prof.", "Hr.", "Hrn.", "Fr."}
TITLE_ABBREVIATIONS = PERSON_TITLE_ABBREVIATIONS | {"Dipl.", "Ing.", "St."}
# Street names the lexicon does not list: "Weidenallee", "Schwanitzstraße".
STREET_ENDINGS = ("straße", "strasse", "allee", "gasse", "chaussee")
# Endings of place names ('Burghausen', 'Pustertal', 'Schwielowsee', 'Baselland'): an unlisted
# noun with one of them that does not split into common nouns ('Partnerland') is a place.
PLACE_ENDINGS = ("hausen", "dorf", "furt", "stedt", "heim", "tal", "see", "mark", "land", "berg",
                 "burg")
# ... of those, the ones that rarely end a common compound ('Partnerland', 'Bergsee' do):
# a split compound with one of them that German Wiktionary does not know is a place too.
SPLIT_PLACE_ENDINGS = ("hausen", "dorf", "furt", "stedt", "berg", "grund")
# Nouns whose apposition is a name: "die Firma Wintergartenbau", "die Pizzeria Waldhorn".
NAME_CLASSIFIERS = {
    "Firma", "Hotel", "Restaurant", "Pizzeria", "Gasthaus", "Gasthof", "Café", "Cafe", "Pension",
    "Bäckerei", "Metzgerei", "Autohaus", "Kanzlei", "Praxis", "Verlag", "Zeitung", "Zeitschrift",
    "Magazin", "Partei", "Stiftung", "Gemeinde", "Ortsteil", "Stadtteil", "Schiff", "Marke",
}
# How much more frequent in English a neighbour must be to mark an English name.
ENGLISH_MARGIN = 0.5


def _listed_common(token: Word, lex: NounLexicon) -> bool:
    """A common noun in the lexicon, by form or lemma."""
    lemma = token.lemma_[:1].upper() + token.lemma_[1:]
    return lex.is_common_noun(token.text) or lex.is_common_noun(lemma)


def _compound_with_common_head(token: Word, lex: NounLexicon) -> bool:
    """'Rheinfähre' by 'Fähre': asked of the form too, as HanTa may cut an unknown noun's
    lemma short ('Rheinfähr')."""
    for word in dict.fromkeys((token.lemma_, token.text)):
        parts = compound_parts(word[:1].upper() + word[1:])
        if parts and lex.is_common_noun(parts[-1].capitalize()):
            return True
    # A name and a noun ('Rhein' + 'Fähre'), which HanTa does not split: the longest listed
    # noun the word ends in.
    return len(noun_info(token.text).parts) > 1


def _place_ending(word: str, endings: tuple[str, ...] = PLACE_ENDINGS) -> bool:
    lower = word.lower()
    ending = next((e for e in endings if lower.endswith(e)), None)
    return ending is not None and len(lower) - len(ending) >= 3


def _unsplit_place(word: str) -> bool:
    """'Neuhausen', 'Heidmark': a place ending after a stem that is no common noun."""
    return _place_ending(word) and not compound_parts(word[:1].upper() + word[1:])


def is_title_noun(word: str) -> bool:
    """'Präsident(en)', 'Verteidigungsminister', 'Technikchefs': nouns that stand before names."""
    return is_person_title(word, "de")


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


def _beside_foreign_words(token: Word) -> bool:
    """'Royal Air Force', 'Jet Propulsion Laboratory': German-looking words in foreign names."""
    # Words only: the tagger calls abbreviations it does not know foreign too ('3 Std.').
    return any(n.tag_ == "FM" and n.text[:1].isupper() and n.is_alpha for n in _neighbours(token))


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
    split_place = _place_ending(word, SPLIT_PLACE_ENDINGS) and unknown_word(token)
    if not listed and (_unsplit_place(word) or split_place):
        return True  # 'Neuhausen'; 'Burgsteinfurt', 'Wachtberg' split, but no word Wiktionary has
    if explained_as_name(token.text):
        return True  # 'Hugo': "männlicher Vorname"; 'Friedberg': "eine Stadt in Hessen"
    # A listed name beats a reading as a compound of nouns: 'Meerbusch', 'Falkensee'.
    common = listed or (not in_names and _compound_with_common_head(token, lex))
    after_determiner = _after_determiner(token)
    if in_names and not common:
        return True
    if not after_determiner and (after_known_first_name(token, lex) or _beside_foreign_words(token)
                                 or after_name_particle(token, lex)):
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


def _unknown_noun(token: Word, lex: NounLexicon) -> bool:
    """'Sammer', 'Citigroup': neither the lexicon (nor as a compound) nor German Wiktionary
    knows the word. A name or a word too rare for a learner; UD calls some of them NOUN."""
    return (not _listed_common(token, lex) and token.text not in lex.names
            and not _compound_with_common_head(token, lex) and not is_title_noun(token.text)
            and unknown_word(token))


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
    return after_first_name(token, lex) or _beside_english(token, lex)


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
        if other_word_after_first_name(token, lex):
            # 'Michael Buhl', 'Heinrich Gottlob': a capitalised verb or adverb is a surname here.
            token.tag_, token.pos_, token.lemma_ = "NE", "PROPN", token.text
            set_name(token)
            continue
        if token.tag_ not in ("NN", "NE") or not token.text[:1].isupper():
            continue
        named = decide_name(token, lex)
        token.tag_, token.pos_ = ("NE", "PROPN") if named else ("NN", "NOUN")
        set_name(token, named and token.text not in UD_PROPER_WORDS)
        if not named and (_part_of_a_name(token, lex) or _unknown_noun(token, lex)):
            set_name(token)  # though UD keeps it a NOUN
        if not named:
            lemma = lex.lemma_of(token.text)
            if lemma:
                token.lemma_ = lemma
        elif token.lemma_.lower() == token.text.lower():
            token.lemma_ = token.text
    mark_name_adjectives(sent)
