"""German rules applied after HanTa: auxiliaries, ordinals, lemmas, separable verbs, and
(from de_names) which capitalised words are names.

HanTa tags each sentence with a trigram model; these rules fix what it cannot know: UD's
split between AUX and VERB, the dictionary forms of pronouns and determiners, and which
particle belongs to which verb ("teilte ... mit").
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...analysis.frequency import zipf
from ...analysis.marks import set_particle
from ...analysis.words import SentenceWords, Word, Words
from .forms import apply_form_rules_after, apply_form_rules_before
from .name_spans import join_hyphenated_names, mark_place_derivatives, mark_quoted_titles, mark_references
from .names import refine_names

CLAUSE_BREAKS = {",", ";", ":", "–", "—", "(", ")", "und", "oder", "aber"}
PARTICIPLES = {"VVPP", "VAPP", "VMPP"}
INFINITIVES = {"VVINF", "VAINF", "VMINF", "VVIZU"}
# "sein" with one of these is "to be somewhere", a full verb in UD.
LOCATIVES = {"da", "dort", "hier", "daheim", "zuhause", "unterwegs", "dabei", "drin", "draußen"}
PREDICATIVES = {"ADJD", "VVPP", "VAPP", "VVIZU", "PTKZU"}
# Adjectives used as adverbs of place and degree in front of a prepositional phrase.
PHRASE_MODIFIERS = {"direkt", "gleich", "genau", "kurz", "weit", "mitten", "unmittelbar",
                    "knapp", "ganz", "gerade", "schräg", "hoch", "tief"}
# Degree words: a participle after one is an adjective ('sehr gepflegt').
INTENSIFIERS = {"sehr", "total", "völlig", "echt", "ziemlich", "super", "absolut", "äußerst",
                "extrem", "recht", "besonders", "wirklich", "richtig", "etwas",
                "leicht", "stark", "vollkommen", "komplett", "höchst", "überaus"}
# Tags inside a noun phrase: a prepositional phrase goes on across them.
NOUN_PHRASE_TAGS = {"ART", "ADJA", "CARD", "PPOSAT", "PDAT", "PIAT", "NN", "NE"}
# Nouns of time used as adverbs: 'war einige Male dort', 'war letzte Woche im Kino'.
TIME_NOUNS = {"Mal", "Male", "Woche", "Tag", "Monat", "Jahr", "Abend", "Morgen", "Nacht",
              "Stunde", "Minute", "Wochenende", "Zeit"}
PRONOUN_LEMMAS = {
    "mich": "ich", "mir": "ich", "dich": "du", "dir": "du", "ihn": "er", "ihm": "er",
    "uns": "wir", "euch": "ihr", "was": "was",  # HanTa: 'was' -> 'wer'
}
# HanTa lemmatises some determiners to stems ("jed", "einig"); dictionaries use full forms
# ("mehrere" -> "mehr" and "meisten" -> "meist" as in UD German).
DETERMINER_LEMMAS = {
    "all": "alle", "einig": "einige", "jed": "jeder", "dies": "dieser", "diese": "dieser",
    "welch": "welcher", "solch": "solcher", "manch": "mancher", "ander": "anderer",
    "selb": "selber", "etlich": "etliche", "mehrere": "mehr", "meister": "meist",
}
# Adjective stems that UD German counts as determiners ("die anderen", "am selben Tag").
DETERMINER_ADJECTIVES = {"ander": "anderer", "selb": "selber", "etlich": "etliche"}
# How much more frequent "letzte" must be than "letzt" to be the dictionary form.
ATTRIBUTIVE_GAP = 1.5
ADJECTIVE_SUFFIXES = ("ig", "lich", "isch", "end", "bar", "sam", "haft", "los")


def clause_of(token: Word) -> list[Word]:
    """The tokens between the clause breaks around `token`, within its sentence."""
    doc = token.doc
    first, last = token.sentence
    start = token.i
    while start > first and doc[start - 1].text not in CLAUSE_BREAKS:
        start -= 1
    end = token.i + 1
    while end < last and doc[end].text not in CLAUSE_BREAKS:
        end += 1
    return doc[start:end]


def fix_verb_classes(token: Word) -> None:
    """UD: 'haben', 'sein', modals are AUX with another verb form or a predicate, else VERB."""
    if not token.tag_.startswith(("VA", "VM")):
        return
    others = [t for t in clause_of(token) if t.i != token.i]
    tags = {t.tag_ for t in others}
    lemmas = {t.lemma_ for t in others}
    lemma = token.lemma_
    if token.tag_.startswith("VM"):
        auxiliary = bool(tags & (INFINITIVES | PARTICIPLES))
    elif lemma == "haben":
        # 'hat gesagt', 'hätte es wissen müssen', 'hat zu tun', 'habe mich operieren lassen'
        auxiliary = bool(tags & PARTICIPLES) or "VMINF" in tags or bool(
            tags & INFINITIVES and ("PTKZU" in tags or "lassen" in lemmas))
    elif lemma == "sein":
        # 'ist froh', 'ist gekommen', 'ist zu tun', 'ist ein Problem' (AUX); 'war ein Arzt
        # da', 'war im Dezember bei Küchen Walther', 'war essen' (VERB)
        located = any(t.lower_ in LOCATIVES for t in others)
        predicatives = {t.tag_ for t in others if not _modifies_a_phrase(t)}
        auxiliary = bool(predicatives & PREDICATIVES) or (
            not located and _nominal_predicate(token))
    elif lemma == "werden":
        # passive and future ('wurde gebaut', 'wird kommen') are AUX; 'wird Arzt' is VERB
        auxiliary = bool(tags & (INFINITIVES | PARTICIPLES))
    else:
        auxiliary = True
    token.pos_ = "AUX" if auxiliary else "VERB"


def _modifies_a_phrase(token: Word) -> bool:
    """'direkt unter dem Zimmer': such a word before a preposition is not a predicate
    (unlike 'zufrieden mit', 'stolz auf')."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (token.lower_ in PHRASE_MODIFIERS and nxt is not None
            and nxt.tag_ in ("APPR", "APPRART"))


