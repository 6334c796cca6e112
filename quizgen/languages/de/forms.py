"""German rules for the right dictionary form of a word in its sentence, applied with the
other German rules (de_grammar) after HanTa: old spellings, interjections, place names,
participles of reflexive verbs, past tense forms HanTa took for adjectives, predicate
adjectives it took for verbs or particles, and noun lemmas it cut or made verbs of.
"""

from __future__ import annotations

from functools import lru_cache

from ...analysis.frequency import zipf
from ...analysis.hanta import hanta_model, lemma_under, tag_number
from ...analysis.marks import is_name, set_name
from ...analysis.words import SentenceWords, Word
from .lexicon import noun_lexicon
from .spelling import current_spelling

# Interjections, a closed class: HanTa knows few of them and the noun lexicon lists some
# as nouns ('das Hurra'), so without an article they are never nouns or names.
INTERJECTIONS = frozenset(
    "ach ah aha ahoi au autsch ätsch bravo bäh brr buh dalli hallo hm hmm hoppla hui hurra "
    "huch igitt jawohl juchhe juhu nanu naja na nee nö oh oho oje ojemine olé pah papperlapapp "
    "pfui potztausend prost pst puh sapperlot schwupp tja topp uff ui wehe wow".split()
)
# Conjunctions the 1996 reform wrote as one word ('so daß' -> 'sodass'), which HanTa, trained
# on older text, does not know ('Sodas', a name).
REFORM_CONJUNCTIONS = frozenset({"sodass"})
# Words before a noun that make it a noun ('das Hurra', 'ein lautes Hurra').
NOUN_MARKERS = {"ART", "PPOSAT", "PDAT", "PIAT", "ADJA", "APPRART", "CARD", "PWAT"}
FINITE = ("VVFIN", "VAFIN", "VMFIN", "VVIMP", "VAIMP")
# A past tense form that HanTa took for an adjective: the endings of the weak past.
PAST_ENDINGS = ("te", "ten", "test", "tet")
# 'nach Osten zu', 'nach Hause zu': directions, not places.
DIRECTIONS = frozenset("Hause Osten Westen Norden Süden Ost West Nord Süd Nordosten Nordwesten "
                       "Südosten Südwesten Ende Mitte Innen Außen Oben Unten".split())
# 'annähernd', 'lächelnd', 'wandernd': the infinitive and a 'd'.
PRESENT_PARTICIPLE = ("end", "lnd", "rnd")
MIN_HEAD = 3  # the shortest last part of a compound looked up on its own
# Words that hide no object between 'wird' and an adjective: pronouns that can only be a
# subject, and 'etwas' ('wird etwas verlegen', a little embarrassed).
SUBJECT_PRONOUNS = {"er", "ich", "du", "wir", "man", "etwas"}
COPULAS = {"sein", "werden", "bleiben"}
# Prepositions after which a bare capitalised word is where something is or goes.
PLACE_PREPOSITIONS = {"in", "nach", "aus"}


def respell(token: Word) -> None:
    """'daß', 'Entschluß' -> lemma 'dass', 'Entschluss' (de_spelling); the text stays."""
    if "ß" in token.lemma_:
        token.lemma_ = current_spelling(token.lemma_)


def _previous(token: Word) -> Word | None:
    return token.doc[token.i - 1] if token.i > token.sentence[0] else None


def _next(token: Word) -> Word | None:
    return token.doc[token.i + 1] if token.i + 1 < token.sentence[1] else None


def fix_interjection(token: Word) -> None:
    """'Jawohl', 'Nanu', 'Hurra!' are interjections, not nouns or names."""
    prev = _previous(token)
    if token.lower_ not in INTERJECTIONS or (prev is not None and prev.tag_ in NOUN_MARKERS):
        return
    token.tag_, token.pos_, token.lemma_ = "ITJ", "INTJ", token.lower_
    set_name(token, False)


def fix_place(token: Word) -> None:
    """Place names keep their form ('die Mongolei', 'die Alpen', not 'Mongole', 'Alp'), and
    a capitalised word without an article after 'nach ... zu' is a place ('nach Ruß zu'),
    as is one after 'in', 'nach', 'aus' that the lexicon lists as a place only."""
    if not token.text[:1].isupper() or token.pos_ not in ("NOUN", "PROPN"):
        return
    lex = noun_lexicon()
    text = token.text
    prev, nxt = _previous(token), _next(token)
    bare = prev is not None and prev.lower_ in PLACE_PREPOSITIONS and text not in DIRECTIONS
    towards = bare and prev.lower_ == "nach" and nxt is not None and nxt.lower_ == "zu"
    # A place that is also a common noun ('Halle', 'Stein', 'Holz') stays the noun: bare
    # after 'in' or 'aus' it is as often a material or a state ('aus Holz', 'in Stein').
    place = text in lex.places and text not in lex.common and (
        bare or zipf(text.lower(), "de") >= zipf(token.lemma_.lower(), "de"))
    if towards or place:
        token.tag_, token.pos_, token.lemma_ = "NE", "PROPN", text
        set_name(token)
    elif token.pos_ == "PROPN" and is_name(token) and text in lex.names:
        token.lemma_ = text  # 'Mazedonien', not HanTa's 'Mazedonie'


