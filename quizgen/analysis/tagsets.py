"""Mapping the tagsets of HanTa's models (STTS, CLAWS5, CGN) to Universal POS."""

from __future__ import annotations

STTS_TO_UPOS: dict[str, str] = {
    "NN": "NOUN", "NE": "PROPN", "ADJA": "ADJ", "ADJD": "ADJ",
    "VVFIN": "VERB", "VVINF": "VERB", "VVIZU": "VERB", "VVPP": "VERB", "VVIMP": "VERB",
    "VAFIN": "AUX", "VAINF": "AUX", "VAPP": "AUX", "VAIMP": "AUX",
    "VMFIN": "AUX", "VMINF": "AUX", "VMPP": "AUX",
    "ADV": "ADV", "PAV": "ADV", "PROAV": "ADV", "PWAV": "ADV",
    "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP", "APZR": "ADP",
    "ART": "DET", "PPOSAT": "DET", "PIAT": "DET", "PIDAT": "DET", "PDAT": "DET",
    "PWAT": "DET", "PRELAT": "DET",
    "PPER": "PRON", "PRF": "PRON", "PIS": "PRON", "PDS": "PRON", "PWS": "PRON",
    "PRELS": "PRON", "PPOSS": "PRON",
    "KON": "CCONJ", "KOKOM": "CCONJ", "KOUS": "SCONJ", "KOUI": "SCONJ",
    "PTKNEG": "PART", "PTKZU": "PART", "PTKA": "PART", "PTKVZ": "ADP", "PTKANT": "INTJ",
    "ITJ": "INTJ", "CARD": "NUM", "TRUNC": "X", "FM": "X", "XY": "X",
    "$.": "PUNCT", "$,": "PUNCT", "$(": "PUNCT",
}

CLAWS5_TO_UPOS: dict[str, str] = {
    "AJ0": "ADJ", "AJC": "ADJ", "AJS": "ADJ", "AT0": "DET", "AV0": "ADV", "AVP": "ADP",
    "AVQ": "ADV", "CJC": "CCONJ", "CJS": "SCONJ", "CJT": "SCONJ", "CRD": "NUM", "ORD": "ADJ",
    "DPS": "DET", "DT0": "DET", "DTQ": "DET", "EX0": "PRON", "ITJ": "INTJ",
    "NN0": "NOUN", "NN1": "NOUN", "NN2": "NOUN", "NP0": "PROPN",
    "PNI": "PRON", "PNP": "PRON", "PNQ": "PRON", "PNX": "PRON", "POS": "PART",
    "PRF": "ADP", "PRP": "ADP", "TO0": "PART", "UNC": "X", "XX0": "PART", "ZZ0": "SYM",
}

CGN_TO_UPOS: dict[str, str] = {
    "ADJ": "ADJ", "WW": "VERB", "BW": "ADV", "VZ": "ADP", "LID": "DET", "VNW": "PRON",
    "TW": "NUM", "TSW": "INTJ", "LET": "PUNCT", "SPEC": "X",
}


def hanta_tag_to_xpos(tag: str, tagset: str) -> str:
    """HanTa writes 'VV(FIN)' for STTS 'VVFIN'; CLAWS5 and CGN tags are kept as they are."""
    if tagset == "stts":
        return tag.replace("(", "").replace(")", "")
    return tag


def xpos_to_upos(xpos: str, tagset: str) -> str:
    """The Universal POS of a tag of `tagset` (a LanguageProfile's `hanta_tagset`)."""
    if tagset == "stts":
        return STTS_TO_UPOS.get(xpos, "X")
    if tagset == "claws5":
        if xpos.startswith("PU"):
            return "PUNCT"
        if xpos[:2] in ("VB", "VD", "VH", "VM"):
            return "AUX"
        if xpos.startswith("VV"):
            return "VERB"
        return CLAWS5_TO_UPOS.get(xpos[:3], "X")
    if tagset == "cgn":
        head, _, rest = xpos.partition("(")
        if head == "N":
            return "PROPN" if rest.startswith("eigen") else "NOUN"
        if head == "VG":
            return "CCONJ" if rest.startswith("neven") else "SCONJ"
        if head == "SPEC" and rest.startswith("deeleigen"):
            return "PROPN"
        return CGN_TO_UPOS.get(head, "X")
    return "X"
