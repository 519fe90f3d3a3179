"""HTML: read whole web pages into Articles, write Articles as semantic HTML5.

``parse`` decodes bytes (:mod:`._html._decode`), builds the document with Lexbor (through
selectolax: a spec-compliant HTML5 parser in C, several times faster than lxml and tolerant of
anything a browser tolerates), then reads it in the most reliable way available: opedkit's own
markup when the page is one ``render`` wrote, else the page's metadata (:mod:`._html._metadata`)
and its main content (:mod:`._html._content`), put together by the same ``assemble`` as every
other format.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from ._blocks import Hints, assemble
from ._clean import clean
from ._errors import ParseError
from ._html._content import extract_blocks
from ._html._decode import decode
from ._model import Article
from .claims import Extractor, with_claims

__all__ = ["parse"]


def parse(html: str | bytes, *, url: str | None = None, claims: bool | Extractor = True) -> Article:
    """Read the article in a web page.

    ``html`` is the page as text, or as the bytes a server sent (the encoding is found from a
    byte-order mark, the page's ``<meta charset>``, or the bytes themselves). ``url`` is where
    the page came from, used when the page does not say. Raises :class:`~opedkit.ParseError`
    when the page holds no article.
    """
    text = decode(html) if isinstance(html, bytes) else html
    tree = LexborHTMLParser(text)
    hints = _read_metadata(tree, url)
    blocks = extract_blocks(tree, hints)
    if not blocks:
        raise ParseError("no article content found")
    return with_claims(assemble(blocks, hints), claims)


def _read_metadata(tree: LexborHTMLParser, url: str | None) -> Hints:
    """Stand-in until the metadata reader lands: the first ``<h1>``, else ``<title>``."""
    for selector in ("h1", "title"):
        node = tree.css_first(selector)
        title = clean(node.text()) if node is not None else ""
        if title:
            return Hints(title=title, url=url)
    return Hints(url=url)
