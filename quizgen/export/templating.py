"""Jinja2 templates: quizgen's defaults, optionally overridden by a teacher's folder.

A teacher's folder comes first in the search path, so it may replace a single file or
`{% extends "default/worksheet/worksheet.html.j2" %}` and override one block. Every
template renders in Jinja's sandbox with autoescaping and StrictUndefined, so article
text can never become markup or template code, and a misspelt field fails loudly.
"""

from __future__ import annotations

import contextlib
import shutil
import traceback
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from ..errors import TemplateError
from ..runtime.cache import cache_dir

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # quizgen/, beside the templates/ folder


def default_templates_dir() -> Path:
    """templates/ beside the package in a checkout, quizgen/_templates in a wheel."""
    for candidate in (PACKAGE_DIR.parent / "templates", PACKAGE_DIR / "_templates"):
        if candidate.is_dir():
            return candidate
    raise TemplateError("quizgen's default templates are missing from this installation")


@lru_cache(maxsize=8)
def environment(user_dir: str | None = None) -> SandboxedEnvironment:
    """One environment per template folder; templates are compiled once and cached."""
    default = str(default_templates_dir())
    loaders: list[jinja2.BaseLoader] = []
    if user_dir:
        folder = Path(user_dir)
        if not folder.is_dir():
            raise TemplateError(f"template folder {user_dir!r} does not exist")
        loaders.append(jinja2.FileSystemLoader(str(folder)))
    loaders.append(jinja2.FileSystemLoader(default))
    # "default/..." always names quizgen's own file, so a teacher's copy can extend it.
    prefixed = jinja2.PrefixLoader({"default": jinja2.FileSystemLoader(default)})
    return SandboxedEnvironment(
        loader=jinja2.ChoiceLoader([prefixed, *loaders]),
        bytecode_cache=_bytecode_cache(),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept in the cache folder: Jinja checks each against its source's
    checksum, so an edited template is compiled afresh. A folder that cannot be written
    only costs the compiling."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    folder = cache_dir() / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _BytecodeCache(str(folder))


def render(name: str, user_dir: str | None = None, **context: Any) -> str:
    """Render template `name`; any template problem becomes a one-line TemplateError."""
    env = environment(user_dir)
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or exc.name or name
        raise TemplateError(f"template {where}, line {exc.lineno}: {exc.message}") from exc
    except jinja2.TemplateNotFound as exc:
        raise TemplateError(f"template {exc.name!r} not found") from exc
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"template {_where(exc, name)}: {exc.message}") from exc
    except jinja2.sandbox.SecurityError as exc:
        raise TemplateError(f"template {_where(exc, name)}: not allowed in templates: {exc}") from exc
    except jinja2.TemplateError as exc:
        raise TemplateError(f"template {_where(exc, name)}: {exc}") from exc


def _where(exc: BaseException, name: str) -> str:
    """'file, line N' of the innermost template frame: Jinja rewrites tracebacks so a
    rendering error's frames carry the template's own file name and line."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__)
              if not f.filename.endswith(".py") and not f.filename.startswith("<")]
    if not frames:
        return name
    return f"{frames[-1].filename}, line {frames[-1].lineno}"


def read_static(name: str, user_dir: str | None = None) -> str:
    """A non-template file (CSS) from the teacher's folder or the defaults."""
    for folder in ([Path(user_dir)] if user_dir else []) + [default_templates_dir()]:
        path = folder / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise TemplateError(f"template file {name!r} not found")


def export_templates(destination: str | Path) -> list[Path]:
    """Copy the default templates into `destination` for editing; never overwrite a file."""
    source = default_templates_dir()
    dest = Path(destination)
    copied: list[Path] = []
    existing = [p for p in source.rglob("*") if p.is_file() and (dest / p.relative_to(source)).exists()]
    if existing:
        raise TemplateError(
            f"{dest / existing[0].relative_to(source)} already exists; export into an empty folder"
        )
    for path in sorted(source.rglob("*")):
        if path.is_file():
            target = dest / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            copied.append(target)
    return copied
