"""Build quizgen/languages/data/de_register.tsv: in how many Klexikon (simple German, for
children) and Wikipedia (adult expository German) articles each lemma occurs.

The lemmas are the vocabulary keys quizgen's own analysis gives (`collect_candidates`), so
the shipped counts match what `select` looks up. Texts: /work/shared/data/klexikon/
(dennlinger/klexikon, CC BY-SA); the shipped file carries the attribution in its header.

    python bench/build_register.py [--data DIR] [--out FILE] [--analyses DIR]

--analyses keeps each article's Analysis as a pickle, for bench/levels.py to reuse.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizgen import read_article  # noqa: E402
from quizgen.analysis.analyze import analyze  # noqa: E402
from quizgen.vocab.select import collect_candidates  # noqa: E402

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "klexikon"
OUT = ROOT / "quizgen" / "languages" / "data" / "de_register.tsv"
MIN_DOCUMENTS = 2  # a lemma seen in one article only says little and would bloat the file

HEADER = """\
# Document frequencies of German lemmas in two registers, for quizgen's level model.
# simple: {simple} articles of Klexikon (klexikon.zum.de), a German encyclopedia for children;
# adult: {adult} German Wikipedia articles on the same kinds of topics (first ~900 words).
# Both as collected by dennlinger/klexikon (LREC 2022), data/raw at commit c909f387.
# Text licence: CC BY-SA (Klexikon; Wikipedia, CC BY-SA 4.0). These counts derive from
# those texts and are shared under CC BY-SA 4.0. Built by bench/build_register.py.
# Lemmas seen in fewer than {min_docs} articles in all are left out.
# documents: simple={simple} adult={adult}
# lemma<TAB>simple<TAB>adult
"""


def lemma_documents(folder: Path, analyses: Path | None) -> tuple[Counter[str], int]:
    counts: Counter[str] = Counter()
    files = sorted(folder.glob("*.txt"))
    for n, path in enumerate(files, 1):
        analysis = analyze(read_article(str(path)), "de")
        if analyses is not None:
            target = analyses / folder.name / (path.stem + ".pickle")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(pickle.dumps(analysis))
        counts.update(collect_candidates(analysis).keys())
        if n % 200 == 0:
            print(f"{folder.name}: {n}/{len(files)}", file=sys.stderr, flush=True)
    return counts, len(files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--analyses", type=Path, default=None)
    args = parser.parse_args()
    adult, n_adult = lemma_documents(args.data / "wiki", args.analyses)
    simple, n_simple = lemma_documents(args.data / "klexikon", args.analyses)
    lemmas = sorted(k for k in simple.keys() | adult.keys()
                    if simple[k] + adult[k] >= MIN_DOCUMENTS and k.replace("-", "").isalpha())
    lines = [f"{k}\t{simple[k]}\t{adult[k]}" for k in lemmas]
    header = HEADER.format(simple=n_simple, adult=n_adult, min_docs=MIN_DOCUMENTS)
    args.out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} lemmas -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
