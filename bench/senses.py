"""How often the first sense a card shows is the one a teacher gives, on the gold set.

    python bench/senses.py [--show] [--without-corrections] [--gold tests/data/senses_de.tsv]
                           [--articles ../shared/data/klexikon]

Prints the share of words whose first sense is right, the same for reflexive uses, and the
share of reflexive uses shown with 'sich'. --show lists every wrong or missing meaning.
--articles: each word is glossed inside its whole source article (as its card would be, with
the article's subject to choose the sense), not in its sentence alone.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from quizgen import Options
from quizgen.vocab.dictionaries.gold import first_sense, is_right, judge, read_gold

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "senses_de.tsv")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--without-corrections", action="store_true",
                        help="leave out the curated corrections (languages/de/senses.py)")
    parser.add_argument("--articles", type=Path, help="the folder of the gold set's sources")
    args = parser.parse_args()
    if args.without_corrections:
        from quizgen.languages.de import senses as de_senses

        de_senses.CORRECTIONS.clear()
    rows = read_gold(args.gold)
    right = reflexive = reflexive_right = shown_sich = 0
    for gold, item in judge(rows, Options(lang="de"), args.articles):
        ok = is_right(item.gloss, gold)
        right += ok
        if gold.reflexive:
            reflexive += 1
            reflexive_right += ok
            shown_sich += bool(getattr(item, "reflexive", False))
        if args.show and not ok:
            print(f"{'sich ' if gold.reflexive else ''}{gold.lemma:<18} {gold.pos:<5} "
                  f"{first_sense(item.gloss) or '-':<28} want {'|'.join(sorted(gold.senses))[:60]}")
    print(f"first sense right: {right}/{len(rows)} = {right / len(rows):.1%}")
    if reflexive:
        print(f"reflexive uses: first sense right {reflexive_right}/{reflexive} "
              f"= {reflexive_right / reflexive:.1%}; shown with 'sich' {shown_sich}/{reflexive}")


if __name__ == "__main__":
    main()
