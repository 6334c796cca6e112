"""The right dictionary form of a word in its sentence: German old spellings, interjections,
place names, reflexive participles, past tense forms, plurals and weak nouns; the gender and
article of French, Spanish and Italian nouns; the trained French pipeline when installed.

The German sentences are from Klexikon (CC BY-SA), German Wikipedia (CC BY-SA) and Hermann
Essig's novel "Der Taifun" (1919, public domain), the development texts in ../shared/data.
"""

from __future__ import annotations

import pytest
import spacy

from quizgen import Article, Options, select_vocabulary
from quizgen.analysis.analyze import analyze
from quizgen.languages import definite_article, get_language
from quizgen.languages.de.lexicon import noun_info
from quizgen.languages.de.spelling import current_spelling
from quizgen.vocab.report import dictionary_form


def token(lang: str, sentence: str, word: str, spacy_model: str | None = "none"):
    analysis = analyze(Article(title="t", paragraphs=(sentence,)), lang, spacy_model)
    matches = [t for s in analysis.sentences for t in s.tokens if t.text == word]
    assert matches, f"{word!r} not a token of {sentence!r}"
    return matches[0]


GERMAN = [
    # (id, sentence, word, UPOS, lemma)
    ("reflexive-participle", "Unter Verwendung eines Feuerkessels erzeugt das erhitzte Wasser "
     "sich ausdehnenden Dampf.", "ausdehnenden", "VERB", "ausdehnen"),
    ("reflexive-participle-in-phrase", "Stirnräder werden auch in Getrieben mit sich kreuzenden "
     "Achsen verwendet.", "kreuzenden", "VERB", "kreuzen"),
    ("participle-without-sich-is-adjective", "Die Kosten sind annähernd gleich geblieben.",
     "annähernd", "ADJ", "annähernd"),
    ("adverbial-participle-after-a-verbs-sich", "Die Delegation begab sich anschließend in "
     "das Hotel.", "anschließend", "ADJ", "anschließend"),
    ("predicate-adjective-not-verb", "Da sah Käterchen verlegen zu Boden.", "verlegen", "ADJ",
     "verlegen"),
    ("adjective-after-werden", "Als sie ihn lobt, wird er etwas verlegen.", "verlegen", "ADJ",
     "verlegen"),
    ("verb-with-object-after-werden", "Der Verlag wird das Buch im Herbst verlegen.", "verlegen",
     "VERB", "verlegen"),
    ("verb-after-werden-stays-verb", "Die Firma wird ihren Sitz nach Berlin verlegen.",
     "verlegen", "VERB", "verlegen"),
    ("predicate-not-particle", "Er ist in der ganzen Stadt bekannt.", "bekannt", "ADJ", "bekannt"),
    ("particle-of-a-verb", "Sie gab das Ergebnis am Abend bekannt.", "bekannt", "ADP", "bekannt"),
    ("interjection-not-noun", "»Jawohl, wir sind neu hergezogen.", "Jawohl", "INTJ", "jawohl"),
    ("interjection-not-name", "Nanu, was ist denn das?", "Nanu", "INTJ", "nanu"),
    ("interjection-listed-as-noun", "Hurra, wir haben gewonnen!", "Hurra", "INTJ", "hurra"),
    ("noun-with-article-stays-noun", "Ein lautes Hurra ertönte.", "Hurra", "NOUN", "Hurra"),
    ("place-after-nach-zu", "Wir fuhren den ganzen Tag nach Ruß zu.", "Ruß", "PROPN", "Ruß"),
    ("direction-after-nach-zu", "Die Schichtdicke der Molasse nimmt von West nach Ost zu.",
     "Ost", "NOUN", "Ost"),
    ("place-with-article", "In China und der Mongolei gibt es noch einige tausend Braunbären.",
     "Mongolei", "PROPN", "Mongolei"),
    ("place-listed-as-plural", "Die Alpen sind ein Gebirge in Europa.", "Alpen", "PROPN", "Alpen"),
    ("place-lemma-kept", "Er wurde mit 20 Jahren König von Mazedonien.", "Mazedonien", "PROPN",
     "Mazedonien"),
    ("old-spelling-conjunction", "Susanne war anfänglich hochbeglückt, daß sie unbehelligt reisen "
     "konnte.", "daß", "SCONJ", "dass"),
    ("old-spelling-noun", "Unwillkürlich drückte Susanne, als sie den Paß endlich hatte, einen Kuß "
     "auf die Katze.", "Kuß", "NOUN", "Kuss"),
    ("old-spelling-after-preposition", "Ganswind bemerkte so kurz vor Schluß das launische Gesicht.",
     "Schluß", "NOUN", "Schluss"),
    ("long-vowel-keeps-sharp-s", "Er hatte sich am Fuß verletzt.", "Fuß", "NOUN", "Fuß"),
    ("reform-conjunction", "Die Deiche wurden erhöht, sodass später kaum noch Schäden entstanden.",
     "sodass", "SCONJ", "sodass"),
    ("weak-noun-plural", "Das kann durch Dinge sein, die in ihrer Nähe geschehen oder durch die "
     "eigenen Gedanken.", "Gedanken", "NOUN", "Gedanke"),
    ("weak-noun-oblique", "Seinen Namen hat er vom Fluss Aare.", "Namen", "NOUN", "Name"),
    ("plural-listed-as-lemma", "Die Forscher werteten die Daten der Messungen aus.", "Daten", "NOUN",
     "Datum"),
    ("plural-of-the-frequent-noun", "Sturmfluten richteten große Schäden an.", "Schäden", "NOUN",
     "Schaden"),
    ("plural-reduced", "Die Entwicklungen der letzten Jahre waren erstaunlich.", "Entwicklungen",
     "NOUN", "Entwicklung"),
    ("past-tense-read-as-adjective", "Die Stürme verursachten große Schäden an den Deichen.",
     "verursachten", "VERB", "verursachen"),
    ("participle-adjective-stays", "Die von den Stürmen verursachten Schäden sind groß.",
     "verursachten", "ADJ", "verursacht"),
    ("unknown-noun-keeps-final-e", "Wir nahmen die Rheinfähre nach Bingen.", "Rheinfähre", "NOUN",
     "Rheinfähre"),
]


