"""Every registered language has every part docs/languages.md lists; a missing one fails
here, not in a learner's build (an English fallback, a KeyError in language detection)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.export.instructions import KEYS
from quizgen.languages import SUPPORTED, Language, LanguageProfile, language
from quizgen.languages.phrasing import Phrasing

DATA = Path(__file__).parent / "data"
# The profile's word lists a language cannot do without: sentence ends after a date, the
# questions' speakers and people, credit lines, words never worth a card.
PROFILE_WORDS = ("months", "sentence_starters", "speech_verbs", "person_titles", "credit_markers",
                 "stop_lemmas")


# What the rules tagger (analysis/romance/) needs of a language HanTa has no model for.
RULES_TAGGER_ENDINGS = ("verb_endings", "verb_form_endings", "adverb_endings", "adjective_endings")


def missing_parts(code: str, lang: Language) -> list[str]:
    """The parts of docs/languages.md that language `code` lacks, by name."""
    profile = lang.profile
    missing = [f"profile.{name}" for name in PROFILE_WORDS if not getattr(profile, name)]
    if profile.code != code:
        missing.append("profile.code")
    if profile.forms_per_lemma is None:
        missing.append("profile.forms_per_lemma")
    if code not in profile.relatives:
        missing.append("profile.relatives")
    if not profile.hanta_model:  # tagged by quizgen's own rules instead
        if lang.part("lookups") is None:
            missing.append("lookups.build_lexicon")
        missing += [f"profile.{name}" for name in RULES_TAGGER_ENDINGS if not getattr(profile, name)]
    if set(lang.ui) != set(language("en").ui) or not all(v.strip() for v in lang.ui.values()):
        missing.append("UI")
    registers = lang.instructions
    if set(registers) != {"sie", "du"} or any(set(r) != set(KEYS) for r in registers.values()):
        missing.append("INSTRUCTIONS")
    if not (lang.phrasing.third_person and lang.phrasing.context_starts):
        missing.append("PHRASING")
    if not (len(lang.iso_639_3) == 3 and lang.iso_639_3.isalpha()):
        missing.append("iso_639_3")
    if not list(DATA.glob(f"{code}_*.txt")):
        missing.append("tests/data text")
    return missing


@pytest.mark.parametrize("code", SUPPORTED)
def test_a_registered_language_has_every_part(code):
    assert missing_parts(code, language(code)) == []


@pytest.mark.parametrize("code", SUPPORTED)
def test_a_language_package_exports_one_language_of_its_own_code(code):
    lang = language(code)
    assert lang.code == code and lang.profile.code == code


def test_true_and_false_are_one_word_each():
    for lang in SUPPORTED:
        ui = language(lang).ui
        assert ui["true"] and ui["false"] and ui["true"] != ui["false"]


def test_a_language_with_only_a_profile_lacks_the_rest():
    """Portuguese with a bare profile: every part it does not fill in is named."""
    bare = Language(profile=LanguageProfile(code="pt", name="Português"), phrasing=Phrasing(
        who_said="", true_false_note="", quote_marks=("“", "”")), ui={}, instructions={},
        iso_639_3="")
    missing = missing_parts("pt", bare)
    assert {"profile.months", "profile.forms_per_lemma", "profile.relatives",
            "lookups.build_lexicon", "profile.verb_endings", "UI", "INSTRUCTIONS", "PHRASING", "iso_639_3",
            "tests/data text"} <= set(missing)
