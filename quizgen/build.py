"""The whole job: read articles, analyse, choose words, make exercises, write outputs."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from .analysis.analyze import analyze, default_jobs, prepare, uses_workers
from .errors import InputError, QuizgenError
from .exercises.cloze import make_cloze_cards
from .exercises.questions import asked_early, make_questions
from .exercises.questions.finish import questions_note
from .exercises.worksheet import with_worksheet
from .export import exporter, extension
from .ingest import check_input_format, expand_folders, read_articles
from .model import Analysis, Article, Quiz, VocabItem
from .naming import article_slug, unique_slug
from .options import Options
from .runtime.atomic import check_output_folder
from .runtime.cache import added_to_caches, mark_caches, merge_caches
from .runtime.progress import progress_bar
from .runtime.workers import forked_workers, inherited
from .vocab.coverage import text_coverage
from .vocab.gloss import add_glosses, sources_for, warn_if_no_meanings, without_names
from .vocab.iplus1 import prefer_known_context
from .vocab.known import with_learner_known
from .vocab.select import select_vocabulary

T = TypeVar("T")


def make_quiz(article: Article, options: Options, progress: bool = False) -> Quiz:
    """Everything for one article, in memory."""
    analysis = analyze(article, options.lang, options.spacy_model, progress=progress,
                       jobs=options.jobs)
    options = with_learner_known(options, analysis)
    fork = options.questions > 0 and uses_workers(article.paragraphs, options.jobs)
    with asked_early(analysis, fork) as asked_elsewhere:
        vocabulary = chosen_vocabulary(analysis, options)
        if not vocabulary and not options.include:
            raise InputError(
                f"{article.source or 'input'}: too little text for any card "
                f"(no word rarer than level {options.level} was found)"
            )
        warn_if_no_meanings(analysis.language, options)
        cards = make_cloze_cards(analysis, vocabulary, options)
        questions = make_questions(analysis, vocabulary, options, asked_elsewhere)
    if options.drop_questions:
        questions = tuple(q for q in questions if q.id not in options.drop_questions)
    quiz = Quiz(analysis=analysis, options=options, vocabulary=vocabulary, cloze_cards=cards,
                questions=questions)
    # Every quiz carries its worksheet: the exporters (and the web page's previews) show it.
    return with_worksheet(quiz)


def chosen_vocabulary(analysis: Analysis, options: Options) -> tuple[VocabItem, ...]:
    """The words to study in `analysis`, each in its i+1 sentence and with its meanings
    (`options` carry what the learner knows already: see `with_learner_known`)."""
    vocabulary = select_vocabulary(analysis, options)
    vocabulary = prefer_known_context(vocabulary, analysis, options)
    if not vocabulary:
        return vocabulary
    vocabulary = add_glosses(vocabulary, analysis.language, options, analysis=analysis)
    return _with_meanings(without_names(vocabulary, analysis.language, options), analysis.language,
                          options)


def _with_meanings(vocabulary: tuple[VocabItem, ...], lang: str,
                   options: Options) -> tuple[VocabItem, ...]:
    """Where a dictionary gives meanings, the words it has one for: a card without its
    meaning teaches nothing. A word the user asked for with --include stays."""
    if sources_for(lang, options).missing() or not any(v.gloss for v in vocabulary):
        return vocabulary  # no meanings at all: the deck is one of words only
    include = {word.lower() for word in options.include}
    return tuple(v for v in vocabulary if v.gloss or v.lemma.lower() in include)


def write_outputs(quiz: Quiz, slug: str, options: Options) -> list[Path]:
    out = Path(options.out)
    written = []
    for fmt in options.formats:
        path = out / f"{slug}.{extension(fmt)}"
        also = exporter(fmt)(quiz, path)  # a worksheet writes its teacher's key beside it
        written.extend([path, *(also or [])])
    note = questions_note(quiz)
    if note:  # fewer questions than asked: say so, rather than leave the user guessing
        print(f"quizgen: {quiz.analysis.article.source or slug}: {note}", file=sys.stderr)
    return written


@dataclass
class BuildReport:
    written: list[Path] = field(default_factory=list)
    failures: list[tuple[str, QuizgenError]] = field(default_factory=list)
    built: list[str] = field(default_factory=list)  # sources of the articles built
    coverage: list[str] = field(default_factory=list)  # per article: what the learner can read
    skipped: list[tuple[str, str]] = field(default_factory=list)  # files in folders, and why

    def add(self, article: Article, written: list[Path] | None) -> None:
        """`article`'s outputs, if it was built (None: its failure is recorded already)."""
        if written is not None:
            self.written.extend(written)
            self.built.append(article.source)

    def summary(self) -> str:
        total = len(self.built) + len(self.failures)
        return (f"{len(self.built)} of {total} article{'s' if total != 1 else ''} built, "
                f"{len(self.failures)} failed, {len(self.written)} files written")


