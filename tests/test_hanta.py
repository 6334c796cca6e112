"""The HanTa adapter: the versions it is pinned to, and its answers against HanTa's own."""

import tomllib
from importlib import metadata
from pathlib import Path

from HanTa import HanoverTagger
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

from quizgen.analysis.hanta import (
    SUPPORTED_VERSIONS,
    hanta_model,
    lemma_under,
    tag_name,
    tag_number,
    tag_sentence,
)

ROOT = Path(__file__).resolve().parent.parent
GERMAN_MODEL = "morphmodel_ger.pgz"


def test_the_pin_is_the_adapters_and_the_installed_hanta_meets_it():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = [Requirement(r) for r in project["dependencies"] if r.lower().startswith("hanta")]
    assert [p.specifier for p in pins] == [SpecifierSet(SUPPORTED_VERSIONS)]
    assert pins[0].specifier.contains(metadata.version("HanTa"))


def test_tags_and_lemmas_are_hantas_own():
    words = ["Die", "Kinder", "spielten", "gestern", "im", "verschneiten", "Garten", "."]
    reference = HanoverTagger.HanoverTagger(GERMAN_MODEL).tag_sent(words, taglevel=1)
    tagger = hanta_model(GERMAN_MODEL)
    tags = tag_sentence(tagger, words)
    assert [(word, lemma_under(tagger, word, tag), tag_name(tagger, tag))
            for word, tag in zip(words, tags, strict=True)] == reference
    assert all(tag_number(tagger, tag_name(tagger, tag)) == tag for tag in tags)
