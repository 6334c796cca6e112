"""quizgen: turn real texts into Anki decks and printable worksheets for language learners.

The public functions are re-exported here under names of their own, so that the submodules
`quizgen.analysis.analyze` and `quizgen.build` stay modules: `analyze_article` is
`quizgen.analysis.analyze.analyze`, `build_articles` is `quizgen.build.build`.
"""

from .analysis.analyze import analyze as analyze_article
from .build import build as build_articles
from .build import make_quiz as make_quiz
from .errors import QuizgenError as QuizgenError
from .ingest import read_article as read_article
from .ingest import read_articles as read_articles
from .model import Analysis as Analysis
from .model import Article as Article
from .model import Quiz as Quiz
from .model import VocabItem as VocabItem
from .options import Options as Options
from .vocab.select import select_vocabulary as select_vocabulary

__all__ = ["Analysis", "Article", "Options", "Quiz", "QuizgenError", "VocabItem", "analyze_article",
           "build_articles", "make_quiz", "read_article", "read_articles", "select_vocabulary"]

__version__ = "0.1.0"
