"""Markdown: the text of headings, paragraphs, lists and quotes; code and markup dropped."""

from __future__ import annotations

from ..errors import InputError
from ..model import Article
from .html import html_blocks
from .text import article_from_text

TEXT_BLOCKS = ("paragraph_open", "heading_open")


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
    title, blocks = markdown_blocks(text)
    if not blocks:
        raise InputError(f"{source}: this Markdown file holds no text")
    return article_from_text("\n\n".join(blocks), source, title=title)
