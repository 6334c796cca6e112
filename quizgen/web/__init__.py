"""The teachers' web page (`quizgen serve`): paste or upload a text, adjust the words and
questions, preview and download what `quizgen build` writes for the same choices."""

from .app import Settings as Settings
from .app import create_app as create_app
from .server import serve as serve
