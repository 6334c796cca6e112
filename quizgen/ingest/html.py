"""Saved web pages: the main article text and title, without navigation, scripts or boilerplate."""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from ..errors import InputError
from ..model import Article
from .text import article_from_text

# Markup whose text is never article text.
SKIP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
             "button", "select", "svg", "iframe", "object")
# Fewer words than this is a menu or a cookie notice, not an article.
MIN_ARTICLE_WORDS = 12
# A paragraph that is an advertisement or a teaser, not the article: "Anzeige: ... jetzt
# buchen!", in the languages quizgen reads.
AD_LINE = re.compile(
    r"^\s*(Anzeige|Werbung|Sponsored|Advertisement|Gesponsert|Publicité|Publicidad|Pubblicità|"
    r"Advertentie|Lesen Sie auch|Read more|Mehr zum Thema)\b\s*[:|–-]", re.IGNORECASE)
BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "dt", "pre",
              "figcaption", "td", "th", "div", "section", "article")


def read_html(text: str, source: str) -> Article:
    """The article in a saved web page: trafilatura's main-text extraction, then a plain fallback."""
    title, body, origin = _extract(text)
    if len(body.split()) < MIN_ARTICLE_WORDS:
        body = "\n\n".join(html_blocks(text))
    body = "\n\n".join(p for p in body.split("\n\n") if not AD_LINE.match(p))
    if len(body.split()) < MIN_ARTICLE_WORDS:
        raise InputError(f"{source}: no article text found in this HTML page")
    return replace(article_from_text(body, source, title=title or None), origin=origin)


def origin_line(site: str | None, author: str | None, date: str | None) -> str:
    """"Tagesblatt, 14.09.2023": who published the page, and when, from its metadata."""
    who = site or author or ""
    when = ""
    if date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        year, month, day = date.split("-")
        when = f"{day}.{month}.{year}"
    return ", ".join(part for part in (who.strip(), when) if part)


def _extract(text: str) -> tuple[str, str, str]:
    import trafilatura

    # trafilatura logs every page it finds too short; quizgen reports such pages itself.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    result = trafilatura.bare_extraction(
        text, include_comments=False, include_tables=False, include_images=False,
        include_links=False, favor_precision=True,
    )
    if not result:
        return _page_title(text), "", ""
    if not isinstance(result, dict):  # trafilatura 2 returns a Document
        result = result.as_dict()
    # One line per paragraph: a blank line between them keeps them paragraphs.
    body = "\n\n".join(line for line in (result.get("text") or "").split("\n") if line.strip())
    origin = origin_line(result.get("sitename"), result.get("author"), result.get("date"))
    return (result.get("title") or _page_title(text)), body, origin


def _parse(text: str):
    import lxml.html

    # As bytes with a fixed encoding: lxml refuses str with an XML encoding declaration, and
    # the page's own charset declaration no longer applies to text already decoded.
    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        return lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except Exception:  # lxml raises several types for empty or broken documents
        return None


def _page_title(text: str) -> str:
    root = _parse(text)
    if root is None:
        return ""
    for path in ("//h1", "//title"):
        for element in root.xpath(path):
            title = " ".join(element.text_content().split())
            if title:
                return title
    return ""


def html_blocks(text: str) -> list[str]:
    """The text of each innermost block element, with non-content elements dropped."""
    root = _parse(text)
    if root is None:
        return []
    for element in root.xpath("//" + " | //".join(SKIP_TAGS)):
        element.drop_tree()
    blocks = []
    for element in root.iter(*BLOCK_TAGS):
        if any(child.tag in BLOCK_TAGS for child in element.iterdescendants()):
            continue
        words = " ".join(element.text_content().split())
        if words:
            blocks.append(words)
    return blocks
