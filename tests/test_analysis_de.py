"""German analysis: lemmas, parts of speech, names, separable verbs, noun gender and plural."""

from __future__ import annotations

import pytest

from quizgen import Article
from quizgen.analysis.analyze import analyze
from quizgen.languages.de.lexicon import derived_from_place, nominalised_infinitive, noun_info


def token(sentence: str, word: str):
    analysis = analyze(Article(title="t", paragraphs=(sentence,)), "de")
    matches = [t for s in analysis.sentences for t in s.tokens if t.text == word]
    assert matches, f"{word!r} not a token of {sentence!r}"
    return matches[0]


LEMMAS = [
    ("noun-plural", "Die Raketen flogen weit.", "Raketen", "Rakete"),
    ("noun-genitive", "Das Ziel des Sicherheitsrats ist Frieden.", "Sicherheitsrats", "Sicherheitsrat"),
    ("verb-past", "Sie bestritten alles.", "bestritten", "bestreiten"),
    ("participle", "Die Serie wurde fortgesetzt.", "fortgesetzt", "fortsetzen"),
    ("pronoun-object", "Er sah mich gestern.", "mich", "ich"),
    ("plural-not-rare-lemma", "Ihre Blicke trafen sich.", "Blicke", "Blick"),
    ("plurale-tantum", "Die Kosten waren hoch.", "Kosten", "Kosten"),
    ("pronoun-dative", "Sie gab ihm das Buch.", "ihm", "er"),
]


@pytest.mark.parametrize(("sentence", "word", "lemma"), [r[1:] for r in LEMMAS], ids=[r[0] for r in LEMMAS])
def test_lemmas(sentence: str, word: str, lemma: str) -> None:
    assert token(sentence, word).lemma == lemma


NAMES = [
    ("person", "Gestern sprach Putin mit Journalisten.", "Putin", True),
    ("person-genitive", "Kims Limousine stand vor dem Tor.", "Kims", True),
    ("first-last", "Dann kam Wladimir Putin herein.", "Wladimir", True),
    ("place", "Die Delegation reiste nach Moskau.", "Moskau", True),
    ("acronym", "Die CDU gewann die Wahl.", "CDU", True),
    ("common-noun", "Die Limousine war gepanzert.", "Limousine", False),
    ("compound-noun", "Die Raketenstartanlage liegt in Sibirien.", "Raketenstartanlage", False),
    ("abbreviation-noun", "Wir sahen die Nachrichten im TV an.", "TV", False),
    ("acronym-like-letter-plural", "Das US-Militär zog ab.", "US", True),
    ("listed-place-over-compound", "Viele Grüße aus Meerbusch sendet Anna.", "Meerbusch", True),
    ("after-title-abbreviation", "Wir waren bei Dr. Sieben in Behandlung.", "Sieben", True),
    ("street", "Der Laden liegt in der Weidenallee am Park.", "Weidenallee", True),
    ("street-in-lexicon", "Die Hauptstraße war gesperrt.", "Hauptstraße", False),
    ("place-by-ending", "Sie wohnt seit Jahren in Ellerhausen.", "Ellerhausen", True),
    ("place-by-ending-with-article", "Wir wanderten durch das Kessertal.", "Kessertal", True),
    ("compound-with-place-ending", "Frankreich ist unser Partnerland.", "Partnerland", False),
    ("split-place-unknown-to-wiktionary", "In Burgsteinfurt gibt es Kirchen.", "Burgsteinfurt", True),
    ("surname-after-von", "Sie hatte oft Joseph Victor von Scheffel zu Gast.", "Scheffel", True),
    ("von-after-a-surname-is-a-preposition",
     "Anfang der 1950er Jahre lebte Warhol von Gelegenheitsarbeiten.", "Gelegenheitsarbeiten", False),
    ("name-and-noun-compound", "Wir nahmen die Rheinfähre nach Bingen.", "Rheinfähre", False),
    ("verb-form-after-first-name", "Michael Buhl rechnet mit einem Gewinn.", "Buhl", True),
    ("wiktionary-first-name", "Morgen besucht uns Fritz.", "Fritz", True),
    ("rare-common-noun-stays", "Die Opferung des Tieres war ein alter Brauch.", "Tieres", False),
    ("company-apposition", "Die Firma Wintergartenbau hat gut gearbeitet.", "Wintergartenbau", True),
    ("company-common-noun", "Die Firma baut Wintergärten.", "Wintergärten", False),
    ("listed-noun-used-as-name", "Madonna hatte zu diesem Zeitpunkt ein neues Album.", "Madonna", True),
    ("listed-noun-with-article", "Die Madonna hängt in der Kirche.", "Madonna", False),
    ("mass-noun-without-article", "Zucker ist ungesund.", "Zucker", False),
    ("mass-noun-after-preposition", "Die Kinder sind nicht sehr von Wellness angetan.", "Wellness", False),
    ("name-after-preposition", "Kim wurde von Pak Thae Song begleitet.", "Pak", True),
    ("thing-after-genitive-name", "Die Katze rannte in Käterchens Kammer.", "Kammer", False),
    ("title-before-name", "Das betonte Betriebsratschefin Silke Striezel.", "Betriebsratschefin",
     False),
    ("abstract-noun-after-first-name", "Allmählich ging in Susanne Sentimentalität auf.",
     "Sentimentalität", False),
    ("noun-after-abbreviation", "Ich nehme lieber 3 Std. Anfahrt in Kauf.", "Anfahrt", False),
    ("foreign-words-side-by-side", "Wir aßen im Restaurant des Best Western Hotels.", "Best", True),
]


