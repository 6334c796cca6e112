"""Reading a POST with a size limit, checking its CSRF token, keeping uploads in memory."""

from __future__ import annotations

import secrets
from collections.abc import AsyncGenerator

from starlette.datastructures import FormData
from starlette.formparsers import FormParser, MultiPartException, MultiPartParser
from starlette.requests import Request

from ..errors import InputError, UsageError

FORM_OVERHEAD = 256 * 1024  # the form's other fields and multipart boundaries
MAX_FILES = 20


class InMemoryParser(MultiPartParser):
    """Uploads stay in memory (the body is limited already), never in a temporary folder."""

    spool_max_size = 2**62


async def read_form(request: Request, max_mb: float) -> FormData:
    """The form of `request`, refused past `max_mb` megabytes (the whole body is still read,
    so that the browser gets the answer rather than a broken connection)."""
    limit = int(max_mb * 1_000_000) + FORM_OVERHEAD
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size <= limit:
            chunks.append(chunk)
    if size > limit:
        raise InputError(f"upload larger than the maximum input size of {max_mb:g} MB "
                         "(the server's --max-input-mb)")
    body = b"".join(chunks)

    async def replay() -> AsyncGenerator[bytes, None]:
        yield body

    kind = request.headers.get("content-type", "")
    try:
        if kind.startswith("multipart/form-data"):
            return await InMemoryParser(request.headers, replay(), max_files=MAX_FILES,
                                        max_part_size=limit).parse()
        return await FormParser(request.headers, replay(), max_part_size=limit).parse()
    except MultiPartException as exc:
        raise InputError(f"upload not readable: {exc.message}") from None


def check_csrf(form: FormData, expected: str) -> None:
    given = form.get("csrf")
    if not isinstance(given, str) or not secrets.compare_digest(given, expected):
        raise UsageError("the form is out of date (missing or wrong CSRF token); reload the page")
