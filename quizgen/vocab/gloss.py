"""Meanings for the chosen words, offline: a teacher's glossary first, then a dictd dictionary
(or, for German explanations, German Wiktionary), in the sense the word has in its sentence.

A word with no meaning found keeps `gloss=None`; quizgen never makes a meaning up.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from ..analysis.names import named_by_its_meaning
from ..errors import UsageError
from ..languages import language_part
from ..model import Analysis, Sentence, VocabItem
from ..options import Options
from .dictionaries import (
    DICTD_DIRS,
    DictdDictionary,
    Glossary,
    default_gloss_lang,
    find_dictionary,
    freedict_name,
)
from .dictionaries.explained import Explained
from .dictionaries.ranking import BackTranslation, back_translation
from .dictionaries.senses import Found, find_meaning
from .dictionaries.topic import TextTopic
from .dictionaries.wiktionary import (
    ATTRIBUTION,
    PACKAGE,
    Wiktionary,
    fitting_sense,
    short_explanation,
    wiktionary_for,
)

INSTALL_SCRIPT = "quizgen/vocab/dictionaries/install-freedict.sh"


@dataclass(frozen=True)
class Meaning:
    text: str
    source: str
    pronunciation: str | None = None
    genders: frozenset[str] = frozenset()  # m | f | n as the dictionary gives them
    reflexive: bool = False  # found under the verb's reflexive entry ("sich befinden")


@dataclass(frozen=True)
class GlossSources:
    """What add_glosses will consult for one language pair, and how to say so."""

    lang: str
    gloss_lang: str
    glossary: Glossary | None = None
    dictionary: DictdDictionary | None = None
    back: BackTranslation | None = None  # the reverse dictionary, to rank senses
    wiktionary: Wiktionary | None = None  # German explanations of German words

    def describe(self) -> str:
        used = []
        if self.glossary is not None:
            used.append(f"glossary {str(self.glossary.path)!r} ({len(self.glossary)} words)")
        if self.dictionary is not None:
            used.append(f"dictionary {self.dictionary.name} ({self.dictionary.index_path.parent})")
        elif self.wiktionary is not None:
            used.append(ATTRIBUTION)
        else:
            used.append(self.missing() or "no dictionary")
        return "meanings: " + "; ".join(used)

    def missing(self) -> str | None:
        """What to do when no dictionary gives meanings for this pair, in one line."""
        if self.dictionary is not None or self.wiktionary is not None:
            return None
        if self.lang == self.gloss_lang:
            return (f"no {self.lang} explanations of {self.lang} words are available "
                    f"(for German: pip install {PACKAGE}); choose another --gloss-lang")
        name = freedict_name(self.lang, self.gloss_lang)
        folders = ", ".join(str(d) for d in DICTD_DIRS)
        return (f"no dictionary found for {self.lang}->{self.gloss_lang} meanings ({name} in {folders}), "
                f"so the cards have none: install it with 'sudo apt-get install dict-{name}' "
                f"(or bash {INSTALL_SCRIPT}), or name one with --dictionary")


def gloss_language(lang: str, chosen: str | None) -> str:
    return chosen or default_gloss_lang(lang)


@lru_cache(maxsize=16)
def open_sources(lang: str, gloss_lang: str, dictionary: str | None = None,
                 glossary: str | None = None) -> GlossSources:
    """Open the glossary and dictionary once per process; a named one must exist."""
    teacher = Glossary.read(glossary) if glossary else None
    reverse = find_dictionary(gloss_lang, lang) if lang != gloss_lang else None
    back = back_translation(str(reverse) if reverse else None)
    if dictionary:
        if not Path(dictionary).exists() and not Path(dictionary + ".index").exists():
            raise UsageError(f"dictionary {dictionary!r} does not exist")
        return GlossSources(lang, gloss_lang, teacher, DictdDictionary.open(dictionary), back)
    if lang == gloss_lang:  # explanations in the text's own language
        return GlossSources(lang, gloss_lang, teacher, wiktionary=wiktionary_for(lang))
    found = find_dictionary(lang, gloss_lang)
    return GlossSources(lang, gloss_lang, teacher, DictdDictionary.open(found) if found else None, back)


def _explained(sources: GlossSources, sentence: Sentence | None, reflexive: bool,
               rules: ModuleType | None) -> Explained | None:
    """The word's explanation in its own language, to point to one of its senses."""
    wiktionary = wiktionary_for(sources.lang)
    if wiktionary is None or sources.dictionary is None or rules is None:
        return None
    def explain(headword: str) -> tuple[str, ...]:  # 'sich erholen', else 'erholen'
        return wiktionary.lookup(headword) or wiktionary.lookup(headword.split()[-1])
    def choose(explanations: tuple[str, ...]) -> tuple[str, ...]:  # the first and the fitting one
        fitting = fitting_sense(explanations, sentence.text if sentence else "", reflexive)
        return tuple(dict.fromkeys([*explanations[:1], *([fitting] if fitting else [])]))
    return Explained(sources.dictionary, explain, choose, rules.explanation_words)