@lru_cache(maxsize=65536)  # asked for many nouns of a text; a text repeats its words
def _known_noun(word: str) -> bool:
    """A listed noun, or a compound whose last part is one ('Rheinfähre' by 'Fähre')."""
    common = noun_lexicon().common
    return word in common or any(word[k:].capitalize() in common
                                 for k in range(1, len(word) - MIN_HEAD + 1))


def fix_noun_ending(token: Word) -> None:
    """'Rheinfähre', 'Remolade': HanTa takes the '-e' or '-s' of a noun it does not know
    for an ending ('Rheinfähr'); a word whose form is a known noun and whose cut lemma is
    not keeps its form. And the other way round: an unknown noun in '-s' whose stem is a
    known noun is its plural or genitive ('Sticks' -> 'Stick')."""
    text, lemma = token.text, token.lemma_
    if lemma[:1].islower() and text[:1].isupper():
        # 'Mitfahrt' -> HanTa's 'mitfahren': a noun's lemma is a noun.
        token.lemma_ = lemma = noun_lexicon().lemma_of(text) or text
    if lemma == text and text.endswith("s") and not _known_noun(text) \
            and _known_noun(text[:-1]):
        token.lemma_ = text[:-1]  # the '-s' plural HanTa left: 'Sticks', 'Copyshops'
        return
    if len(text) - len(lemma) != 1 or not text.startswith(lemma) or text[-1] not in "es":
        return
    if not _known_noun(lemma) and (_known_noun(text) or text[-1] == "e"):
        token.lemma_ = text


def _reflexive_before(token: Word) -> bool:
    """Is there a 'sich' between the participle and its noun phrase's start ('die sich
    rasch annähernden Interessen')?"""
    first = token.sentence[0]
    for i in range(token.i - 1, first - 1, -1):
        word = token.doc[i]
        if word.lower_ == "sich":
            return True
        if word.tag_ in ("ART", "PDAT", "PPOSAT", "PIAT", "PRELS") or word.is_punct \
                or word.tag_.endswith("FIN"):
            return False
    return False


def fix_reflexive_participle(token: Word) -> None:
    """'die sich annähernden Interessen': a present participle with 'sich' is the reflexive
    verb's ('sich annähern'), not the adjective 'annähernd' ('approximate')."""
    lemma = token.lemma_.lower()
    # attributive only: in 'begab sich anschließend' the 'sich' is the finite verb's
    if token.tag_ == "ADJA" and lemma.endswith(PRESENT_PARTICIPLE) and _reflexive_before(token):
        token.pos_, token.lemma_ = "VERB", lemma[:-1]  # 'annähernd' -> 'annähern'


@lru_cache(maxsize=1)
def _tagger():
    return hanta_model("morphmodel_ger.pgz")


def _past_tense_lemma(word: str) -> str | None:
    """The infinitive of `word` as a finite verb form, if HanTa can read it as one."""
    tagger = _tagger()
    finite = tag_number(tagger, "VV(FIN)")
    if not any(tag == "VV(FIN)" for tag, _ in tagger.tag_word(word, cutoff=10)):
        return None
    lemma = lemma_under(tagger, word, finite)
    return lemma if lemma.endswith("n") else None


@lru_cache(maxsize=20_000)
def participle_verb(adjective: str) -> str | None:
    """The verb of a participle used as an adjective that dictionaries do not list as an
    adjective of its own ('die eingelieferten Stücke' -> 'einliefern', 'abgekürzt' ->
    'abkürzen'); None for a lexicalised one ('angemessen', 'anregend', 'bekannt') and for a
    word that is no participle. Decided by German Wiktionary's headwords."""
    from spacy.lang.de.stop_words import STOP_WORDS  # 'gesondert' is no form of 'sondern'

    from ...vocab.dictionaries.wiktionary import open_wiktionary

    wiktionary = open_wiktionary()
    if wiktionary is None or wiktionary.lookup(adjective):
        return None
    if adjective.endswith(PRESENT_PARTICIPLE):
        verb: str | None = adjective[:-1]
    elif adjective.endswith(("t", "en")):  # 'stationiert', 'überfordert' have no ge-
        tagger = _tagger()
        if not any(tag == "VV(PP)" for tag, _ in tagger.tag_word(adjective, cutoff=10)):
            return None
        verb = lemma_under(tagger, adjective, tag_number(tagger, "VV(PP)"))
    else:
        verb = None
    if not verb or verb in STOP_WORDS or not wiktionary.lookup(verb):
        return None
    return verb