def build(sources: list[str], options: Options, progress: bool = False) -> BuildReport:
    """Build every output format for each article in `sources` (files, folders, '-').

    One failing article does not stop the rest; `progress` shows a bar on a terminal.
    """
    check_input_format(options.input_format)
    check_output_folder(Path(options.out))
    report = BuildReport()
    taken: set[str] = set()
    expanded, report.skipped = expand_folders(sources, (options.known_words_file, options.glossary))
    for source in progress_bar(expanded, progress):
        articles = _attempt(report, source, read_articles, source, options.input_format,
                            options.max_input_mb, options.epub)
        if not articles:
            continue
        if len(articles) > 1 and uses_workers(
                tuple(p for a in articles for p in a.paragraphs), options.jobs):
            _attempt(report, source, _build_chapters_in_workers, report, articles, options,
                     taken, progress)
            continue
        for article in progress_bar(articles, progress, unit="chapter"):
            written = _attempt(report, article.source, build_article, article, options, taken,
                               progress, report.coverage)
            report.add(article, written)
    return report


def build_article(article: Article, options: Options, taken: set[str],
                  progress: bool = False, coverage: list[str] | None = None) -> list[Path]:
    quiz = make_quiz(article, options, progress)
    written = write_outputs(quiz, unique_slug(article_slug(article), taken), options)
    if coverage is not None:
        coverage.append(coverage_line(quiz))
    return written


def coverage_line(quiz: Quiz) -> str:
    """'<source>: 88% of 375 running words known (by level B1), 24 new lemmas', and the
    warning when the text is far above the learner."""
    found = text_coverage(quiz.analysis, quiz.options)
    warning = found.warning()
    line = f"{quiz.analysis.article.source or quiz.title}: {found.describe()}"
    return f"{line}; warning: {warning}" if warning else line


def _build_chapters_in_workers(report: BuildReport, articles: list[Article], options: Options,
                               taken: set[str], progress: bool) -> None:
    """A book's chapters, each shorter than a text worth sharing out but together longer,
    built in forked worker processes (one per core, as for a long text), each chapter's
    outputs written by the worker that built it. A chapter's name is taken before it is
    built, so one that fails keeps its name to itself."""
    longest = max(articles, key=lambda article: sum(map(len, article.paragraphs)))
    with contextlib.suppress(QuizgenError):  # then each chapter reports its own error
        prepare(longest, options.lang, options.spacy_model)  # loaded once, before the fork
    slugs = [unique_slug(article_slug(article), taken) for article in articles]
    book = (articles, slugs, replace(options, jobs=1))  # no forks inside a worker
    stopped = (f"{articles[0].source.partition('#')[0]}: a worker process stopped before it "
               "was done (out of memory?); with --jobs 1 the chapters are built in one process")
    with forked_workers(options.jobs or default_jobs(), book, stopped,
                        initializer=mark_caches) as pool:
        built = [pool.submit(_build_chapter, i) for i in range(len(articles))]  # forks here
        for article, chapter in progress_bar(zip(articles, built, strict=True), progress,
                                             unit="chapter"):
            written, failures, added = chapter.result()
            merge_caches(added)
            report.failures.extend(failures)
            report.add(article, written)


def _build_chapter(i: int) -> tuple[list[Path] | None, list[tuple[str, QuizgenError]], dict]:
    """In a worker: chapter `i`'s outputs, its failure if any, and what the word caches
    gained (see cache.py)."""
    articles, slugs, options = inherited()
    report = BuildReport()
    written = _attempt(report, articles[i].source, _make_and_write, articles[i], slugs[i],
                       options)
    for _, error in report.failures:
        error.__cause__ = None  # the original exception may not survive pickling
    return written, report.failures, added_to_caches()


def _make_and_write(article: Article, slug: str, options: Options) -> list[Path]:
    return write_outputs(make_quiz(article, options), slug, options)


def _attempt(report: BuildReport, source: str, step: Callable[..., T], *args: Any) -> T | None:
    """Run one step for `source`; a failure is recorded in `report` and the run goes on."""
    try:
        return step(*args)
    except QuizgenError as exc:
        report.failures.append((source, exc))
    except Exception as exc:  # a bug met in one input must not cost the user all the others
        error = QuizgenError(f"{source}: internal error: {exc.__class__.__name__}: {exc} "
                             "(run with --debug for details)")
        error.__cause__ = exc
        report.failures.append((source, error))
    return None