def sources_for(lang: str, options: Options) -> GlossSources:
    return open_sources(lang, gloss_language(lang, options.gloss_lang), options.dictionary, options.glossary)


@lru_cache(maxsize=16)
def warn_once(message: str) -> None:
    print(f"quizgen: note: {message}", file=sys.stderr)


def warn_if_no_meanings(lang: str, options: Options) -> None:
    """Say once per run (on stderr) when the cards of this language will have no meanings."""
    message = sources_for(lang, options).missing()
    if message:
        warn_once(message)


def clause_words(item: VocabItem, sentence: Sentence | None, rules: ModuleType | None) -> list[str]:
    """The other words of the word's clause, in lower case ([] without the language's rules)."""
    if rules is None or sentence is None:
        return []
    tokens = sentence.tokens
    at = next((i for i, t in enumerate(tokens) if t.start == item.start), None)
    if at is None:
        return []
    start, end = at, at
    while start > 0 and tokens[start - 1].text.casefold() not in rules.CLAUSE_BREAKS:
        start -= 1
    while end + 1 < len(tokens) and tokens[end + 1].text.casefold() not in rules.CLAUSE_BREAKS:
        end += 1
    return [t.text.casefold() for i, t in enumerate(tokens[start:end + 1], start) if i != at]


def used_reflexively(item: VocabItem, clause: list[str], rules: ModuleType | None) -> bool:
    """A reflexive pronoun in the verb's clause: 'sie setzte sich für ... ein', 'wir freuen uns'."""
    if rules is None or item.pos not in ("VERB", "AUX"):
        return False
    pronouns = rules.REFLEXIVE_PRONOUNS
    return any(w in pronouns and (pronouns[w] is None or pronouns[w] in clause) for w in clause)


def _compound_heads(item: VocabItem) -> list[str]:
    """'Raketenstartanlage' (Rakete, Start, Anlage) -> ['Startanlage', 'Anlage']."""
    heads = []
    for i in range(1, len(item.parts)):
        head = "".join(p.strip("-") for p in item.parts[i:]).lower()
        heads.append(head[:1].upper() + head[1:] if item.pos == "NOUN" else head)
    return heads


def _from_found(found: Found, source: str, reflexive: bool = False) -> Meaning:
    return Meaning(found.text, source, found.pronunciation, found.genders, reflexive)


def _nominal_adjectives(item: VocabItem, rules: ModuleType | None) -> list[tuple[str, str]]:
    """das Verbrennen -> ('verbrennen', VERB); die Betrunkene -> ('betrunken', ADJ); der
    Studierende -> ('studieren', VERB) as well."""
    if rules is None or item.pos != "NOUN":
        return []
    verb = rules.verb_of_noun(item.lemma)
    tries = [(verb, "VERB")] if verb else []
    for adjective in rules.adjective_of_noun(item.lemma):
        tries.append((adjective, "ADJ"))
        verb = rules.participle_verb(adjective)
        if verb:
            tries.append((verb, "VERB"))
    return tries


