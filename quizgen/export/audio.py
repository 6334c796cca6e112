"""Example sentences read aloud with espeak-ng (mp3 through lame when it is installed)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

from ..errors import DependencyError

ESPEAK = "espeak-ng"
LAME = "lame"


def require_espeak() -> str:
    path = shutil.which(ESPEAK)
    if path is None:
        raise DependencyError(
            f"--audio needs the speech synthesizer {ESPEAK!r}, which is not installed; "
            "install it (Debian/Ubuntu: apt install espeak-ng) or build without --audio"
        )
    return path


def audio_extension() -> str:
    return "mp3" if shutil.which(LAME) else "wav"


def media_name(text: str, lang: str, ext: str) -> str:
    """Named after what is said, so the same sentence is one file however often it is built."""
    digest = hashlib.sha1(f"{lang}\x1f{text}".encode()).hexdigest()[:16]
    return f"quizgen-{lang}-{digest}.{ext}"


def _run(command: list[str]) -> None:
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=120)
    except subprocess.CalledProcessError as exc:
        message = exc.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = message[-1] if message else f"exit status {exc.returncode}"
        raise DependencyError(f"{Path(command[0]).name} failed: {detail}") from exc
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise DependencyError(f"{Path(command[0]).name} failed: {exc}") from exc


def synthesize(text: str, lang: str, folder: Path) -> Path:
    """Write `text` read aloud in `lang` into `folder`; returns the file (reused if present)."""
    espeak = require_espeak()
    ext = audio_extension()
    target = folder / media_name(text, lang, ext)
    if target.is_file():
        return target
    wav = target.with_suffix(".wav")
    # "--" keeps a sentence that starts with "-" from being read as an option.
    _run([espeak, "-v", lang, "-w", str(wav), "--", text])
    if ext == "mp3":
        _run([shutil.which(LAME) or LAME, "--quiet", "-b", "48", str(wav), str(target)])
        wav.unlink()
    return target