@pytest.mark.parametrize(("sentence", "word", "upos", "lemma"), [c[1:] for c in GERMAN],
                         ids=[c[0] for c in GERMAN])
def test_german_forms(sentence: str, word: str, upos: str, lemma: str) -> None:
    tok = token("de", sentence, word)
    assert (tok.upos, tok.lemma) == (upos, lemma)


def test_interjections_and_places_are_no_cards() -> None:
    """'Jawohl' as a noun and 'nach Ruß zu' as soot were cards; neither is vocabulary."""
    text = "»Jawohl«, sagte der Kutscher. Dann fuhren wir langsam nach Ruß zu."
    analysis = analyze(Article(title="t", paragraphs=(text,)), "de")
    lemmas = {item.lemma for item in select_vocabulary(analysis, Options(lang="de", max_zipf=8))}
    assert {"Jawohl", "Ruß", "jawohl"}.isdisjoint(lemmas)
    assert "Kutscher" in lemmas


def test_old_spelling_noun_gets_its_article() -> None:
    """'Entschluß' is looked up as 'Entschluss': the card shows 'der Entschluss'; the text's
    own form stays the form."""
    text = "Nach langem Zögern faßte sie endlich den Entschluß, die Stadt zu verlassen."
    analysis = analyze(Article(title="t", paragraphs=(text,)), "de")
    items = {i.lemma: i for i in select_vocabulary(analysis, Options(lang="de", max_zipf=8))}
    assert dictionary_form(items["Entschluss"], "de").startswith("der Entschluss")
    assert items["Entschluss"].form == "Entschluß"


