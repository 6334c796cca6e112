"""Does a learner at CEFR level L know this word? A small logistic model over a few signals.

Corpus frequency alone orders words by the register of news and the web, not by the order
in which learners meet them: everyday words are learned early although they are rare in
corpora, while frequent abstract words are learned late. So the model combines:

- `zipf`: the lemma's general frequency (wordfreq);
- `simple`, `register`: how often the lemma occurs in simple German written for children
  (Klexikon) and how much more often there than in adult expository German (Wikipedia), from
  document frequencies shipped in languages/data/<lang>_register.tsv (when a language has them);
- `gloss_zipf`: how basic the concept is, by the frequency of its meaning in the gloss
  language (an everyday object has a frequent English word, an abstraction a rarer one).

The weights live in languages/data/level_model.json, refitted by bench/levels.py; docs/levels.md
explains them and gives the development figures. The model is fitted for B1; other levels move
the intercept by the distance of their vocabulary size on the Zipf scale (see `level_offset`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..analysis.frequency import zipf
from ..options import Options, level_zipf_threshold
from .cognates import gloss_zipf, word_meaning

REFERENCE_LEVEL = "B1"  # the level the weights were fitted for
MISSING_GLOSS_ZIPF = 0.0  # with the indicator `no_gloss` the model learns what no meaning says
MAX_GLOSS_ZIPF = 8.0  # wordfreq's most frequent English word ("the") has 7.7


@dataclass(frozen=True)
class Register:
    """Document frequencies of lemmas in simple and in adult texts of one language."""

    simple: dict[str, int]
    adult: dict[str, int]
    simple_documents: int
    adult_documents: int

    def simple_share(self, lemma: str) -> float:
        """log10 of the share of simple documents with the lemma (0.5 documents if none)."""
        return math.log10((self.simple.get(lemma, 0) + 0.5) / self.simple_documents)

    def adult_share(self, lemma: str) -> float:
        return math.log10((self.adult.get(lemma, 0) + 0.5) / self.adult_documents)


@cache
def register(lang: str) -> Register | None:
    """The language's shipped register counts, read once; None when it has none."""
    source = resources.files("quizgen.languages") / "data" / f"{lang}_register.tsv"
    if not source.is_file():
        return None
    simple: dict[str, int] = {}
    adult: dict[str, int] = {}
    documents = {"simple": 0, "adult": 0}
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if line.startswith("# documents:"):  # "# documents: simple=2868 adult=300"
                for pair in line.split(":", 1)[1].split():
                    name, _, value = pair.partition("=")
                    documents[name] = int(value)
            continue
        lemma, in_simple, in_adult = line.split("\t")
        if in_simple != "0":
            simple[lemma] = int(in_simple)
        if in_adult != "0":
            adult[lemma] = int(in_adult)
    return Register(simple, adult, documents["simple"], documents["adult"])


@dataclass(frozen=True)
class LevelModel:
    features: tuple[str, ...]
    weights: tuple[float, ...]
    intercept: float
    # A word is chosen when P(known at the level) is below this ...
    threshold: float
    # ... or below this when the text repeats it this often: a key word of the text is worth
    # a card even when the learner may well know it.
    key_word_threshold: float
    key_word_count: int
    fitted_on: str  # the language whose texts and word list gave the weights

    def threshold_for(self, occurrences: int) -> float:
        return self.key_word_threshold if occurrences >= self.key_word_count else self.threshold


@cache
def level_model(lang: str) -> LevelModel:
    """The language's own weights, or the fallback ones (frequency and gloss only)."""
    source = resources.files("quizgen.languages") / "data" / "level_model.json"
    table = json.loads(source.read_text(encoding="utf-8"))["models"]
    entry = table.get(lang) if lang in table and register(lang) is not None else table["default"]
    return LevelModel(tuple(entry["features"]), tuple(entry["weights"]), entry["intercept"],
                      entry["threshold"], entry["key_word_threshold"], entry["key_word_count"],
                      entry["fitted_on"])


