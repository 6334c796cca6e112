"""quizgen: turn real texts into Anki decks and printable worksheets for language learners."""

from .analyze import analyze as analyze
from .build import build as build
from .build import make_quiz as make_quiz
from .errors import QuizgenError as QuizgenError
from .ingest import read_article as read_article
from .ingest import read_articles as read_articles
from .model import Analysis as Analysis
from .model import Article as Article
from .model import Quiz as Quiz
from .model import VocabItem as VocabItem
from .options import Options as Options
from .select import select_vocabulary as select_vocabulary

__version__ = "0.1.0"