def test_word_of_a_place_wiktionary_knows_only_as_a_town_is_flagged():
    # 'Friedberg': "eine Stadt in Hessen" | "eine Stadt in Bayern" ...; like 'Argentinier', a noun
    assert token("Die Friedberger Landstraße beginnt hier.", "Friedberger").is_name
    assert not token("Die Kinder spielten im Garten.", "Kinder").is_name


def test_words_of_a_book_reference_are_flagged():
    reference = "Ilse Weber: Wann wohl das Leid ein Ende hat. Bleicher, Gerlingen 1991, ISBN 3-88350-718-0."
    assert token(reference, "Bleicher").is_name
    assert not token("Die Wäsche wurde im Sommer bleicher.", "Sommer").is_name


def test_word_neither_lexicon_nor_wiktionary_knows_is_flagged():
    # 'Ketterer': a surname, or a word too rare for a learner; UD may call it NOUN
    assert token("Das sagte gestern Ketterer zu den Reportern.", "Ketterer").is_name
    assert not token("Die Opferung des Tieres war ein alter Brauch.", "Brauch").is_name


@pytest.mark.parametrize(("sentence", "word", "is_name"), [r[1:] for r in NAMES], ids=[r[0] for r in NAMES])
def test_names(sentence: str, word: str, is_name: bool) -> None:
    tok = token(sentence, word)
    assert tok.is_name is is_name
    assert (tok.upos == "PROPN") is is_name


def test_separable_verb_links_its_particle() -> None:
    text = "Der Stab teilte nicht sofort mit, wie weit sie flogen."
    analysis = analyze(Article(title="t", paragraphs=(text,)), "de")
    sentence = analysis.sentences[0]
    verb = next(t for t in sentence.tokens if t.text == "teilte")
    assert verb.particle is not None and sentence.tokens[verb.particle].text == "mit"
    assert verb.lemma == "teilen"  # UD keeps the bare verb; the vocabulary joins the particle


@pytest.mark.parametrize(("sentence", "word"), [
    ("Im Juli regnete es oft.", "Juli"),
    ("Das Ticket kostet 20 Euro.", "Euro"),
])
def test_months_and_currencies_are_propn_as_in_ud_but_no_ones_name(sentence: str, word: str) -> None:
    tok = token(sentence, word)
    assert (tok.upos, tok.is_name) == ("PROPN", False)


