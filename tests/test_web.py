"""The teachers' page in a real browser: `quizgen serve` started on a free loopback port,
driven by Playwright through Debian's Chromium; decks imported into real Anki, PDFs read.

Set QUIZGEN_SCREENSHOTS=DIR to keep a screenshot of each page state in DIR.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import httpx
import pytest
from anki.collection import Collection, ImportAnkiPackageRequest
from browser import chromium
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "de_russland_nordkorea_gipfel.txt"
DATA = ROOT / "tests" / "data"
BUILD_WAIT_MS = 180_000  # a generous bound for a build on a busy machine; not a timing check


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(folder: Path, *args: str):
    """`quizgen serve` as a user starts it; yields its address, stops it afterwards."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = folder / "serve.log"
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, "-m", "quizgen", "serve", "--port", str(port),
                                    *args], env=env, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(url + "/", timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail(f"the server did not start: {log.read_text()}")
    yield url
    process.terminate()
    process.wait(10)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from start_server(tmp_path_factory.mktemp("serve"))


MINE = ('{% extends "default/worksheet/worksheet.html.j2" %}\n'
        '{% block instructions %}<p class="mine">Klasse 7b: {{ title }}</p>{% endblock %}\n')
ESCAPE = '{{ title.__class__.__mro__[1].__subclasses__() }}'


@pytest.mark.parametrize("template,expected", [(MINE, "Klasse 7b"), (ESCAPE, "not allowed in templates")],
                         ids=["teacher", "sandbox-escape"])
def test_teacher_templates_given_at_start_render_in_the_sandbox(tmp_path, template, expected):
    (tmp_path / "mine" / "worksheet").mkdir(parents=True)
    (tmp_path / "mine" / "worksheet" / "worksheet.html.j2").write_text(template, "utf-8")
    for url in start_server(tmp_path, "--templates", str(tmp_path / "mine")):
        context, page = new_page(url)
        paste(page, SAMPLE.read_text(encoding="utf-8"))
        if template is MINE:
            sheet = page.frame_locator("iframe[title='Worksheet']").locator(".mine")
            assert sheet.inner_text().startswith(expected)
        else:  # the sandbox refuses; the page shows the one-line message, no traceback
            errors = page.locator("#result-errors").inner_text()
            assert expected in errors and "Traceback" not in page.content()
            assert "subclasses" not in page.content().replace(ESCAPE, "")
        context.close()


def shot(page, name: str) -> None:
    folder = os.environ.get("QUIZGEN_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def new_page(server: str, locale: str = "en-GB"):
    context = chromium().new_context(locale=locale, accept_downloads=True,
                                     viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.on("dialog", lambda dialog: pytest.fail(f"a page script ran: {dialog.message}"))
    page.goto(server + "/")
    return context, page


def submit(page, selector: str) -> None:
    """Click a form's button and wait until the build it starts has ended (while it runs,
    the page reloads itself when the build is done)."""
    with page.expect_navigation(timeout=BUILD_WAIT_MS):
        page.click(selector)
    wait_done(page)


def wait_done(page) -> None:
    page.wait_for_function("document.body && document.body.dataset.state !== 'running'",
                           timeout=BUILD_WAIT_MS)
    page.wait_for_load_state()


def paste(page, text: str) -> None:
    page.fill("#text", text)
    submit(page, "#use-text")


def words_shown(page) -> list[str]:
    return page.locator("table.words tr[data-lemma]").evaluate_all(
        "rows => rows.map(row => row.dataset.lemma)")


def session_folder(page) -> Path:
    return Path(page.locator("#command").inner_text().splitlines()[0].removeprefix("cd "))


def download(page, selector: str, folder: Path) -> Path:
    with page.expect_download() as info:
        page.click(selector)
    path = folder / info.value.suggested_filename
    info.value.save_as(path)
    return path


def anki_notes(apkg: Path, folder: Path) -> dict[str, list[str]]:
    """GUID -> fields of every note, as a fresh Anki collection imports them."""
    collection = Collection(str(folder / f"check-{apkg.stem}.anki2"))
    try:
        collection.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg)))
        notes = [collection.get_note(nid) for nid in collection.find_notes("")]
        return {note.guid: list(note.fields) for note in notes}
    finally:
        collection.close()


