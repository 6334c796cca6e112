"""The gender of a French, Spanish or Italian noun, for its article on the card.

Three sources, the first that speaks decides: the words before the noun in the text ("la
maison", "una casa", "questa città": the language's `gender_words`), a trained spaCy
pipeline's morphology (`Gender=Fem` on the noun's tokens; fr_core_news_sm guesses it
wrongly more often than an article in the text is misread), and the noun's ending ("-tion"
f, "-ment" m: `gender_endings`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ...languages import LanguageProfile, definite_article, get_language
from ...model import Sentence, Token

FEATURE_GENDERS = {"Gender=Masc": "m", "Gender=Fem": "f"}
# Words between a determiner and its noun that do not hide it ("la grande maison").
BETWEEN = {"ADJ", "NUM", "ADV"}
LOOK_BACK = 3


def _feature_gender(token: Token) -> str | None:
    for feature in token.feats.split("|"):
        if feature in FEATURE_GENDERS:
            return FEATURE_GENDERS[feature]
    return None


def _determiner_gender(sentence: Sentence, token: Token, profile: LanguageProfile) -> str | None:
    """The gender the words before `token` show: the nearest listed one, across adjectives."""
    tokens = sentence.tokens
    try:
        i = next(n for n, t in enumerate(tokens) if t.start == token.start)
    except StopIteration:
        return None
    # "el agua", "un alma": before such a feminine noun the masculine forms prove nothing.
    masculine_form = definite_article(profile, "f", token.lemma) == profile.articles.get("m")
    for j in range(i - 1, max(-1, i - 1 - LOOK_BACK), -1):
        word = tokens[j].text.lower()
        if word in profile.gender_words:
            gender = profile.gender_words[word]
            return None if masculine_form and gender == "m" else gender
        if tokens[j].upos not in BETWEEN:
            return None
    return None


def ending_gender(lemma: str, profile: LanguageProfile) -> str | None:
    low = lemma.lower()
    for ending, gender in sorted(profile.gender_endings, key=lambda e: -len(e[0])):
        if low.endswith(ending):
            return gender
    return None


def noun_gender(lemma: str, occurrences: Iterable[tuple[Sentence, Token]], lang: str) -> str | None:
    """m, f or None for a noun of a gendered Romance language, from its occurrences."""
    profile = get_language(lang)
    if not profile.gender_words:
        return None
    occurrences = list(occurrences)
    for source in (None, _feature_gender):
        votes: Counter[str] = Counter()
        for sentence, token in occurrences:
            found = source(token) if source else _determiner_gender(sentence, token, profile)
            if found:
                votes[found] += 1
        if votes:
            (best, count), *rest = votes.most_common()
            if not rest or count > rest[0][1]:
                return best
    return ending_gender(lemma, profile)
