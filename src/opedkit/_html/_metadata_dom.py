"""The DOM vocabulary the HTML metadata reader relies on: selectors, meta names, JSON-LD types.

Which elements, ``<meta>`` names and JSON-LD nodes state a page's title, authors or date, kept
as data in one place. The words those elements print (byline openers, names, months) are op-ed
vocabulary, in ``opedkit._vocabulary``, and read by ``opedkit._recognisers``.
"""

from __future__ import annotations

import re

from .._model import Genre

# -- JSON-LD ---------------------------------------------------------------------------------

ARTICLE_TYPES = frozenset(
    """
    article newsarticle opinionnewsarticle reportagenewsarticle analysisnewsarticle
    backgroundnewsarticle reviewnewsarticle askpublicnewsarticle satiricalarticle
    scholarlyarticle techarticle report blogposting liveblogposting socialmediaposting
    criticreview
    """.split()
)
"""``@type`` values (lower case) of the node that describes the article itself. A plain
``Review`` is not one: recipe and product pages list readers' reviews that way."""

PAGE_TYPES = frozenset({"webpage", "itempage", "medicalwebpage"})
"""``@type`` values of a page node, used only when no article node states a field."""

ORGANISATION_TYPES = frozenset(
    {"organization", "newsmediaorganization", "corporation", "website", "brand", "localbusiness"}
)

PERSON_TYPES = frozenset({"person"})
"""``@type`` of an author or publisher node that is a person."""

TYPE_GENRES = {
    "opinionnewsarticle": Genre.OPINION,
    "analysisnewsarticle": Genre.ANALYSIS,
    "reviewnewsarticle": Genre.REVIEW,
    "criticreview": Genre.REVIEW,
}
"""JSON-LD article types that say what kind of piece the page is."""

# -- Title -----------------------------------------------------------------------------------

TITLE_SEPARATORS = (" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " / ", " ~ ")
"""What sits between a headline and the site name in ``<title>`` and ``og:title``."""

HEADLINE_SELECTOR = (
    "h1, [itemprop=headline], h2[class*=title], h2[class*=headline], "
    "div[class*=headline], div[class*=title], span[class*=headline]"
)
"""Elements that may show the visible headline; the best match to the stated titles wins."""

# -- Authors ---------------------------------------------------------------------------------

BYLINE_SELECTOR = (
    "[class*=byline i], [class*=author i], [id*=byline i], [id*=author i], [rel=author], "
    "[itemprop=author], [class*=writer], a[href*='/author']"
)
"""Elements whose class, id or role says they hold the byline."""

NOT_BYLINE_CONTAINERS: tuple[str, ...] = (
    "comment",
    "related",
    "sidebar",
    "widget",
    "recommend",
    "popular",
    "trending",
    "footer",
    "more",
    "promo",
    "newsletter",
    "teaser",
    "outbrain",
    "taboola",
    "nav",
    "menu",
    "reply",
    "respond",
)
"""Ancestor class/id words that mark names belonging to other stories or to commenters.

Matched against the words of each class's block name (``comment-list`` and ``comments`` match
"comment"; the modifier in ``header--simple-navigation`` does not match "nav")."""

NOT_BYLINE_TAGS = frozenset({"aside", "nav", "script", "style", "noscript"})
"""Ancestor tags that never hold this article's byline."""

LAYOUT_CONTAINERS = frozenset({"sidebar", "widget", "footer", "aside"})
"""Of those words and tags, the ones that name a place in the layout rather than other
stories: a post's own ``single-post-sidebar``, ``<aside>`` or footer may show its date, so
date elements there are read when no other element shows one and an ``<article>``, ``<main>``
or the headline's container holds them."""

AUTHOR_META = (
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
)
"""Meta names/properties that state the author, read when JSON-LD names no person."""

UNMARKED_BYLINE_SELECTOR = ", ".join(
    f'{tag}:lexbor-contains("by " i)'
    for tag in ("p", "span", "h3", "h4", "h5", "h6", "strong", "em", "small")
)
"""Short elements that may hold a byline no class names ("Written by Jane Roe")."""

MAX_UNMARKED_BYLINES = 20
"""How many of those are read, in page order."""

MAX_CREDIT = 60
"""A byline element naming no person is kept as a credit (a publisher, a desk) up to this long."""

MAX_CREDIT_TEXT = 200
"""A byline element with more text than this is a container: no role or affiliation is read
from it (its own byline elements are read instead)."""

BIO_BOX_WORDS = frozenset({"bio", "biography", "box", "about", "description", "info", "profile"})
"""Class words that make a byline element (``author-bio``, ``about-author``) an author box
that may hold a short bio of the writer."""

BIO_PART_SELECTOR = "p, [class*=bio], [class*=description], [class*=desc]"
"""Inside an author box, the elements that hold the bio itself (not the name or links)."""

MIN_BIO = 40
MAX_BIO_BOX = 1500
"""A bio is a sentence or more; a box with more text than this is a container, not a box."""

MAX_TAG = 60
NOT_TAG = ("@", "_", ":", "=", "&quot", "http")
"""Characters of internal keywords (``@post-id:123``, ``ctp_video``) rather than topics."""

# -- Dates -----------------------------------------------------------------------------------

PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "article:published",
    "published_time",
    "datepublished",
    "publish-date",
    "publish_date",
    "pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "article_date_original",
    "parsely-pub-date",
    "og:pubdate",
    "displaydate",
    "citation_publication_date",
    "citation_date",
    "dcterms.date",
)
"""Meta names/properties that state the publication time, most specific first."""

PUBLISHED_META_NAME = re.compile(
    r"(?:^|[:._-])(?:first[-_]?)?(?:publish|published|publication)(?:[-_.]?(?:date|time|at|on))?$"
)
"""Any other meta name that says it holds the publication time (``published``,
``published-date``, ``cxenseparse:publishtime``), read after the named ones in page order."""

UPDATED_META = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified")

VISIBLE_DATE_SELECTOR = (
    "time, [itemprop=datePublished], [class*=date i], [class*=time i], [class*=publish i], "
    "[class*=byline i], [class*=author i]"
)
"""Elements whose text may show the publication day."""

URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2]|[a-z]{3,9})[/-](0?[1-9]|[12]\d|3[01])(?:[/+_-]|\.html?|$)",
    re.IGNORECASE,
)
"""A ``/2019/11/18/``, ``/2019-11-18-`` or ``/2019/november/18/`` day in a URL path (the
month's name must be one of ``MONTHS``)."""

MAX_DATE_ELEMENTS = 10
"""How many printed days to read, in page order: the article's own date comes early, and long
teaser lists further down only add time."""

NEAR_DAYS = 2
"""A visible day this close to the stated time is the same publication, shown locally."""

AFTER_HEADLINE_CHARS = 300
"""How much of the text after the headline may show the day, when no element names it."""

HEADER_DEPTH = 4
HEADER_CHARS = 600
"""Where to look for a printed day around the headline: this many enclosing elements up, and
this many characters of each one's text."""

LABEL_DEPTH = 2
LABEL_CHARS = 25
"""A date element's label may stand in its parent or grandparent, within this many characters
before it (``<div>Updated <span>Feb. 27, 2025</span></div>``)."""

UPDATE_CLASS_WORD = "update"
"""A class word that marks a date element as the update (``updated-date``, ``post-update``)."""