def anki_words(apkg: Path, folder: Path) -> list[str]:
    collection = Collection(str(folder / "check.anki2"))
    try:
        collection.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg)))
        notes = [collection.get_note(nid) for nid in collection.find_notes("")]
        return [note["Word"] for note in notes if "Word" in note]
    finally:
        collection.close()


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_sample_article_untick_drop_download(server, tmp_path):
    context, page = new_page(server)
    shot(page, "1-empty")
    paste(page, SAMPLE.read_text(encoding="utf-8"))
    shot(page, "2-built")
    lemmas = words_shown(page)
    assert len(lemmas) >= 5
    unticked = lemmas[:2]
    for lemma in unticked:
        page.locator(f"tr[data-lemma='{lemma}'] input[type=checkbox]").uncheck()
    candidates = page.locator("#candidates option").evaluate_all("os => os.map(o => o.value)")
    added = next(c for c in candidates if c[0].isupper() and len(c) > 5)  # a noun of the text
    page.fill("#add-word", added)
    submit(page, "#apply-words")
    assert not set(unticked) & set(words_shown(page))
    assert added in words_shown(page)
    assert page.locator("#left-out").inner_text().count(",") == 0  # shown as chips

    prompts = page.locator("ol.questions .prompt").all_inner_texts()
    assert len(prompts) >= 3
    # The dropped question: one whose start the article does not share (a statement may begin
    # with the words of the text's sentence), so the worksheet cannot show it by the text.
    article = " ".join(SAMPLE.read_text(encoding="utf-8").split())
    dropped = next(i for i, p in enumerate(prompts) if " ".join(p.split())[:40] not in article)
    page.locator("ol.questions > li").nth(dropped).locator("input[type=checkbox]").uncheck()
    submit(page, "#apply-questions")
    shot(page, "3-edited")
    assert page.locator("ol.questions .prompt").all_inner_texts() == prompts[:dropped] + prompts[dropped + 1:]
    command = page.locator("#command").inner_text()
    build_line = command.splitlines()[1]
    assert build_line.count("--exclude") == 2 and build_line.count("--drop-question") == 1

    links = page.locator("ul.files a")
    names = links.all_inner_texts()
    apkg_link = names.index(next(n for n in names if n.endswith(".apkg")))
    pdf_link = names.index(next(n for n in names if n.startswith("decks/") and n.endswith(".pdf")))
    apkg = download(page, f"ul.files li:nth-child({apkg_link + 1}) a", tmp_path)
    pdf = download(page, f"ul.files li:nth-child({pdf_link + 1}) a", tmp_path)
    in_deck = anki_words(apkg, tmp_path)
    kept = words_shown(page)
    for lemma in unticked:
        assert not any(re.search(rf"\b{re.escape(lemma)}\b", word) for word in in_deck), lemma
    assert any(re.search(rf"\b{re.escape(added)}\b", word) for word in in_deck)
    assert any(kept[0] in word for word in in_deck)  # the check above can see a word
    text = pdf_text(pdf)
    assert " ".join(prompts[dropped].split())[:40] not in text
    kept_prompt = next(p for i, p in enumerate(prompts)
                       if i != dropped and " ".join(p.split())[:25] not in article)
    assert " ".join(kept_prompt.split())[:25] in text

    # What the page wrote is what the command line it shows writes, byte for byte: the
    # commands run as shown, in a copy of the session folder (a rebuild over the same files).
    copy = tmp_path / "cli"
    shutil.copytree(session_folder(page), copy)
    written = {p.relative_to(copy): p.read_bytes() for p in copy.glob("*/*") if p.is_file()}
    for line in command.splitlines()[1:]:
        words = shlex.split(line)
        assert words[:2] == ["quizgen", "build"]
        subprocess.run([sys.executable, "-m", "quizgen", "build", *words[2:], "-q"], cwd=copy,
                       env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    rebuilt = {p.relative_to(copy): p.read_bytes() for p in copy.glob("*/*") if p.is_file()}
    assert rebuilt == written
    assert written[Path("decks") / apkg.name] == apkg.read_bytes()
    assert written[Path("decks") / pdf.name] == pdf.read_bytes()
    context.close()


def test_previews_and_cards_render(server):
    context, page = new_page(server)
    paste(page, SAMPLE.read_text(encoding="utf-8"))
    student = page.frame_locator("iframe[title='Worksheet']")
    key = page.frame_locator("iframe[title=\"Teacher's key\"]")
    assert student.locator("body").inner_text(timeout=20_000).strip()
    assert key.locator("body").inner_text(timeout=20_000).strip()
    cards = page.frame_locator("iframe[title='Anki cards']").locator(".pair")
    cards.first.wait_for(timeout=60_000)
    assert cards.count() >= 3
    # Clozes as Anki renders them: the word hidden on the front, shown on the back.
    front, back = cards.first.locator(".side").nth(0), cards.first.locator(".side").nth(1)
    assert front.locator(".cloze").count() >= 1
    assert front.locator(".cloze").first.inner_text() != back.locator(".cloze").first.inner_text()
    page.locator("#preview").scroll_into_view_if_needed()
    shot(page, "4-preview")
    folder = os.environ.get("QUIZGEN_SCREENSHOTS")
    if folder:
        page.locator("#preview").screenshot(path=str(Path(folder) / "4-preview-section.png"))
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(Path(folder) / "web.png"))  # the README's picture
    context.close()


