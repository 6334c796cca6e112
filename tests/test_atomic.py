"""A failed or interrupted run leaves the previous outputs intact and no temporary file."""

from __future__ import annotations

import errno
import os
from importlib.util import find_spec
from pathlib import Path

import pytest
from click.testing import CliRunner

import quizgen.runtime.atomic
from quizgen.cli import main
from quizgen.errors import OutputError
from quizgen.export import EXPORTERS, extension
from quizgen.runtime.atomic import atomic_path, check_output_folder, write_atomic

SEED = Path(__file__).resolve().parent.parent / "seeds" / "de_russland_nordkorea_gipfel.txt"

# Every exporter on this branch; the others join this table as their modules arrive.
PRESENT = [fmt for fmt, (module, _) in EXPORTERS.items() if find_spec(f"quizgen.export.{module}")]


def build(out: Path, fmt: str):
    args = ["build", str(SEED), "--lang", "de", "--out", str(out), "--format", fmt]
    return CliRunner().invoke(main, args, catch_exceptions=False)


def _interrupt(*_args) -> None:
    raise KeyboardInterrupt


def _disk_full(*_args) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize(("fail", "code", "message"), [
    (_interrupt, 130, "quizgen: error: interrupted"),
    (_disk_full, 2, "cannot write (No space left on device)"),
], ids=["interrupted", "disk-full"])
@pytest.mark.parametrize("fmt", PRESENT)
def test_failed_rebuild_keeps_previous_file(tmp_path, monkeypatch, fmt, fail, code, message):
    first = build(tmp_path, fmt)
    assert first.exit_code == 0, first.output
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    slug = "de-russland-nordkorea-gipfel"
    key = {f"{slug}-key.{fmt}"} if fmt in ("html", "pdf") else set()  # the teacher's key beside it
    assert set(before) == {f"{slug}.{extension(fmt)}", *key}
    monkeypatch.setattr(quizgen.runtime.atomic.os, "replace", fail)
    second = build(tmp_path, fmt)
    assert second.exit_code == code
    assert message in second.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_partial_write_leaves_nothing(tmp_path, monkeypatch):
    target = tmp_path / "deck.json"

    def half_then_fail(self: Path, data: bytes) -> int:
        with self.open("wb") as handle:
            handle.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "write_bytes", half_then_fail)
    with pytest.raises(OutputError, match=r"deck\.json: cannot write"):
        write_atomic(target, "x" * 10_000)
    assert list(tmp_path.iterdir()) == []


def test_atomic_path_replaces_only_on_success(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old")
    with pytest.raises(ValueError), atomic_path(target) as tmp:
        tmp.write_text("new, half")
        raise ValueError("exporter bug")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["a.txt"]
    with atomic_path(target) as tmp:
        tmp.write_text("new")
    assert target.read_text() == "new" and [p.name for p in tmp_path.iterdir()] == ["a.txt"]


@pytest.mark.parametrize(("make", "pattern"), [
    (lambda tmp: tmp / "file" / "out", r"output folder cannot be created \(.*file is a file\)"),
    (lambda tmp: tmp / "file" / "a" / "b", r"output folder cannot be created"),
], ids=["parent-is-file", "ancestor-is-file"])
def test_check_output_folder_refuses(tmp_path, make, pattern):
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match=pattern):
        check_output_folder(make(tmp_path))


def test_check_output_folder_creates_nothing(tmp_path):
    check_output_folder(tmp_path / "new" / "deeper")
    assert list(tmp_path.iterdir()) == []
