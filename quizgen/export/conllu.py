"""The analysis as CoNLL-U (design.md): one block per sentence, '_' where unknown."""

from __future__ import annotations

from typing import Any

from ..model import Analysis, Sentence


def _field(value: str) -> str:
    value = value.replace("\t", " ").replace("\n", " ").strip()
    return value or "_"


def sentence_to_conllu(sentence: Sentence) -> str:
    lines = [f"# sent_id = {sentence.index + 1}", f"# text = {_field(sentence.text)}"]
    for i, token in enumerate(sentence.tokens, start=1):
        misc = "_" if token.space_after or i == len(sentence.tokens) else "SpaceAfter=No"
        columns = [str(i), token.text, token.lemma, token.upos, token.xpos, token.feats,
                   "_", "_", "_", misc]
        lines.append("\t".join(_field(c) for c in columns))
    return "\n".join(lines) + "\n"


def analysis_to_conllu(analysis: Analysis) -> str:
    header = f"# newdoc id = {_field(analysis.article.title)}\n# language = {analysis.language}\n"
    return header + "\n".join(sentence_to_conllu(s) for s in analysis.sentences) + "\n"


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    return {
        "schema": "quizgen/1",
        "article": {"title": analysis.article.title, "language": analysis.language,
                    "source": analysis.article.source},
        "sentences": [
            {
                "index": s.index, "paragraph": s.paragraph, "text": s.text, "kind": s.kind,
                "tokens": [
                    {"text": t.text, "lemma": t.lemma, "upos": t.upos, "xpos": t.xpos,
                     "start": t.start, "end": t.end, "is_name": t.is_name}
                    for t in s.tokens
                ],
            }
            for s in analysis.sentences
        ],
    }
