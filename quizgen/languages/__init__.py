"""Per-language data and rules: one package per language (`languages/de/`, ...), each
exporting one `Language`, looked up by ISO code with `language("de")`."""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING

from ..errors import LanguageError

if TYPE_CHECKING:
    from .phrasing import Phrasing

SUPPORTED = ("de", "en", "fr", "es", "it", "nl")
DEFAULT_FORMS_PER_LEMMA = 2.0


@dataclass(frozen=True)
class LanguageProfile:
    """What quizgen needs to know about one language. Data only; rules live in the stages."""

    code: str
    name: str
    # HanTa model file when HanTa covers the language, else lookup lemmas and rules.
    hanta_model: str | None = None
    # The tagset of that model ("stts", "claws5", "cgn"), mapped to UPOS by analysis/tagsets.py.
    hanta_tagset: str | None = None
    # The XPOS a word takes when the analysis finds it is a name ("NE" in STTS), or None to
    # keep the tagger's.
    name_xpos: str | None = None
    # The guillemet that closes a quotation: "»" in « ainsi », "«" in German »so«.
    closing_guillemet: str = "»"
    # Trained spaCy pipelines used when installed, best first; () for any of nlp.py's
    # TRAINED_PIPELINES. Those that analyse worse than quizgen's rules are left out.
    trained_pipelines: tuple[str, ...] = ()
    # Abbreviations that always stand before a name or a number (Dr. Müller, Nr. 5).
    title_abbreviations: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    # Words that start sentences: after "2001." they mark a real sentence end.
    sentence_starters: frozenset[str] = frozenset()
    # Definite article per gender, for showing nouns ("die Anlage").
    articles: dict[str, str] = field(default_factory=dict)
    plural_article: str | None = None
    # Other forms of the definite article, by the noun's first letters: (gender, regex on
    # the lemma, article), the first match wins ("l'arbre", "lo studente", "el agua").
    article_forms: tuple[tuple[str, str, str], ...] = ()
    # Nouns that take the plain article where article_forms would elide it ("le héros").
    no_elision: frozenset[str] = frozenset()
    # Words right before a noun that show its gender ("la", "une", "cette"), and noun
    # endings that make a gender likely ("-tion": f), longest first, for when the text
    # and the analysis say nothing.
    gender_words: dict[str, str] = field(default_factory=dict)
    gender_endings: tuple[tuple[str, str], ...] = ()
    # Shown before a verb used reflexively in its sentence ("sich annähern").
    reflexive_pronoun: str | None = None
    # Words that mark a credit line ("Foto:", "Reporting by"). Every language's markers are
    # looked for in every text: agencies' credits are often in another language.
    credit_markers: tuple[str, ...] = ()
    # wordfreq ranks word forms, not lemmas; an inflecting language spends more forms per
    # lemma, so a CEFR level's lemma count is this many forms down wordfreq's list (None:
    # not measured, DEFAULT_FORMS_PER_LEMMA is assumed).
    forms_per_lemma: float | None = None
    # The languages a text that looks like this one is told apart from (its family, with
    # languages quizgen does not support): Portuguese read as Spanish, Afrikaans as Dutch.
    relatives: tuple[str, ...] = ()
    # Lemmas never worth a card even when rare (spelling variants, interjections ...).
    stop_lemmas: frozenset[str] = frozenset()
    # Verbs that introduce reported speech, by lemma ("sagen", "say").
    speech_verbs: frozenset[str] = frozenset()
    # Words that stand before a person's name ("Präsident Putin", "Herr Albers"), and the
    # endings of compound ones ("Verteidigungsminister", "Parteichef").
    person_titles: frozenset[str] = frozenset()
    title_endings: tuple[str, ...] = ()
    # Compounds that end in a title are titles too ("Vizepräsident", "Oberbürgermeisterin"),
    # also with these case endings ("des Präsidenten", "des Technikchefs").
    compound_titles: bool = False
    title_inflections: tuple[str, ...] = ()
    # Capitalised short words a tagger may take for names ("»Na, ...«", "»Du hast ...«").
    name_lookalikes: frozenset[str] = frozenset()
    # Nouns are written with a capital letter (German): a capital inside a sentence is no
    # sign of a name, a lowercase lemma is no noun, and a noun from a lowercased word list
    # is capitalised again.
    capitalised_nouns: bool = False
    # UD German splits "SPD-Politiker" into three tokens; so does quizgen's tokenizer.
    split_hyphens: bool = False
    # "Die Lage ist klar: Die Regierung muss handeln." is two sentences in UD German.
    colon_ends_sentence: bool = False
    # Languages tagged from lexicons and context (see analysis/romance/tagger.py): function words with
    # their UPOS and lemma; the first class that lists a form wins.
    function_words: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Articles that are also object pronouns before a verb ("la" in "il la voit").
    article_clitics: frozenset[str] = frozenset()
    # Words after which a form that can be a verb is one ("il", "ne", "se", "qui").
    before_verbs: frozenset[str] = frozenset()
    # Verbs that are always auxiliaries (UD: copula and passive), and those that are only
    # before a participle, gerund or adjective ("a mangé" but "a une maison").
    auxiliaries: frozenset[str] = frozenset()
    helping_verbs: frozenset[str] = frozenset()
    participle_endings: tuple[str, ...] = ()
    gerund_endings: tuple[str, ...] = ()
    # Adverbs of degree: the word after them is an adjective when it can be ("très grande").
    degree_adverbs: frozenset[str] = frozenset()
    # Suffixes of lemmas for the rules tagger: a cheap part-of-speech guess for words no
    # lexicon knows; and verb forms (participles ...) whose lookup lemma, the infinitive, is
    # right even though the form itself is more frequent ("approvato" -> "approvare").
    verb_endings: tuple[str, ...] = ()
    verb_form_endings: tuple[str, ...] = ()
    adverb_endings: tuple[str, ...] = ()
    adjective_endings: tuple[str, ...] = ()
    # Ordinal numbers are adjectives in UD ("premier", "deuxième").
    ordinal_endings: tuple[str, ...] = ()
    # Whether the noun lexicon lists nouns that are also verb forms ("parte"); the French
    # one leaves them out ("la route", "le fait"), so there a verb form can be a noun.
    nouns_include_verb_forms: bool = True
    # Final letters that come off a plural noun for its singular ("routes" -> "route"), for
    # nouns the rules tagger's lexicon lists only as verb forms.
    plural_letters: tuple[str, ...] = ()
    # Derivational endings and what replaces them to give the base word (Besichtigung ->
    # besichtigen), for word families and transparent derivations; longest first.
    derivations: tuple[tuple[str, str], ...] = ()
    # Prefixes that negate a word the learner knows (un-freiwillig): a transparent derivation.
    negating_prefixes: tuple[str, ...] = ()
    # Vowels a derivation may change in its base's last syllable (ausländ-isch: Ausland).
    derivation_vowels: tuple[tuple[str, str], ...] = ()
    # What a compound's verb stem lacks of the infinitive (Fahr-plan: fahr-en), '' for none.
    infinitive_ending: str = ""
    # Endings of learned (Latin, Greek, French) words that differ from language to language
    # (militär-isch / militar-y, Modern-isierung / modern-ization): cognates are compared
    # without them; longest first.
    cognate_endings: tuple[str, ...] = ()
    # Letters spelt differently in the same learned word (sowjetisch / Soviet, Kritik / critic).
    cognate_letters: tuple[tuple[str, str], ...] = ()
    # Nouns are capitalised (German): a capital inside a sentence does not mark a name.
    capitalises_nouns: bool = False
    # The analysis tags the language with STTS (xpos): 'PPER' tells the pronoun 'sie' from
    # the polite 'Sie' and the possessive 'ihr'.
    stts_tags: bool = False
    # Subordinate clauses end in their finite verb ('..., weil sie kam'): a clause that ends
    # so without a conjunction lost its start.
    verb_final_subordinates: bool = False
    # The language whose noun lexicon lists the place names and first names questions check
    # names against (a name is mostly spelt alike across languages); None for none.
    name_lexicon: str | None = None


