"""The field of a text, for its word bank's distractors: its key nouns (frequent in it, rare
in the language), the words built on them ('Obstbaum', 'Apfelkuchen', 'fruchtig' beside
'Apfel', 'Baum', 'Frucht') and whether such a word keeps the key noun's sense."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from zlib import crc32

from ..analysis.frequency import zipf
from ..languages import get_language, language_part
from ..model import VocabItem
from ..vocab.gloss import GlossSources, meaning_for

MIN_LENGTH = 4  # shorter forms are mostly function words and abbreviations
TOPIC_NOUNS = 12  # the text's key nouns that mark its field
# Key nouns: rarer than everyday words, which are in every field ('Beispiel', 'Mensch'), and
# known to the frequency list, unlike names and the text's own jargon.
TOPIC_MIN_ZIPF, TOPIC_MAX_ZIPF = 1.5, 4.8
TOPIC_REST_ZIPF = 3.0  # the rest of a compound on a key noun is a word in its own right
LINKING = ("", "s", "n", "en", "es", "e")  # between a compound's parts: Apfel-kuchen, Waffe-n-ruhe
# A compound names a kind of its head: 'Glasplatte' is a plate, of the field of a text on
# volcanoes (key noun 'Platte', of the earth's crust) only in name. So a compound on a key
# noun as its head counts as of the field only where that key noun is one of the text's first.
STRONG_KEYS = 6
DICTIONARY_HEADWORDS = 80  # headwords read from the dictionary for each key noun
SENSE_STEM = 5  # letters two meanings' words share to be one word ('volcano', 'volcanic')


def headword(word: str, pos: str, lang: str) -> str:
    """wordfreq lowercases; some languages write nouns capitalised."""
    capitalise = pos == "NOUN" and get_language(lang).capitalised_nouns
    return word[:1].upper() + word[1:] if capitalise else word


def _meaning_words(text: str | None) -> set[str]:
    """The content words of a meaning, cut to SENSE_STEM letters; 'sth.' and the like are
    too short to count."""
    words = "".join(c if c.isalpha() else " " for c in (text or "").lower()).split()
    return {w[:SENSE_STEM] for w in words if len(w) >= MIN_LENGTH and w not in ("something", "somebody")}


def keeps_sense(item: VocabItem, key: str, sources: GlossSources) -> bool:
    """A word built on the key noun `key` in the key noun's sense: their meanings share a
    word ('Elefantenfriedhof: elephants' graveyard' on 'Elefant: elephant'), which rules out
    a compound of another sense of it ('Bullenhitze: scorching heat' on 'Bulle' the male
    elephant, 'Verkaufsschlager: best-seller' on 'Schlager' the song)."""
    lemma = headword(key, "NOUN", sources.lang)
    probe = VocabItem(lemma=lemma, form=lemma, pos="NOUN", zipf=0.0, sentence=-1, start=0, end=len(lemma))
    meaning = meaning_for(probe, sources)
    return bool(meaning and _meaning_words(item.gloss) & _meaning_words(meaning.text))


def topic_nouns(nouns: Sequence[str], lang: str) -> tuple[str, ...]:
    """The text's key nouns, lowercased: frequent in it, known to the frequency list (not
    a name) but no everyday word ('Apfel', 'Blüte'; not 'Beispiel'), at most TOPIC_NOUNS.
    `nouns`: the lemmas of the text's nouns, one for each occurrence."""
    counts: dict[str, int] = {}
    for noun in nouns:
        if len(noun) >= MIN_LENGTH and noun.isalpha():
            counts[noun.lower()] = counts.get(noun.lower(), 0) + 1
    rarity = {n: zipf(n, lang) for n, c in counts.items() if c > 1}
    keyness = {n: counts[n] * (TOPIC_MAX_ZIPF + 1 - z) for n, z in rarity.items()
               if TOPIC_MIN_ZIPF <= z <= TOPIC_MAX_ZIPF}
    return tuple(sorted(keyness, key=lambda n: (-keyness[n], n))[:TOPIC_NOUNS])


