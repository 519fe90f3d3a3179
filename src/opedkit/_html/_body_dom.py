"""What the main-content extractor treats as junk or boilerplate, kept as data in one place.

Each list says why its entries are there. Tags are removed by the HTML parser (C); class and id
words are matched by one compiled pattern over each element's ``class`` and ``id``.
"""

from __future__ import annotations

__all__ = [
    "BLOCK_TAGS",
    "BOILERPLATE_TOKENS",
    "BOILERPLATE_WORDS",
    "CELL_TAGS",
    "HEADING_LEVELS",
    "HIDDEN_STYLE",
    "JUNK_TAGS",
    "NOT_BODY_TAGS",
    "NOT_BOILERPLATE_WORDS",
    "PARAGRAPH_TAGS",
    "PROTECTED_TAGS",
]

JUNK_TAGS = [
    # Never visible article text: code, styling, embedded documents and widgets.
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "canvas",
    "iframe",
    "object",
    "embed",
    "video",
    "audio",
    # Controls, not prose.
    "button",
    "select",
    "textarea",
    "input",
    "label",
    # Page furniture in HTML5's own words.
    "nav",
    "aside",
    "footer",
    "dialog",
]

BOILERPLATE_WORDS = [
    # Substrings of a class or id naming page parts that are never the article body. A match
    # that holds most of the page's prose is kept all the same (``l-sidebar-layout`` wrappers).
    # Around the page:
    "sidebar",
    "breadcrumb",
    "navigation",
    "pagination",
    "footer",
    "copyright",
    "disclaimer",
    "cookie",
    "consent",
    # Other articles:
    "related",
    "recommend",
    "popular",
    "trending",
    "most-read",
    "outbrain",
    "taboola",
    # Reader engagement and selling:
    "share",
    "comment",
    "newsletter",
    "subscribe",
    "signup",
    "advert",
    "sponsor",
    "promo",
    # About the article rather than in it (the metadata reader has read them already):
    "byline",
    "author",
    "caption",
    "credit",
    "dateline",
    "timestamp",
    "tags",
    # Text for screen readers only:
    "sr-only",
    "visually-hidden",
    "screen-reader",
]

NOT_BOILERPLATE_WORDS = [
    # Longer words holding a boilerplate word that name the article itself: an opinion site's
    # "commentary" body, a paywalled "subscriber" body.
    "commentary",
    "commentator",
    "subscriber",
]

BOILERPLATE_TOKENS = frozenset(
    # Whole words of a class or id (split at anything not a letter or digit) too short or too
    # common to look for inside other words ("ad" is in "header", "meta" in "metadata").
    {"ad", "ads", "meta"}
)

HIDDEN_STYLE = "display:none"
"""An inline style (spaces removed) of elements a browser does not show, like ``hidden``."""

PROTECTED_TAGS = frozenset({"html", "body", "article", "main"})
"""Elements a boilerplate word in their class or id never removes (nor ``itemprop=articleBody``)."""

NOT_BODY_TAGS = ["h1", "figure", "figcaption"]
"""Elements whose text is not body text even inside the article (h1: the repeated headline)."""

HEADING_LEVELS = {"h2": 2, "h3": 3, "h4": 4}
"""Subheadings that start a new section."""

PARAGRAPH_TAGS = frozenset({"p", "li", "dd", "dt", "pre", "h5", "h6"})
"""Blocks that are one paragraph: their vote goes to the element holding them."""

CELL_TAGS = frozenset({"td", "th"})
"""Table cells: a row is one paragraph, its cells separated by a space."""

BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "body",
        "br",
        "center",
        "details",
        "div",
        "dl",
        "fieldset",
        "form",
        "header",
        "hr",
        "main",
        "ol",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        *PARAGRAPH_TAGS,
        *HEADING_LEVELS,
    }
)
"""Elements that end the run of text before them and start a new one."""
