"""The teachers' page: one Starlette application over the same library as `quizgen build`.

Every request names its session by a random id in the path; files are served only from the
lists a build reported, by position, so no part of a request becomes a file name.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import QuizgenError
from .choices import GLOSSARY, build_options, controls, current, glossary_tsv
from .forms import check_csrf, read_form
from .jobs import RESULT, Jobs, read_json, start_build_server
from .sessions import Session, SessionStore
from .ui import STRINGS, negotiate


@dataclass(frozen=True)
class Settings:
    templates: str | None = None  # the teacher's template folder, fixed when the server starts
    max_input_mb: float = 20.0
    sessions: Path | None = None


class Teachers:
    """What every request shares: the settings, the sessions, the builds, the templates."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = SessionStore(settings.sessions)
        self.jobs = Jobs()
        self.env = Environment(loader=PackageLoader("quizgen.web", "templates"),
                               undefined=StrictUndefined,
                               autoescape=select_autoescape(default=True, default_for_string=True))

    def page(self, session: Session) -> HTMLResponse:
        job = self.jobs.status(session.folder)
        result = read_json(session.folder / RESULT) if job["state"] == "done" else None
        missing = []
        if result:  # words the teacher added that the build could not choose
            chosen = {w["lemma"] for a in result["articles"] for w in a["words"]}
            missing = sorted(w for w in session.recipe.include if w not in chosen)
        html = self.env.get_template("page.html.j2").render(
            s=STRINGS[session.ui_lang], session=session, recipe=session.recipe, job=job,
            result=result, controls=controls(), current=lambda name: current(session.recipe, name),
            missing=missing, folder=str(session.folder), message=session.message)
        if session.message:  # shown once
            session.message = ""
            session.save()
        return HTMLResponse(html, headers={"Cache-Control": "no-store"})

    def built(self, session: Session) -> dict[str, Any]:
        """The last finished build's result; LookupError when there is none."""
        result = read_json(session.folder / RESULT)
        if self.jobs.status(session.folder)["state"] != "done" or not result:
            raise LookupError
        return result

    def start_build(self, session: Session) -> None:
        recipe = session.recipe
        if not recipe.texts:
            return
        if recipe.meanings:
            (session.folder / GLOSSARY).write_text(glossary_tsv(recipe.meanings), "utf-8")
        options = build_options(recipe, self.settings.templates, self.settings.max_input_mb)
        self.jobs.start(session.folder, list(recipe.texts), options)


Action = Callable[[Teachers, Session, Any], Awaitable[Response | None]]
View = Callable[[Teachers, Request, Session], Awaitable[Response]]


def post(teachers: Teachers, handler: Action) -> Callable[[Request], Awaitable[Response]]:
    """A form sent to a session: size-limited, CSRF-checked, then `handler`; a QuizgenError
    becomes the one-line message on the page, anything else a one-line internal error."""

    async def endpoint(request: Request) -> Response:
        session = teachers.store.get(request.path_params["sid"])
        if session is None:
            return HTMLResponse("No such session; start a new one at /", 404)
        response = None
        try:
            form = await read_form(request, teachers.settings.max_input_mb)
            check_csrf(form, session.csrf)
            response = await handler(teachers, session, form)
        except QuizgenError as exc:
            session.message = str(exc)
        except Exception as exc:  # never a traceback on the page
            session.message = f"internal error: {exc.__class__.__name__}: {exc}"
        session.save()
        return response or RedirectResponse(f"/s/{session.id}/", 303)

    return endpoint


def get(teachers: Teachers, handler: View) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        session = teachers.store.get(request.path_params["sid"])
        if session is None:
            return Response("No such session", 404)
        return await handler(teachers, request, session)

    return endpoint


def create_app(settings: Settings | None = None) -> Starlette:
    from . import actions, files

    teachers = Teachers(settings or Settings())

    async def new_session(request: Request) -> Response:
        lang = negotiate(request.headers.get("accept-language", ""))
        session = await run_in_threadpool(teachers.store.create, lang)
        return RedirectResponse(f"/s/{session.id}/", 303)

    async def show(request: Request) -> Response:
        session = teachers.store.get(request.path_params["sid"])
        return teachers.page(session) if session else RedirectResponse("/", 303)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        start_build_server()
        yield
        teachers.jobs.shutdown()

    routes = [Route("/", new_session), Route("/s/{sid}/", show)]
    routes += [Route(f"/s/{{sid}}/{name}", post(teachers, handler), methods=["POST"])
               for name, handler in actions.ACTIONS.items()]
    routes += [Route(f"/s/{{sid}}/{path}", get(teachers, handler))
               for path, handler in files.VIEWS.items()]
    routes.append(Mount("/static", StaticFiles(packages=[("quizgen.web", "static")])))
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.teachers = teachers
    return app