@pytest.mark.parametrize(("sentence", "words", "upos"), [
    ("Der Frieden im Nahen Osten bleibt fern.", ("Nahen", "Osten"), "PROPN"),
    ("Der Sprecher des Weißen Hauses schwieg.", ("Weißen", "Hauses"), "PROPN"),
    ("Das Berliner Landgericht urteilte.", ("Berliner", "Landgericht"), None),
    ("Er las die Frankfurter Rundschau.", ("Frankfurter", "Rundschau"), "PROPN"),
    ("Wir standen am Potsdamer Platz.", ("Potsdamer", "Platz"), "PROPN"),
    ("Er sah 2. Soziale Bewegungen.", ("Soziale", "Bewegungen"), None),
])
def test_capitalised_adjective_starts_a_name(sentence: str, words: tuple[str, str], upos: str | None) -> None:
    """UD GSD: 'Nahen Osten' is PROPN PROPN with STTS tags ADJA NN; a place adjective
    ('Berliner') or a numbered list item does not make a name."""
    adjective, noun = token(sentence, words[0]), token(sentence, words[1])
    assert adjective.xpos == "ADJA"
    if upos:
        assert (adjective.upos, noun.upos) == (upos, upos)
    else:
        assert adjective.upos == "ADJ" and noun.upos == "NOUN"


@pytest.mark.parametrize(
    ("sentence", "word", "upos"),
    [
        ("Ich hatte keine Zeit.", "hatte", "VERB"),
        ("Ich hatte ihn gesehen.", "hatte", "AUX"),
        ("Er ist sehr froh.", "ist", "AUX"),
        ("Wir waren gestern in Berlin.", "waren", "VERB"),
        ("Ich war im Dezember bei Küchen Walther.", "war", "VERB"),
        ("Mit dem Hund war ich einige Male beim Tierarzt.", "war", "VERB"),
        ("Die Tür ist direkt unter dem Zimmer.", "ist", "VERB"),
        ("Ich bin sehr zufrieden mit dem Hotel.", "bin", "AUX"),
        ("Das ist ein großes Problem.", "ist", "AUX"),
        ("Sie muss heute arbeiten.", "muss", "AUX"),
        ("Jedes Mal war ein anderer Arzt da.", "war", "VERB"),
        ("Das Haus wurde 1990 gebaut.", "wurde", "AUX"),
        ("Er wird bald kommen.", "wird", "AUX"),
        ("Sie wollte Ärztin werden.", "werden", "VERB"),
    ],
    ids=["haben-main", "haben-aux", "sein-copula", "sein-location", "sein-two-word-place",
         "sein-time-noun", "sein-adverb-before-place", "sein-adjective-with-object",
         "sein-noun-predicate", "modal", "sein-da", "werden-passive", "werden-future",
         "werden-become"],
)
def test_auxiliaries(sentence: str, word: str, upos: str) -> None:
    assert token(sentence, word).upos == upos


@pytest.mark.parametrize(("sentence", "word", "upos"), [
    ("Der Laden wirkt sehr gepflegt.", "gepflegt", "ADJ"),
    ("Die Mitarbeiter waren völlig überfordert.", "überfordert", "ADJ"),
    ("Die Fassade wird total renoviert.", "renoviert", "VERB"),
    ("Wir haben den Abend sehr genossen.", "genossen", "VERB"),
    ("Er ist gestern gekommen.", "gekommen", "VERB"),
    ("Rund 800 Menschen kamen.", "Rund", "ADJ"),
], ids=["state", "state-after-sein", "passive", "perfect", "no-degree-word", "rund-number"])
def test_adjectives_as_in_ud(sentence: str, word: str, upos: str) -> None:
    """UD German: 'sehr gepflegt' describes a state (ADJ), perfect and passive stay verbs;
    'rund' before a number is an adjective."""
    assert token(sentence, word).upos == upos