def _nominal_predicate(token: Word) -> bool:
    """'ist ein Problem' (copula, AUX) rather than 'war in Berlin', 'war bei Küchen Walther'
    or 'war einige Male dort' (VERB)."""
    in_phrase = False  # inside a prepositional phrase, which runs to its last noun
    for other in clause_of(token):
        if other.i <= token.i:
            continue
        if other.tag_ in ("APPR", "APPRART", "PAV", "PROAV"):
            in_phrase = True
        elif other.tag_ in ("NN", "NE"):
            if not in_phrase and other.lemma_ not in TIME_NOUNS:
                return True
        elif other.tag_ not in NOUN_PHRASE_TAGS:
            in_phrase = False
    return False


def dictionary_adjective(lemma: str) -> str:
    """'letzt' (HanTa's and UD's stem of 'letzte') -> 'letzte', as dictionaries list it:
    an adjective without an uninflected form. Derived adjectives ('restlich', 'heutig',
    'umliegend', 'sogenannt') are listed bare even when mostly used inflected."""
    derived = lemma.endswith(ADJECTIVE_SUFFIXES) or ("ge" in lemma[:-2] and lemma.endswith("t"))
    if not derived and zipf(lemma + "e", "de") - zipf(lemma, "de") > ATTRIBUTIVE_GAP:
        return lemma + "e"
    return lemma


def fix_participle_adjective(token: Word) -> None:
    """'sehr gepflegt', 'völlig überfordert': a participle after a degree word describes a
    state, an adjective in UD (the lemma stays the verb's, as in UD German GSD)."""
    if token.tag_ != "VVPP" or token.i == 0 or token.doc[token.i - 1].lower_ not in INTENSIFIERS:
        return
    # 'hat sich stark verändert', 'wird total renoviert': perfect and passive stay verbs.
    if not any(t.lemma_ in ("haben", "werden") for t in clause_of(token)):
        token.tag_, token.pos_ = "ADJD", "ADJ"


