"""What reading a learner's Anki collection adds to a build.

Makes a collection of 20,000 notes with the `anki` library, as a learner's looks: vocabulary
notes (a German word from wordfreq's list, an English back), sentence notes and cloze notes
(sentences of the Klexikon development articles, else of the sample), in two decks; every
other card reviewed to an interval of 30 days. It
times `quizgen build` of the sample article (apkg, json) as a subprocess, in the same
run: without the collection; with it read for the first time (every note text lemmatised);
after the learner studied (the file changed, so the collection is read again, but its note
texts' lemmas are kept between runs); and unchanged (known words and notes from the cache
folder, by the collection's modification time). Prints a markdown table; the goal is at most
2 s more than without.

    python bench/anki_collection.py [--runs 3] [--notes 20000]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"


KLEXIKON = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "klexikon" / "klexikon"


def card_sentences(limit: int) -> list[str]:
    files = sorted(KLEXIKON.glob("*.txt")) or [ARTICLE]
    found: list[str] = []
    for path in files:
        for sentence in re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8")):
            sentence = " ".join(sentence.split())
            if 30 < len(sentence) < 160:
                found.append(sentence)
        if len(found) >= limit:
            break
    return found


def make_collection(path: Path, count: int) -> None:
    from anki.collection import AddNoteRequest, Collection
    from wordfreq import top_n_list

    rng = random.Random(1)
    german = [w for w in top_n_list("de", count * 3) if w.isalpha() and len(w) > 2]
    english = [w for w in top_n_list("en", 5000) if w.isalpha()]
    sentences = card_sentences(count)
    col = Collection(str(path))
    try:
        basic, cloze = col.models.by_name("Basic"), col.models.by_name("Cloze")
        words, reading = col.decks.id("Deutsch::Wortschatz"), col.decks.id("Deutsch::Lesen")
        requests = []
        for i in range(count):
            if i % 2 == 0:  # a vocabulary note
                note = col.new_note(basic)
                note["Front"] = f"<b>{german[i // 2 % len(german)]}</b>"
                note["Back"] = " ".join(rng.sample(english, 2))
            elif i % 4 == 1:  # a sentence note
                note = col.new_note(basic)
                note["Front"] = sentences[i % len(sentences)]
                note["Back"] = " ".join(rng.sample(english, 6)) + "."
            else:  # a cloze note, with its sound
                note = col.new_note(cloze)
                sentence = sentences[i * 7 % len(sentences)].split()
                hidden = rng.randrange(len(sentence))
                sentence[hidden] = f"{{{{c1::{sentence[hidden]}}}}}"
                note["Text"] = " ".join(sentence) + f" [sound:s{i}.mp3]"
            requests.append(AddNoteRequest(note=note, deck_id=words if i % 2 == 0 else reading))
        col.add_notes(requests)
        # Half the cards studied to an interval of 30 days, as the scheduler leaves them.
        col.db.execute("update cards set type = 2, queue = 2, ivl = 30, due = 100 where id % 2 = 0")
    finally:
        col.close()


def timed_build(extra: list[str], cache: Path) -> float:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "quizgen", "build", str(ARTICLE), "--lang", "de",
                        "--format", "apkg,json", "--out", out, "-q", *extra],
                       check=True, env=env, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--notes", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="quizgen-bench-") as tmp:
        folder = Path(tmp)
        collection = folder / "collection.anki2"
        made = time.perf_counter()
        make_collection(collection, args.notes)
        print(f"collection of {args.notes} notes made in {time.perf_counter() - made:.1f} s", file=sys.stderr)
        warmed, cache = folder / "warmed", folder / "cache"
        timed_build([], warmed)  # warm the word caches, as every user's are after the first build
        with_collection = ["--anki-collection", str(collection)]
        plain, first, studied, unchanged = [], [], [], []
        for run in range(args.runs):
            # Each run starts from the warmed caches: its first read meets the collection's
            # words as new, as a learner's first build with their collection does.
            shutil.rmtree(cache, ignore_errors=True)
            shutil.copytree(warmed, cache)
            plain.append(timed_build([], cache))
            first.append(timed_build(with_collection, cache))
            os.utime(collection)  # studied since: the collection's modification time is new
            studied.append(timed_build(with_collection, cache))
            unchanged.append(timed_build(with_collection, cache))
            print(f"run {run + 1}: {plain[-1]:.2f} / {first[-1]:.2f} / {studied[-1]:.2f} / "
                  f"{unchanged[-1]:.2f} s", file=sys.stderr)
    base = statistics.median(plain)
    print("| build of the sample article | median s | added s | ratio |")
    print("|---|---|---|---|")
    print(f"| without a collection | {base:.2f} | | 1.00 |")
    for label, times in (("with the collection, first read", first),
                         ("with the collection, studied since", studied),
                         ("with the collection, unchanged", unchanged)):
        median = statistics.median(times)
        print(f"| {label} ({args.notes} notes) | {median:.2f} | {median - base:+.2f} | {median / base:.2f} |")


if __name__ == "__main__":
    main()