def test_nouns_used_only_in_the_plural_are_shown_as_plurals() -> None:
    """'Leute' has no singular: the card says 'die Bauersleute (Pl.)', not a bare word the
    word bank leaves out for want of an article. 'Geschäftsleute' is the plural the noun
    table gives 'Geschäftsmann', and shown as such."""
    text = ("Die Geschäftsleute trafen sich in den Schulferien mit den Eltern der Schüler. "
            "Auch die Bauersleute kamen.")
    analysis = analyze(Article(title="t", paragraphs=(text,)), "de")
    items = {i.lemma: i for i in select_vocabulary(analysis, Options(lang="de", max_zipf=8))}
    assert dictionary_form(items["Bauersleute"], "de") == "die Bauersleute (Pl.)"
    assert dictionary_form(items["Geschäftsmann"], "de") == "der Geschäftsmann, Geschäftsleute"
    assert dictionary_form(items["Schulferien"], "de") == "die Schulferien (Pl.)"
    assert dictionary_form(items["Schüler"], "de") == "der Schüler, -"


def test_a_plural_only_noun_has_no_gender_for_the_grammar_that_declines_it() -> None:
    """Headings and questions decline nouns by gender: a plural-only noun gives none."""
    info = noun_info("Leute")
    assert (info.gender, info.plural_only) == (None, True)
    assert not noun_info("Schüler").plural_only


def test_a_participle_no_dictionary_lists_as_an_adjective_is_shown_as_its_verb() -> None:
    """'die eingelieferten Stücke' is a card for 'einliefern'; 'angemessen' and 'abgelegen'
    are adjectives of their own and stay adjectives."""
    text = ("Die eingelieferten Stücke wurden in einem abgelegenen Lager zu einem angemessenen "
            "Preis versteigert. Die dort stationierten Soldaten bewachten das Lager.")
    analysis = analyze(Article(title="t", paragraphs=(text,)), "de")
    items = {i.lemma: i for i in select_vocabulary(analysis, Options(lang="de", max_zipf=8))}
    assert items["einliefern"].pos == "VERB"
    assert items["einliefern"].form == "eingelieferten"
    assert items["stationieren"].pos == "VERB"
    assert {"eingeliefert", "stationiert"}.isdisjoint(items)
    assert items["abgelegen"].pos == "ADJ"
    assert items["angemessen"].pos == "ADJ"


@pytest.mark.parametrize(("old", "new"), [
    ("daß", "dass"), ("muß", "muss"), ("Fluß", "Fluss"), ("Prozeß", "Prozess"), ("naß", "nass"),
    ("Todesschuß", "Todesschuss"), ("Flußufer", "Flussufer"), ("Mißerfolg", "Misserfolg"),
    # long vowels and diphthongs keep their 'ß'; so does a past tense nobody respells
    ("Fuß", "Fuß"), ("groß", "groß"), ("Spaß", "Spaß"), ("Straße", "Straße"), ("heißt", "heißt"),
    ("Außenminister", "Außenminister"), ("aß", "aß"), ("Grußwort", "Grußwort"),
])
def test_current_spelling(old: str, new: str) -> None:
    assert current_spelling(old) == new


ROMANCE = [
    # (language, text, lemma, what the card shows)
    ("fr", "La maison de mon voisin est grande. Cette histoire commence dans un petit village.",
     "maison", "la maison"),
    ("fr", "Le héros regarde la mer avec une patience infinie.", "héros", "le héros"),
    ("fr", "Cette histoire commence dans un petit village.", "histoire", "l'histoire"),
    ("fr", "Le gouvernement a présenté une nouvelle constitution.", "constitution",
     "la constitution"),
    ("es", "El agua del río está fría.", "agua", "el agua"),
    ("es", "La ciudad tiene un mercado enorme y una universidad antigua.", "mercado", "el mercado"),
    ("es", "La ciudad tiene un mercado enorme y una universidad antigua.", "universidad",
     "la universidad"),
    ("it", "Lo studente legge il giornale nella biblioteca.", "studente", "lo studente"),
    ("it", "L'acqua del lago è fredda.", "acqua", "l'acqua"),
    ("it", "La città ha uno stadio nuovo e un'università antica.", "stadio", "lo stadio"),
    ("it", "Lo studente legge il giornale nella biblioteca.", "giornale", "il giornale"),
]