def features(lemma: str, pos: str, zipf: float, gloss_zipf: float | None,
             lang: str, forms: float | None = None) -> dict[str, float]:
    """Every signal the models may use; each model reads the ones it names. `forms`: the
    Zipf frequency of the lemma and the forms the text uses (`forms_zipf`)."""
    values = {"zipf": zipf, "forms": max(0.0, (forms if forms is not None else zipf) - zipf),
              "gloss_zipf": MISSING_GLOSS_ZIPF if gloss_zipf is None else gloss_zipf,
              "no_gloss": 1.0 if gloss_zipf is None else 0.0,
              # nouns and verbs are learned earlier than adjectives and adverbs of equal frequency
              "noun": 1.0 if pos == "NOUN" else 0.0, "verb": 1.0 if pos == "VERB" else 0.0}
    counts = register(lang)
    if counts is not None:
        values["simple"] = counts.simple_share(lemma)
        values["register"] = counts.simple_share(lemma) - counts.adult_share(lemma)
    return values


def forms_zipf(lemma: str, forms: Iterable[str], lang: str) -> float:
    """The Zipf frequency of the lemma and the forms the text uses, together: dictionary
    forms of adjectives are rarer than the word ('folgend' 3.7, 'folgenden' 4.6)."""
    values = (zipf(word, lang) for word in {lemma.lower(), *forms})
    total = sum(10 ** value for value in values if value > 0)
    return math.log10(total) if total > 0 else 0.0


def level_offset(level: str, lang: str, zipf_weight: float, fitted_on: str) -> float:
    """Moving from B1 to another level shifts the logit as lowering the Zipf threshold by the
    difference of the two levels' thresholds would (a C1 learner knows rarer words). Weights
    fitted on another language (`fitted_on`) are moved the same way to this language's Zipf
    scale: a word at this language's B1 threshold counts as one at the other's."""
    shift = level_zipf_threshold(REFERENCE_LEVEL, fitted_on) - level_zipf_threshold(level, lang)
    return zipf_weight * shift


def known_logit(values: dict[str, float], level: str, lang: str) -> float:
    model = level_model(lang)
    score = model.intercept + sum(w * values[f] for f, w in zip(model.features, model.weights,
                                                                strict=True))
    zipf_weight = model.weights[model.features.index("zipf")]
    return score + level_offset(level, lang, zipf_weight, model.fitted_on)


def known_regardless_of_meaning(lemma: str, pos: str, zipf: float, level: str, lang: str,
                                occurrences: int = 1, forms: float | None = None) -> bool | None:
    """True or False when the word's meaning cannot change the verdict (a very frequent or a
    very rare word), None when it can: saves the dictionary lookup for most words of a book."""
    model = level_model(lang)
    weight = dict(zip(model.features, model.weights, strict=True))
    values = features(lemma, pos, zipf, MISSING_GLOSS_ZIPF, lang, forms)  # no_gloss 0, gloss_zipf 0
    base = known_logit(values, level, lang) - weight.get("gloss_zipf", 0.0) * MISSING_GLOSS_ZIPF
    # what the meaning may add: nothing found, or a gloss of Zipf 0 to MAX_GLOSS_ZIPF
    shifts = (weight.get("no_gloss", 0.0), 0.0, weight.get("gloss_zipf", 0.0) * MAX_GLOSS_ZIPF)
    threshold = model.threshold_for(occurrences)
    cut = math.log(threshold / (1 - threshold))
    if base + min(shifts) >= cut:
        return True
    if base + max(shifts) < cut:
        return False
    return None


def known_probability(values: dict[str, float], level: str, lang: str) -> float:
    """P(a learner at `level` knows the word with these signals)."""
    return 1.0 / (1.0 + math.exp(-known_logit(values, level, lang)))


def is_known(values: dict[str, float], level: str, lang: str, occurrences: int = 1) -> bool:
    """Whether the learner knows the word, for a word the text uses `occurrences` times."""
    return known_probability(values, level, lang) >= level_model(lang).threshold_for(occurrences)


def word_features(lemma: str, pos: str, zipf: float, parts: tuple[str, ...], lang: str,
                  options: Options, forms: float | None = None) -> dict[str, float]:
    """The model's signals for one word, its meaning looked up as a card would show it."""
    from .gloss import gloss_language

    gloss_lang = gloss_language(lang, options.gloss_lang)
    if lang == gloss_lang:  # the word is its own meaning (a German text explained in German)
        return features(lemma, pos, zipf, zipf, lang, forms)
    meaning = word_meaning(lemma, pos, parts, lang, options)
    return features(lemma, pos, zipf, gloss_zipf(meaning, gloss_lang), lang, forms)
