"""What the learner already knows: one rule, used by coverage and by the choice of example
sentences, so that a better model of the learner is a change in one place."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..options import Options

if TYPE_CHECKING:
    from ..model import Analysis
    from .select import Candidate

KnownRule = Callable[["Candidate"], bool]  # a word of the text, with its occurrences -> known?


def known_rule(options: Options, lang: str) -> KnownRule:
    """Known: on the learner's list (file or collection), or known at the level by the level
    model (levels.py, the same verdict that keeps a word off the cards); with --max-zipf, a
    word more frequent than that."""
    from .learner import Learner

    listed = {w.lower() for w in options.known_words}
    if options.max_zipf is not None:  # a Zipf band chosen by hand
        threshold = options.max_zipf
        return lambda candidate: candidate.lemma.lower() in listed or candidate.zipf >= threshold
    learner = Learner(lang, options)
    return lambda candidate: candidate.lemma.lower() in listed or learner.knows_candidate(candidate)


def with_learner_known(options: Options, analysis: Analysis) -> Options:
    """`options` with the words of `analysis` that the learner's Anki collection shows they
    know, if one is given. Only the words whose verdict the collection can change are looked
    up: those the level model does not know already, the parts of compounds (a compound of
    known words is transparent) and the words given with --include."""
    if not options.anki_collection:
        return options
    from ..analysis.dictionary import word_parts
    from .collection_words import known_among
    from .select import collect_candidates

    lang = analysis.language
    is_known = known_rule(options, lang)
    candidates = collect_candidates(analysis).values()
    wanted = {c.lemma for c in candidates if not is_known(c)} | set(options.include)
    wanted |= {part for c in candidates for part in (c.parts or word_parts(c.lemma, c.pos, lang))}
    words = known_among(options.anki_collection, options.anki_decks, options.known_interval, lang, wanted)
    return options.with_(known_words=options.known_words | words, collection_words=words)
