"""Article -> spaCy Docs (one per paragraph) -> Analysis."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.attrs import IDX, IS_SPACE, LEMMA, LENGTH, POS, SPACY, TAG
from spacy.language import Language
from spacy.parts_of_speech import NAMES as UNIVERSAL_POS_NAMES
from spacy.tokens import Doc

from ..errors import InputError
from ..languages import SUPPORTED, get_language
from ..model import Analysis, Article, Sentence, Token
from ..runtime.cache import added_to_caches, mark_caches, merge_caches
from ..runtime.collector import collector_paused, freeze_lasting_objects
from ..runtime.progress import LONG_TEXT_CHARS, paragraph_bar
from ..runtime.workers import can_fork, forked_workers, inherited
from .detect import detect_language
from .frequency import saved_frequencies
from .marks import names_and_particles
from .names import propagate_names
from .nlp import load_pipeline
from .segment import dateline_end, sentence_ranges

# A sentence this long is cut into pieces at token boundaries: a line of 1 MB without
# punctuation must not become one "sentence".
MAX_SENTENCE_TOKENS = 120
# Signs of a credit line in any language; the words of each language are in its profile.
CREDIT_SIGNS = ("©", "(c)", "Copyright")
CREDIT_MARKERS = re.compile(
    "|".join(re.escape(marker) for marker in dict.fromkeys(
        (*CREDIT_SIGNS, *(m for code in SUPPORTED for m in get_language(code).credit_markers)))),
    re.IGNORECASE,
)


# Forking the workers costs little (they inherit the loaded pipeline), but sending the
# results back does: a text shorter than a long one (as the progress bar counts it) is
# analysed in one process.
PARALLEL_MIN_CHARS = LONG_TEXT_CHARS
MAX_DEFAULT_JOBS = 4
OWN_SHARE_EXTRA = 0.03  # how much more than an equal share the main process analyses


def _sentence_kind(text: str, is_dateline: bool) -> str:
    if is_dateline or text.startswith(("—", "–", "--")) or CREDIT_MARKERS.search(text):
        return "credit"
    if not text.rstrip().endswith((".", "!", "?", "…", "“", "”", "\"", "«", "»", ")", "'")):
        return "heading"
    return "body"


# A paragraph's token attributes, read in one go (`_TokenTable`).
COLUMNS = [IDX, LENGTH, LEMMA, POS, TAG, SPACY, IS_SPACE]


class _TokenTable:
    """A paragraph's tokens as rows of `COLUMNS`, read with one `Doc.to_array`: read token
    by token through spaCy, every token and every attribute is a new Python object."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.text = text  # the same as doc.text, which joins every token's text again
        self.rows: list[list[int]] = doc.to_array(COLUMNS).tolist() if len(doc) else []
        self.strings = doc.vocab.strings
        self.names, self.particles = names_and_particles(doc)
        self.has_morph = doc.has_annotation("MORPH")

    def words(self, start: int, end: int) -> list[int]:
        """Indexes of the tokens from `start` to `end` that are not whitespace."""
        return [i for i in range(start, end) if not self.rows[i][6]]

    def tokens(self, words: list[int], end: int) -> tuple[Token, ...]:
        """`words` (a sentence's token indexes, the sentence ending before token `end`) as
        quizgen's Tokens, with offsets from the first word's first character."""
        rows, text, strings, names = self.rows, self.text, self.strings, self.names
        base = rows[words[0]][0]
        # Positions in the sentence's token tuple, which leaves out whitespace tokens; a
        # particle outside this piece of a cut-up sentence is not linked.
        position = {i: n for n, i in enumerate(words)} if self.particles else {}
        out = []
        for i in words:
            idx, length, lemma, pos, tag, space, _ = rows[i]
            word = text[idx : idx + length]
            particle = self.particles.get(i) if self.particles else None
            out.append(Token(
                word,
                strings[lemma] or word,
                UNIVERSAL_POS_NAMES[pos] or "X",
                strings[tag] or "_",
                idx - base,
                idx - base + length,
                bool(space) and i + 1 < end,  # space_after
                names.get(i, False),  # is_name
                (str(self.doc[i].morph) or "_") if self.has_morph else "_",  # feats
                None if particle is None else position.get(particle),
            ))
        return tuple(out)

    def text_of(self, words: list[int]) -> str:
        first, last = self.rows[words[0]], self.rows[words[-1]]
        return self.text[first[0] : last[0] + last[1]]