def test_german_page_follows_the_browser_and_switches(server):
    context, page = new_page(server, locale="de-DE")
    assert page.locator("h2").first.inner_text() == "1. Text"
    assert page.locator("#use-text").inner_text() == "Diesen Text verwenden"
    shot(page, "7-german")
    page.click("#switch-ui")
    assert page.locator("#use-text").inner_text() == "Use this text"
    context.close()


INPUTS = ["de_blog_stadtimkerei.htm", "de_rezept_sauerteig.md", "de_podcast_wetter.srt",
          "de_interview_museum.vtt", "de_geschichte_zug.txt"]


@pytest.mark.parametrize("name", INPUTS, ids=[Path(n).suffix for n in INPUTS])
def test_upload_each_input_format(server, name):
    context, page = new_page(server)
    page.set_input_files("#files", str(DATA / name))
    submit(page, "#upload")
    assert page.locator("#message").count() == 0
    assert Path(name).stem.replace("_", "-") in page.locator("#text-list").inner_text()
    assert words_shown(page)
    context.close()


ARTICLE_HTML = "".join(f"<p>{p}</p>" for p in SAMPLE.read_text("utf-8").split("\n\n"))
def test_several_files_at_once_and_a_text_too_short(server):
    context, page = new_page(server)
    page.set_input_files("#files", [str(DATA / "de_sport_finale.txt"), str(DATA / "en_bridge.txt")])
    submit(page, "#upload")
    assert page.locator("#text-list li").count() == 2
    assert page.locator("table.words").count() == 2  # one table per text
    assert "--lang" not in page.locator("#command").inner_text()  # each text's own language
    page.fill("#text", "Hallo.")
    submit(page, "#use-text")
    assert "too little text" in page.locator("#result-errors").inner_text()
    assert page.locator("table.words").count() == 2  # the other texts are still built
    context.close()


def test_files_dropped_on_the_upload_box_and_everything_as_a_zip(server, tmp_path):
    context, page = new_page(server)
    texts = {name: (DATA / name).read_text("utf-8") for name in ("de_sport_finale.txt",
                                                                  "de_stadtrat_bruecke.txt")}
    drop = page.evaluate_handle("""texts => {
        const transfer = new DataTransfer();
        for (const [name, text] of Object.entries(texts)) transfer.items.add(new File([text], name));
        return transfer;
    }""", texts)
    with page.expect_navigation():
        page.dispatch_event("#upload-form", "drop", {"dataTransfer": drop})
    wait_done(page)
    assert page.locator("#text-list li").count() == 2
    listed = page.locator("ul.files a").all_inner_texts()
    archive = download(page, "#zip", tmp_path)
    with zipfile.ZipFile(archive) as zipped:
        assert sorted(zipped.namelist()) == sorted(listed)
        folder = session_folder(page)
        assert all(zipped.read(name) == (folder / name).read_bytes() for name in listed)
    # Each text's worksheet PDF has the teacher's key PDF the build writes beside it.
    sheets = [name for name in listed if name.endswith(".pdf") and not name.endswith("-key.pdf")]
    assert len(sheets) == 2
    assert all(name.removesuffix(".pdf") + "-key.pdf" in listed for name in sheets)
    base = page.url
    assert httpx.get(base + f"file/{len(listed)}").status_code == 404
    assert httpx.get(base + "file/-1").status_code == 404
    context.close()


HOSTILE = [  # name, content, the message shown, or the name the text is kept under
    ("binary.txt", bytes(range(256)) * 64, "binary file", None),
    ("big.txt", b"Wort " * 5_000_000, "maximum input size", None),
    ("scripts.html", b"<html><head><script>alert('x')</script></head><body><script>"
                     b"alert(document.cookie)</script><img src=x onerror=alert(1)></body></html>",
     "no article text", None),
    ("article.html", (f"<html><body><script>alert(1)</script><article>{ARTICLE_HTML}"
                      "<img src=x onerror=alert(2)></article></body></html>").encode(), None,
     "article.html"),
    ("../../../evil.txt", SAMPLE.read_bytes(), None, "evil.txt"),
]


