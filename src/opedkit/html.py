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

import attrs
from selectolax.lexbor import LexborHTMLParser

from ._blocks import assemble
from ._errors import ParseError, ValidationError
from ._html import _own_markup
from ._html._content import extract_blocks_in_place
from ._html._decode import parser_input
from ._html._jsonld import ld_scripts
from ._html._metadata import read_metadata
from ._html._page_kind import page_kind, read_evidence
from ._limits import MAX_BYTES, page
from ._model import Article
from .claims import Extractor, with_claims

__all__ = ["MAX_OPEN_ELEMENTS", "parse", "render"]

render = _own_markup.render

MAX_OPEN_ELEMENTS = 5_000
"""How many elements a page may leave open (nested) before it is refused. HTML's tree
construction checks element scopes by walking the stack of open elements, so the parser's time
grows with the square of the nesting depth (100,000 nested ``<div>`` take Lexbor half a minute);
real pages stay below a few hundred."""

_TAG = re.compile(r"""<(/?)([A-Za-z][^\s/>]*)((?:[^<>"'=]|=\s*"[^"]*"|=\s*'[^']*'|[="'])*)(>?)""")
"""A start or end tag as an HTML tokenizer sees it: ``<`` or ``</`` then a letter, then its
attributes up to its ``>``, a value quoted after ``=`` read whole as the tokenizer reads it.
(Linear: the whole pattern always matches, so no alternative is retried once passed; a quoted
value left open is scanned at most once, to the page's last such quote.)"""

_FOREIGN = frozenset({"svg", "math"})
"""Elements whose content is foreign (SVG, MathML): there a tag ending ``/>`` closes itself
(``<path d="..."/>``), which it does not in HTML..."""

_BREAKOUT = frozenset(
    "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img"
    " li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul"
    " var font".split()
)
"""...until one of these HTML elements starts, which ends the foreign content (the standard's
list; ``font`` counted always)."""

_NEVER_DEEPER = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr"  # void
    " p li dt dd option optgroup rp rt tr td th thead tbody tfoot colgroup caption".split()
)
"""Elements that leave nothing open (void elements) or that the next of their kind closes
(``<p>``, ``<li>``, table cells, ...): pages often leave the latter unclosed, which does not
nest them. Not counting them makes the estimate at most about twice too low (each such element
nesting in another needs a counted element between them)."""


def parse(
    html: str | bytes,
    *,
    url: str | None = None,
    claims: bool | Extractor = True,
    max_bytes: int | None = MAX_BYTES,
) -> Article:
    """Read the article in a web page.

    ``html`` is the page as text, or as the bytes a server sent (the encoding is found from a
    byte-order mark, the page's ``<meta charset>``, or the bytes themselves); anything else,
    a file's ``Path`` included, is a ``TypeError`` (read the file first: ``path.read_bytes()``).
    ``url`` is where the page came from, used when the page does not say. Raises
    :class:`~opedkit.ParseError` when the page holds no article, is larger than ``max_bytes``
    (16 MiB unless told; ``None``: no limit) or nests more than :data:`MAX_OPEN_ELEMENTS`
    elements deep.

    ``claims=True`` finds the article's claims with the built-in extractor, ``False`` finds
    none, and any :class:`~opedkit.claims.Extractor` is used instead. A page that
    :func:`render` wrote is read exactly, its marked claims included (``claims=False`` drops
    them, an extractor passed here replaces them).
    """
    html = page(html, max_bytes, "opedkit.html.parse")
    source = parser_input(html) if isinstance(html, bytes) else html
    if _open_elements(source) > MAX_OPEN_ELEMENTS:
        raise ParseError(
            f"the page nests elements more than {MAX_OPEN_ELEMENTS:,} deep "
            "(opedkit.html.MAX_OPEN_ELEMENTS), which no article needs; it is refused rather "
            "than read in quadratic time"
        )
    tree = LexborHTMLParser(source)
    try:
        own = _own_markup.read(tree)
    except ValidationError as error:
        raise ParseError(f"the opedkit markup holds an invalid article:\n{error}") from error
    if own is not None:
        return own if claims is True else with_claims(attrs.evolve(own, claims=()), claims)
    scripts = ld_scripts(tree)  # read by both, found once
    hints = read_metadata(tree, url, scripts)
    evidence = read_evidence(tree, hints.url or url, scripts)
    # read the metadata and the evidence first: this prunes tree
    blocks, shape = extract_blocks_in_place(
        tree,
        hints,
        declared=evidence.declared,
        source=source,
        reviews=evidence.describes_product,
    )
    kind = page_kind(evidence, shape)
    if kind is not None:
        hints = attrs.evolve(hints, genre=kind)
    if not blocks:
        found = "" if kind is None else f" (it is a {kind.value} page, not an article)"
        raise ParseError(f"no article content found in the page{found}: no part of it holds prose")
    try:
        article = assemble(blocks, hints)
    except ParseError as error:
        raise ParseError(_page_problem(str(error))) from None
    return with_claims(article, claims)


def _page_problem(message: str) -> str:
    """What ``assemble``'s complaint (worded for text) means for a page."""
    if message.startswith("no headline"):
        return (
            "no article found in the page: it has no headline (no <h1>, <title> or headline "
            "metadata, and its main text does not start with a short line)"
        )
    return (
        "no article found in the page: its main text holds no paragraph after the headline, "
        "byline and dates"
    )


def _open_elements(page: str | bytes) -> int:
    """An estimate of how deep ``page`` nests (see :data:`_NEVER_DEEPER`): nearly every page
    is settled by counting its ``<``; else its tags are followed, an end tag closing an element
    only when one of that name is open (stray end tags close nothing), and a tag ending ``/>``
    opening none in SVG or MathML (see :data:`_FOREIGN`)."""
    estimate = page.count(b"<") if isinstance(page, bytes) else page.count("<")
    if estimate <= MAX_OPEN_ELEMENTS:
        return estimate
    text = page.decode("latin-1") if isinstance(page, bytes) else page
    opened: dict[str, int] = {}
    depth = deepest = foreign = 0  # foreign: open <svg>/<math> elements not broken out of
    for end, tag, attributes, closed in _TAG.findall(text):
        name = tag.lower()
        if foreign and not end and name in _BREAKOUT:
            foreign = 0
        if name in _NEVER_DEEPER or (foreign and closed and attributes.endswith("/")):
            continue
        if not end:
            opened[name] = opened.get(name, 0) + 1
            depth += 1
            deepest = max(deepest, depth)
            foreign += name in _FOREIGN
        elif opened.get(name):
            opened[name] -= 1
            depth -= 1
            if name in _FOREIGN and foreign:
                foreign -= 1
    return deepest
