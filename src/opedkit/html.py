"""HTML: read whole web pages into Articles, write Articles as semantic HTML5.

``parse`` decodes bytes (:mod:`._html._decode`), builds the document with Lexbor (through
selectolax: an HTML5 parser in C that builds the tree a browser builds, where lxml's libxml2
follows HTML 4 rules; on the aeb-dev pages it parses in 0.5 ms a page to lxml's 1.8 ms), then
reads it in the most reliable way available: opedkit's own
markup when the page is one ``render`` wrote, else the page's metadata (:mod:`._html._metadata`)
and its main content (:mod:`._html._content`), put together by the same ``assemble`` as every
other format.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from ._blocks import assemble
from ._errors import ParseError, ValidationError
from ._html import _own_markup
from ._html._content import extract_blocks
from ._html._decode import parser_input
from ._html._metadata import read_metadata
from ._model import Article
from .claims import Extractor, with_claims

__all__ = ["parse", "render"]

render = _own_markup.render

MAX_OPEN_ELEMENTS = 5_000
"""How many elements a page may leave open (nested) before it is refused. HTML's tree
construction checks element scopes by walking the stack of open elements, so the parser's time
grows with the square of the nesting depth (100,000 nested ``<div>`` take Lexbor half a minute);
real pages stay below a few hundred."""

_TAG_OPEN = re.compile(r"<[A-Za-z]")
_LEAVES = ("<br", "<img", "<input", "<meta", "<link", "<hr", "<wbr", "<source", "<area", "<col")
"""Tag openings that leave no element open: void elements (and a few longer names sharing the
prefix, which only makes the estimate more lenient)."""


def parse(html: str | bytes, *, url: str | None = None, claims: bool | Extractor = True) -> Article:
    """Read the article in a web page.

    ``html`` is the page as text, or as the bytes a server sent (the encoding is found from a
    byte-order mark, the page's ``<meta charset>``, or the bytes themselves). ``url`` is where
    the page came from, used when the page does not say. Raises :class:`~opedkit.ParseError`
    when the page holds no article.

    ``claims=True`` finds the article's claims with the built-in extractor, ``False`` finds
    none, and any :class:`~opedkit.claims.Extractor` is used instead. A page that
    :func:`render` wrote is read exactly, its marked claims included (an extractor passed here
    replaces them).
    """
    source = parser_input(html) if isinstance(html, bytes) else html
    if _open_elements(source) > MAX_OPEN_ELEMENTS:
        raise ParseError(f"page nests more than {MAX_OPEN_ELEMENTS:,} elements deep")
    tree = LexborHTMLParser(source)
    try:
        own = _own_markup.read(tree)
    except ValidationError as error:
        raise ParseError(f"the opedkit markup holds an invalid article:\n{error}") from error
    if own is not None:
        return own if isinstance(claims, bool) else with_claims(own, claims)
    hints = read_metadata(tree, url)
    blocks = extract_blocks(tree, hints)
    if not blocks:
        raise ParseError("no article content found")
    return with_claims(assemble(blocks, hints), claims)


def _open_elements(page: str | bytes) -> int:
    """An upper estimate of how deep ``page`` nests, in stages that settle nearly every page
    early: every ``<``; then every ``<`` less twice every ``</``; then tag openings (a ``<``
    then a letter, as an HTML tokenizer sees them) less closings and void elements."""
    estimate = page.count(b"<") if isinstance(page, bytes) else page.count("<")
    if estimate <= MAX_OPEN_ELEMENTS:
        return estimate
    text = page.decode("latin-1") if isinstance(page, bytes) else page
    closes = text.count("</")
    estimate -= 2 * closes
    if estimate <= MAX_OPEN_ELEMENTS:
        return estimate
    leaves = sum(text.lower().count(prefix) for prefix in _LEAVES)
    return sum(1 for _ in _TAG_OPEN.finditer(text)) - closes - leaves
