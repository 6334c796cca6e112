"""Article -> spaCy Docs (one per paragraph) -> Analysis."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .detect import detect_language
from .errors import InputError
from .model import Analysis, Article, Sentence, Token
from .names import propagate_names
from .nlp import load_pipeline
from .progress import paragraph_bar
from .taggers import save_word_caches

# A sentence this long is cut into pieces at token boundaries: a line of 1 MB without
# punctuation must not become one "sentence".
MAX_SENTENCE_TOKENS = 120
CREDIT_MARKERS = re.compile(
    r"(trugen bei|mitgearbeitet|Mitarbeit:|contributed|Foto:|Fotos:|Bild:|Quelle:|©|\(c\)|"
    r"Copyright|Reporting by|Editing by|a contribué|contribuyeron|hanno contribuito)",
    re.IGNORECASE,
)


PARALLEL_MIN_CHARS = 200_000
PARALLEL_BATCH = 32  # paragraphs per batch sent to a worker

DATELINE_ONLY = re.compile(r"^[A-ZÄÖÜ .\-/()]+[-–—:]$")


def _sentence_kind(text: str, is_dateline: bool) -> str:
    if is_dateline or text.startswith(("—", "–", "--")) or CREDIT_MARKERS.search(text):
        return "credit"
    if not text.rstrip().endswith((".", "!", "?", "…", "“", "”", "\"", "«", "»", ")", "'")):
        return "heading"
    return "body"


def _tokens(span: SpacySpan, base: int) -> tuple[Token, ...]:
    # Positions in the sentence's token tuple, which leaves out whitespace tokens; a
    # particle outside this piece of a cut-up sentence is not linked.
    position = {tok.i: n for n, tok in enumerate(t for t in span if not t.is_space)}
    out = []
    for tok in span:
        if tok.is_space:
            continue
        particle = position.get(tok._.particle) if tok._.particle is not None else None
        out.append(
            Token(
                text=tok.text,
                lemma=tok.lemma_ or tok.text,
                upos=tok.pos_ or "X",
                xpos=tok.tag_ or "_",
                start=tok.idx - base,
                end=tok.idx - base + len(tok.text),
                space_after=bool(tok.whitespace_) and tok.i + 1 < span.end,
                is_name=bool(tok._.is_name),
                feats=str(tok.morph) or "_",
                particle=particle,
            )
        )
    return tuple(out)


def _chunks(sent: SpacySpan) -> Iterable[SpacySpan]:
    for start in range(sent.start, sent.end, MAX_SENTENCE_TOKENS):
        yield sent.doc[start : min(start + MAX_SENTENCE_TOKENS, sent.end)]


def sentences_from_docs(docs: Iterable[Doc]) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    for paragraph, doc in enumerate(docs):
        first = True
        for sent in doc.sents:
            for piece in _chunks(sent):
                words = [t for t in piece if not t.is_space]
                if not words:
                    continue
                base = words[0].idx
                text = doc.text[base : words[-1].idx + len(words[-1].text)]
                is_dateline = first and piece.end < len(doc) and bool(DATELINE_ONLY.match(text))
                sentences.append(
                    Sentence(
                        index=len(sentences),
                        paragraph=paragraph,
                        text=text,
                        tokens=_tokens(piece, base),
                        kind=_sentence_kind(text, is_dateline),
                    )
                )
                first = False
    return tuple(sentences)


def _pipe(nlp: Language, paragraphs: tuple[str, ...], jobs: int) -> Iterable[Doc]:
    """Worker processes cost a second to start: they pay only on a long text."""
    if jobs > 1 and sum(map(len, paragraphs)) >= PARALLEL_MIN_CHARS:
        return nlp.pipe(paragraphs, n_process=jobs, batch_size=PARALLEL_BATCH)
    return nlp.pipe(paragraphs)


def analyze(article: Article, lang: str = "auto", spacy_model: str | None = None,
            progress: bool = False, jobs: int = 1) -> Analysis:
    """Split `article` into sentences and tokens with lemmas, POS and name flags.

    `progress` shows a bar over the paragraphs of a long text on a terminal; `jobs` > 1
    analyses a long text's paragraphs in that many worker processes (same result).
    """
    text = "\n".join(article.paragraphs)
    if not text.strip():
        raise InputError(f"{article.source or 'input'}: no text to analyse")
    language = detect_language(text, source=article.source) if lang == "auto" else lang
    nlp = load_pipeline(language, spacy_model)
    docs = paragraph_bar(_pipe(nlp, article.paragraphs, jobs), article.paragraphs, progress)
    sentences = propagate_names(sentences_from_docs(docs), language)
    save_word_caches()
    return Analysis(article=replace(article, language=language), language=language,
                    sentences=sentences)
