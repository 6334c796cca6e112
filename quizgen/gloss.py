"""Meanings for the chosen words, offline: a teacher's glossary first, then a dictd dictionary.

A word with no meaning found keeps `gloss=None`; quizgen never makes a meaning up.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .dictionaries import DICTD_DIRS, DictdDictionary, Glossary, find_dictionary, freedict_name
from .dictionaries.senses import Found, find_meaning
from .errors import UsageError
from .model import VocabItem
from .options import Options


@dataclass(frozen=True)
class Meaning:
    text: str
    source: str
    pronunciation: str | None = None
    genders: frozenset[str] = frozenset()  # m | f | n as the dictionary gives them


@dataclass(frozen=True)
class GlossSources:
    """What add_glosses will consult for one language pair, and how to say so."""

    lang: str
    gloss_lang: str
    glossary: Glossary | None = None
    dictionary: DictdDictionary | None = None

    def describe(self) -> str:
        used = []
        if self.glossary is not None:
            used.append(f"glossary {str(self.glossary.path)!r} ({len(self.glossary)} words)")
        if self.dictionary is not None:
            used.append(f"dictionary {self.dictionary.name} ({self.dictionary.index_path.parent})")
        else:
            folders = ", ".join(str(d) for d in DICTD_DIRS)
            used.append(f"no dictionary found for {self.lang}->{self.gloss_lang} "
                        f"({freedict_name(self.lang, self.gloss_lang)} in {folders}); "
                        f"name one with --dictionary")
        return "meanings: " + "; ".join(used)


@lru_cache(maxsize=16)
def open_sources(lang: str, gloss_lang: str, dictionary: str | None = None,
                 glossary: str | None = None) -> GlossSources:
    """Open the glossary and dictionary once per process; a named one must exist."""
    teacher = Glossary.read(glossary) if glossary else None
    if dictionary:
        if not Path(dictionary).exists() and not Path(dictionary + ".index").exists():
            raise UsageError(f"dictionary {dictionary!r} does not exist")
        return GlossSources(lang, gloss_lang, teacher, DictdDictionary.open(dictionary))
    found = find_dictionary(lang, gloss_lang) if lang != gloss_lang else None
    return GlossSources(lang, gloss_lang, teacher, DictdDictionary.open(found) if found else None)


def sources_for(lang: str, options: Options) -> GlossSources:
    return open_sources(lang, options.gloss_lang, options.dictionary, options.glossary)


def _compound_heads(item: VocabItem) -> list[str]:
    """'Raketenstartanlage' (Rakete, Start, Anlage) -> ['Startanlage', 'Anlage']."""
    heads = []
    for i in range(1, len(item.parts)):
        head = "".join(p.strip("-") for p in item.parts[i:]).lower()
        heads.append(head[:1].upper() + head[1:] if item.pos == "NOUN" else head)
    return heads


def _from_found(found: Found, source: str, head: str | None = None) -> Meaning:
    text = f"→ {head}: {found.text}" if head else found.text
    return Meaning(text, source, found.pronunciation, found.genders)


def dictionary_meaning(dictionary: DictdDictionary, item: VocabItem, gloss_lang: str) -> Meaning | None:
    """The word itself (also in today's spelling); a verb also as reflexive; a compound by its
    ever shorter heads."""
    spellings = [item.lemma]
    if "ß" in item.lemma:  # older texts: 'blaß', 'gehaßt' are spelt 'blass', 'gehasst' since 1996
        spellings.append(item.lemma.replace("ß", "ss"))
    tries = spellings + ([f"sich {s}" for s in spellings] if item.pos == "VERB" else [])
    for word in tries:
        found = find_meaning(dictionary, word, item.pos, gloss_lang)
        if found:
            return _from_found(found, dictionary.name)
    for head in _compound_heads(item):
        found = find_meaning(dictionary, head, item.pos, gloss_lang)
        if found:  # the head's gender is the compound's; its IPA is not
            return Meaning(f"→ {head}: {found.text}", f"{dictionary.name} (head {head})",
                           None, found.genders)
    return None


def meaning_for(item: VocabItem, sources: GlossSources) -> Meaning | None:
    if sources.glossary is not None:
        entry = sources.glossary.lookup(item.lemma)
        if entry is not None:
            return Meaning(entry.text, f"glossary {sources.glossary.name}")
    if sources.dictionary is not None:
        return dictionary_meaning(sources.dictionary, item, sources.gloss_lang)
    return None


def add_glosses(vocabulary: tuple[VocabItem, ...], lang: str, options: Options) -> tuple[VocabItem, ...]:
    """Fill gloss, gloss_source and pronunciation where a source knows the word."""
    sources = sources_for(lang, options)
    out = []
    for item in vocabulary:
        meaning = meaning_for(item, sources)
        if meaning is None:
            out.append(item)
        else:
            out.append(replace(item, gloss=meaning.text, gloss_source=meaning.source,
                               pronunciation=meaning.pronunciation or item.pronunciation))
    return tuple(out)
