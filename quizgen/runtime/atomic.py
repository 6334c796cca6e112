"""Writing files so that a failed or interrupted run never leaves a partial file."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..errors import OutputError

# OS errors that mean "this file cannot be written here": the user's to fix, not a bug.
WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO,
                errno.EFBIG, errno.EISDIR, errno.ENOTDIR}


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; it replaces `path` only if the block succeeds."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"{folder}: output folder is not writable ({exc.strerror})") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno in WRITE_ERRORS:
            raise OutputError(f"{path}: cannot write ({exc.strerror})") from exc
        raise


def write_atomic(path: Path, data: str | bytes) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_path(path) as tmp:
        tmp.write_bytes(raw)


def check_output_folder(folder: Path) -> None:
    """Fail before any work is done when `folder` cannot be created or written to."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise OutputError(f"{folder}: output folder cannot be created ({existing} is a file)")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError(f"{folder}: output folder is not writable (permission denied)")
