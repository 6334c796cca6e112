"""Which reader an input needs: `--input-format`, else the file extension, else its content."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import UsageError

INPUT_FORMATS = ("auto", "text", "markdown", "html", "epub", "srt", "vtt")

EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".epub": "epub",
    ".srt": "srt",
    ".vtt": "vtt",
}

SRT_CUE = re.compile(r"^\s*\d+\s*\r?\n\d{1,2}:\d\d:\d\d[,.]\d{1,3}\s*-->", re.MULTILINE)
HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b",
                        re.IGNORECASE | re.DOTALL)
MARKDOWN_SIGNS = re.compile(r"^(#{1,6} \S|```|\* \S|- \S|> \S|\d+\. \S)|\[[^\]\n]+\]\([^)\s]+\)|\*\*\S",
                            re.MULTILINE)


def check_input_format(input_format: str) -> str:
    if input_format not in INPUT_FORMATS:
        raise UsageError(f"unknown input format {input_format!r}; choose from {', '.join(INPUT_FORMATS)}")
    return input_format


def sniff(data: bytes) -> str:
    """The format `data` looks like; plain text when nothing else fits."""
    if data.startswith(b"PK\x03\x04") and b"application/epub+zip" in data[:200]:
        return "epub"
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if head.lstrip().startswith(b"WEBVTT"):
        return "vtt"
    if HTML_START.match(head):
        return "html"
    sample = head.decode("utf-8", "replace")
    if SRT_CUE.match(sample):
        return "srt"
    if len(MARKDOWN_SIGNS.findall(sample)) >= 2:
        return "markdown"
    return "text"


def choose_format(source: str, data: bytes, input_format: str = "auto") -> str:
    """An explicit format wins; a known extension comes next; the content decides the rest."""
    if check_input_format(input_format) != "auto":
        return input_format
    if data.startswith(b"PK\x03\x04") and sniff(data) == "epub":
        return "epub"
    known = EXTENSIONS.get(Path(source).suffix.lower()) if source != "-" else None
    return known or sniff(data)
