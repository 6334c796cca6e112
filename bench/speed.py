"""End-to-end speed of `quizgen build` against the floor of a plain text tool.

Each case runs `quizgen build` (apkg, html, json) as a subprocess, several times, next to a
floor process measured in the same run:

- the novel: a Python process that imports spaCy and tokenizes the same text with
  spacy.blank("de"); the same floor for the novel made into an EPUB of 20 chapters (which
  quizgen builds as 20 articles);
- the article: a Python process that only imports spacy, wordfreq, genanki and jinja2.

The runs of one text share one XDG_CACHE_HOME (quizgen keeps its noun lexicon and word
analyses there); the first run starts from an empty cache and is reported separately as "cold".
Every run writes into a fresh output folder, because the apkg exporter reads a previous
package in the same folder. Peak memory is reported twice: the largest resident set of the
build process (`ru_maxrss`), and, from one more untimed run, the peak proportional set size
of the build and its worker processes together. quizgen's modules are compiled to bytecode
first, as an installed package's are (see `compile_quizgen`). Prints a markdown table.

    python bench/speed.py [--runs 5]
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOVEL = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "long" / "de_essig_taifun.txt"
ARTICLE = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"

TOKENIZE_FLOOR = """
import sys, spacy
nlp = spacy.blank("de")
text = open(sys.argv[1], encoding="utf-8").read()
sum(len(doc) for doc in nlp.pipe(text.split("\\n")))
"""
IMPORT_FLOOR = "import spacy, wordfreq, genanki, jinja2"


EPUB_CHAPTERS = 20


def novel_as_epub(path: Path) -> Path:
    """The novel's paragraphs as an EPUB of EPUB_CHAPTERS chapters (built one article per
    chapter, quizgen's default for EPUB)."""
    from html import escape

    from ebooklib import epub

    paragraphs = [p for p in NOVEL.read_text(encoding="utf-8").split("\n") if p.strip()]
    size = -(-len(paragraphs) // EPUB_CHAPTERS)
    book = epub.EpubBook()
    book.set_identifier("quizgen-bench-novel")
    book.set_title("Essig und Taifun")
    book.set_language("de")
    chapters = []
    for n in range(EPUB_CHAPTERS):
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs[n * size : (n + 1) * size])
        chapter = epub.EpubHtml(title=f"Kapitel {n + 1}", file_name=f"k{n + 1}.xhtml", lang="de",
                                content=f"<h1>Kapitel {n + 1}</h1>{body}")
        book.add_item(chapter)
        chapters.append(chapter)
    book.toc = chapters
    book.spine = ["nav", *chapters]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    epub.write_epub(str(path), book)
    return path


@dataclass
class Run:
    seconds: float
    peak_mb: float  # the child's maximum resident set size


def timed(cmd: list[str], env: dict[str, str]) -> Run:
    """Wall time and peak memory of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return Run(seconds, usage.ru_maxrss / 1024)  # kilobytes on Linux


def tree_pss_mb(cmd: list[str], env: dict[str, str]) -> float:
    """Peak proportional set size of a build and its worker processes together (sampled
    every 50 ms in a separate, untimed run: shared pages count once)."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, sum(_pss_kb(pid) for pid in _process_tree(proc.pid)))
        time.sleep(0.05)
    return peak / 1024


def _process_tree(pid: int) -> list[int]:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return [pid]
    return [pid, *(p for child in children for p in _process_tree(int(child)))]


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def build_cmd(text: Path, out: str, extra: list[str]) -> list[str]:
    return [sys.executable, "-m", "quizgen", "build", str(text), "--format", "apkg,html,json",
            "--out", out, "--quiet", *extra]


def measure(text: Path, floor: list[str], runs: int, env: dict[str, str],
            extra: list[str]) -> dict[str, float]:
    """Cold run first (empty cache), then `runs` alternating floor and warm builds."""
    with tempfile.TemporaryDirectory() as out:
        cold = timed(build_cmd(text, out, extra), env)
    floors, builds = [], []
    for _ in range(runs):
        floors.append(timed(floor, env))
        with tempfile.TemporaryDirectory() as out:
            builds.append(timed(build_cmd(text, out, extra), env))
    with tempfile.TemporaryDirectory() as out:
        all_processes = tree_pss_mb(build_cmd(text, out, extra), env)
    floor_s = statistics.median(r.seconds for r in floors)
    build_s = statistics.median(r.seconds for r in builds)
    ratios = [b.seconds / f.seconds for b, f in zip(builds, floors, strict=True)]
    words = len(NOVEL.read_text(encoding="utf-8").split() if text.suffix == ".epub"
                else text.read_text(encoding="utf-8").split())
    return {"words": words, "floor": floor_s,
            "build": build_s, "ratio": statistics.median(ratios), "cold": cold.seconds,
            "cold_ratio": cold.seconds / floor_s,
            "peak": max(r.peak_mb for r in [cold, *builds]), "peak_all": all_processes}


def table(rows: list[tuple[str, str, dict[str, float]]]) -> str:
    lines = ["| text | words | floor | floor s | build s | ratio (median) | cold build s "
             "| cold ratio | peak RSS MB, main process | peak PSS MB, all processes |",
             "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, floor_name, m in rows:
        lines.append(f"| {name} | {m['words']:,} | {floor_name} | {m['floor']:.2f} | "
                     f"{m['build']:.2f} | {m['ratio']:.2f}x | {m['cold']:.2f} | "
                     f"{m['cold_ratio']:.2f}x | {m['peak']:.0f} | {m['peak_all']:.0f} |")
    return "\n".join(lines)


def compile_quizgen() -> None:
    """Compile quizgen's modules to bytecode, as pip does when it installs a package (the
    floors' spaCy, wordfreq, genanki and jinja2 were compiled so). An editable install leaves
    that to the first import, and where PYTHONDONTWRITEBYTECODE is set (as on the
    development machine) every run would compile all of quizgen again: about 40 ms."""
    compileall.compile_dir(ROOT / "quizgen", quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=None, help="passed to quizgen build")
    args = parser.parse_args()
    extra = ["--jobs", str(args.jobs)] if args.jobs else []
    tokenize_floor = [sys.executable, "-c", TOKENIZE_FLOOR, str(NOVEL)]
    compile_quizgen()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        book = novel_as_epub(Path(folder) / "de_essig_taifun.epub")
        cases = [("novel (de_essig_taifun)", NOVEL, "import spaCy + tokenize", tokenize_floor),
                 (f"same novel as an EPUB of {EPUB_CHAPTERS} chapters", book,
                  "import spaCy + tokenize", tokenize_floor),
                 ("article (sample)", ARTICLE, "imports only",
                  [sys.executable, "-c", IMPORT_FLOOR])]
        for name, text, floor_name, floor in cases:
            with tempfile.TemporaryDirectory() as cache:  # each text starts cold
                env = {**os.environ, "XDG_CACHE_HOME": cache, "PYTHONPATH": str(ROOT)}
                rows.append((name, floor_name, measure(text, floor, args.runs, env, extra)))
    print(f"{args.runs} runs each, {os.cpu_count()} cores, formats apkg,html,json\n")
    print(table(rows))


if __name__ == "__main__":
    main()
