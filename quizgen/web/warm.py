"""Imported once by the fork server that starts the page's builds (see jobs.py): what every
build needs is loaded here, before any build process is forked from it."""

from __future__ import annotations

import contextlib

from ..analysis.analyze import prepare
from ..errors import QuizgenError
from ..model import Article

WARM_TEXT = Article(title="Start", paragraphs=("Der Lehrer liest den Schülern einen Text vor.",),
                    language="de", source="warm-up")

with contextlib.suppress(QuizgenError, ImportError):
    prepare(WARM_TEXT, "de")
    # Exporters import genanki and WeasyPrint lazily; a build should not pay for that.
    from ..export import anki, worksheet  # noqa: F401
