"""Every registered language has every part docs/languages.md lists; a missing one fails
here, not in a learner's build (an English fallback, a KeyError in language detection)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.analysis.romance.lexicon import BUILDERS
from quizgen.analysis.romance.tagger import ADJ_ENDINGS, ADV_ENDINGS, VERB_ENDINGS, VERB_FORM_ENDINGS
from quizgen.exercises.questions.phrasing import PHRASING
from quizgen.export.instructions import INSTRUCTIONS, KEYS
from quizgen.languages import SUPPORTED, LanguageProfile, get_language
from quizgen.languages.i18n import UI_STRINGS
from quizgen.vocab.dictionaries import ISO_639_3

DATA = Path(__file__).parent / "data"
# The profile's word lists a language cannot do without: sentence ends after a date, the
# questions' speakers and people, credit lines, words never worth a card.
PROFILE_WORDS = ("months", "sentence_starters", "speech_verbs", "person_titles", "credit_markers",
                 "stop_lemmas")


def missing_parts(code: str, profile: LanguageProfile) -> list[str]:
    """The parts of docs/languages.md that language `code` lacks, by name."""
    missing = [f"profile.{name}" for name in PROFILE_WORDS if not getattr(profile, name)]
    if profile.code != code:
        missing.append("profile.code")
    if profile.forms_per_lemma is None:
        missing.append("profile.forms_per_lemma")
    if code not in profile.relatives:
        missing.append("profile.relatives")
    if not profile.hanta_model:  # tagged by quizgen's own rules instead
        tables = {"romance_lexicon.BUILDERS": BUILDERS, "romance_tagger.VERB_ENDINGS": VERB_ENDINGS,
                  "romance_tagger.VERB_FORM_ENDINGS": VERB_FORM_ENDINGS,
                  "romance_tagger.ADV_ENDINGS": ADV_ENDINGS, "romance_tagger.ADJ_ENDINGS": ADJ_ENDINGS}
        missing += [name for name, table in tables.items() if code not in table]
    ui = UI_STRINGS.get(code, {})
    if set(ui) != set(UI_STRINGS["en"]):
        missing.append("i18n.UI_STRINGS")
    registers = INSTRUCTIONS.get(code, {})
    if set(registers) != {"sie", "du"} or any(set(r) != set(KEYS) for r in registers.values()):
        missing.append("instructions.INSTRUCTIONS")
    words = PHRASING.get(code)
    if words is None or not (words.third_person and words.context_starts):
        missing.append("questions.phrasing.PHRASING")
    if code not in ISO_639_3:
        missing.append("dictionaries.ISO_639_3")
    if not list(DATA.glob(f"{code}_*.txt")):
        missing.append("tests/data text")
    return missing


@pytest.mark.parametrize("code", SUPPORTED)
def test_a_registered_language_has_every_part(code):
    assert missing_parts(code, get_language(code)) == []


def test_true_and_false_are_one_word_each():
    for lang in SUPPORTED:
        ui = UI_STRINGS[lang]
        assert ui["true"] and ui["false"] and ui["true"] != ui["false"]


def test_a_language_with_only_a_profile_lacks_the_rest():
    """Portuguese with a bare profile: every table it is not in is named."""
    missing = missing_parts("pt", LanguageProfile(code="pt", name="Português"))
    assert {"profile.months", "profile.forms_per_lemma", "profile.relatives",
            "romance_lexicon.BUILDERS", "i18n.UI_STRINGS", "instructions.INSTRUCTIONS",
            "questions.phrasing.PHRASING", "tests/data text"} <= set(missing)
    assert "dictionaries.ISO_639_3" not in missing  # FreeDict's codes cover meanings' languages too
