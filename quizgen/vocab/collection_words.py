"""The words a learner knows by their Anki collection: the lemmas of the notes they have
learnt, found with quizgen's own analysis (docs/anki.md)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..languages import language_part
from ..runtime.cache import SavedDict, code_fingerprint, load_or_build, versioned_cache
from .learner_collection import collection_cache_key, collection_notes, known_texts

MAX_SAVED_TEXTS = 300_000  # note texts whose lemmas are kept between runs
WORD = re.compile(r"[^\W\d_]+")
ENGLISH_MARGIN = 1.0  # Zipf: how much more frequent in English a word of an English field is


def _text_lemmas(lang: str) -> SavedDict:
    """Note text -> its lemmas, kept between runs: studying changes a collection every day,
    its notes' texts seldom, so a collection read again costs only its new notes."""
    return versioned_cache(f"anki-text-lemmas-{lang}", code_fingerprint(), MAX_SAVED_TEXTS)


def lemmas_of(texts: list[str], lang: str) -> frozenset[str]:
    """The lemmas (lower case) quizgen's own analysis gives the words of `texts`, in the
    form vocabulary selection compares: so 'Häuser' on a card makes 'Haus' known."""
    memo = _text_lemmas(lang).values
    new = [text for text in dict.fromkeys(texts) if text not in memo]
    if new:
        from ..analysis.analyze import analyze
        from ..model import Article
        from .select import collect_candidates

        analysis = analyze(Article("", tuple(new), lang, "anki collection"), lang)
        found: list[set[str]] = [set() for _ in new]
        for sentence in analysis.sentences:
            found[sentence.paragraph].update(t.lemma.lower() for t in sentence.tokens if t.lemma.isalpha())
        for key, candidate in collect_candidates(analysis).items():
            for sentence, _token in candidate.occurrences:
                found[sentence.paragraph].add(key.lower())
        for text, lemmas in zip(new, found, strict=True):
            memo[text] = tuple(sorted(lemmas))
    return frozenset(lemma for text in texts for lemma in memo[text])


def in_language(text: str, lang: str) -> bool:
    """False for a field in English when the words are `lang`'s: the meaning on the back of
    a German card says nothing about the German the learner knows (and costs as much to
    analyse as the front)."""
    from ..analysis.frequency import english_lead

    words = WORD.findall(text.lower())
    if lang == "en" or not words:
        return True
    english = sum(1 for word in words if english_lead(word, lang) > ENGLISH_MARGIN)
    return english * 2 <= len(words)


def collection_known_words(path: str, decks: tuple[str, ...], interval: int, lang: str) -> frozenset[str]:
    """Every word the learner knows by their collection (`quizgen known export`); kept in
    the cache folder by the collection's path and modification time."""
    return load_or_build(*collection_cache_key("anki-known", path, (decks, interval, lang)),
                         lambda: lemmas_of(_indexed_texts(path, decks, interval, lang).in_language(lang),
                                           lang))


@dataclass(frozen=True)
class IndexedTexts:
    """The note texts whose words count as known and, where the language has rules for
    which forms may belong to a lemma (its `stems` module), for each word key (`form_keys`)
    the texts with a word of that key: which notes may hold a form of a given lemma."""

    texts: tuple[str, ...]
    by_key: dict[str, tuple[int, ...]] | None  # None: no stem rules, every text may

    def texts_for(self, lemmas: Iterable[str], lang: str) -> list[str]:
        """The texts in `lang` with a word that may be a form of one of `lemmas`."""
        stems = language_part(lang, "stems")
        if stems is None or self.by_key is None:
            return self.in_language(lang)
        found: set[int] = set()
        for lemma in lemmas:
            for key in stems.lemma_keys(lemma):
                found.update(self.by_key.get(key, ()))
        return [text for text in (self.texts[i] for i in sorted(found)) if in_language(text, lang)]

    def in_language(self, lang: str) -> list[str]:
        return [text for text in self.texts if in_language(text, lang)]


def _indexed_texts(path: str, decks: tuple[str, ...], interval: int, lang: str) -> IndexedTexts:
    """Telling a text's language costs more than indexing it: only the texts a build
    analyses are asked (`texts_for`)."""
    stems = language_part(lang, "stems")

    def read() -> IndexedTexts:
        texts = tuple(known_texts(collection_notes(path), decks, interval))
        if stems is None:
            return IndexedTexts(texts, None)
        by_key: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            for key in {key for form in WORD.findall(text) for key in stems.form_keys(form)}:
                by_key.setdefault(key, []).append(i)
        return IndexedTexts(texts, {key: tuple(found) for key, found in by_key.items()})

    key = collection_cache_key("anki-texts", path, (decks, interval, stems is not None))
    return load_or_build(*key, read)


def known_among(path: str, decks: tuple[str, ...], interval: int, lang: str,
                lemmas: Iterable[str]) -> frozenset[str]:
    """Which of `lemmas` (a text's) the learner knows by their collection: the same words
    `collection_known_words` has of them, found by analysing only the notes with a word
    that may be a form of one of them."""
    wanted = {lemma.lower() for lemma in lemmas}
    texts = _indexed_texts(path, decks, interval, lang).texts_for(wanted, lang)
    return lemmas_of(texts, lang) & wanted


def known_words_file(path: str, decks: tuple[str, ...] = (), interval: int = 21,
                     lang: str = "auto") -> tuple[str, str]:
    """The language and text of a known-words file (one lemma a line, as --known-words
    reads it) made from the learner's collection; `lang` auto: detected from the notes."""
    if lang == "auto":
        from ..analysis.detect import detect_language

        texts = known_texts(collection_notes(path), decks, interval)
        if not texts:
            raise UsageError(f"Anki collection {path!r} has no card reviewed at an interval of "
                             f"{interval} days or more in the chosen decks; nothing is known yet")
        lang = detect_language(" ".join(texts[:2000]), path)
    words = sorted(collection_known_words(path, decks, interval, lang))
    header = (f"# known words ({lang}) from the Anki collection {Path(path).name}: "
              f"cards at an interval of {interval} days or more\n")
    return lang, header + "".join(f"{word}\n" for word in words)
