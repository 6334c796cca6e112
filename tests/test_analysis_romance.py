"""French, Spanish and Italian analysis: the part of speech chosen from the lexicon and the
context, and the lemma that goes with it."""

from __future__ import annotations

import pytest

from quizgen import Article
from quizgen.analysis.analyze import analyze
from quizgen.analysis.romance.lexicon import load_lexicon
from quizgen.languages import language_part


def token(lang: str, sentence: str, word: str, spacy_model: str | None = "none"):
    """`sentence`'s token `word`, by quizgen's own rules unless `spacy_model` names another
    analysis (None: a trained pipeline when one is installed)."""
    analysis = analyze(Article(title="t", paragraphs=(sentence,)), lang, spacy_model)
    matches = [t for s in analysis.sentences for t in s.tokens if t.text == word]
    assert matches, f"{word!r} not a token of {sentence!r}"
    return matches[0]


CASES = [
    # (id, language, sentence, word, UPOS, lemma)
    ("fr-ordinal-adjective", "fr", "Le premier ministre a présenté une loi.", "premier", "ADJ", "premier"),
    ("fr-adjective-before-noun", "fr", "Il a présenté une nouvelle loi.", "nouvelle", "ADJ", "nouveau"),
    ("fr-participle-after-etre", "fr", "La ville est située au bord de la mer.", "située", "VERB", "situer"),
    ("fr-etre-auxiliary", "fr", "La ville est située au bord de la mer.", "est", "AUX", "être"),
    ("fr-avoir-perfect", "fr", "Il a fait une erreur.", "a", "AUX", "avoir"),
    ("fr-participle-after-avoir", "fr", "Il a fait une erreur.", "fait", "VERB", "faire"),
    ("fr-object-clitic", "fr", "Il la trouve très belle.", "la", "PRON", "le"),
    ("fr-verb-after-clitics", "fr", "Il la trouve très belle.", "trouve", "VERB", "trouver"),
    ("fr-verb-listed-as-noun", "fr", "Elle lutte pour sa liberté.", "lutte", "VERB", "lutter"),
    ("fr-noun-after-article", "fr", "Le fait est que la route était longue.", "fait", "NOUN", "fait"),
    ("fr-adjective-after-copula", "fr", "Le fait est que la route était longue.", "longue", "ADJ", "long"),
    ("fr-noun-in-ment", "fr", "Le département compte dix communes.", "département", "NOUN", "département"),
    ("es-haber-perfect", "es", "El gobierno ha aprobado una nueva ley.", "ha", "AUX", "haber"),
    ("es-participle", "es", "El gobierno ha aprobado una nueva ley.", "aprobado", "VERB", "aprobar"),
    ("es-adjective-before-noun", "es", "El gobierno ha aprobado una nueva ley.", "nueva", "ADJ", "nuevo"),
    ("es-participle-after-estar", "es", "La ciudad está situada cerca del mar.", "situada", "VERB", "situar"),
    ("es-object-clitic", "es", "Ella la compró ayer.", "la", "PRON", "él"),
    ("es-verb-after-no", "es", "Ella no tiene dinero.", "tiene", "VERB", "tener"),
    ("es-plural-accent", "es", "Los jóvenes llegaron tarde.", "jóvenes", "NOUN", "joven"),
    ("es-article-lemma", "es", "Las casas son grandes.", "Las", "DET", "el"),
    ("it-noun-lemma", "it", "Il governo ha approvato il nuovo progetto.", "progetto", "NOUN", "progetto"),
    ("it-avere-perfect", "it", "Il governo ha approvato il nuovo progetto.", "ha", "AUX", "avere"),
    ("it-participle", "it", "Il governo ha approvato il nuovo progetto.", "approvato", "VERB", "approvare"),
    ("it-essere", "it", "La città è situata vicino al mare.", "è", "AUX", "essere"),
    ("it-final-accent", "it", "La città è situata vicino al mare.", "città", "NOUN", "città"),
    ("it-object-clitic", "it", "Non lo vedo da anni.", "lo", "PRON", "lo"),
]


@pytest.mark.parametrize(("lang", "sentence", "word", "upos", "lemma"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_upos_and_lemma(lang: str, sentence: str, word: str, upos: str, lemma: str) -> None:
    tok = token(lang, sentence, word)
    assert (tok.upos, tok.lemma) == (upos, lemma)


def test_capitalised_word_inside_sentence_is_a_name() -> None:
    tok = token("fr", "Hier, Macron a parlé à Marseille.", "Marseille")
    assert (tok.upos, tok.is_name) == ("PROPN", True)


@pytest.mark.parametrize("lang", ["fr", "es", "it"])
def test_lexicon_is_built_once_and_read_back(lang: str, tmp_path, monkeypatch) -> None:
    """The derived lexicon is kept in the cache folder: a second run reads it back instead of
    rebuilding it from spaCy's tables, and gets the same lexicon."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    load_lexicon.cache_clear()
    built = load_lexicon(lang)
    assert list(tmp_path.rglob(f"romance-lexicon-{lang}-*.pickle"))

    def no_rebuild() -> None:
        raise AssertionError("rebuilt the lexicon instead of reading the cache")

    monkeypatch.setattr(language_part(lang, "lookups"), "build_lexicon", no_rebuild)
    load_lexicon.cache_clear()
    read_back = load_lexicon(lang)
    load_lexicon.cache_clear()
    assert read_back == built
