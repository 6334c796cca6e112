"""The speed-ups change nothing: caches, the on-disk word cache and worker processes give
exactly the output of the plain path."""

from __future__ import annotations

import importlib
import io
import json
import os
import signal
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from HanTa import HanoverTagger

import quizgen.analysis.analyze as analyze_module
from quizgen import Article, Options, make_quiz, read_article
from quizgen.analysis import frequency
from quizgen.analysis.analyze import analyze
from quizgen.analysis.hanta import WORD_CACHES, hanta_model
from quizgen.analysis.hanta.viterbi import FastViterbi, shared_successor_order
from quizgen.analysis.hanta.wordcache import WordAnalyses
from quizgen.analysis.nlp import load_pipeline
from quizgen.cli import main
from quizgen.errors import QuizgenError
from quizgen.export.jsonfile import quiz_to_dict
from quizgen.languages.de import dictionary as de_dictionary
from quizgen.languages.de import lexicon as de_lexicon
from quizgen.languages.de import name_spans as de_name_spans
from quizgen.languages.de import names as de_names
from quizgen.runtime.progress import paragraph_bar

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"
# 120 paragraphs (about 5,000 words) from the middle of a public-domain novel (tests/data/SOURCES.md)
NOVEL_EXCERPT = ROOT / "tests" / "data" / "de_roman_taifun_auszug.txt"
GERMAN_MODEL = "morphmodel_ger.pgz"


def novel_chunk():
    return read_article(str(NOVEL_EXCERPT))


TEXTS = {"article": lambda: read_article(str(SAMPLE)), "novel-chunk": novel_chunk}


@pytest.fixture(scope="module", params=list(TEXTS), ids=list(TEXTS))
def text(request):
    return TEXTS[request.param]()


def without_caches(monkeypatch: pytest.MonkeyPatch) -> None:
    """HanTa's own methods (its word analyses and its sentence Viterbi), the plain compound
    splitter and wordfreq for every frequency, as before the caches."""
    hanta_model(GERMAN_MODEL)
    monkeypatch.setattr(frequency, "saved_frequencies", lambda: {})
    for filename in WORD_CACHES:
        tagger = hanta_model(filename)
        monkeypatch.delattr(tagger, "_tag_word")
        monkeypatch.delattr(tagger, "_analyze")
        monkeypatch.delattr(tagger, "tag_sent_viterbi")
    plain = de_lexicon.compound_parts.__wrapped__
    monkeypatch.setattr(de_lexicon, "compound_parts", plain)
    monkeypatch.setattr(de_names, "compound_parts", plain)
    monkeypatch.setattr(de_dictionary, "compound_parts", plain)  # word_parts' own name for it
    unmemoized = de_lexicon.derived_from_place.__wrapped__
    monkeypatch.setattr(de_lexicon, "derived_from_place", unmemoized)
    monkeypatch.setattr(de_name_spans, "derived_from_place", unmemoized)
    # The tagger component's lemma and tags per word and tag: worked out for every token.
    # (load_pipeline("de", None) is the pipeline analyze uses: lru_cache keys by arguments.)
    monkeypatch.setattr(load_pipeline("de", None).get_pipe("quizgen_hanta"), "rows", _Forgetful())


class _Forgetful(dict):
    """A memo that remembers nothing."""

    def get(self, key, default=None):
        return default

    def __setitem__(self, key, value) -> None:
        pass


def test_caches_change_nothing(text, monkeypatch):
    options = Options(lang="de")
    cached = quiz_to_dict(make_quiz(text, options))
    with monkeypatch.context() as patch:
        without_caches(patch)
        plain = quiz_to_dict(make_quiz(text, options))
    assert len(cached["vocabulary"]) > 5
    assert cached == plain


def test_worker_processes_change_nothing(monkeypatch):
    chunk = novel_chunk()
    monkeypatch.setattr(analyze_module, "PARALLEL_MIN_CHARS", 0)  # the chunk is short
    one = analyze(chunk, "de", jobs=1)
    assert len(one.sentences) > 200
    assert analyze(chunk, "de", jobs=2) == one
    assert analyze(chunk, "de", jobs=3) == one


def test_word_analyses_made_in_workers_join_the_cache(monkeypatch):
    monkeypatch.setattr(analyze_module, "PARALLEL_MIN_CHARS", 0)
    made_up = ["Blorfexenkammer", "Zirpelwatte", "Quondelhaus", "Pferkelmühle"]
    paragraphs = tuple(f"Die {word} stand lange leer." for word in made_up)
    hanta_model(GERMAN_MODEL)
    tags = WORD_CACHES[GERMAN_MODEL].tags
    for key in [key for key in tags if key[0] in made_up]:  # from an earlier run's disk cache
        del tags[key]
    analyze(Article(title="t", paragraphs=paragraphs), "de", jobs=2)
    assert set(made_up) <= {key[0] for key in tags}


