"""What the page's forms do to a session; most of them start a build afterwards."""

from __future__ import annotations

import json
from typing import Any

from starlette.concurrency import run_in_threadpool

from ..build import slugify
from ..errors import InputError, QuizgenError
from .app import Teachers
from .choices import merged_settings, read_settings
from .sessions import Session
from .ui import UI_LANGS
from .words import apply_question_edits, apply_word_edits


def short_name(slug: str, width: int = 40) -> str:
    """A pasted text's file name from its first line, cut at a word."""
    return slug if len(slug) <= width else slug[:width].rsplit("-", 1)[0]


async def paste(teachers: Teachers, session: Session, form: Any) -> None:
    text = str(form.get("text", ""))
    first = next((line for line in text.splitlines() if line.strip()), "text")
    await run_in_threadpool(session.add_text, f"{short_name(slugify(first))}.txt",
                            text.encode("utf-8"), teachers.settings.max_input_mb)
    teachers.start_build(session)


async def upload(teachers: Teachers, session: Session, form: Any) -> None:
    """Each file is kept if ingest reads it; the others are named in the message."""
    problems = []
    for upload_file in form.getlist("files"):
        if not getattr(upload_file, "filename", ""):
            continue
        data = await upload_file.read()
        try:
            await run_in_threadpool(session.add_text, upload_file.filename, data,
                                    teachers.settings.max_input_mb)
        except QuizgenError as exc:
            problems.append(str(exc))
    if problems:
        session.message = " · ".join(problems)
    teachers.start_build(session)


async def remove(teachers: Teachers, session: Session, form: Any) -> None:
    session.remove_text(str(form.get("name", "")))


async def build(teachers: Teachers, session: Session, form: Any) -> None:
    settings = read_settings({key: str(value) for key, value in form.items()})
    session.recipe.options = merged_settings(session.recipe.options, settings)
    teachers.start_build(session)


async def cancel(teachers: Teachers, session: Session, form: Any) -> None:
    teachers.jobs.cancel(session.folder)


async def words(teachers: Teachers, session: Session, form: Any) -> None:
    apply_word_edits(session.recipe, form)
    teachers.start_build(session)


async def questions(teachers: Teachers, session: Session, form: Any) -> None:
    apply_question_edits(session.recipe, form)
    teachers.start_build(session)


async def switch_language(teachers: Teachers, session: Session, form: Any) -> None:
    lang = str(form.get("ui", ""))
    session.ui_lang = lang if lang in UI_LANGS else session.ui_lang


async def load_recipe(teachers: Teachers, session: Session, form: Any) -> None:
    recipe = form.get("recipe")
    raw = await recipe.read() if hasattr(recipe, "read") else b""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"recipe: not valid JSON ({exc})") from None
    await run_in_threadpool(session.load_recipe, data, teachers.settings.max_input_mb)
    teachers.start_build(session)


ACTIONS = {"paste": paste, "upload": upload, "remove": remove, "build": build, "cancel": cancel,
           "words": words, "questions": questions, "ui": switch_language, "recipe": load_recipe}