GENDERS = [
    ("Anlage", "f", "Anlagen", ()),
    ("Raketenstartanlage", "f", "Raketenstartanlagen", ("Rakete", "Start", "Anlage")),
    ("Handschlag", "m", "Handschläge", ("Hand", "Schlag")),
    ("Außenministerium", "n", "Außenministerien", None),
    ("Beamter", "m", "Beamten", None),
    ("Beamte", "m", "Beamten", None),
    ("Regentschaft", "f", "Regentschaften", ()),  # -schaft, not 'der Schaft'
    ("Kaumuskulatur", "f", "Kaumuskulaturen", ("Kau", "Muskulatur")),  # an unsplit compound
    # The table's main plural, not a second entry's ('Boots') nor none at all ('Mann').
    ("Boot", "n", "Boote", ()),
    ("Mann", "m", "Männer", ()),
    ("Luftkissenboot", "n", "Luftkissenboote", ("Luft", "Kissen", "Boot")),
    # A verb used as a noun: das Entladen, not 'Ent' + 'der Laden'; no plural.
    ("Entladen", "n", None, ()),
    ("Verkürzen", "n", None, ()),
]


@pytest.mark.parametrize(("lemma", "gender", "plural", "parts"), GENDERS, ids=[g[0] for g in GENDERS])
def test_noun_gender_and_plural(lemma: str, gender: str, plural: str, parts) -> None:
    info = noun_info(lemma)
    assert (info.gender, info.plural) == (gender, plural)
    if parts is not None:
        assert info.parts == parts


@pytest.mark.parametrize("lemma", ["Sonnenregen", "Hosentaschen", "Luftkissen", "Golden"])
def test_a_noun_in_en_is_no_infinitive_unless_the_verb_is_a_headword(lemma: str) -> None:
    """HanTa takes unknown words in -en for infinitives; Wiktionary's headwords decide."""
    assert not nominalised_infinitive(lemma)


@pytest.mark.parametrize(
    ("word", "derived"),
    [("japanisch", True), ("russisch", True), ("Argentinier", True), ("Berliner", True),
     ("chinesisch", True), ("libanesisch", True), ("Amerikaner", True), ("Europäer", True),
     ("Palästinenser", True),
     ("politisch", False), ("praktisch", False), ("Fischer", False), ("Limousine", False),
     ("Veganer", False), ("Prozesse", False)],
)
def test_words_made_from_place_names(word: str, derived: bool) -> None:
    assert derived_from_place(word) is derived


def test_a_separable_verb_cut_off_from_its_particle_stays_consistent() -> None:
    # A sentence longer than the 120-token limit is cut; the particle lands in the next piece.
    text = "Der Stab teilte " + "sehr " * 125 + "spät mit, wie weit sie flogen."
    analysis = analyze(Article(title="t", paragraphs=(text,)), "de")
    assert len(analysis.sentences) > 1
    for sentence in analysis.sentences:
        for tok in sentence.tokens:
            if tok.particle is not None:
                assert sentence.tokens[tok.particle].xpos == "PTKVZ"


def test_a_name_stays_a_name_across_the_article() -> None:
    article = Article(title="t", paragraphs=(
        "Im Finale besiegte die Mannschaft von Trainer Christian Streich den VfL Bochum.",
        "„Ich bin stolz“, sagte Streich nach dem Spiel.",
        "Der Streich der Schüler war harmlos.",
    ))
    analysis = analyze(article, "de")
    streich = [t for s in analysis.sentences for t in s.tokens if t.text == "Streich"]
    assert [t.is_name for t in streich] == [True, True, False]  # after "Der" it is the noun


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Das sei zu wenig, sagt Christiane Holländer am Montag.", "Holländer"),
        ("Die Friedberger Landstraße beginnt hier.", "Landstraße"),
        ("Die Sonde wurde vom Jet Propulsion Laboratory gebaut.", "Jet"),
        ("Die Belegschaft arbeitet im Kraftwerk Lippendorf seit Jahren.", "Kraftwerk"),
        ("Das ist die Zeitung „Berliner Kurier“ von gestern.", "Kurier"),
    ],
    ids=["surname", "place-adjective", "english-name", "noun-before-name", "quoted-title"],
)
def test_common_nouns_inside_names_are_not_vocabulary(sentence: str, word: str) -> None:
    assert token(sentence, word).is_name


