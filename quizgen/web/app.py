"""The teachers' page: one Starlette application over the same library as `quizgen build`.

Every request names its session by a random id in the path; files are served only from the
lists a build reported, by position, so no part of a request becomes a file name.
"""

from __future__ import annotations

import contextlib
import io
import json
import zipfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..build import slugify
from ..errors import QuizgenError
from .cards import render_cards
from .choices import build_options, controls, current, glossary_tsv
from .forms import check_csrf, read_form
from .jobs import RESULT, Jobs, read_json, start_build_server
from .sessions import Session, SessionStore
from .ui import STRINGS, UI_LANGS, negotiate
from .words import apply_question_edits, apply_word_edits

PREVIEW_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"


@dataclass(frozen=True)
class Settings:
    templates: str | None = None  # the teacher's template folder, fixed when the server starts
    max_input_mb: float = 20.0
    sessions: Path | None = None


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or Settings()
    store = SessionStore(settings.sessions)
    jobs = Jobs()
    env = Environment(loader=PackageLoader("quizgen.web", "templates"), undefined=StrictUndefined,
                      autoescape=select_autoescape(default=True, default_for_string=True))

    def page(session: Session, status: int = 200) -> HTMLResponse:
        job = jobs.status(session.folder)
        result = read_json(session.folder / RESULT) if job["state"] == "done" else None
        missing = []
        if result:
            chosen = {w["lemma"] for a in result["articles"] for w in a["words"]}
            missing = sorted(w for w in session.recipe.include if w not in chosen)
        html = env.get_template("page.html.j2").render(
            s=STRINGS[session.ui_lang], session=session, recipe=session.recipe, job=job,
            result=result, controls=controls(), current=lambda name: current(session.recipe, name),
            missing=missing, folder=str(session.folder), message=session.message)
        if session.message:
            session.message = ""
            session.save()
        return HTMLResponse(html, status, headers={"Cache-Control": "no-store"})

    def session_or_404(request: Request) -> Session:
        session = store.get(request.path_params["sid"])
        if session is None:
            raise LookupError
        return session

    def back(session: Session) -> RedirectResponse:
        return RedirectResponse(f"/s/{session.id}/", 303)

    def start_build(session: Session) -> None:
        recipe = session.recipe
        if not recipe.texts:
            return
        if recipe.meanings:
            (session.folder / "glossary.tsv").write_text(glossary_tsv(recipe.meanings), "utf-8")
        options = build_options(recipe, settings.templates, settings.max_input_mb)
        jobs.start(session.folder, list(recipe.texts), options)

    def action(handler: Any) -> Any:
        """A POST: its session, its form (size-limited, CSRF-checked), then `handler`; a
        QuizgenError becomes the one-line message on the page."""

        async def endpoint(request: Request) -> Response:
            try:
                session = session_or_404(request)
            except LookupError:
                return HTMLResponse("No such session; start a new one at /", 404)
            try:
                form = await read_form(request, settings.max_input_mb)
                check_csrf(form, session.csrf)
                response = await handler(session, form)
            except QuizgenError as exc:
                session.message, response = str(exc), None
            except Exception as exc:  # never a traceback on the page
                session.message = f"internal error: {exc.__class__.__name__}: {exc}"
                response = None
            session.save()
            return response or back(session)

        return endpoint

    async def new_session(request: Request) -> Response:
        lang = negotiate(request.headers.get("accept-language", ""))
        session = await run_in_threadpool(store.create, lang)
        return back(session)

    async def show(request: Request) -> Response:
        try:
            return page(session_or_404(request))
        except LookupError:
            return RedirectResponse("/", 303)

    async def paste(session: Session, form: Any) -> None:
        text = str(form.get("text", ""))
        first = next((line for line in text.splitlines() if line.strip()), "text")
        await run_in_threadpool(session.add_text, f"{_short(slugify(first))}.txt",
                                text.encode("utf-8"), settings.max_input_mb)
        start_build(session)

    async def upload(session: Session, form: Any) -> None:
        files = [f for f in form.getlist("files") if hasattr(f, "filename") and f.filename]
        problems = []
        for upload_file in files:
            data = await upload_file.read()
            try:
                await run_in_threadpool(session.add_text, upload_file.filename, data,
                                        settings.max_input_mb)
            except QuizgenError as exc:
                problems.append(str(exc))
        if problems:
            session.message = " · ".join(problems)
        start_build(session)

    async def remove(session: Session, form: Any) -> None:
        session.remove_text(str(form.get("name", "")))

    async def build(session: Session, form: Any) -> None:
        session.recipe.options = {**session.recipe.options, **_settings(form)}
        start_build(session)

    async def cancel(session: Session, form: Any) -> None:
        jobs.cancel(session.folder)

    async def words(session: Session, form: Any) -> None:
        apply_word_edits(session.recipe, form)
        start_build(session)

    async def questions(session: Session, form: Any) -> None:
        apply_question_edits(session.recipe, form)
        start_build(session)

    async def switch(session: Session, form: Any) -> None:
        lang = str(form.get("ui", ""))
        session.ui_lang = lang if lang in UI_LANGS else session.ui_lang

    async def load_recipe(session: Session, form: Any) -> None:
        recipe = form.get("recipe")
        raw = await recipe.read() if hasattr(recipe, "read") else b""
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise QuizgenError(f"recipe: not valid JSON ({exc})") from None
        await run_in_threadpool(session.load_recipe, data, settings.max_input_mb)
        start_build(session)

    def with_session(handler: Any) -> Any:
        async def endpoint(request: Request) -> Response:
            try:
                session = session_or_404(request)
            except LookupError:
                return Response("No such session", 404)
            return await handler(request, session)

        return endpoint

    async def status(request: Request, session: Session) -> Response:
        return JSONResponse(jobs.status(session.folder), headers={"Cache-Control": "no-store"})

    def built(session: Session) -> dict[str, Any]:
        result = read_json(session.folder / RESULT)
        if jobs.status(session.folder)["state"] != "done" or not result:
            raise LookupError
        return result

    async def download(request: Request, session: Session) -> Response:
        try:
            name = built(session)["files"][int(request.path_params["n"])]
        except (LookupError, ValueError):
            return Response("No such file", 404)
        data = (session.folder / name).read_bytes()
        return Response(data, media_type="application/octet-stream",
                        headers={"Content-Disposition": _attachment(Path(name).name)})

    async def everything(request: Request, session: Session) -> Response:
        try:
            files = built(session)["files"]
        except LookupError:
            return Response("No build yet", 404)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in files:
                archive.write(session.folder / name, name)
        return Response(buffer.getvalue(), media_type="application/zip",
                        headers={"Content-Disposition": _attachment("quizgen.zip")})

    async def preview(request: Request, session: Session) -> Response:
        try:
            article = built(session)["articles"][int(request.path_params["n"])]
        except (LookupError, ValueError):
            return Response("No such preview", 404)
        which = "-key" if request.path_params["which"] == "key" else ""
        path = session.folder / "preview" / f"{article['slug']}{which}.html"
        return HTMLResponse(path.read_text("utf-8"),
                            headers={"Content-Security-Policy": PREVIEW_POLICY})

    async def cards(request: Request, session: Session) -> Response:
        try:
            article = built(session)["articles"][int(request.path_params["n"])]
            apkg = next(f for f in article["files"] if f.endswith(".apkg"))
            shown = await run_in_threadpool(render_cards, session.folder / apkg)
        except (LookupError, ValueError, StopIteration):
            return Response("No deck", 404)
        except QuizgenError as exc:
            return HTMLResponse(f"<p>{_escape(str(exc))}</p>")
        s = STRINGS[session.ui_lang]
        html = env.get_template("cards.html.j2").render(cards=shown, front=s["front"],
                                                        back=s["back"])
        return HTMLResponse(html, headers={"Content-Security-Policy": PREVIEW_POLICY
                                           .replace("sandbox;", "sandbox allow-same-origin;")})

    async def recipe_file(request: Request, session: Session) -> Response:
        data = json.dumps(session.recipe_file(), ensure_ascii=False, indent=1)
        return Response(data, media_type="application/json",
                        headers={"Content-Disposition": _attachment("quizgen-recipe.json")})

    def _settings(form: Any) -> dict[str, Any]:
        from .choices import read_settings

        return read_settings({k: str(v) for k, v in form.items()})

    posts = {"paste": paste, "upload": upload, "remove": remove, "build": build,
             "cancel": cancel, "words": words, "questions": questions, "ui": switch,
             "recipe": load_recipe}
    gets = {"status": status, "zip": everything, "recipe.json": recipe_file}
    routes = [Route("/", new_session), Route("/s/{sid}/", show)]
    routes += [Route(f"/s/{{sid}}/{name}", action(h), methods=["POST"]) for name, h in posts.items()]
    routes += [Route(f"/s/{{sid}}/{name}", with_session(h)) for name, h in gets.items()]
    routes += [Route("/s/{sid}/file/{n:int}", with_session(download)),
               Route("/s/{sid}/preview/{n:int}/{which}", with_session(preview)),
               Route("/s/{sid}/cards/{n:int}", with_session(cards)),
               Mount("/static", StaticFiles(packages=[("quizgen.web", "static")]), name="static")]
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        start_build_server()
        yield
        jobs.shutdown()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.jobs = jobs
    return app


def _short(slug: str, width: int = 40) -> str:
    """A pasted text's file name from its first line, cut at a word."""
    return slug if len(slug) <= width else slug[:width].rsplit("-", 1)[0]


def _attachment(name: str) -> str:
    return f'attachment; filename="{name}"'


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))
