"""Which words of the text may become a gap: a word a teacher would gap (not a name, a title
before a name, a byline or part of a compound; a headword that says what to write), and one
that the sheet gives away nowhere else (not ungapped in the text, not in any question)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from ..languages import get_language, language_part
from ..model import Question, Sentence, Token, VocabItem
from .word_bank import bank_ready

WORD = re.compile(r"\w+", re.UNICODE)


def visible_words(texts: Iterable[str]) -> Counter[str]:
    return Counter(w.lower() for text in texts for w in WORD.findall(text))


def question_words(questions: Iterable[Question]) -> frozenset[str]:
    """Every word a question shows: its prompt, options and items."""
    texts = [t for q in questions for t in (q.prompt, *q.options, *q.items)]
    return frozenset(visible_words(texts))


def suitable(item: VocabItem, sentence: Sentence, lang: str) -> bool:
    """A word a teacher could gap: in the body of the text, not a name, not a title before a
    name or after a form of address, not part of a hyphenated compound, and with a headword
    that says what to write."""
    profile = get_language(lang)
    text = sentence.text
    if sentence.kind != "body" or misleading_headword(item, lang):
        return False
    by_start = {t.start: n for n, t in enumerate(sentence.tokens)}
    for start, end in item.spans:
        n = by_start.get(start)
        if n is None:
            return False
        token = sentence.tokens[n]
        before = sentence.tokens[n - 1] if n else None
        after = sentence.tokens[n + 1] if n + 1 < len(sentence.tokens) else None
        if token.is_name or token.upos == "PROPN" or "-" in token.text:
            return False
        if used_as_name(item, sentence.tokens, n, lang):
            return False
        # inside a hyphenated compound ("Herz-Kreislauf-Erkrankungen"), split or not
        if (start and text[start - 1] in "-/") or (end < len(text) and text[end] in "-/"):
            return False
        # the whole of a shortened pair ("Wasser- oder Luftverschmutzung"): the first half
        # needs the gapped word's head, so the gap gives it away
        if _lists(before) and before is not None and text[: before.start].rstrip().endswith("-"):
            return False
        # one item of a list ("Gold, (12) ___, Talk"): any word of its kind fits the gap
        if item.pos == "NOUN" and _lists(before) and _lists(after):
            return False
        # a fixed form of address or a title before a name ("Frau Präsidentin", "Minister X")
        if before is not None and before.text in profile.person_titles:
            return False
        is_title = token.text in profile.person_titles or token.text.lower().endswith(
            profile.title_endings)
        if is_title and after is not None and (after.is_name or after.upos == "PROPN"):
            return False
        # a participle used reflexively ("sich annähernden") has a misleading headword
        if item.pos == "ADJ" and before is not None and (
                before.upos == "PRON" or before.text.lower() == profile.reflexive_pronoun):
            return False
    return True


def misleading_headword(item: VocabItem, lang: str) -> bool:
    """A form the tagger took for a lemma ("höchster", "das Geschriebene"): the bank would
    show a headword no dictionary lists, so the word is no gap."""
    rules = language_part(lang, "headwords")
    return rules is not None and rules.misleading_headword(item.lemma, item.pos, item.form)


def used_as_name(item: VocabItem, tokens: Sequence[Token], n: int, lang: str) -> bool:
    """A capitalised singular noun the text uses as a name, though the dictionary glosses it
    as a word ("Limes": limit): glossed by itself ("limit; limes"), or with no article before
    it and no plural (the lexicon knows the plurals of common nouns, also of "Gerste")."""
    if item.pos != "NOUN" or not item.lemma[:1].isupper() or item.form != item.lemma:
        return False
    if any(sense.strip().casefold() == item.lemma.casefold() for sense in (item.gloss or "").split(";")):
        return True
    rules = language_part(lang, "headwords")
    contractions = rules.ARTICLE_CONTRACTIONS if rules is not None else frozenset()
    before = n - 1
    while before >= 0 and (tokens[before].upos in ("ADJ", "ADV", "NUM") or tokens[before].text == ","):
        before -= 1  # "den langen, großen Limes": the article stands before the adjectives
    has_article = before >= 0 and (tokens[before].upos in ("DET", "PRON")
                                   or tokens[before].text.lower() in contractions)
    return not has_article and not item.plural and n > 0


def _lists(token: Token | None) -> bool:
    """A comma or a coordinating conjunction: what stands between the items of a list."""
    return token is not None and (token.text == "," or token.upos == "CCONJ")


def eligible(item: VocabItem, sentence: Sentence, lang: str, seen: Counter[str],
              asked: frozenset[str], glossed: bool) -> bool:
    """Suitable, and given away nowhere: the word occurs once on the whole sheet."""
    if item.count != 1 or not suitable(item, sentence, lang) or not bank_ready(item, lang, glossed):
        return False
    for start, end in item.spans:
        word = sentence.text[start:end].lower()
        if seen[word] != 1 or word in asked:
            return False
    lemma = item.lemma.lower()
    # an inflected form in a question gives the word away too ("beschleunigte" for
    # "beschleunigen"): questions are not analysed, so a long shared beginning stands for it
    stem = lemma[: max(5, len(lemma) - 2)]
    if len(lemma) >= 6 and any(w.startswith(stem) for w in asked):
        return False
    return lemma not in asked and seen[lemma] <= 1
