"""Builds from the page, each in its own process, so the server keeps answering and a build
can be cancelled (its process group is killed).

Processes come from a fork server (multiprocessing's "forkserver") that imports
`quizgen.web.warm` first: every build starts from a clean single-threaded process with the
German pipeline already loaded, rather than a fork of the threaded web server.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import shutil
import signal
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..build import make_quiz, write_outputs
from ..errors import QuizgenError
from ..export import exporter
from ..ingest import read_articles
from ..naming import article_slug, unique_slug
from ..options import Options
from ..runtime.atomic import write_atomic
from ..runtime.cache import save_caches
from .choices import KEY_OUT, command_line
from .view import quiz_view

STATUS = "status.json"
RESULT = "result.json"
_CONTEXT: Any = None


def context() -> Any:
    global _CONTEXT
    if _CONTEXT is None:
        if "forkserver" in multiprocessing.get_all_start_methods():
            _CONTEXT = multiprocessing.get_context("forkserver")
            _CONTEXT.set_forkserver_preload(["quizgen.web.warm"])
        else:
            _CONTEXT = multiprocessing.get_context("spawn")
    return _CONTEXT


def start_build_server() -> None:
    """Start the fork server (and its warm-up) now, in the background, rather than at the
    first build."""
    if context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        threading.Thread(target=forkserver.ensure_running, daemon=True).start()


class Jobs:
    """At most one build per session; a new build cancels the one before it."""

    def __init__(self) -> None:
        self._running: dict[str, Any] = {}
        self._lock = threading.Lock()

    def start(self, folder: Path, texts: list[str], options: Options) -> None:
        with self._lock:
            self._stop(folder.name)
            for name in (STATUS, RESULT):
                with contextlib.suppress(OSError):
                    (folder / name).unlink()
            write_status(folder, "running", "start")
            process = context().Process(target=run_build, args=(str(folder), texts, options),
                                        daemon=True)
            process.start()
            self._running[folder.name] = process

    def cancel(self, folder: Path) -> None:
        with self._lock:
            if self._stop(folder.name):
                write_status(folder, "cancelled", "cancelled")

    def status(self, folder: Path) -> dict[str, Any]:
        with self._lock:
            status = read_json(folder / STATUS) or {"state": "none", "step": ""}
            process = self._running.get(folder.name)
            if status["state"] == "running" and (process is None or not process.is_alive()):
                if process is not None:
                    process.join()
                status = read_json(folder / STATUS) or status
                if status["state"] == "running":  # it died without a word (or the server did)
                    status = {"state": "failed", "step": "",
                              "message": "the build stopped before it was done; build again"}
            return status

    def _stop(self, key: str) -> bool:
        process = self._running.pop(key, None)
        if process is None or not process.is_alive():
            return False
        with contextlib.suppress(ProcessLookupError, PermissionError):
            if hasattr(os, "killpg"):
                os.killpg(process.pid, signal.SIGKILL)  # with the workers it forked
            process.kill()
        process.join(5)
        return True

    def shutdown(self) -> None:
        with self._lock:
            for key in list(self._running):
                self._stop(key)


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_status(folder: Path, state: str, step: str, **more: Any) -> None:
    write_atomic(folder / STATUS, json.dumps({"state": state, "step": step, **more}))


def run_build(folder: str, texts: list[str], options: Options) -> None:
    """In the build's process: what `quizgen build` does for `texts` in the session folder
    (the same sources and relative paths, hence the same files), and the page's view of it."""
    if hasattr(os, "setpgrp"):
        os.setpgrp()  # cancelling kills the group: this process and any workers it forks
    os.chdir(folder)
    here = Path(".")
    try:
        result = _build(here, texts, options)
    except Exception as exc:  # the page shows one line, never a traceback
        message = str(exc) if isinstance(exc, QuizgenError) else \
            f"internal error: {exc.__class__.__name__}: {exc}"
        write_status(here, "failed", "", message=message)
        return
    save_caches()
    write_atomic(here / RESULT, json.dumps(result, ensure_ascii=False))
    write_status(here, "done", "done")


def _build(here: Path, texts: list[str], options: Options) -> dict[str, Any]:
    # Each build on the page makes its deck afresh: the session's earlier packages were
    # drafts nobody studied, so a word the teacher unticked must not come back as a retired
    # note (export/anki_course.py retires what a previous package had).
    shutil.rmtree(here / "preview", ignore_errors=True)
    for package in (here / options.out).glob("*.apkg") if (here / options.out).is_dir() else ():
        package.unlink()
    articles, failures, taken = [], [], set()
    for source in texts:
        write_status(here, "running", "read", detail=source)
        try:
            found = read_articles(source, options.input_format, options.max_input_mb, options.epub)
        except QuizgenError as exc:
            failures.append(str(exc))
            continue
        articles += [(article, unique_slug(article_slug(article), taken)) for article in found]
    views, written = [], []
    for number, (article, slug) in enumerate(articles, 1):
        write_status(here, "running", "build", detail=f"{number}/{len(articles)} {article.title}")
        try:
            quiz = make_quiz(article, options)
            files = write_outputs(quiz, slug, options)
            written += files
            views.append(_extras(here, quiz, slug, options, files))
        except QuizgenError as exc:
            failures.append(str(exc))
    commands = [command_line(texts, options)]
    if any(v["key"] for v in views):
        commands.append(command_line(texts, options.with_(teacher=True, formats=("pdf",),
                                                          out=KEY_OUT)))
    files = [str(p) for p in written] + [v["key"] for v in views if v["key"]]
    _remove_stale(here, files, (options.out, KEY_OUT))
    return {"articles": views, "failures": failures, "commands": commands, "files": files}


def _remove_stale(here: Path, files: list[str], folders: tuple[str, ...]) -> None:
    """Outputs of earlier builds that this one did not write (a text since removed)."""
    keep = {Path(name) for name in files}
    for folder in folders:
        for path in (here / folder).glob("*") if (here / folder).is_dir() else ():
            if path.is_file() and path not in keep:
                path.unlink()


def _extras(here: Path, quiz: Any, slug: str, options: Options, files: list[Path]) -> dict:
    """The previews (the student's sheet and the teacher's key as HTML: the html exporter
    writes `<slug>-key.html` beside the sheet) and, when the build wrote no key of its own,
    the key PDF as `quizgen build --teacher --format pdf --out key` writes it."""
    exporter("html")(quiz, here / "preview" / f"{slug}.html")
    key = ""
    if "pdf" in options.formats and not any(p.name.endswith("-key.pdf") for p in files):
        key = f"{KEY_OUT}/{slug}.pdf"
        exporter("pdf")(replace(quiz, options=options.with_(teacher=True, formats=("pdf",),
                                                           out=KEY_OUT)), here / key)
    return {**quiz_view(quiz), "slug": slug, "key": key,
            "files": [str(p) for p in files]}
