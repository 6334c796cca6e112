"""What the learner already knows: one rule, used by coverage and by the choice of example
sentences, so that a better model of the learner is a change in one place."""

from __future__ import annotations

from collections.abc import Callable

from .options import Options, level_zipf_threshold

KnownRule = Callable[[str, float], bool]  # (lemma, Zipf frequency) -> known?


def known_rule(options: Options, lang: str) -> KnownRule:
    """Known: on the learner's list (file or collection), or more frequent than the level's
    threshold (--max-zipf when given)."""
    listed = {w.lower() for w in options.known_words}
    threshold = options.max_zipf if options.max_zipf is not None else level_zipf_threshold(
        options.level, lang)

    def is_known(lemma: str, zipf: float) -> bool:
        return lemma.lower() in listed or zipf >= threshold

    return is_known


def with_learner_known(options: Options, lang: str) -> Options:
    """`options` with the words the learner's Anki collection shows they know, if one is given."""
    if not options.anki_collection:
        return options
    from .learner import collection_known_words

    words = collection_known_words(options.anki_collection, options.anki_decks,
                                   options.known_interval, lang)
    return options.with_(known_words=options.known_words | words, collection_words=words)
