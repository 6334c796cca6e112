"""quizgen's one exception family; the CLI maps each to an exit code."""

from __future__ import annotations


class QuizgenError(Exception):
    """Base of every error quizgen reports to a user."""

    exit_code = 1


class InputError(QuizgenError):
    """The input cannot be read or holds nothing to work with."""

    exit_code = 2


class UsageError(QuizgenError):
    """An option or argument is invalid."""

    exit_code = 2


class LanguageError(QuizgenError):
    """The text's language is unsupported or cannot be detected."""

    exit_code = 2


class TemplateError(QuizgenError):
    """A user template is missing, broken or fails to render."""

    exit_code = 2


class OutputError(QuizgenError):
    """An output file cannot be written."""

    exit_code = 2


class DependencyError(QuizgenError):
    """An optional program or library needed for the asked output is missing."""

    exit_code = 2