def dictionary_meaning(dictionary: DictdDictionary, item: VocabItem, gloss_lang: str,
                       back: BackTranslation | None = None, reflexive: bool = False,
                       rules: ModuleType | None = None,
                       clause: frozenset[str] = frozenset(), lang: str = "",
                       explained: Explained | None = None, topic: TextTopic | None = None) -> Meaning | None:
    """The word itself (also in today's spelling), a verb used reflexively by its reflexive
    entry first; a nominalised adjective by the adjective; a compound by its ever shorter heads."""
    spellings = [item.lemma]
    if "ß" in item.lemma:  # older texts: 'blaß', 'gehaßt' are spelt 'blass', 'gehasst' since 1996
        spellings.append(item.lemma.replace("ß", "ss"))
    plain = [(s, False, item.pos) for s in spellings]
    if item.pos == "ADJ" and item.lemma.islower() and item.lemma.endswith(("en", "ern", "eln")):
        plain.append((item.lemma, False, "VERB"))  # a participle brought to its verb: 'beschädigt'
    own = [(f"sich {s}", True, item.pos) for s in spellings] if item.pos in ("VERB", "AUX") else []
    # 'auf jdn./etw. angewiesen sein' is filed as a verb
    phrases = [(p, p.startswith("sich "), "VERB")
               for p in rules.fixed_phrases(item.lemma, item.pos, clause, reflexive)] if rules else []
    # a verb the dictionary has only with its preposition: 'sich in jdn. verlieben'
    uses = [(u, True, "VERB") for u in rules.reflexive_uses(item.lemma)] if rules and reflexive else []
    for word, is_reflexive, pos in phrases + (own + plain if reflexive else plain + own) + uses:
        found = find_meaning(dictionary, word, pos, gloss_lang, back, clause, item.form, lang,
                             explained, topic)
        if found:
            return _from_found(found, dictionary.name, is_reflexive and reflexive)
    for word, pos in _nominal_adjectives(item, rules):
        found = find_meaning(dictionary, word, pos, gloss_lang, back, lang=lang, explained=explained,
                             topic=topic)
        if found:
            return Meaning(found.text, f"{dictionary.name} ({word})", None, frozenset())
    for head in _compound_heads(item):
        found = find_meaning(dictionary, head, item.pos, gloss_lang, back, lang=lang, topic=topic)
        if found:  # the head's gender is the compound's; its IPA is not
            return Meaning(f"→ {head}: {found.text}", f"{dictionary.name} (head {head})",
                           None, found.genders)
    return None


def explanation(wiktionary: Wiktionary, item: VocabItem, sentence: Sentence | None,
                reflexive: bool, rules: ModuleType | None) -> Meaning | None:
    """A German explanation: the Wiktionary sense that fits the sentence best."""
    context = sentence.text if sentence is not None else ""
    words = [item.lemma] + [adjective for adjective, _ in _nominal_adjectives(item, rules)]
    if reflexive:
        words.insert(0, f"sich {item.lemma}")
    for word in words:
        sense = fitting_sense(wiktionary.lookup(word), context, reflexive)
        if sense:
            return Meaning(short_explanation(sense), ATTRIBUTION, reflexive=reflexive)
    return None


def meaning_for(item: VocabItem, sources: GlossSources, sentence: Sentence | None = None,
                topic: TextTopic | None = None) -> Meaning | None:
    rules = language_part(sources.lang, "senses")
    if sources.glossary is not None:
        entry = sources.glossary.lookup(item.lemma)
        if entry is not None:
            return Meaning(entry.text, f"glossary {sources.glossary.name}")
    clause = clause_words(item, sentence, rules)
    reflexive = used_reflexively(item, clause, rules)
    correction = rules.CORRECTIONS.get((item.lemma, sources.gloss_lang, reflexive)) if rules else None
    if correction:
        return Meaning(correction, f"quizgen corrections ({sources.lang})", reflexive=reflexive)
    if sources.dictionary is not None:
        return dictionary_meaning(sources.dictionary, item, sources.gloss_lang, sources.back, reflexive,
                                  rules, rules.clause_context(clause) if rules else frozenset(),
                                  sources.lang, _explained(sources, sentence, reflexive, rules), topic)
    if sources.wiktionary is not None:
        return explanation(sources.wiktionary, item, sentence, reflexive, rules)
    return None


def add_glosses(vocabulary: tuple[VocabItem, ...], lang: str, options: Options,
                analysis: Analysis | None = None) -> tuple[VocabItem, ...]:
    """Fill gloss, gloss_source, pronunciation and reflexive where a source knows the word;
    with the analysis, in the sense the word has in its sentence."""
    sources = sources_for(lang, options)
    topic = (TextTopic.of(sources.dictionary, analysis, sources.gloss_lang)
             if analysis is not None and sources.dictionary is not None and vocabulary else None)
    out = []
    for item in vocabulary:
        sentence = analysis.sentences[item.sentence] if analysis is not None else None
        meaning = meaning_for(item, sources, sentence, topic)
        if meaning is None:
            out.append(item)
        else:
            out.append(replace(item, gloss=meaning.text, gloss_source=meaning.source,
                               pronunciation=meaning.pronunciation or item.pronunciation,
                               reflexive=meaning.reflexive))
    return tuple(out)


def without_names(vocabulary: tuple[VocabItem, ...], lang: str,
                   options: Options) -> tuple[VocabItem, ...]:
    """The words whose meanings do not show them to be names of peoples or languages;
    a word the user asked for with --include stays."""
    gloss_lang = gloss_language(lang, options.gloss_lang)
    include = {word.lower() for word in options.include}
    return tuple(v for v in vocabulary
                 if v.lemma.lower() in include or not named_by_its_meaning(v, gloss_lang))