@pytest.mark.parametrize(("lang", "text", "lemma", "shown"), ROMANCE,
                         ids=[f"{r[0]}-{r[2]}" for r in ROMANCE])
@pytest.mark.parametrize("spacy_model", ["none", None], ids=["rules", "installed"])
def test_romance_nouns_show_their_article(lang: str, text: str, lemma: str, shown: str,
                                          spacy_model: str | None) -> None:
    analysis = analyze(Article(title="t", paragraphs=(text,)), lang, spacy_model)
    items = {i.lemma: i for i in select_vocabulary(analysis, Options(lang=lang, max_zipf=8))}
    assert dictionary_form(items[lemma], lang) == shown


@pytest.mark.parametrize(("lang", "gender", "lemma", "article"), [
    ("fr", "m", "homme", "l'"), ("fr", "f", "hache", "la"), ("fr", "m", "hasard", "le"),
    ("es", "f", "alma", "el"), ("es", "f", "área", "el"), ("es", "f", "arena", "la"),
    ("es", "f", "amiga", "la"), ("it", "m", "zaino", "lo"), ("it", "m", "psicologo", "lo"),
    ("it", "m", "amico", "l'"), ("it", "m", "sole", "il"), ("it", "f", "ora", "l'"),
    ("fr", None, "arbre", ""),
])
def test_definite_article_forms(lang: str, gender: str | None, lemma: str, article: str) -> None:
    assert definite_article(get_language(lang), gender, lemma) == article


HAS_FRENCH_PIPELINE = spacy.util.is_package("fr_core_news_md") or spacy.util.is_package(
    "fr_core_news_lg")
needs_french_pipeline = pytest.mark.skipif(
    not HAS_FRENCH_PIPELINE, reason="no trained French pipeline: pip install 'quizgen[fr]'")


@needs_french_pipeline
def test_trained_french_pipeline_is_used_when_installed() -> None:
    """With the extra installed, French goes through the trained pipeline (it reads 'mangent'
    as a verb and gives its morphology), with quizgen's sentence splitting and names."""
    text = "M. Dupont est arrivé hier à Marseille. Les enfants mangent une pomme."
    analysis = analyze(Article(title="t", paragraphs=(text,)), "fr")
    assert len(analysis.sentences) == 2
    tokens = {t.text: t for s in analysis.sentences for t in s.tokens}
    assert (tokens["mangent"].upos, tokens["mangent"].lemma) == ("VERB", "manger")
    assert "Gender=Fem" in tokens["pomme"].feats
    assert tokens["Marseille"].is_name


def test_own_french_rules_without_the_pipeline() -> None:
    """--spacy-model none: quizgen's own French analysis, which has no morphology."""
    tok = token("fr", "Les enfants mangent une pomme.", "pomme")
    assert (tok.upos, tok.lemma, tok.feats) == ("NOUN", "pomme", "_")


# A compound's parts are shown only when each is a word of its own (development articles).
COMPOUND_SPLITS = [
    ("Ihre Musikrichtung ist der Schlager.", "Schlager", ()),
    ('1990 folgte dann die laut Eigenwerbung "unkaputtbare" PET-Mehrwegflasche.', "Eigenwerbung", ()),
    ("Die seit Anfang der 1990er Jahre eingesetzten PET-Mehrwegflaschen sind aus Gründen der "
     "Stabilität schwerer.", "Mehrwegflaschen", ("Mehrweg", "Flasche")),
]


@pytest.mark.parametrize(("sentence", "form", "parts"), COMPOUND_SPLITS,
                         ids=["Schlager", "Eigenwerbung", "Mehrwegflasche"])
def test_compound_split_only_into_words(sentence, form, parts):
    analysis = analyze(Article(title="", paragraphs=(sentence,), language="de"), "de")
    token = next(t for s in analysis.sentences for t in s.tokens if t.text == form)
    assert noun_info(token.lemma).parts == parts
