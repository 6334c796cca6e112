"""Fit and measure quizgen's level model against a development word list.

The list (lemma, level, article; a B1 learner knows these words) is read at run time from
/work/shared/data/wordlists/known_by_b1_dev.tsv and only its entries A-K exist there, so every
figure counts only lemmas that start with A-K. Nothing of the list is written anywhere: `fit`
writes only the model's weights (quizgen/languages/data/level_model.json).

    python bench/levels.py auc      # AUC for "known", two folds by initial letter (A-E / F-K)
    python bench/levels.py fit      # refit on all A-K lemmas, write the weights
    python bench/levels.py measure  # share of chosen words at B1 that are known, cards per text

--analyses DIR reuses the pickled analyses bench/build_register.py --analyses wrote (and
keeps the ones it makes there); --limit N measures only the first N texts of each set.
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizgen import Options, analyze_article, read_article, select_vocabulary  # noqa: E402
from quizgen.analysis.dictionary import word_parts  # noqa: E402
from quizgen.model import Analysis  # noqa: E402
from quizgen.vocab import levels  # noqa: E402
from quizgen.vocab.cognates import gloss_zipf, word_meaning  # noqa: E402
from quizgen.vocab.learner import text_forms_zipf  # noqa: E402
from quizgen.vocab.levels import features, level_model  # noqa: E402
from quizgen.vocab.select import _plausible, collect_candidates  # noqa: E402

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
WORDLIST = DATA / "wordlists" / "known_by_b1_dev.tsv"
MODEL = ROOT / "quizgen" / "languages" / "data" / "level_model.json"
SAMPLE = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"
FIT_ARTICLES = 60  # the first Wikipedia articles (by name) give the fitting candidates
FIT_BAND = (2.5, 5.5)  # Zipf range where the decision is open; outside it frequency decides
FOLDS = ("abcde", "fghijk")
L2 = 0.01


def key(lemma: str) -> str:
    word = lemma.lower().removeprefix("sich ")
    return word.replace("-", "")


def known_list() -> set[str]:
    lines = WORDLIST.read_text(encoding="utf-8").splitlines()[1:]
    return {key(line.split("\t")[0]) for line in lines if not line.split("\t")[0].endswith("-")}


def in_scope(lemma: str, letters: str = "abcdefghijk") -> bool:
    first = key(lemma)[:1]
    return first in letters or (first in "äöü" and "aou"["äöü".index(first)] in letters)


def analyses(folder: Path, cache: Path | None, limit: int | None = None) -> Iterator[Analysis]:
    for path in sorted(folder.glob("*.txt"))[:limit]:
        yield _analysis(path, cache)


def _analysis(path: Path, cache: Path | None) -> Analysis:
    """The text's analysis, from the pickle in `cache` when there is one (written if not)."""
    saved = cache / path.parent.name / (path.stem + ".pickle") if cache else None
    if saved is not None and saved.exists():
        return pickle.loads(saved.read_bytes())
    analysis = analyze_article(read_article(str(path)), "de")
    if saved is not None:
        saved.parent.mkdir(parents=True, exist_ok=True)
        saved.write_bytes(pickle.dumps(analysis))
    return analysis


def candidate_rows(texts: Iterator[Analysis], feature_names: list[str]) -> tuple[list, list, list]:
    """One row per distinct in-band candidate lemma over all texts (the first text wins)."""
    options = Options(lang="de")
    seen: set[str] = set()
    rows, lemmas = [], []
    for analysis in texts:
        for c in collect_candidates(analysis).values():
            if c.lemma in seen or not (FIT_BAND[0] <= c.zipf < FIT_BAND[1]) or not _plausible(c, "de"):
                continue
            seen.add(c.lemma)
            meaning = word_meaning(c.lemma, c.pos, c.parts or word_parts(c.lemma, c.pos, "de"),
                                   "de", options)
            values = features(c.lemma, c.pos, c.zipf, gloss_zipf(meaning, "en"), "de",
                              text_forms_zipf(c, "de"))
            rows.append([values[f] for f in feature_names])
            lemmas.append(c.lemma)
    known = known_list()
    labels = [key(lemma) in known for lemma in lemmas]
    return rows, labels, lemmas