def definite_article(profile: LanguageProfile, gender: str | None, lemma: str) -> str:
    """The definite article of a noun of `gender` ('' when unknown): 'la', or the form its
    first letters ask for ("l'", "lo", "el")."""
    if not gender:
        return ""
    low = lemma.lower()
    if low not in profile.no_elision:
        for form_gender, pattern, article in profile.article_forms:
            if form_gender == gender and re.match(pattern, low):
                return article
    return profile.articles.get(gender, "")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@lru_cache(maxsize=64)
def language_part(code: str, part: str) -> ModuleType | None:
    """A language's optional rules module `languages/<code>/<part>.py` (German's `senses`,
    `headwords`, ...), or None where the language has none."""
    name = f"{__name__}.{code}.{part}"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name is None or not (name == error.name or name.startswith(f"{error.name}.")):
            raise  # the part exists but something it imports does not
        return None  # the part, or the language's package, does not exist


@dataclass(frozen=True)
class Language:
    """Everything quizgen knows of one language, the way spaCy's `lang/de/` supplies its
    Defaults: the analysis profile, the questions' wording, the worksheet's words, its
    FreeDict code, and its optional rules modules (`part`)."""

    profile: LanguageProfile
    phrasing: Phrasing
    ui: Mapping[str, str]
    # Each worksheet section's instruction by register: {"sie": {...}, "du": {...}}.
    instructions: Mapping[str, Mapping[str, str]]
    iso_639_3: str  # FreeDict names its dictionaries by these: freedict-deu-eng

    @property
    def code(self) -> str:
        return self.profile.code

    def part(self, name: str) -> ModuleType | None:
        """The language's rules module `name` (German's `lexicon`, `senses` ...), or None."""
        return language_part(self.code, name)

    def __post_init__(self) -> None:
        # Read-only, so a template cannot change a table for the next render.
        object.__setattr__(self, "ui", MappingProxyType(dict(self.ui)))