def _a_word(part: str, lang: str, at_end: bool = False) -> bool:
    """`part` of a compound is a word in its own right, with or without a linking element
    ('Schuss-waffe', 'Waffe-n-ruhe'): not a fragment ('Aug-apfel')."""
    for link in LINKING:
        bare = part[: len(part) - len(link)] if at_end and part.endswith(link) else part
        if not at_end and part.startswith(link):
            bare = part[len(link):]
        if len(bare) >= MIN_LENGTH and zipf(bare, lang) >= TOPIC_REST_ZIPF:
            return True
    return False


def _split_as(word: str, key: str, lang: str, head: bool) -> bool:
    """`word` is a compound with `key` as its head (or its first part), where the language's
    lexicon can tell ('Schultasche' is Schul-tasche, not Schult-asche); else `word` read as
    `key` and a word in its own right."""
    parts = compound_parts(headword(word, "NOUN", lang), lang)
    if parts:
        return len(parts) > 1 and parts[-1 if head else 0].lower() == key
    if not hasattr(language_part(lang, "lexicon"), "compound_parts"):
        rest = word[: -len(key)] if head else word[len(key):]
        return _a_word(rest, lang, at_end=head)
    return False


def field_rank(word: str, pos: str, topic: Collection[str], lang: str) -> tuple[int, str] | None:
    """How surely `word` belongs to the field of the key nouns `topic`, and on which key
    noun: 0 for a noun with one as its head ('obstbaum', 'holzapfel'), 1 for a compound that
    starts with one ('apfelkuchen': the rest a word of its own), 2 for a verb or adjective
    built on one ('fruchtig'); None for a word of no such field. `topic` in order of
    keyness: a head counts only among its first STRONG_KEYS."""
    best = None
    strong = set(list(topic)[:STRONG_KEYS])
    for key in topic:
        if word == key:
            continue
        if pos != "NOUN":
            stem = key.rstrip("e")  # 'blüte' -> 'blüt' in 'blütenweiß'
            if len(stem) >= MIN_LENGTH + 2 and stem in word and best is None:
                best = (2, key)
        elif key in strong and word.endswith(key) and _split_as(word, key, lang, head=True):
            return 0, key
        elif (word.startswith(key) and len(key) >= MIN_LENGTH + 1
              and _split_as(word, key, lang, head=False) and (best is None or best[0] > 1)):
            best = (1, key)
    return best


def compound_parts(lemma: str, lang: str) -> tuple[str, ...]:
    """The parts of a compound noun ('Apfelsaft': Apfel, Saft) where the language's lexicon
    tells them; () for a word that is none, or in a language without such rules."""
    lexicon = language_part(lang, "lexicon")
    if lexicon is None or not hasattr(lexicon, "compound_parts"):
        return ()
    return tuple(lexicon.compound_parts(lemma))


def dictionary_field_words(topic: Sequence[str], pos: str, sources: GlossSources,
                           ) -> list[tuple[float, int, str, float, str]]:
    """The dictionary's headwords that start with a key noun and are of its field
    (field_rank), as `pick` takes them: ('vulkanforscher', ...) for 'vulkan'. Most are rarer
    than the frequency list goes; the text's main key nouns first."""
    dictionary = sources.dictionary
    if dictionary is None or not hasattr(dictionary, "headwords_starting"):
        return []
    found = []
    for order, key in enumerate(topic):
        for word in dictionary.headwords_starting(key, DICTIONARY_HEADWORDS):
            rank = field_rank(word, pos, (key,), sources.lang) if word.isalpha() else None
            if rank is not None:
                found.append((float(order), crc32(word.encode()), word, zipf(word, sources.lang),
                              f"{key}:{rank[0]}"))
    return sorted(found)