def fit_logistic(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Newton-Raphson (IRLS) with a light L2 penalty on the standardised weights."""
    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / std])
    w = np.zeros(z.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-z @ w))
        grad = z.T @ (p - y) + L2 * np.r_[0, w[1:]]
        hess = (z.T * (p * (1 - p))) @ z + L2 * np.diag(np.r_[0, np.ones(len(w) - 1)])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = w[1:] / std
    return weights, float(w[0] - (weights * mean).sum())


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    order = scores.argsort()
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    positives = labels.sum()
    negatives = len(labels) - positives
    return float((ranks[labels].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def fitting_data(args: argparse.Namespace, names: list[str]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    texts = analyses(DATA / "klexikon" / "wiki", args.analyses, FIT_ARTICLES)
    rows, labels, lemmas = candidate_rows(texts, names)
    scope = [i for i, lemma in enumerate(lemmas) if in_scope(lemma)]
    return (np.array([rows[i] for i in scope], dtype=float), np.array([labels[i] for i in scope]),
            [lemmas[i] for i in scope])


def report_auc(args: argparse.Namespace) -> None:
    names = list(level_model("de").features)
    x, y, lemmas = fitting_data(args, names)
    print(f"{len(y)} in-band candidates A-K, {int(y.sum())} known ({y.mean():.1%})")
    subsets = {"zipf": ["zipf"], "zipf+register": ["zipf", "simple", "register"],
               "zipf+gloss": ["zipf", "gloss_zipf", "no_gloss"],
               "zipf+gloss+pos": ["zipf", "gloss_zipf", "no_gloss", "noun", "verb"],
               "all but forms": [n for n in names if n != "forms"], "all": names}
    for label, chosen in subsets.items():
        cols = [names.index(f) for f in chosen]
        results = []
        for fold in FOLDS:  # fit on one half of the letters, score the other
            test = np.array([in_scope(lemma, fold) for lemma in lemmas])
            w, b = fit_logistic(x[~test][:, cols], y[~test])
            results.append(auc(x[test][:, cols] @ w + b, y[test]))
        print(f"{label:15} held-out AUC " + " / ".join(f"{r:.3f}" for r in results))


def fit(args: argparse.Namespace) -> None:
    table = json.loads(MODEL.read_text(encoding="utf-8"))
    for lang in ("de", "default"):
        names = table["models"][lang]["features"]
        x, y, _ = fitting_data(args, names)
        w, b = fit_logistic(x, y)
        table["models"][lang].update(weights=[round(float(v), 4) for v in w], intercept=round(b, 4))
        print(lang, dict(zip(names, table["models"][lang]["weights"], strict=True)),
              "intercept", round(b, 4))
    MODEL.write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")


def measure(args: argparse.Namespace) -> None:
    known = known_list()
    folder = DATA / "klexikon"
    wiki_topics = sorted(p.stem for p in (folder / "wiki").glob("*.txt"))
    sets = {
        "klexikon (300 on the wiki topics)": _named(folder / "klexikon", wiki_topics[:args.limit],
                                                     args.analyses),
        "wikipedia (300)": analyses(folder / "wiki", args.analyses, args.limit),
        "sample": iter([analyze_article(read_article(str(SAMPLE)), "de")]),
    }
    options = Options(lang="de", level=args.level)
    if args.fallback:  # how the other languages' model does on German
        fallback = levels.level_model("xx")
        levels.level_model = lambda lang: fallback
    if args.threshold is not None:  # try other decision thresholds without editing the file
        model = replace(levels.level_model("de"), threshold=args.threshold,
                        key_word_threshold=args.key_threshold or args.threshold)
        levels.level_model = lambda lang: model
    letters = "abcdefghijk"
    if args.fold:  # honest figure: weights fitted without the fold's letters, counted on them
        letters = args.fold
        model = levels.level_model("de")
        x, y, lemmas = fitting_data(args, list(model.features))
        train = np.array([not in_scope(lemma, letters) for lemma in lemmas])
        w, b = fit_logistic(x[train], y[train])
        refit = replace(model, weights=tuple(float(v) for v in w), intercept=b)
        levels.level_model = lambda lang: refit
    if args.only:
        sets = {k: v for k, v in sets.items() if k.startswith(args.only)}
    for label, texts in sets.items():
        cards, chosen, hits, words = [], 0, 0, []
        for analysis in texts:
            items = select_vocabulary(analysis, options)
            cards.append(len(items))
            words.append(sum(len(s.tokens) for s in analysis.sentences))
            scoped = [i.lemma for i in items if in_scope(i.lemma, letters)]
            chosen += len(scoped)
            hits += sum(key(lemma) in known for lemma in scoped)
        long_cards = [c for c, n in zip(cards, words, strict=True) if n >= 500]
        print(f"{label}: {len(cards)} texts, {statistics.mean(cards):.1f} cards per text "
              f"({statistics.mean(long_cards) if long_cards else 0:.1f} for the {len(long_cards)} "
              f"of 500+ tokens); known at {args.level}: {hits}/{chosen} = "
              f"{hits / max(chosen, 1):.1%} of the chosen lemmas in {letters[0]}-{letters[-1]}")


def _named(folder: Path, stems: list[str], cache: Path | None) -> Iterator[Analysis]:
    for stem in stems:
        yield _analysis(folder / f"{stem}.txt", cache)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("auc", "fit", "measure"))
    parser.add_argument("--analyses", type=Path, default=None)
    parser.add_argument("--level", default="B1")
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--key-threshold", type=float, default=None)
    parser.add_argument("--fallback", action="store_true",
                        help="measure the model of languages without register counts")
    parser.add_argument("--fold", choices=FOLDS, default=None,
                        help="refit without these initial letters and count only them")
    parser.add_argument("--limit", type=int, default=None,
                        help="measure only the first N texts of each set (a quick look)")
    parser.add_argument("--only", default=None, help="measure only the sets whose name starts so")
    args = parser.parse_args()
    if not WORDLIST.exists():
        sys.exit(f"no word list at {WORDLIST}")
    {"auc": report_auc, "fit": fit, "measure": measure}[args.command](args)


if __name__ == "__main__":
    main()
