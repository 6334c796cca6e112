"""German rules applied after tagging: separable verbs, auxiliaries, names."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .de_lexicon import refine_names

CLAUSE_BREAKS = {",", ";", ":", "–", "—", "-", "(", ")", "„", "“", "»", "«", "\""}
PARTICIPLES = {"VVPP", "VAPP", "VMPP", "VVINF", "VAINF", "VMINF", "VVIZU"}


def link_separable_verbs(sent: Span) -> None:
    """'teilte ... mit' -> both tokens get the lemma 'mitteilen'."""
    for token in sent:
        if token.tag_ != "PTKVZ":
            continue
        for left in range(token.i - 1, sent.start - 1, -1):
            verb = sent.doc[left]
            if verb.text in CLAUSE_BREAKS and left != token.i - 1:
                break
            if verb.tag_ in ("VVFIN", "VVIMP", "VAFIN", "VMFIN"):
                particle = token.text.lower()
                lemma = particle + verb.lemma_
                verb.lemma_ = lemma
                verb.pos_ = "VERB"
                verb._.particle = token.i
                break


def fix_auxiliaries(sent: Span) -> None:
    """'haben'/'sein'/'werden' are AUX with a participle or infinitive, VERB as main verbs."""
    tags = {t.tag_ for t in sent}
    has_verb_form = bool(tags & PARTICIPLES)
    for token in sent:
        if token.tag_.startswith("VA") and token.lemma_ == "haben" and not has_verb_form:
            token.pos_ = "VERB"


def apply_german_rules(doc: Doc) -> Doc:
    for sent in doc.sents:
        fix_auxiliaries(sent)
        link_separable_verbs(sent)
        refine_names(sent)
    return doc
