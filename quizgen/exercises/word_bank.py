"""The worksheet's word bank: the gap words as a dictionary lists them (a noun with its
article, its plural in the key), a few distractors, in alphabetical order."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Sequence

from ..languages import get_language
from ..model import BankWord, VocabItem
from ..vocab.gloss import GlossSources
from ..vocab.report import plural_suffix
from .bank_distractors import compound_parts, outside_distractors, topic_nouns


def bank_ready(item: VocabItem, lang: str, glossed: bool) -> bool:
    """A word the word bank can list like the others: a noun with its article where the
    language has articles, and (when the build has meanings at all) a word the dictionary
    knows, so that the key gives its meaning. A word with neither is mostly a misread form
    ("kauft" for "kaufte") or a name ("Jiddische")."""
    if item.pos == "NOUN" and get_language(lang).articles and not item.gender:
        return False
    return bool(bank_gloss(item.gloss)) or not glossed


def bank_word(item: VocabItem, lang: str, distractor: bool = False) -> BankWord:
    """A noun with its article (and its plural in the key), any other word as its lemma."""
    article = get_language(lang).articles.get(item.gender or "", "") if item.pos == "NOUN" else ""
    text = f"{article} {item.lemma}".strip()
    key = f"{text}, {key_plural(item.lemma, item.plural, lang)}" if article and item.plural else text
    return BankWord(text, key, item.lemma, bank_gloss(item.gloss), distractor)


def key_plural(lemma: str, plural: str, lang: str) -> str:
    """The plural as a dictionary prints it: '-n' for 'Anlage', and for a compound whose
    head changes only the head ('Apfelsaft' -> '-säfte', not 'Apfelsäfte')."""
    shown = plural_suffix(lemma, plural)
    parts = compound_parts(lemma, lang) if shown == plural else ()
    cut = len(lemma) - len(parts[-1]) if len(parts) > 1 else 0
    if cut > 0 and lemma[cut:].casefold() == parts[-1].casefold() and plural[:cut] == lemma[:cut]:
        return "-" + plural[cut:]
    return shown


# Senses a dictionary gives as grammar, not meaning ("beigelegt: attributive", "folgend:
# following; f."): no help to the student, so the bank leaves them out.
GRAMMAR_SENSES = frozenset("attributive predicative adverbial attr. pred. adv. adj. f. m. n. pl. "
                           "sg. fig. coll. inf. abbr.".split())


BANK_SENSES = 2  # the key's word bank gives the first meanings, not the dictionary's list


def bank_gloss(gloss: str | None) -> str | None:
    """`gloss` without senses that are grammar labels, at most BANK_SENSES of them; None
    when no meaning is left."""
    if not gloss:
        return gloss
    senses = [s.strip() for s in gloss.split(";")]
    kept = [s for s in senses if s and s.casefold() not in GRAMMAR_SENSES]
    return "; ".join(kept[:BANK_SENSES]) or None


def bank_order(word: BankWord) -> tuple[str, str]:
    """Alphabetical as a dictionary sorts: 'ärztlich' among the a's, not after 'z'."""
    plain = "".join(c for c in unicodedata.normalize("NFD", word.lemma.casefold())
                    if not unicodedata.combining(c))
    return plain, word.text


def distractor_words(gaps: Sequence[VocabItem], seen: Collection[str], asked: Collection[str],
                     sources: GlossSources | None, lang: str,
                     nouns: Sequence[str] = ()) -> list[BankWord]:
    """2-4 words in the parts of speech of the gaps that fill no gap and occur nowhere on
    the sheet (a word printed in the text is ruled out at a glance), all of the field of the
    text's nouns (`nouns`: their lemmas, one for each occurrence): fewer where the field has
    fewer, for a word of another field is ruled out as quickly."""
    if sources is None:
        return []
    want = min(4, max(2, round(len(gaps) / 4)))
    shown = set(seen) | set(asked) | {g.lemma.lower() for g in gaps}
    return [bank_word(v, lang, distractor=True)
            for v in outside_distractors(gaps, want, shown, sources, topic_nouns(nouns, lang))]