def sentences_from_docs(docs: Iterable[tuple[Doc, str]],
                        first_paragraph: int = 0) -> list[Sentence]:
    """The sentences of `docs`, one (Doc, its text) per paragraph, numbered from
    `first_paragraph`. Sentence indexes are positions in the returned list."""
    sentences: list[Sentence] = []
    for paragraph, (doc, doc_text) in enumerate(docs, start=first_paragraph):
        table = _TokenTable(doc, doc_text)
        first = True
        dateline = dateline_end(doc)  # where the segmenter split the dateline off
        for sentence_start, sentence_end in sentence_ranges(doc):
            for start in range(sentence_start, sentence_end, MAX_SENTENCE_TOKENS):
                end = min(start + MAX_SENTENCE_TOKENS, sentence_end)
                words = table.words(start, end)
                if not words:
                    continue
                text = table.text_of(words)
                is_dateline = first and dateline is not None and end == dateline + 1
                sentences.append(
                    Sentence(
                        index=len(sentences),
                        paragraph=paragraph,
                        text=text,
                        tokens=table.tokens(words, end),
                        kind=_sentence_kind(text, is_dateline),
                    )
                )
                first = False
    return sentences


def _batches(paragraphs: tuple[str, ...], count: int,
             first: int = 0) -> list[tuple[int, tuple[str, ...]]]:
    """`paragraphs` (numbered from `first`) cut into about `count` runs of similar length:
    (number of the run's first paragraph, run)."""
    goal = sum(map(len, paragraphs)) / count
    batches: list[tuple[int, tuple[str, ...]]] = []
    start = size = 0
    for i, paragraph in enumerate(paragraphs):
        size += len(paragraph)
        if size >= goal or i == len(paragraphs) - 1:
            batches.append((first + start, paragraphs[start : i + 1]))
            start, size = i + 1, 0
    return batches


def _shares(paragraphs: tuple[str, ...],
            jobs: int) -> tuple[tuple[str, ...], list[tuple[int, tuple[str, ...]]]]:
    """The first paragraphs for this process, and `jobs - 1` batches of the rest for the
    workers (see `_batches`). A worker's sentences still have to be pickled, sent and
    unpickled when it is done, so this process takes OWN_SHARE_EXTRA more than an equal
    share: the workers' results then arrive while it is still at work."""
    goal = sum(map(len, paragraphs)) * (1 + OWN_SHARE_EXTRA) / jobs
    size = cut = 0
    while cut < len(paragraphs) and size < goal:
        size += len(paragraphs[cut])
        cut += 1
    return paragraphs[:cut], _batches(paragraphs[cut:], jobs - 1, first=cut)


def _analyse_batch(nlp: Language, batch: tuple[int, tuple[str, ...]]) -> list[Sentence]:
    first, paragraphs = batch
    return sentences_from_docs(zip(nlp.pipe(paragraphs), paragraphs, strict=True), first)


def _serial(nlp: Language, paragraphs: tuple[str, ...]) -> Iterator[tuple[int, list[Sentence]]]:
    for i, (doc, text) in enumerate(zip(nlp.pipe(paragraphs), paragraphs, strict=True)):
        yield 1, sentences_from_docs(((doc, text),), i)