@pytest.mark.parametrize("name,data,message,kept", HOSTILE,
                         ids=["binary", "25MB", "scripts", "scripts-in-article", "dotdot"])
def test_hostile_uploads(server, name, data, message, kept):
    context, page = new_page(server)  # a dialog (a script that ran) fails the test
    page.set_input_files("#files", files=[{"name": name, "mimeType": "application/octet-stream",
                                           "buffer": data}])
    submit(page, "#upload")
    if message:
        assert message in page.locator("#message").inner_text()
        assert page.locator("#text-list").count() == 0
    else:
        assert page.locator("#text-list").inner_text().split()[0] == kept
        assert (session_folder(page) / kept).is_file()
        assert "alert(" not in page.content()
    shot(page, f"5-hostile-{Path(name).stem.strip('.')}")
    assert httpx.get(server + "/", follow_redirects=True).status_code == 200
    context.close()


def test_forms_need_their_csrf_token(server):
    client = httpx.Client(base_url=server, follow_redirects=True)
    page = client.get("/")
    answer = client.post(str(page.url) + "paste", data={"text": SAMPLE.read_text("utf-8")})
    assert "CSRF" in answer.text
    assert 'id="text-list"' not in answer.text


def test_recipe_gives_the_same_deck_and_worksheet(server, tmp_path):
    context, page = new_page(server)
    paste(page, SAMPLE.read_text(encoding="utf-8"))
    page.locator("table.words tr[data-lemma] input[type=checkbox]").first.uncheck()
    page.locator("table.words input[type=text]").nth(1).fill("ein selbst geschriebener Sinn")
    submit(page, "#apply-words")
    recipe = download(page, "#save-recipe", tmp_path)
    first = {p.name: p.read_bytes() for p in (session_folder(page) / "decks").iterdir()}
    assert json.loads(recipe.read_text("utf-8"))["meanings"]
    context.close()

    context, page = new_page(server)
    page.set_input_files("#recipe-form input[type=file]", str(recipe))
    submit(page, "#load-recipe")
    assert "ein selbst geschriebener Sinn" in page.locator("table.words").inner_html()
    folder = session_folder(page) / "decks"
    second = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert second.keys() == first.keys()
    # A deck written afresh has this build's modification times, so its bytes differ; its
    # notes (GUIDs and fields) are the same. Every other file is the same byte for byte.
    apkg = next(name for name in first if name.endswith(".apkg"))
    (tmp_path / "first.apkg").write_bytes(first.pop(apkg))
    assert anki_notes(folder / apkg, tmp_path) == anki_notes(tmp_path / "first.apkg", tmp_path)
    assert {name: data for name, data in second.items() if name != apkg} == first
    context.close()


def test_a_long_build_can_be_cancelled_while_the_page_answers(server):
    long_text = "\n\n".join(p.read_text("utf-8") for p in sorted(DATA.glob("de_*.txt"))) * 12
    context, page = new_page(server)
    page.fill("#text", long_text)
    with page.expect_navigation():
        page.click("#use-text")
    page.wait_for_selector("#cancel")
    assert httpx.get(server + "/", follow_redirects=True).status_code == 200
    shot(page, "6-building")
    page.click("#cancel")
    page.wait_for_selector("#cancelled")
    context.close()


@pytest.mark.slow
def test_ten_builds_in_parallel_each_get_their_own_result(server):
    # The texts written for the tests: five German ones and one in each other language (not
    # the novel excerpt the worker-process tests use, see tests/data/SOURCES.md).
    texts = sorted(p for p in DATA.glob("*.txt") if p.name != "de_roman_taifun_auszug.txt")
    assert len(texts) == 10
    pages = []
    for path in texts:
        context, page = new_page(server)
        page.fill("#text", path.read_text("utf-8"))
        with page.expect_navigation():
            page.click("#use-text")  # the build starts; the next page does not wait for it
        pages.append((context, page, path))
    for context, page, path in pages:
        wait_done(page)
        assert page.locator("#build-error").count() == 0, path.name
        source = " ".join(path.read_text("utf-8").split())
        sentences = page.locator("table.words td.sentence").all_inner_texts()
        assert sentences and all(" ".join(s.split()) in source for s in sentences), path.name
        context.close()