@pytest.mark.parametrize(
    ("sentence", "word"),
    [("Die Landstraße beginnt hier.", "Landstraße"),
     ("Der Sensor misst die Temperatur im Kraftwerk.", "Sensor"),
     ("Kims Limousine stand vor dem Tor.", "Limousine")],
    ids=["plain", "plain-2", "after-genitive-name"],
)
def test_the_same_nouns_outside_names_are_vocabulary(sentence: str, word: str) -> None:
    assert not token(sentence, word).is_name


@pytest.mark.parametrize(("stem", "headword"), [
    ("letzt", "letzte"), ("äußer", "äußere"),
    ("restlich", "restlich"), ("umliegend", "umliegend"), ("heutig", "heutig"),
    ("sogenannt", "sogenannt"), ("schnell", "schnell"),
])
def test_adjectives_are_shown_as_dictionaries_list_them(stem: str, headword: str) -> None:
    """Only adjectives without an uninflected form are shown with -e ('die letzte')."""
    from quizgen.languages.de.grammar import dictionary_adjective

    assert dictionary_adjective(stem) == headword


def test_the_rules_words_write_back_into_the_doc_and_let_go() -> None:
    """The German rules change `Word`s (words.py); finishing writes the changes into the doc
    and empties the list, whose Words would otherwise keep it alive in a reference cycle."""
    from quizgen.analysis.marks import is_name, set_name
    from quizgen.analysis.nlp import load_pipeline
    from quizgen.analysis.words import Words

    nlp = load_pipeline("de", None)
    with nlp.select_pipes(disable=["quizgen_language_rules"]):
        doc = nlp("Der Vertrag wurde gestern unterzeichnet. Anna lachte.")
    words = Words(doc)
    assert [w.text for w in words] == [t.text for t in doc]
    first, second = words.sentences()
    assert (first.start, first.end, second.end) == (0, 6, len(doc))
    assert words[1].sentence == (0, 6) and words[1].doc[words[1].i] is words[1]
    assert (words[1].lemma_, words[1].tag_, words[1].pos_) == (doc[1].lemma_, doc[1].tag_, doc[1].pos_)
    words[1].lemma_, words[1].tag_, words[1].pos_ = "Verträge", "NE", "PROPN"
    set_name(words[1])
    words.finish()
    assert not words
    assert (doc[1].lemma_, doc[1].tag_, doc[1].pos_) == ("Verträge", "NE", "PROPN")
    assert is_name(doc[1]) and doc[0].lemma_ == "der"


@pytest.mark.parametrize(("text", "verb", "particle"), [
    ("Im Sommer wandern die Elche ab und zu in die Berge.", "wandern", None),
    ("Der Hund läuft im Zimmer hin und her.", "läuft", None),
    ("Sie stieg aus und ging nach Hause.", "stieg", "aus"),
    ("Kim brachte auch Jo Chun Ryong mit.", "brachte", "mit"),
], ids=["ab-und-zu", "hin-und-her", "particle-before-und", "plain-particle"])
def test_a_pair_of_particles_is_an_adverb_not_a_verbs_particle(text, verb, particle):
    """'wandern ab und zu' is no 'abwandern'; 'stieg aus und ging' keeps its particle."""
    [sentence] = analyze(Article("t", (text,)), "de").sentences
    tokens = sentence.tokens
    found = next(t for t in tokens if t.text == verb)
    assert (tokens[found.particle].text if found.particle is not None else None) == particle
