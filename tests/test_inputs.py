"""Real, bad and hostile inputs through the real CLI: exit codes, messages, clean outputs."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from output_checks import OUTPUT_CHECKS

import quizgen.ingest
from quizgen.cli import main
from quizgen.ingest import read_article

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"

def run(args: list[str], stdin: bytes | None = None):
    return CliRunner().invoke(main, args, input=stdin, catch_exceptions=False)


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


# ---------------------------------------------------------------- bad inputs

def _write(name: str, data: bytes | str) -> Callable[[Path], list[str]]:
    def make(tmp: Path) -> list[str]:
        path = tmp / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return [str(path)]
    return make


def _symlink_loop(tmp: Path) -> list[str]:
    path = tmp / "loop.txt"
    path.symlink_to(path)
    return [str(path)]


def _empty_folder(tmp: Path) -> list[str]:
    folder = tmp / "leer"
    folder.mkdir()
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 not text")
    return [str(folder)]


def _options(*extra: str, name: str = "text.txt") -> Callable[[Path], list[str]]:
    def make(tmp: Path) -> list[str]:
        path = tmp / name
        path.write_text(seed_text(), encoding="utf-8")
        return [str(path), *extra]
    return make


def _out_under_file(tmp: Path) -> list[str]:
    blocker = tmp / "blocker"
    blocker.write_text("a file where a folder should be")
    path = tmp / "a.txt"
    path.write_text(seed_text(), encoding="utf-8")
    return [str(path), "--out", str(blocker / "decks")]


def _epub_bomb(tmp: Path) -> list[str]:
    path = tmp / "bombe.epub"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("OEBPS/kapitel.xhtml", b"<p>" + b" " * 5_000_000 + b"</p>")
    return [str(path), "--max-input-mb", "1"]


FINNISH = ("Suomi on tasavalta Pohjois-Euroopassa. Sen pääkaupunki on Helsinki, ja maassa puhutaan "
           "suomea sekä ruotsia virallisina kielinä. Talvet ovat pitkiä ja kylmiä.\n")
ONLY_NAV_PAGE = ("<!DOCTYPE html><html><head><title>Startseite</title><script>var a = 1;</script>"
                 "</head><body><nav><a href='/'>Start</a> <a href='/b'>Blog</a></nav>"
                 "<footer>© 2024</footer></body></html>")

# (id, make the input -> CLI arguments, stdin, message pattern)
BAD_INPUTS = [
    ("empty", _write("leer.txt", b""), None, r"leer\.txt: empty file"),
    ("whitespace-only", _write("leer.txt", " \n\t\r\n  \n"), None, r"leer\.txt: empty file"),
    ("invisible-only", _write("leer.txt", "\u200b\u200d\ufeff \x07\n"), None, r"leer\.txt: empty file"),
    ("binary-nul", _write("daten.txt", bytes(range(256)) * 8), None, r"daten\.txt: binary file"),
    ("binary-png", _write("bild.txt", b"\x89PNG\r\n\x1a\n" + b"\x00IHDR" * 50), None,
     r"bild\.txt: binary file \(PNG image\)"),
    ("binary-pdf", _write("brief.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\n"), None,
     r"brief\.txt: binary file \(PDF document\)"),
    ("unsupported-language-finnish", _write("suomi.txt", FINNISH), None,
     r"suomi\.txt: this text looks like Finnish, which quizgen does not support \(de, en, fr, es, "
     r"it, nl\); if it is one of them, name it with --lang"),
    ("unsupported-script-russian", _write("ru.txt", "Москва — столица России и крупнейший город "
                                          "страны. Здесь живут миллионы людей.\n"), None,
     r"ru\.txt: this text looks like Russian, which quizgen does not support"),
    ("too-short-to-detect", _write("kurz.txt", "Hallo!\n"), None,
     r"kurz\.txt: too little text to detect its language"),
    ("too-little-for-a-card", _write("kurz.txt", "Das ist gut. Wir gehen nach Hause.\n"), None,
     r"kurz\.txt: too little text for any card"),
    ("missing-file", lambda tmp: [str(tmp / "fehlt.txt")], None, r"fehlt\.txt: no such file"),
    ("unreadable-symlink-loop", _symlink_loop, None, r"loop\.txt: cannot read"),
    ("folder-without-text", _empty_folder, None, r"leer: a folder with no file quizgen can read"),
    ("larger-than-max-input", _options("--max-input-mb", "0.001"), None,
     r"text\.txt: larger than the maximum input size of 0\.001 MB \(raise it with --max-input-mb\)"),
    ("broken-epub", _write("buch.epub", "Das ist kein E-Book.\n"), None,
     r"buch\.epub: not a readable EPUB book"),
    ("epub-unpacks-too-large", _epub_bomb, None,
     r"bombe\.epub: this EPUB book unpacks to 5 MB, more than 4 times the maximum input size"),
    ("broken-srt", _write("film.srt", "Das ist kein Untertitel.\nGar keiner.\n"), None,
     r"film\.srt: not a valid SRT subtitle file"),
    ("html-without-article", _write("seite.html", ONLY_NAV_PAGE), None,
     r"seite\.html: no article text found"),
    ("markdown-only-code", _write("code.md", "```\nprint('hallo')\n```\n"), None,
     r"code\.md: this Markdown file holds no text"),
    ("stdin-empty", lambda tmp: ["-"], b"", r"^quizgen: error: -: empty file"),
    ("stdin-binary", lambda tmp: ["-"], b"\x7fELF\x02\x01\x01" + bytes(64), r"-: binary file \(program\)"),
    ("unknown-input-format", _options("--input-format", "pdf"), None, r"unknown input format 'pdf'"),
    ("out-folder-not-writable", _out_under_file, None,
     r"decks: output folder cannot be created \(.*blocker is a file\)"),
]


@pytest.mark.parametrize(("make", "stdin", "pattern"), [row[1:] for row in BAD_INPUTS],
                         ids=[row[0] for row in BAD_INPUTS])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path, make, stdin, pattern):
    out = tmp_path / "out"
    args = make(tmp_path)
    if "--out" not in args:
        args += ["--out", str(out)]
    result = run(["build", *args, "--format", "json"], stdin)
    assert result.exit_code == 2, result.output
    assert re.search(pattern, result.stderr), result.stderr
    assert result.stderr.startswith("quizgen: error: ")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert files_in(out) == []


def test_debug_shows_the_traceback(tmp_path):
    result = run(["build", "-", "--debug", "--out", str(tmp_path)], b"")
    assert result.exit_code == 2
    assert "Traceback" in result.stderr and "InputError: -: empty file" in result.stderr


# ---------------------------------------------------------------- real inputs

def _copy(name: str) -> Callable[[Path], list[str]]:
    return lambda tmp: [str(DATA / name)]


def _encoded(encoding: str, bom: bytes = b"") -> Callable[[Path], list[str]]:
    return _write(f"gipfel-{encoding}.txt", bom + seed_text().encode(encoding))


def _html_as_txt(tmp: Path) -> list[str]:
    path = tmp / "seite.txt"
    path.write_bytes((DATA / "de_news_strassenbahn.html").read_bytes())
    return [str(path), "--input-format", "html"]


def _inline_ad(tmp: Path) -> list[str]:
    """A saved page whose advertisement stands in the article itself, as a paragraph."""
    page = (DATA / "de_news_strassenbahn.html").read_text(encoding="utf-8")
    ad = "<p>Anzeige: Sommerreisen zum Sparpreis – jetzt buchen!</p>\n      <p>Die Strecke soll"
    path = tmp / "mit-anzeige.html"
    path.write_text(page.replace("<p>Die Strecke soll", ad, 1), encoding="utf-8")
    return [str(path)]


def _folder(tmp: Path) -> list[str]:
    folder = tmp / "kurs"
    (folder / "woche1").mkdir(parents=True)
    (folder / "woche1" / "wetter.srt").write_bytes((DATA / "de_podcast_wetter.srt").read_bytes())
    (folder / "museum.vtt").write_bytes((DATA / "de_interview_museum.vtt").read_bytes())
    (folder / "liesmich.pdf").write_bytes(b"%PDF-1.4")  # not an input format: skipped
    (folder / ".versteckt.txt").write_text(seed_text())  # hidden: skipped
    return [str(folder)]


GIPFEL = "Wostotschny Kosmodrom"
BOILERPLATE = ("Cookies", "Impressum", "Girokonto", "trackPageView", "dataLayer", "Meistgelesen",
               "Lesen Sie auch", "WordPress", "Neueste Beiträge", "Dieser Code", "[Musik]", "<i>",
               "Reporterin>", "Kommentare", "Sommerreisen", "Anzeige")

# (id, make -> CLI arguments, stdin, {slug: (title start, phrase in the text)})
REAL_INPUTS = [
    ("txt-utf8", _encoded("utf-8"), None, {"gipfel-utf-8": ("Die Führer von Russland", GIPFEL)}),
    ("txt-utf8-bom", _encoded("utf-8", b"\xef\xbb\xbf"), None,
     {"gipfel-utf-8": ("Die Führer von Russland", GIPFEL)}),
    ("txt-utf16-bom", _encoded("utf-16"), None, {"gipfel-utf-16": ("Die Führer", GIPFEL)}),
    ("txt-cp1252", _encoded("cp1252"), None, {"gipfel-cp1252": ("Die Führer", "Südkoreas")}),
    ("markdown", _copy("de_rezept_sauerteig.md"), None,
     {"de-rezept-sauerteig": ("Sauerteigbrot für Einsteiger", "Gärkörbchen")}),
    ("html-news-page", _copy("de_news_strassenbahn.html"), None,
     {"de-news-strassenbahn": ("Neue Straßenbahnlinie: Stadtrat", "Planfeststellung")}),
    ("html-inline-ad", _inline_ad, None,
     {"mit-anzeige": ("Neue Straßenbahnlinie: Stadtrat", "Planfeststellung")}),
    ("html-blog-cp1252", _copy("de_blog_stadtimkerei.htm"), None,
     {"de-blog-stadtimkerei": ("Bienen auf dem Dach", "Varroamilbe")}),
    ("html-forced-on-txt", _html_as_txt, None,
     {"seite": ("Neue Straßenbahnlinie", "Bürgerinitiative")}),
    ("srt", _copy("de_podcast_wetter.srt"), None,
     {"de-podcast-wetter": ("Willkommen zu unserem Podcast", "Binnenschifffahrt")}),
    ("vtt", _copy("de_interview_museum.vtt"), None,
     {"de-interview-museum": ("Frau Albers", "Jubiläumsausstellung")}),
    ("stdin-text", lambda tmp: ["-"], SEED.read_bytes(),
     {"die-fuhrer-von-russland-und-nordkorea-trafen-sich": ("Die Führer", GIPFEL)}),
    ("stdin-html-sniffed", lambda tmp: ["-"], (DATA / "de_news_strassenbahn.html").read_bytes(),
     {"neue-strassenbahnlinie-stadtrat-beschliesst-ausbau-bis-2029": ("Neue", "Trasse")}),
    ("folder", _folder, None, {"museum": ("Frau Albers", "Stiftung"),
                               "wetter": ("Willkommen", "Pegelstände")}),
]


@pytest.mark.parametrize(("make", "stdin", "expected"), [row[1:] for row in REAL_INPUTS],
                         ids=[row[0] for row in REAL_INPUTS])
def test_real_input_builds_clean_json(tmp_path, make, stdin, expected):
    out = tmp_path / "out"
    result = run(["build", *make(tmp_path), "--out", str(out), "--format", "json"], stdin)
    assert result.exit_code == 0, result.output
    assert [p.name for p in files_in(out)] == sorted(f"{slug}.json" for slug in expected)
    for slug, (title, phrase) in expected.items():
        data = json.loads((out / f"{slug}.json").read_text(encoding="utf-8"))
        text = " ".join(s["text"] for s in data["article"]["sentences"])
        assert data["article"]["title"].startswith(title)
        assert phrase in text
        assert not [b for b in BOILERPLATE if b in text]
        assert data["cloze_cards"], "a real article gives cards"


# ---------------------------------------------------------------- EPUB made by ebooklib

def make_epub(path: Path) -> Path:
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("quizgen-test-buch")
    book.set_title("Geschichten aus der Stadt")
    book.set_language("de")
    book.add_author("Hanna Beispiel")
    sources = [("Auf dem Dach", DATA / "de_blog_stadtimkerei.htm"),
               ("Die neue Linie", DATA / "de_news_strassenbahn.html")]
    chapters = [epub.EpubHtml(title="Impressum", file_name="impressum.xhtml", lang="de",
                              content="<h1>Impressum</h1><p>© 2024 Beispielverlag, Köln.</p>")]
    for n, (title, source) in enumerate(sources, start=1):
        paragraphs = read_article(str(source)).paragraphs[1:]
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        chapters.append(epub.EpubHtml(title=title, file_name=f"kapitel{n}.xhtml", lang="de",
                                      content=f"<h1>{title}</h1>{body}"))
    for chapter in chapters:
        book.add_item(chapter)
    book.toc = chapters
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *chapters]
    epub.write_epub(str(path), book)
    return path


@pytest.fixture(scope="module")
def epub_book(tmp_path_factory) -> Path:
    return make_epub(tmp_path_factory.mktemp("epub") / "geschichten.epub")


@pytest.mark.parametrize(("mode", "expected"), [
    # The short imprint page (chapter 1) is no chapter to study; the slugs keep spine numbers.
    ("chapters", {"geschichten-2": ("Geschichten aus der Stadt: Auf dem Dach", "Varroamilbe"),
                  "geschichten-3": ("Geschichten aus der Stadt: Die neue Linie", "Trasse")}),
    ("book", {"geschichten": ("Geschichten aus der Stadt", "Varroamilbe")}),
], ids=["one-article-per-chapter", "whole-book"])
def test_epub_builds_chapters_or_book(tmp_path, epub_book, mode, expected):
    out = tmp_path / "out"
    result = run(["build", str(epub_book), "--epub", mode, "--out", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [p.name for p in files_in(out)] == sorted(f"{slug}.json" for slug in expected)
    for slug, (title, phrase) in expected.items():
        data = json.loads((out / f"{slug}.json").read_text(encoding="utf-8"))
        text = " ".join(s["text"] for s in data["article"]["sentences"])
        assert data["article"]["title"] == title
        assert phrase in text
        assert ("Beispielverlag" in text) == (mode == "book")


def test_whole_book_keeps_every_chapter_in_order(tmp_path, epub_book):
    out = tmp_path / "out"
    run(["build", str(epub_book), "--epub", "book", "--out", str(out), "--format", "json"])
    text = json.loads((out / "geschichten.json").read_text(encoding="utf-8"))["article"]["sentences"]
    joined = " ".join(s["text"] for s in text)
    assert joined.index("Beispielverlag") < joined.index("Varroamilbe") < joined.index("Trasse")


# ---------------------------------------------------------------- several articles at once

def test_one_failure_does_not_stop_the_others(tmp_path):
    good = tmp_path / "gut.txt"
    good.write_text(seed_text(), encoding="utf-8")
    empty = tmp_path / "leer.txt"
    empty.write_text("  \n")
    out = tmp_path / "out"
    result = run(["build", str(empty), str(good), str(DATA / "de_rezept_sauerteig.md"),
                  str(tmp_path / "fehlt.txt"), "--out", str(out), "--format", "json"])
    assert result.exit_code == 2
    assert [p.name for p in files_in(out)] == ["de-rezept-sauerteig.json", "gut.json"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("quizgen: error:")]
    assert errors == [f"quizgen: error: {empty}: empty file, no text to work with",
                      f"quizgen: error: {tmp_path / 'fehlt.txt'}: no such file"]
    assert result.stderr.splitlines()[-1] == "2 of 4 articles built, 2 failed, 2 files written"


def test_a_bug_with_one_input_does_not_stop_the_others(tmp_path, monkeypatch):
    def broken_reader(text: str, source: str):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(quizgen.ingest, "read_html", broken_reader)
    out = tmp_path / "out"
    result = run(["build", str(DATA / "de_news_strassenbahn.html"), str(SEED), "--out", str(out),
                  "--format", "json"])
    assert result.exit_code == 1
    assert f"{DATA / 'de_news_strassenbahn.html'}: internal error: RuntimeError: parser exploded" \
        in result.stderr
    assert "Traceback" not in result.stderr
    assert [p.name for p in files_in(out)] == ["de-russland-nordkorea-gipfel.json"]


def test_same_name_from_two_folders_gets_two_output_sets(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "text.txt").write_text(seed_text(), encoding="utf-8")
    out = tmp_path / "out"
    result = run(["build", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(out),
                  "--format", "json", "--quiet"])
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    assert [p.name for p in files_in(out)] == ["text-2.json", "text.json"]


# ---------------------------------------------------------------- hostile text is only text

HOSTILE = {
    "html": "<b>fett</b> <img src=x onerror=alert(1)> &amp; <a href='javascript:x()'>Link</a>",
    "script": "<script>alert('LIVE')</script><style>body{display:none}</style>",
    "jinja": "{{ 7*7 }} {% for x in range(9) %}{{ x }}{% endfor %} {# Kommentar #} {{ config }}",
    "cloze": "{{c1::Antwort}} und {{c2::mehr::Hinweis}} a::b {{c1::",
    "control": "Null\x01Eins\x07Glocke\x1b[31mRot\x7fEntf\x0bVT",
    "zero-width": "Ge\u200bsetz\u200c\u200dgebung\u2060 \ufeff\u00adWort\u2066iso\u2069",
    "rtl": "\u202eegnirts\u202c مرحبا بالعالم\u200f שלום עולם\u061c",
    "emoji": "🚋 🐝👩‍👩‍👧 ❤️ 🇩🇪 1️⃣",
}
def hostile_article(snippet: str) -> str:
    """The sample article with `snippet` inside the first sentence of every paragraph."""
    paragraphs = seed_text().strip().split("\n")
    out = []
    for paragraph in paragraphs:
        words = paragraph.split(" ")
        out.append(" ".join([*words[:3], snippet, *words[3:]]))
    return "\n\n".join(out) + "\n"


def hostile_page(snippet: str) -> str:
    paragraphs = hostile_article(snippet).strip().split("\n\n")
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><title>{html.escape(snippet)}</title>"
            "<script>document.write('LIVE_MARKUP')</script></head><body>"
            "<nav><a href='/'>LIVE_MARKUP Start</a></nav>"
            f"<article><h1>Gipfel {html.escape(snippet)}</h1>{body}</article>"
            "<footer>LIVE_MARKUP Impressum</footer></body></html>")


@pytest.mark.parametrize("kind", ["txt", "html"])
@pytest.mark.parametrize("snippet", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_text_is_only_text(tmp_path, snippet, kind):
    source = tmp_path / f"feind.{kind}"
    source.write_text(hostile_article(snippet) if kind == "txt" else hostile_page(snippet),
                      encoding="utf-8")
    out = tmp_path / "out"
    result = run(["build", str(source), "--lang", "de", "--out", str(out),
                  "--format", ",".join(OUTPUT_CHECKS)])
    assert result.exit_code == 0, result.output
    for fmt, check in OUTPUT_CHECKS.items():
        check(out / f"feind.{fmt}")


@pytest.mark.parametrize(("snippet", "kept"), [
    (HOSTILE["script"], "<script>alert('LIVE')</script>"),
    (HOSTILE["jinja"], "{{ 7*7 }}"),
    (HOSTILE["cloze"], "{{c1::Antwort}}"),
    (HOSTILE["rtl"], "مرحبا بالعالم"),
    (HOSTILE["emoji"], "🐝👩‍👩‍👧"),
], ids=["script", "jinja", "cloze", "rtl", "emoji"])
def test_hostile_text_is_kept_as_text(tmp_path, snippet, kept):
    source = tmp_path / "feind.txt"
    source.write_text(hostile_article(snippet), encoding="utf-8")
    result = run(["build", str(source), "--lang", "de", "--out", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "feind.json").read_text(encoding="utf-8"))
    assert kept in " ".join(s["text"] for s in data["article"]["sentences"])


def test_the_process_exit_keeps_codes_and_output(tmp_path):
    """`python -m quizgen` saves its caches and ends its workers on the way out: the exit
    code and the whole standard output must still be there."""
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "quizgen", "build", str(empty), "--out",
                          str(tmp_path / "out")], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "empty.txt" in bad.stderr
    good = subprocess.run([sys.executable, "-m", "quizgen", "analyze", str(SEED), "--lang", "de",
                           "--format", "conllu"], capture_output=True, text=True, timeout=120)
    assert good.returncode == 0
    expected = run(["analyze", str(SEED), "--lang", "de", "--format", "conllu"]).output
    assert good.stdout == expected


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    """'quizgen vocab TEXT | head -1': the closed pipe ends the command quietly."""
    reader = subprocess.Popen([sys.executable, "-m", "quizgen", "vocab", str(SEED), "--lang", "de"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert reader.stdout is not None and reader.stderr is not None
    assert reader.stdout.readline()
    reader.stdout.close()
    errors = reader.stderr.read()
    reader.wait(timeout=120)
    assert "Traceback" not in errors and "BrokenPipe" not in errors
