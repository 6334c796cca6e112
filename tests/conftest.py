"""Shared fixtures: the pipeline and the sample article are analysed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen import Options, make_quiz, read_article
from quizgen.analysis.analyze import analyze

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"
SHARED_DATA = ROOT.parent / "shared" / "data"
SAMPLE_INCLUDE = frozenset({"mitteilen", "Pressekonferenz", "Delegation", "Modernisierung"})


@pytest.fixture(scope="session")
def sample_article():
    return read_article(str(SAMPLE))


@pytest.fixture(scope="session")
def sample_analysis(sample_article):
    return analyze(sample_article, "de")


@pytest.fixture(scope="session")
def sample_quiz(sample_article):
    # The export tests look at a separable verb's and a compound noun's card and at words the
    # sample shares with tests/data/de_pressekonferenz_kurz.txt: choose them even
    # where the level model judges a B1 learner to know them.
    return make_quiz(sample_article, Options(lang="de", include=SAMPLE_INCLUDE))