def fix_approximation(token: Word) -> None:
    """'rund 800 Menschen': 'rund' before a number is an adjective in UD German."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.lower_ == "rund" and nxt is not None and nxt.tag_ == "CARD":
        token.tag_, token.pos_ = "ADJD", "ADJ"


def fix_ordinal(token: Word) -> None:
    """'2.', '18.': ordinal numbers are adjectives (STTS ADJA) wherever they stand."""
    text = token.text
    if len(text) > 1 and text.endswith(".") and text[:-1].isdigit():
        token.tag_, token.pos_, token.lemma_ = "ADJA", "ADJ", text


LEMMA_FIX_POS = {"PRON", "DET", "ADJ"}  # the parts of speech fix_lemma changes


def fix_lemma(token: Word) -> None:
    low = token.text.lower()
    if token.pos_ == "PRON" and low in PRONOUN_LEMMAS:
        token.lemma_ = PRONOUN_LEMMAS[low]
    elif token.pos_ in ("DET", "PRON") and token.lemma_ in DETERMINER_LEMMAS:
        token.lemma_ = DETERMINER_LEMMAS[token.lemma_]
    elif token.pos_ == "ADJ" and token.lemma_.lower() in DETERMINER_ADJECTIVES:
        token.pos_, token.lemma_ = "DET", DETERMINER_ADJECTIVES[token.lemma_.lower()]
    elif token.pos_ == "ADJ" and low.startswith("nächst"):
        token.lemma_ = "nah"  # the superlative of 'nah'


PAIRING = frozenset({"und", "oder"})
PAIRED_TAGS = frozenset({"PTKVZ", "ADV", "APPR"})


def _paired_adverb(sent: SentenceWords, token: Word) -> bool:
    """'ab und zu', 'hin und her', 'auf und ab': a pair of particles joined by 'und' is an
    adverb of its own, no verb's particle ('wandern ab und zu' is not 'abwandern')."""
    conj, other = token.i + 1, token.i + 2
    if other >= sent.end:
        return False
    return sent.at(conj).text in PAIRING and sent.at(other).tag_ in PAIRED_TAGS and (
        other + 1 >= sent.end or sent.at(other + 1).tag_ not in ("VVFIN", "VAFIN", "VMFIN"))


def link_separable_verbs(sent: SentenceWords) -> None:
    """'teilte ... mit': the verb remembers its particle (the lemma stays 'teilen', as in UD)."""
    for token in sent:
        if token.tag_ != "PTKVZ":
            continue
        if _paired_adverb(sent, token):
            for word in (token, sent.at(token.i + 2)):
                word.tag_, word.pos_ = "ADV", "ADV"
            continue
        for left in range(token.i - 1, sent.start - 1, -1):
            verb = sent.at(left)
            if verb.text in (";", ":") or verb.tag_ in ("KOUS", "PRELS", "PWAV"):
                break
            if verb.tag_ in ("VVFIN", "VVIMP", "VAFIN", "VMFIN"):
                set_particle(verb, token.i)
                verb.pos_ = "VERB"
                break


def apply_rules(doc: Doc) -> Doc:
    words = Words(doc)  # read once, written back once (see words.py)
    for sent in words.sentences():
        apply_form_rules_before(sent)
        refine_names(sent)
        join_hyphenated_names(sent)
        mark_quoted_titles(sent)
        mark_references(sent)
        mark_place_derivatives(sent)
        apply_form_rules_after(sent, clause_of)
        for token in sent:
            # Each fix applies to few tokens: tested here first, to spare a book's 100,000
            # tokens five calls each. (Each fix still checks for itself.)
            if token.tag_ == "VVPP":
                fix_participle_adjective(token)
            if token.lower_ == "rund":
                fix_approximation(token)
            if token.tag_.startswith(("VA", "VM")):
                fix_verb_classes(token)
            if token.text.endswith("."):
                fix_ordinal(token)
            if token.pos_ in LEMMA_FIX_POS:
                fix_lemma(token)
        link_separable_verbs(sent)
    words.finish()
    return doc
