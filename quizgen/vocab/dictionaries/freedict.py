"""Parsing FreeDict entries as their dictd files print them.

An entry starts with a header line, `Anlage /ˈanlˌɑːɡə/ <fem, n, sg>` (headword, IPA, grammar),
followed by sense lines (`plant <n>, facilities <n>`, or numbered `1. cat` in newer FreeDict
exports) and, indented, examples, notes, synonyms and `see: {...}` cross-references. Only the
headword, IPA, part of speech, gender and the translations are kept; everything else is text
a card has no room for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

POS_TAGS = frozenset({"n", "v", "adj", "adv", "prep", "pron", "conj", "num", "int", "art", "pl"})
GENDER_TAGS = {"masc": "m", "fem": "f", "neut": "n"}

_HEADER = re.compile(
    r"^(?P<head>.*?)(?:\s+/(?P<ipa>[^/\n]*)/)?(?:\s+\((?P<abbr>[^()]*)\))?(?:\s*<(?P<gram>[^<>]*)>)?\s*$"
)
_TAGGED = re.compile(r"([^,;<>]+?)\s*<([^<>]*)>")
_NUMBER = re.compile(r"^\d+\.\s*")
_LABEL_LINE = re.compile(r"^[A-Za-z]+s?:(\s|$)")  # see:, Synonyms:, Note:, Usage: ...
_CROSS_REF = re.compile(r"\{[^{}]*\}")
# IPA between slashes, with a sign beyond ASCII; not the 'in' of 'rejoice at/in/over sth.'
_IPA = re.compile(r"/[^/<>,]*[^\x00-\x7f][^/<>,]*/")
_BRACKETS = re.compile(r"\[[^\[\]]*\]")


@dataclass(frozen=True)
class Sense:
    translations: tuple[str, ...]
    pos: frozenset[str] = frozenset()
    labels: tuple[str, ...] = ()  # [comp.], [ugs.], [geschlossene]: domain, register, qualifier


@dataclass(frozen=True)
class Entry:
    headword: str
    pronunciation: str | None
    pos: frozenset[str]
    genders: frozenset[str]
    senses: tuple[Sense, ...]
    see_also: tuple[str, ...] = ()  # headwords of the entry's "see:" cross-references

    @property
    def all_pos(self) -> frozenset[str]:
        """The entry's parts of speech, from its header or else from its senses."""
        if self.pos:
            return self.pos
        return frozenset().union(*(s.pos for s in self.senses)) if self.senses else frozenset()


def _tags(gram: str | None) -> list[str]:
    return [t.strip() for t in (gram or "").split(",") if t.strip()]


def parse_header(line: str) -> tuple[str, str | None, list[str]]:
    """Headword, IPA (with its slashes) and grammar tags of an entry's first line."""
    match = _HEADER.match(line.strip())
    if match is None:  # the pattern can always match; this keeps type checkers honest
        return line.strip(), None, []
    ipa = match.group("ipa")
    return match.group("head").strip(), f"/{ipa}/" if ipa else None, _tags(match.group("gram"))


def parse_sense(line: str) -> Sense | None:
    """One translation line -> its translations, without IPA, cross-references or labels."""
    text = _CROSS_REF.sub("", _NUMBER.sub("", line.strip()))
    text = _IPA.sub("", text)
    labels = tuple(label[1:-1].strip() for label in _BRACKETS.findall(text))
    text = _BRACKETS.sub("", text)
    # 'aufbauen, bauen, errichten <v, trans>': the tag is written once, after the last word.
    tagged = _TAGGED.findall(text)
    pos = frozenset(t for _, gram in tagged for t in _tags(gram) if t in POS_TAGS)
    if tagged:  # what follows the last tag is an abbreviation ('attachment <n>attm.')
        text = text[: text.rfind(">") + 1]
    words = re.split(r"[,;]", re.sub(r"<[^<>]*>", ",", text))
    cleaned = tuple(dict.fromkeys(" ".join(w.split()).strip(" ,;") for w in words if w.strip(" ,;.")))
    return Sense(cleaned, pos, labels) if cleaned else None


def _is_sense_line(line: str) -> bool:
    stripped = line.strip()
    if not stripped or stripped.startswith(('"', "„", "{")):
        return False
    return not _LABEL_LINE.match(stripped)


def parse_entry(text: str) -> Entry:
    """A FreeDict entry's text (as a dictd lookup returns it) -> Entry."""
    lines = text.split("\n")
    headword, ipa, tags = parse_header(lines[0])
    body = lines[1:]
    if not tags and body and re.fullmatch(r"\s*<[^<>]*>\s*", body[0]):  # grammar on its own line
        tags, body = _tags(body[0].strip()[1:-1]), body[1:]
    senses = tuple(s for s in (parse_sense(line) for line in body if _is_sense_line(line)) if s)
    see_also = tuple(ref[1:-1] for line in body if line.strip().startswith("see:")
                     for ref in _CROSS_REF.findall(line))
    return Entry(
        headword=headword,
        pronunciation=ipa,
        pos=frozenset(t for t in tags if t in POS_TAGS),
        genders=frozenset(GENDER_TAGS[t] for t in tags if t in GENDER_TAGS),
        senses=senses,
        see_also=see_also,
    )
