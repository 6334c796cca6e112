"""What a session serves: the build's status, its files (by position in the list the build
reported), the zip of all, the previews, the card preview and the recipe."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from markupsafe import escape
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from ..errors import QuizgenError
from .app import Teachers
from .cards import render_cards
from .sessions import Session
from .ui import STRINGS

# Previews are the build's own HTML: shown without scripts, plugins or outside requests.
PREVIEW_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"


def attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


async def status(teachers: Teachers, request: Request, session: Session) -> Response:
    return JSONResponse(teachers.jobs.status(session.folder), headers={"Cache-Control": "no-store"})


async def download(teachers: Teachers, request: Request, session: Session) -> Response:
    try:
        name = teachers.built(session)["files"][int(request.path_params["n"])]
    except (LookupError, ValueError):
        return Response("No such file", 404)
    return Response((session.folder / name).read_bytes(), media_type="application/octet-stream",
                    headers=attachment(Path(name).name))


async def everything(teachers: Teachers, request: Request, session: Session) -> Response:
    try:
        files = teachers.built(session)["files"]
    except LookupError:
        return Response("No build yet", 404)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in files:
            archive.write(session.folder / name, name)
    return Response(buffer.getvalue(), media_type="application/zip",
                    headers=attachment("quizgen.zip"))


async def preview(teachers: Teachers, request: Request, session: Session) -> Response:
    try:
        article = teachers.built(session)["articles"][int(request.path_params["n"])]
    except (LookupError, ValueError):
        return Response("No such preview", 404)
    which = "-key" if request.path_params["which"] == "key" else ""
    path = session.folder / "preview" / f"{article['slug']}{which}.html"
    return HTMLResponse(path.read_text("utf-8"), headers={"Content-Security-Policy": PREVIEW_POLICY})


async def cards(teachers: Teachers, request: Request, session: Session) -> Response:
    try:
        article = teachers.built(session)["articles"][int(request.path_params["n"])]
        apkg = next(f for f in article["files"] if f.endswith(".apkg"))
        shown = await run_in_threadpool(render_cards, session.folder / apkg)
    except (LookupError, ValueError, StopIteration):
        return Response("No deck", 404)
    except QuizgenError as exc:
        return HTMLResponse(f"<p>{escape(str(exc))}</p>")
    s = STRINGS[session.ui_lang]
    html = teachers.env.get_template("cards.html.j2").render(cards=shown, front=s["front"],
                                                             back=s["back"])
    return HTMLResponse(html, headers={"Content-Security-Policy": PREVIEW_POLICY})


async def recipe(teachers: Teachers, request: Request, session: Session) -> Response:
    data = json.dumps(session.recipe_file(), ensure_ascii=False, indent=1)
    return Response(data, media_type="application/json", headers=attachment("quizgen-recipe.json"))


VIEWS = {"status": status, "zip": everything, "recipe.json": recipe, "file/{n:int}": download,
         "preview/{n:int}/{which}": preview, "cards/{n:int}": cards}
