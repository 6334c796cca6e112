"""Article -> spaCy Docs (one per paragraph) -> Analysis."""

from __future__ import annotations

import multiprocessing
import os
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token as SpacyToken

from .cache import added_to_caches, mark_caches, merge_caches
from .collector import collector_paused, freeze_lasting_objects
from .detect import detect_language
from .errors import InputError, QuizgenError
from .frequency import saved_frequencies
from .marks import names_and_particles
from .model import Analysis, Article, Sentence, Token
from .names import propagate_names
from .nlp import load_pipeline
from .progress import paragraph_bar
from .segment import sentences as sentence_spans

# A sentence this long is cut into pieces at token boundaries: a line of 1 MB without
# punctuation must not become one "sentence".
MAX_SENTENCE_TOKENS = 120
CREDIT_MARKERS = re.compile(
    r"(trugen bei|mitgearbeitet|Mitarbeit:|contributed|Foto:|Fotos:|Bild:|Quelle:|©|\(c\)|"
    r"Copyright|Reporting by|Editing by|a contribué|contribuyeron|hanno contribuito)",
    re.IGNORECASE,
)


# Forking the workers costs little (they inherit the loaded pipeline), but sending the
# results back does: below this a text is analysed in one process.
PARALLEL_MIN_CHARS = 100_000
MAX_DEFAULT_JOBS = 4
OWN_SHARE_EXTRA = 0.06  # how much more than an equal share the main process analyses

DATELINE_ONLY = re.compile(r"^[A-ZÄÖÜ .\-/()]+[-–—:]$")


def _sentence_kind(text: str, is_dateline: bool) -> str:
    if is_dateline or text.startswith(("—", "–", "--")) or CREDIT_MARKERS.search(text):
        return "credit"
    if not text.rstrip().endswith((".", "!", "?", "…", "“", "”", "\"", "«", "»", ")", "'")):
        return "heading"
    return "body"


def _tokens(words: list[SpacyToken], end: int, base: int, has_morph: bool) -> tuple[Token, ...]:
    """`words` (a sentence's tokens but whitespace, ending before token `end` of the doc)
    as quizgen's Tokens; `base` is the sentence's first character in the doc.

    Each spaCy token read makes a new Python object, so every word is visited once."""
    # Positions in the sentence's token tuple, which leaves out whitespace tokens; a
    # particle outside this piece of a cut-up sentence is not linked.
    position = {tok.i: n for n, tok in enumerate(words)}
    names, particles = names_and_particles(words[0].doc)
    out = []
    for tok in words:
        particle = particles.get(tok.i)
        text = tok.text
        start = tok.idx - base
        out.append(
            Token(
                text=text,
                lemma=tok.lemma_ or text,
                upos=tok.pos_ or "X",
                xpos=tok.tag_ or "_",
                start=start,
                end=start + len(text),
                space_after=bool(tok.whitespace_) and tok.i + 1 < end,
                is_name=names.get(tok.i, False),
                feats=(str(tok.morph) or "_") if has_morph else "_",
                particle=None if particle is None else position.get(particle),
            )
        )
    return tuple(out)


def _chunks(sent: SpacySpan) -> Iterable[SpacySpan]:
    for start in range(sent.start, sent.end, MAX_SENTENCE_TOKENS):
        yield sent.doc[start : min(start + MAX_SENTENCE_TOKENS, sent.end)]


def sentences_from_docs(docs: Iterable[Doc], first_paragraph: int = 0) -> list[Sentence]:
    """The sentences of `docs`, one Doc per paragraph, numbered from `first_paragraph`.
    Sentence indexes are positions in the returned list."""
    sentences: list[Sentence] = []
    for paragraph, doc in enumerate(docs, start=first_paragraph):
        first = True
        doc_text = doc.text  # spaCy joins every token's text on each call
        has_morph = doc.has_annotation("MORPH")
        for sent in sentence_spans(doc):
            for piece in _chunks(sent):
                words = [t for t in piece if not t.is_space]
                if not words:
                    continue
                base = words[0].idx
                text = doc_text[base : words[-1].idx + len(words[-1].text)]
                is_dateline = first and piece.end < len(doc) and bool(DATELINE_ONLY.match(text))
                sentences.append(
                    Sentence(
                        index=len(sentences),
                        paragraph=paragraph,
                        text=text,
                        tokens=_tokens(words, piece.end, base, has_morph),
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
    return sentences_from_docs(nlp.pipe(paragraphs), first)


def _serial(nlp: Language, paragraphs: tuple[str, ...]) -> Iterator[tuple[int, list[Sentence]]]:
    for i, doc in enumerate(nlp.pipe(paragraphs)):
        yield 1, sentences_from_docs((doc,), i)


# The parent's pipeline while workers run: forked workers inherit it instead of loading
# their own.
_WORKER_NLP: Language | None = None


def _parallel(nlp: Language, paragraphs: tuple[str, ...], jobs: int,
              source: str) -> Iterator[tuple[int, list[Sentence]]]:
    """`jobs` processes analyse a share of the paragraphs each: this one the first share
    (its sentences need no sending), `jobs - 1` forked workers the others. The workers
    share the loaded pipeline; each returns finished Sentences and what it added to the
    word caches, which joins this process's (so the caches on disk still grow).

    Each worker gets its whole share as one task: handing out smaller ones needs this
    process's task thread, which waits for the interpreter lock while this process
    analyses, and the workers would sit idle between tasks. (concurrent.futures rather
    than multiprocessing.Pool: a worker that dies, say killed for memory, is an error
    here, where Pool would wait for its result for ever.)"""
    global _WORKER_NLP
    _WORKER_NLP = nlp
    own, batches = _shares(paragraphs, jobs)
    try:
        with ProcessPoolExecutor(jobs - 1, mp_context=multiprocessing.get_context("fork"),
                                 initializer=mark_caches) as pool:
            results = [pool.submit(_worker, batch) for batch in batches]  # forks here
            yield from _serial(nlp, own)
            for (_, run), result in zip(batches, results, strict=True):
                sentences, added = result.result()
                merge_caches(added)
                yield len(run), sentences
    except BrokenProcessPool as exc:
        raise QuizgenError(f"{source}: a worker process stopped before it was done (out of "
                           "memory?); with --jobs 1 it is analysed in one process") from exc
    finally:
        _WORKER_NLP = None


def _worker(batch: tuple[int, tuple[str, ...]]) -> tuple[list[Sentence], dict]:
    assert _WORKER_NLP is not None
    return _analyse_batch(_WORKER_NLP, batch), added_to_caches()


def _renumber(batches: Iterable[list[Sentence]]) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    for sentences in batches:
        base = len(out)
        out.extend(s if s.index == base + n else replace(s, index=base + n)
                   for n, s in enumerate(sentences))
    return tuple(out)


def can_fork() -> bool:
    """Workers are forked (they share the loaded pipeline); where a platform cannot fork,
    the analysis stays in one process."""
    return "fork" in multiprocessing.get_all_start_methods()


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
    freeze_lasting_objects()  # the analysis serves every later stage
    return analysis
