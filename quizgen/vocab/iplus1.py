"""i+1 example sentences: for each chosen word, of the sentences it occurs in, the one whose
other content words the learner knows, so that the card teaches one new word at a time."""

from __future__ import annotations

from dataclasses import replace

from ..model import Analysis, Sentence, Token, VocabItem
from ..options import Options
from .known import known_rule


def _unknown_others(sentence: Sentence, token: Token, unknown: dict[int, set[int]]) -> int:
    """Unknown content words in `sentence` besides the word itself."""
    return len(unknown.get(sentence.index, set()) - {token.start})


def prefer_known_context(items: tuple[VocabItem, ...], analysis: Analysis,
                         options: Options) -> tuple[VocabItem, ...]:
    """`items` with each one's sentence moved to its i+1 occurrence where the text has one;
    body text still comes before headings, and ties keep the sentence selection chose."""
    from .select import collect_candidates, sentence_score

    candidates = collect_candidates(analysis)
    is_known = known_rule(options, analysis.language)
    unknown: dict[int, set[int]] = {}  # sentence -> start offsets of its unknown words
    for candidate in candidates.values():
        if not is_known(candidate):
            for sentence, token in candidate.occurrences:
                unknown.setdefault(sentence.index, set()).add(token.start)
    by_lemma = {c.lemma: c for c in candidates.values()}
    chosen = []
    for item in items:
        candidate = by_lemma.get(item.lemma)
        if candidate is None or len(candidate.occurrences) < 2:
            chosen.append(item)
            continue
        current = analysis.sentences[item.sentence]
        best, token = min(candidate.occurrences, key=lambda occ: (
            sentence_score(occ[0])[0], _unknown_others(occ[0], occ[1], unknown),
            occ[0].index != current.index, sentence_score(occ[0])))
        chosen.append(item if best.index == current.index else _moved(item, best, token))
    return tuple(chosen)


def _moved(item: VocabItem, sentence: Sentence, token: Token) -> VocabItem:
    form, extra = token.text, ()
    if token.particle is not None:  # a separable verb: both parts are the word
        particle = sentence.tokens[token.particle]
        form, extra = f"{token.text} … {particle.text}", ((particle.start, particle.end),)
    return replace(item, form=form, sentence=sentence.index, start=token.start, end=token.end,
                   extra_spans=extra)
