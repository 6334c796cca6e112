"""The whole job: read articles, analyse, choose words, make exercises, write outputs."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .analyze import analyze
from .cloze import make_cloze_cards
from .errors import InputError, QuizgenError
from .export import exporter
from .gloss import add_glosses
from .ingest import read_article
from .model import Article, Quiz
from .options import Options
from .questions import make_questions
from .select import select_vocabulary


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    return slug[:80] or "article"


def article_slug(article: Article) -> str:
    if article.source and article.source != "-":
        return slugify(Path(article.source).stem)
    return slugify(article.title)


def make_quiz(article: Article, options: Options) -> Quiz:
    """Everything for one article, in memory."""
    analysis = analyze(article, options.lang, options.spacy_model)
    vocabulary = select_vocabulary(analysis, options)
    if not vocabulary and not options.include:
        raise InputError(
            f"{article.source or 'input'}: too little text for any card "
            f"(no word rarer than level {options.level} was found)"
        )
    vocabulary = add_glosses(vocabulary, analysis.language, options)
    cards = make_cloze_cards(analysis, vocabulary, options)
    questions = make_questions(analysis, vocabulary, options)
    return Quiz(analysis=analysis, options=options, vocabulary=vocabulary, cloze_cards=cards,
                questions=questions)


def write_outputs(quiz: Quiz, slug: str, options: Options) -> list[Path]:
    out = Path(options.out)
    written = []
    for fmt in options.formats:
        path = out / f"{slug}.{fmt}"
        exporter(fmt)(quiz, path)
        written.append(path)
    return written


@dataclass
class BuildReport:
    written: list[Path] = field(default_factory=list)
    failures: list[tuple[str, QuizgenError]] = field(default_factory=list)


def build(sources: list[str], options: Options) -> BuildReport:
    """Build every output format for each source; one failing source does not stop the rest."""
    report = BuildReport()
    for source in sources:
        try:
            article = read_article(source, options.max_input_mb)
            quiz = make_quiz(article, options)
            report.written.extend(write_outputs(quiz, article_slug(article), options))
        except QuizgenError as exc:
            report.failures.append((source, exc))
    return report
