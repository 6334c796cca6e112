"""The package's public names, and its submodules reachable as modules."""

import importlib
import types

import quizgen
import quizgen.analysis.analyze
import quizgen.build


def test_submodules_stay_modules():
    # A re-exported function named like its module would replace the module on the package.
    assert isinstance(quizgen.analysis.analyze, types.ModuleType)
    assert isinstance(quizgen.build, types.ModuleType)
    assert importlib.import_module("quizgen.analysis.analyze") is quizgen.analysis.analyze


def test_public_functions_are_the_modules_functions():
    assert quizgen.analyze_article is quizgen.analysis.analyze.analyze
    assert quizgen.build_articles is quizgen.build.build
    assert quizgen.make_quiz is quizgen.build.make_quiz
    for name in quizgen.__all__:
        assert getattr(quizgen, name) is not None