def sentences_of(text) -> list[list[str]]:
    analysis = analyze(text, "de")
    return [[t.text for t in s.tokens] for s in analysis.sentences]


def test_word_cache_on_disk_gives_hantas_results(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    sentences = sentences_of(read_article(str(SAMPLE)))
    reference = HanoverTagger.HanoverTagger(GERMAN_MODEL)
    expected = [reference.tag_sent(words) for words in sentences]

    first = HanoverTagger.HanoverTagger(GERMAN_MODEL)
    cache = WordAnalyses(first, GERMAN_MODEL)
    cache.save()  # nothing new: no file
    assert not any(tmp_path.rglob("*.pickle"))
    assert [first.tag_sent(words) for words in sentences] == expected
    cache.save()

    second = HanoverTagger.HanoverTagger(GERMAN_MODEL)
    loaded = WordAnalyses(second, GERMAN_MODEL)
    assert len(loaded.tags) == len(cache.tags) > 300

    def not_again(*args):
        raise AssertionError(f"analysed again: {args!r}")

    loaded._tag_word = loaded._analyze = not_again  # every answer must come from the file
    assert [second.tag_sent(words) for words in sentences] == expected


@pytest.mark.parametrize("casesensitive", [True, False], ids=["case-sensitive", "ignoring-case"])
def test_fast_viterbi_tags_as_hanta_does(text, casesensitive):
    sentences = sentences_of(text)
    tagger = hanta_model(GERMAN_MODEL)
    assert isinstance(tagger.tag_sent_viterbi, FastViterbi)
    hantas_own = HanoverTagger.HanoverTagger.tag_sent_viterbi
    expected = [hantas_own(tagger, words, casesensitive) for words in sentences]
    assert [tagger.tag_sent_viterbi(words, casesensitive) for words in sentences] == expected


def test_fast_viterbi_lets_a_word_without_tags_take_any(monkeypatch):
    """HanTa's branch for a word its analysis gives no tag (its model always gives some):
    each word of the sample's sentences in turn."""
    tagger = hanta_model(GERMAN_MODEL)
    analysed = tagger._tag_word

    def without_tags(untagged: str):
        return lambda word, *args, **kwargs: ([] if word == untagged
                                              else analysed(word, *args, **kwargs))

    hantas_own = HanoverTagger.HanoverTagger.tag_sent_viterbi
    for words in sentences_of(read_article(str(SAMPLE)))[:20]:
        for word in words:
            monkeypatch.setattr(tagger, "_tag_word", without_tags(word))
            assert tagger.tag_sent_viterbi(words) == hantas_own(tagger, words, True)


def test_fast_viterbi_stays_out_of_a_model_without_a_shared_tag_order():
    transitions = {(0, 1): {5: -1.0, 6: -2.0}, (1, 5): {6: -1.0, 5: -2.0}}
    assert shared_successor_order(transitions) is None
    assert shared_successor_order({(0, 1): {5: -1.0, 6: -2.0}}) == {5: 0, 6: 1}


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


LONG = ["x" * 1_000] * 100  # 100,000 characters: a bar
SHORT = ["x" * 1_000] * 99


@pytest.mark.parametrize(("stream", "enabled", "paragraphs", "shown"), [
    (Terminal(), True, LONG, True),
    (Terminal(), True, SHORT, False),
    (Terminal(), False, LONG, False),
    (io.StringIO(), True, LONG, False),
], ids=["long-on-terminal", "short-text", "quiet", "piped"])
def test_paragraph_bar_only_for_a_long_text_on_a_terminal(monkeypatch, stream, enabled,
                                                          paragraphs, shown):
    monkeypatch.setattr(sys, "stderr", stream)
    # Batches of 10 paragraphs, as worker processes deliver them.
    batches = [(10, f"batch {i}") for i in range(len(paragraphs) // 10)]
    assert list(paragraph_bar(iter(batches), paragraphs, enabled)) == [r for _, r in batches]
    assert (f"/{len(paragraphs)}" in stream.getvalue()) == shown
    assert bool(stream.getvalue()) == shown


@pytest.mark.parametrize("jobs", ["0", "-3"], ids=["zero", "negative"])
def test_jobs_below_one_is_a_usage_error(tmp_path, jobs):
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "--jobs", jobs, "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr == f"quizgen: error: --jobs must be at least 1, not {int(jobs)!r}\n"
    assert list(tmp_path.iterdir()) == []


def test_a_kept_value_is_rebuilt_when_quizgen_changes(tmp_path, monkeypatch):
    """Values quizgen derives (noun lexicon, option bands, level thresholds) are named after
    its code, so an upgraded quizgen never reads what an older one derived."""
    from quizgen.runtime import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    builds: list[str] = []

    def build(result: str):
        return lambda: builds.append(result) or result

    monkeypatch.setattr(cache, "code_fingerprint", lambda: "old")
    assert cache.load_or_build("noun-band-de", "1.0", build("made by the old code")) == (
        "made by the old code")
    assert cache.load_or_build("noun-band-de", "1.0", build("again")) == "made by the old code"
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "new")
    assert cache.load_or_build("noun-band-de", "1.0", build("made by the new code")) == (
        "made by the new code")
    assert builds == ["made by the old code", "made by the new code"]
    kept = sorted(p.name for p in (tmp_path / "quizgen").iterdir())
    assert kept == ["noun-band-de--1.0--new.pickle"]  # the stale file is gone


def test_questions_asked_in_a_forked_process_change_nothing(monkeypatch):
    """For a long text the kinds that need no vocabulary are asked in a forked process."""
    build_module = importlib.import_module("quizgen.build")
    monkeypatch.setattr(analyze_module, "PARALLEL_MIN_CHARS", 0)
    forked = []
    real = build_module.asked_early

    def spy(analysis, fork):
        forked.append(fork)
        return real(analysis, fork)

    monkeypatch.setattr(build_module, "asked_early", spy)
    chunk = novel_chunk()
    one = quiz_to_dict(make_quiz(chunk, Options(lang="de", jobs=1)))
    two = quiz_to_dict(make_quiz(chunk, Options(lang="de", jobs=2)))
    assert forked == [False, True]
    assert len(one["questions"]) >= 8  # enough questions of several kinds to compare
    assert len({q["type"] for q in one["questions"]}) >= 2
    for quiz in (one, two):
        quiz["options"].pop("jobs")
    assert two == one


def _killed(batch):
    os.kill(os.getpid(), signal.SIGKILL)  # as the kernel does to a process out of memory


def test_a_worker_that_dies_is_an_error_not_a_hang(monkeypatch):
    monkeypatch.setattr(analyze_module, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(analyze_module, "_worker", _killed)
    chunk = replace(novel_chunk(), source="roman.txt")
    with pytest.raises(QuizgenError, match=r"^roman\.txt: a worker process stopped before it "
                                           r"was done \(out of memory\?\); with --jobs 1"):
        analyze(chunk, "de", jobs=2)


def test_chapters_built_in_workers_change_nothing(tmp_path, monkeypatch):
    """A book's chapters are built in forked workers when together they are long."""
    from test_inputs import make_epub

    from quizgen.build import build

    build_module = importlib.import_module("quizgen.build")
    monkeypatch.setattr(analyze_module, "PARALLEL_MIN_CHARS", 0)
    in_workers = []
    real = build_module._build_chapters_in_workers
    monkeypatch.setattr(build_module, "_build_chapters_in_workers",
                        lambda *args: in_workers.append(True) or real(*args))
    book = make_epub(tmp_path / "geschichten.epub")
    outputs = {}
    for jobs in (1, 2):
        out = tmp_path / f"jobs{jobs}"
        report = build([str(book)], Options(lang="de", jobs=jobs, out=str(out),
                                            formats=("json",)))
        assert not report.failures and len(report.built) == 2
        outputs[jobs] = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in out.iterdir()}
        for quiz in outputs[jobs].values():
            del quiz["options"]["jobs"], quiz["options"]["out"]
    assert in_workers == [True]  # jobs=1 builds in this process
    assert sorted(outputs[1]) == ["geschichten-2.json", "geschichten-3.json"]
    assert outputs[2] == outputs[1]


def test_a_chapter_failing_in_a_worker_is_reported_and_the_rest_built(tmp_path, monkeypatch):
    from test_inputs import make_epub

    from quizgen.build import build
    from quizgen.errors import InputError

    build_module = importlib.import_module("quizgen.build")
    monkeypatch.setattr(analyze_module, "PARALLEL_MIN_CHARS", 0)
    real = build_module.make_quiz

    def fails_on_chapter_three(article, options, progress=False):
        if article.source.endswith("#3"):
            raise InputError(f"{article.source}: too little text for any card")
        return real(article, options, progress)

    monkeypatch.setattr(build_module, "make_quiz", fails_on_chapter_three)
    book = make_epub(tmp_path / "geschichten.epub")
    report = build([str(book)], Options(lang="de", jobs=2, out=str(tmp_path / "out"),
                                        formats=("json",)))
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["geschichten-2.json"]
    assert [(source, str(error)) for source, error in report.failures] == [
        (f"{book}#3", f"{book}#3: too little text for any card")]


def test_a_book_whose_longest_chapter_cannot_be_read_still_builds_the_rest(tmp_path, monkeypatch):
    """The longest chapter loads the pipeline before the workers fork; if it is in another
    language, it fails alone."""
    from ebooklib import epub
    from test_inputs import FINNISH

    from quizgen.build import build

    monkeypatch.setattr(analyze_module, "PARALLEL_MIN_CHARS", 0)
    book = epub.EpubBook()
    book.set_identifier("quizgen-test-mixed")
    book.set_title("Gemischt")
    book.set_language("de")
    texts = [SAMPLE.read_text(encoding="utf-8"), (FINNISH + "\n") * 40]
    chapters = []
    for n, text in enumerate(texts, start=1):
        body = "".join(f"<p>{p}</p>" for p in text.splitlines() if p.strip())
        chapters.append(epub.EpubHtml(title=f"Teil {n}", file_name=f"t{n}.xhtml", lang="de",
                                      content=f"<h1>Teil {n}</h1>{body}"))
        book.add_item(chapters[-1])
    book.toc, book.spine = chapters, ["nav", *chapters]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    path = tmp_path / "gemischt.epub"
    epub.write_epub(str(path), book)
    assert len(texts[1]) > len(texts[0])
    report = build([str(path)], Options(jobs=2, out=str(tmp_path / "out"), formats=("json",)))
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["gemischt-1.json"]
    [(source, error)] = report.failures
    assert source == f"{path}#2" and "looks like Finnish" in str(error)


def test_a_chapter_worker_that_dies_fails_its_book_and_the_run_goes_on(tmp_path, monkeypatch):
    from test_inputs import make_epub

    from quizgen.build import build

    build_module = importlib.import_module("quizgen.build")
    monkeypatch.setattr(analyze_module, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(build_module, "_build_chapter", _killed)
    book = make_epub(tmp_path / "geschichten.epub")
    report = build([str(book), str(SAMPLE)], Options(lang="de", jobs=2, formats=("json",),
                                                     out=str(tmp_path / "out")))
    [(source, error)] = report.failures
    assert source == str(book)
    assert str(error).startswith(f"{book}: a worker process stopped before it was done")
    assert report.built == [str(SAMPLE)]


def _long_inputs(folder: Path) -> list[Path]:
    """The sample article 25 times over: as one text, and as a book of 25 chapters."""
    from ebooklib import epub

    article = SAMPLE.read_text(encoding="utf-8")
    text = folder / "lang.txt"
    text.write_text("\n\n".join([article] * 25), encoding="utf-8")
    book = epub.EpubBook()
    book.set_identifier("quizgen-test-lang")
    book.set_title("Lang")
    book.set_language("de")
    paragraphs = "".join(f"<p>{p}</p>" for p in article.split("\n\n"))
    chapters = [epub.EpubHtml(title=f"Kapitel {n}", file_name=f"k{n}.xhtml", lang="de",
                              content=f"<h1>Kapitel {n}</h1>{paragraphs}") for n in range(25)]
    for chapter in chapters:
        book.add_item(chapter)
    book.spine = chapters
    book.add_item(epub.EpubNav())
    epub.write_epub(str(folder / "lang.epub"), book)
    return [text, folder / "lang.epub"]


def test_the_command_line_leaves_no_worker_behind(tmp_path):
    """A long text is analysed and asked about in forked workers, a long book's chapters
    are built in them. The command line ends with a quick exit, and a worker still waiting
    for its pool's word to stop would keep the output pipes open (and this run waiting)
    for ever."""
    import subprocess

    for source in _long_inputs(tmp_path):
        done = subprocess.run([sys.executable, "-m", "quizgen", "build", str(source),
                               "--format", "json", "--out", str(tmp_path / "out")],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "out").glob("lang-*.json"))) == 25
    assert (tmp_path / "out" / "lang.json").is_file()


def _sleep_long() -> None:
    import time

    time.sleep(60)


def test_ending_idle_workers_spares_children_quizgen_did_not_start(monkeypatch):
    """A program using quizgen as a library keeps its own processes."""
    import multiprocessing
    import multiprocessing.connection

    from quizgen.runtime.workers import end_idle_workers

    monkeypatch.setattr(analyze_module, "PARALLEL_MIN_CHARS", 0)
    own = multiprocessing.get_context("fork").Process(target=_sleep_long)
    own.start()
    try:
        before = {c.pid for c in multiprocessing.active_children()}  # other tests' children too
        analyze(novel_chunk(), "de", jobs=2)  # leaves its idle workers behind
        ours = [c for c in multiprocessing.active_children() if c.pid not in before]
        end_idle_workers()
        # A worker's sentinel is ready once it has ended; join() is no witness here, since
        # the pool's own thread may reap the process first and make join return at once.
        ended = multiprocessing.connection.wait([w.sentinel for w in ours], timeout=10)
        assert len(ended) == len(ours)
        assert own.is_alive()
    finally:
        own.kill()
        own.join()