@cache
def language(code: str) -> Language:
    """The registered language `code`; a LanguageError names the supported ones."""
    if code not in SUPPORTED:
        raise LanguageError(
            f"unsupported language {code!r}; quizgen supports {', '.join(SUPPORTED)}"
        )
    return importlib.import_module(f".{code}", __name__).LANGUAGE


def get_language(code: str) -> LanguageProfile:
    """The analysis profile of language `code` (`language(code).profile`)."""
    return language(code).profile


words = _words


@lru_cache(maxsize=65536)
def is_person_title(word: str, lang: str) -> bool:
    """Does `word` stand before a person's name ("Präsident Putin", "Herrn Albers")? The one
    test of titles for the analysis and the questions."""
    profile = get_language(lang)
    if word in profile.person_titles:
        return True
    if not profile.compound_titles:
        return False
    lower = word.lower()
    stems = {lower, *(lower[: -len(e)] for e in profile.title_inflections if lower.endswith(e))}
    endings = _compound_title_endings(lang)
    return any(stem.endswith(endings) or stem.capitalize() in profile.person_titles
               for stem in stems)


@cache
def _compound_title_endings(lang: str) -> tuple[str, ...]:
    """The profile's title endings and its longer titles, which end compounds too
    ("Oberbürgermeisterin"); short ones would match common words ("Graf" in "Paragraf")."""
    profile = get_language(lang)
    long_titles = sorted(t.lower() for t in profile.person_titles if len(t) > 5)
    return tuple(dict.fromkeys((*profile.title_endings, *long_titles)))


def closed_classes(**classes: str) -> dict[str, tuple[str, str]]:
    """closed_classes(DET="le la=le", ...) -> {"le": ("DET", "le"), "la": ("DET", "le")}:
    each word is "form" or "form=lemma"; the first class that lists a form keeps it."""
    table: dict[str, tuple[str, str]] = {}
    for upos, entries in classes.items():
        for entry in entries.split():
            form, _, lemma = entry.partition("=")
            table.setdefault(form, (upos, lemma or form))
    return table
