"""Markdown: the text of headings, paragraphs, lists and quotes; code and markup dropped."""

from __future__ import annotations

import re

from ..errors import InputError
from ..model import Article
from .html import html_blocks
from .text import article_from_text

TEXT_BLOCKS = ("paragraph_open", "heading_open")
# YAML front matter (static site generators, Obsidian): settings, not text; its title is kept.
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
FRONT_TITLE = re.compile(r"^title:[ \t]*[\"']?(.*?)[\"']?[ \t]*$", re.MULTILINE)


def split_front_matter(text: str) -> tuple[str | None, str]:
    """(title from the front matter, the rest of the document)."""
    match = FRONT_MATTER.match(text.lstrip("\ufeff"))
    if not match:
        return None, text
    title = FRONT_TITLE.search(match.group(1))
    return (title.group(1) or None) if title else None, text.lstrip("\ufeff")[match.end():]


def markdown_blocks(text: str) -> tuple[str | None, list[str]]:
    """(first heading, text of each block) of a Markdown document."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(text)
    title, blocks = None, []
    for i, token in enumerate(tokens):
        if token.type == "html_block":
            blocks.extend(html_blocks(token.content))
        elif token.type == "inline" and i > 0 and tokens[i - 1].type in TEXT_BLOCKS:
            words = _inline_text(token)
            if words and title is None and tokens[i - 1].type == "heading_open":
                title = words
            if words:
                blocks.append(words)
    return title, blocks


def _inline_text(token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return " ".join("".join(parts).split())


def read_markdown(text: str, source: str) -> Article:
    front_title, text = split_front_matter(text)
    heading, blocks = markdown_blocks(text)
    if not blocks:
        raise InputError(f"{source}: this Markdown file holds no text")
    return article_from_text("\n\n".join(blocks), source, title=front_title or heading)