def fix_past_tense(token: Word, clause: list[Word]) -> None:
    """'Die Stürme verursachten große Schäden': a clause needs a finite verb, so a form
    HanTa took for an adjective ('verursachten') is the verb when the clause has no other
    and no article or preposition stands before it."""
    if token.tag_ != "ADJA" or not token.lower_.endswith(PAST_ENDINGS) or token.text[:1].isupper():
        return
    prev = _previous(token)
    if prev is None or prev.tag_ in NOUN_MARKERS | {"APPR", "KOKOM"}:
        return
    if any(word.tag_ in FINITE for word in clause):
        return
    lemma = _past_tense_lemma(token.text)
    if lemma:
        token.tag_, token.pos_, token.lemma_ = "VVFIN", "VERB", lemma


def fix_predicate_particle(token: Word) -> None:
    """'Er ist in der Stadt bekannt': HanTa reads 'bekannt' at the clause's end as the
    particle of a verb ('bekanntgeben'); after 'sein', 'werden' or 'bleiben' it is the
    predicate adjective when it can be one."""
    for i in range(token.i - 1, token.sentence[0] - 1, -1):
        verb = token.doc[i]
        if verb.text in (";", ":", ",") or verb.tag_ in ("KOUS", "PRELS", "PWAV"):
            return
        if verb.tag_.endswith("FIN"):
            break
    else:
        return
    if verb.lemma_ in COPULAS and any(tag == "ADJ(D)" for tag, _ in
                                      _tagger().tag_word(token.lower_, cutoff=10)):
        token.tag_, token.pos_, token.lemma_ = "ADJD", "ADJ", token.lower_


def fix_lowercase_noun(token: Word) -> None:
    """'Das Essen war lecker': German nouns are capitalised, so a lowercase word inside a
    sentence that HanTa took for one is the adjective when it can be one."""
    tagger = _tagger()
    for tag, _ in tagger.tag_word(token.text, cutoff=10):
        if tag.startswith("ADJ"):  # the most likely adjective reading: 'ADJ(D)', 'ADJ(A)'
            # Where HanTa saw a noun, no noun follows: the adjective is predicative.
            lemma = tagger._analyze(token.text, tagger.tag2int[tag], taglevel=1)[0]
            token.tag_, token.pos_, token.lemma_ = "ADJD", "ADJ", lemma
            return


def fix_capitalised_verb(token: Word) -> None:
    """'Die Mitfahrt war günstig': inside a sentence only nouns are capitalised, so a verb
    form there after an article or a preposition is a noun (and 'Die' its article)."""
    lex = noun_lexicon()
    prev = _previous(token)
    if prev is None or prev.tag_ not in NOUN_MARKERS | {"PDS", "APPR"}:
        return
    token.tag_, token.pos_ = "NN", "NOUN"
    token.lemma_ = lex.lemma_of(token.text) or token.text
    if prev.tag_ == "PDS":
        prev.tag_, prev.pos_ = "ART", "DET"


def fix_predicate_infinitive(token: Word) -> None:
    """'Er wird etwas verlegen.': after 'werden' with nothing but adverbs and the subject
    in between, a clause-final form that can be an adjective is the predicate adjective
    (embarrassed); with an object it stays the verb ('wird das Buch verlegen')."""
    nxt = _next(token)
    if nxt is not None and not (nxt.is_punct or nxt.tag_ == "KON"):
        return
    for i in range(token.i - 1, token.sentence[0] - 1, -1):
        word = token.doc[i]
        if word.tag_ == "VAFIN" and word.lemma_ == "werden":
            break
        if word.tag_ not in ("ADV", "PTKNEG", "ADJD") and word.lower_ not in SUBJECT_PRONOUNS:
            return
    else:
        return
    if any(tag == "ADJ(D)" for tag, _ in _tagger().tag_word(token.lower_, cutoff=10)):
        token.tag_, token.pos_, token.lemma_ = "ADJD", "ADJ", token.lower_


def apply_form_rules_before(sent: SentenceWords) -> None:
    """Rules that the name decisions build on: spelling, interjections, lowercase nouns."""
    for token in sent:
        if token.lower_ in REFORM_CONJUNCTIONS:
            token.tag_, token.pos_, token.lemma_ = "KOUS", "SCONJ", token.lower_
            set_name(token, False)
        if token.tag_ == "NN" and token.text[:1].islower() and token.i > sent.start:
            fix_lowercase_noun(token)
        elif token.tag_.startswith("VV") and token.text[:1].isupper() and token.i > sent.start:
            fix_capitalised_verb(token)
        if "ß" in token.lemma_:
            respell(token)
        if token.lower_ in INTERJECTIONS:
            fix_interjection(token)


def apply_form_rules_after(sent: SentenceWords, clause_of) -> None:
    """Rules that need the names decided: places, participles, past tense forms."""
    for token in sent:
        if token.pos_ in ("NOUN", "PROPN"):
            fix_place(token)
            if token.pos_ == "NOUN" and not is_name(token):
                fix_noun_ending(token)
        elif token.tag_ == "ADJA" or token.tag_ == "ADJD":
            fix_reflexive_participle(token)
            if token.tag_ == "ADJA":
                fix_past_tense(token, clause_of(token))
        elif token.tag_ == "PTKVZ" and token.text.isalpha():
            fix_predicate_particle(token)
        elif token.tag_ == "VVINF":
            fix_predicate_infinitive(token)
