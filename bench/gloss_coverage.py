"""How many chosen words get a meaning, and whether dictionary gender agrees with quizgen's.

    python bench/gloss_coverage.py [--show] [--chapter N]

Prints, for the sample article (level B1, default options) and for one chapter of the novel in
../shared/data/long/: words chosen, words with a meaning, words glossed through a compound's
head, and for nouns the gender agreement with the dictionary. --show lists every meaning.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from quizgen import Options
from quizgen.analysis.analyze import analyze
from quizgen.ingest import read_article
from quizgen.model import Article, VocabItem
from quizgen.vocab.gloss import add_glosses, dictionary_meaning, gloss_language, sources_for
from quizgen.vocab.select import select_vocabulary

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"
NOVEL = ROOT.parent / "shared" / "data" / "long" / "de_essig_taifun.txt"
CHAPTER_BREAK = "* * *"


def novel_chapter(number: int) -> Article:
    """The novel's chapters are separated by '* * *' lines."""
    chapters = NOVEL.read_text(encoding="utf-8").split(f"\n{CHAPTER_BREAK}\n")
    paragraphs = tuple(p.strip() for p in chapters[number - 1].split("\n\n") if p.strip())
    return Article(title=f"Der Taifun, chapter {number}", paragraphs=paragraphs, language="de",
                   source=str(NOVEL))


def gender_check(items: tuple[VocabItem, ...], options: Options) -> tuple[int, list[str]]:
    """(nouns whose gender the dictionary gives, the ones where it disagrees)."""
    dictionary = sources_for("de", options).dictionary
    checked, disagree = 0, []
    for item in items:
        if item.pos != "NOUN" or not item.gender or dictionary is None:
            continue
        meaning = dictionary_meaning(dictionary, item, gloss_language("de", options.gloss_lang))
        if meaning and meaning.genders:
            checked += 1
            if item.gender not in meaning.genders:
                disagree.append(f"{item.lemma} ({item.gender} vs {'/'.join(sorted(meaning.genders))})")
    return checked, disagree


def report(name: str, article: Article, options: Options, show: bool) -> None:
    analysis = analyze(article, "de")
    items = select_vocabulary(analysis, options)
    start = time.perf_counter()
    glossed = add_glosses(items, "de", options, analysis=analysis)
    seconds = time.perf_counter() - start
    with_meaning = [i for i in glossed if i.gloss]
    via_head = [i for i in with_meaning if "(head " in (i.gloss_source or "")]
    checked, disagree = gender_check(glossed, options)
    share = len(with_meaning) / len(glossed) if glossed else 0.0
    print(f"{name}: {len(with_meaning)}/{len(glossed)} words with a meaning ({share:.0%}), "
          f"{len(via_head)} through a compound's head, {seconds * 1000:.0f} ms")
    print(f"  noun gender: {checked - len(disagree)}/{checked} agree with the dictionary"
          + (f"; disagree: {', '.join(disagree)}" if disagree else ""))
    print(f"  without a meaning: {', '.join(f'{i.lemma} ({i.pos})' for i in glossed if not i.gloss) or '-'}")
    if show:
        for i in glossed:
            print(f"    {i.lemma:<28} {i.pos:<5} {i.gloss or '-'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every word and its meaning")
    parser.add_argument("--chapter", type=int, default=1, help="chapter of the novel (default 1)")
    args = parser.parse_args()
    options = Options(lang="de", level="B1")
    print(sources_for("de", options).describe())
    report("sample article, B1, 30 words", read_article(str(SAMPLE)), options, args.show)
    chapter = novel_chapter(args.chapter)
    report(f"novel chapter {args.chapter}, B1, 30 words", chapter, options, args.show)
    report(f"novel chapter {args.chapter}, B1, all words", chapter, options.with_(max_cards=0), args.show)


if __name__ == "__main__":
    main()