def _parallel(nlp: Language, paragraphs: tuple[str, ...], jobs: int,
              source: str) -> Iterator[tuple[int, list[Sentence]]]:
    """`jobs` processes analyse a share of the paragraphs each: this one the first share
    (its sentences need no sending), `jobs - 1` forked workers the others. The workers
    share the loaded pipeline; each returns finished Sentences and what it added to the
    word caches, which joins this process's (so the caches on disk still grow).

    Each worker gets its whole share as one task: handing out smaller ones needs this
    process's task thread, which waits for the interpreter lock while this process
    analyses, and the workers would sit idle between tasks."""
    own, batches = _shares(paragraphs, jobs)
    stopped = (f"{source}: a worker process stopped before it was done (out of memory?); "
               "with --jobs 1 it is analysed in one process")
    with forked_workers(jobs - 1, nlp, stopped, initializer=mark_caches) as pool:
        results = [pool.submit(_worker, batch) for batch in batches]  # forks here
        yield from _serial(nlp, own)
        for (_, run), result in zip(batches, results, strict=True):
            packed, added = result.result()
            merge_caches(added)
            yield len(run), _unpacked(packed)


def _worker(batch: tuple[int, tuple[str, ...]]) -> tuple[list[tuple], dict]:
    """In a worker: the batch's sentences (packed), with the pipeline the pool was handed."""
    return _packed(_analyse_batch(inherited(), batch)), added_to_caches()


def _packed(sentences: list[Sentence]) -> list[tuple]:
    """Sentences as plain tuples, to send from a worker: pickle writes and reads tuples
    itself, but calls Python code for each NamedTuple or dataclass, about three times as
    slow for a book's 100,000 tokens."""
    return [(s.index, s.paragraph, s.text, [tuple(t) for t in s.tokens], s.kind)
            for s in sentences]


def _unpacked(packed: list[tuple]) -> list[Sentence]:
    return [Sentence(index, paragraph, text, tuple(map(Token._make, tokens)), kind)
            for index, paragraph, text, tokens, kind in packed]


def _renumber(batches: Iterable[list[Sentence]]) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    for sentences in batches:
        base = len(out)
        out.extend(s if s.index == base + n else replace(s, index=base + n)
                   for n, s in enumerate(sentences))
    return tuple(out)


def uses_workers(paragraphs: tuple[str, ...], jobs: int | None) -> bool:
    """Is a text long enough, and the machine able, to share its work out to forked
    worker processes? (`jobs`: as for `analyze`)"""
    return ((jobs or default_jobs()) > 1 and sum(map(len, paragraphs)) >= PARALLEL_MIN_CHARS
            and can_fork())


def default_jobs() -> int:
    """One analysing process per CPU core this process may use, up to MAX_DEFAULT_JOBS."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(MAX_DEFAULT_JOBS, cores or 1))


def prepare(article: Article, lang: str = "auto",
            spacy_model: str | None = None) -> tuple[str, Language]:
    """`article`'s language and its pipeline with everything it needs loaded: the tagger
    model, the lexicons, the word caches (so that processes forked afterwards share them
    and hand back what they add)."""
    text = "\n".join(article.paragraphs)
    if not text.strip():
        raise InputError(f"{article.source or 'input'}: no text to analyse")
    language = detect_language(text, source=article.source) if lang == "auto" else lang
    nlp = load_pipeline(language, spacy_model)
    nlp("Start.")
    saved_frequencies()
    freeze_lasting_objects()
    return language, nlp


def analyze(article: Article, lang: str = "auto", spacy_model: str | None = None,
            progress: bool = False, jobs: int | None = None) -> Analysis:
    """Split `article` into sentences and tokens with lemmas, POS and name flags.

    `progress` shows a bar over the paragraphs of a long text on a terminal; `jobs` > 1
    analyses a long text's paragraphs in that many processes, this one and forked workers
    (same result; None: one per CPU core, up to four).
    """
    language, nlp = prepare(article, lang, spacy_model)
    paragraphs = article.paragraphs
    if uses_workers(paragraphs, jobs):
        batches = _parallel(nlp, paragraphs, jobs or default_jobs(), article.source or "input")
    else:
        batches = _serial(nlp, paragraphs)
    with collector_paused():  # the sentences pile up, none of them garbage (collector.py)
        sentences = _renumber(paragraph_bar(batches, paragraphs, progress))
        sentences = propagate_names(sentences, language)
        analysis = Analysis(article=replace(article, language=language), language=language,
                            sentences=sentences)
        # The analysis serves every later stage. Frozen before the collector runs again,
        # whose first collection would otherwise walk all of it.
        freeze_lasting_objects()
    return analysis
