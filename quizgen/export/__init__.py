"""Exporters, one module per format, each writing one file atomically."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from ..model import Quiz

# format -> (module, function); modules are imported only when their format is asked for,
# so a JSON build never pays for WeasyPrint or genanki.
EXPORTERS: dict[str, tuple[str, str]] = {
    "json": ("jsonfile", "write_json"),
    "apkg": ("anki", "write_apkg"),
    "html": ("worksheet", "write_html"),
    "pdf": ("worksheet", "write_pdf"),
    "gift": ("gift", "write_gift"),
    "tsv": ("tsv", "write_tsv"),
    "web": ("interactive", "write_web"),
}
# File name endings that are not the format's name.
EXTENSIONS = {"web": "web.html"}


def extension(fmt: str) -> str:
    return EXTENSIONS.get(fmt, fmt)


def exporter(fmt: str) -> Callable[[Quiz, Path], list[Path] | None]:
    module, function = EXPORTERS[fmt]
    return getattr(import_module(f".{module}", __name__), function)
