"""The DOM vocabulary the HTML metadata reader relies on: selectors, meta names, JSON-LD types.

Every word list, selector and pattern that decides what a page's title, authors or date are lives
here, so that a reader who wants to know why a name was dropped or a suffix cut finds the list,
not a condition buried in a function. ``_metadata`` only combines them.
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

TYPE_GENRES = {
    "opinionnewsarticle": Genre.OPINION,
    "analysisnewsarticle": Genre.ANALYSIS,
    "reviewnewsarticle": Genre.REVIEW,
    "criticreview": Genre.REVIEW,
}
"""JSON-LD article types that say what kind of piece the page is."""

# -- Genre from a section name or the URL path -------------------------------------------------

SECTION_GENRES = (
    ("editorial", Genre.EDITORIAL),
    ("letters", Genre.LETTER),
    ("letter to the editor", Genre.LETTER),
    ("columnist", Genre.COLUMN),
    ("column", Genre.COLUMN),
    ("opinion", Genre.OPINION),
    ("commentisfree", Genre.OPINION),
    ("comment is free", Genre.OPINION),
    ("op-ed", Genre.OPINION),
    ("oped", Genre.OPINION),
    ("meinung", Genre.OPINION),
    ("opinión", Genre.OPINION),
    ("opinião", Genre.OPINION),
    ("opinione", Genre.OPINION),
)
"""Words in ``article:section``/``articleSection`` (matched whole, first match wins)."""

PATH_GENRES = {
    "editorial": Genre.EDITORIAL,
    "editorials": Genre.EDITORIAL,
    "letters": Genre.LETTER,
    "columnists": Genre.COLUMN,
    "columnist": Genre.COLUMN,
    "columns": Genre.COLUMN,
    "opinion": Genre.OPINION,
    "opinions": Genre.OPINION,
    "commentisfree": Genre.OPINION,
    "op-ed": Genre.OPINION,
    "oped": Genre.OPINION,
    "op-eds": Genre.OPINION,
}
"""URL path segments that say what kind of piece the page is."""

# -- Title -----------------------------------------------------------------------------------

TITLE_SEPARATORS = (" | ", " - ", " — ", " – ", " :: ", " · ", " » ", " / ", " ~ ")
"""What sits between a headline and the site name in ``<title>`` and ``og:title``."""

TITLE_KICKERS = frozenset({"opinion", "editorial", "analysis", "commentary", "op-ed", "review"})
"""Section names some sites put before the headline in ``<title>``/``og:title``."""

HEADLINE_SELECTOR = (
    "h1, [itemprop=headline], h2[class*=title], h2[class*=headline], "
    "div[class*=headline], div[class*=title], span[class*=headline]"
)
"""Elements that may show the visible headline; the best match to the stated titles wins."""

# -- Authors ---------------------------------------------------------------------------------

BYLINE_SELECTOR = (
    "[class*=byline i], [class*=author i], [id*=byline i], [id*=author i], [rel=author], "
    "[itemprop=author], [class*=writer], a[href*='/author/']"
)
"""Elements whose class, id or role says they hold the byline."""

BY_IN_TEXT = re.compile(r"(?:(?<![^\W\d_])|(?<=[a-z.!?]))(?:By|BY|by)\s+[^\W\d_].{2,80}")
"""A "By Name" printed beside the headline with no class to find it by (also glued to the
headline's last word, as text of adjacent elements is)."""

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

BYLINE_PREFIXES = re.compile(
    r"^(?:(?:written|posted|reported|published|text|words|story|photos?)\s+)?"
    r"(?:by|von|por|par|di|door|av|af|oleh|text|texto|testo|author|autor|autore|auteur|"
    r"posted\s+by|written\s+by|текст|автор)\s*[:：]?\s+",
    re.IGNORECASE,
)
"""The word a byline opens with ("By", "Von", "Text:"), dropped from the names."""

NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\be\b|\by\b|\bi\b|\bи\b|\|)\s*")
"""What separates several names in one byline."""

NAME_TAIL = re.compile(
    r"\s+(?:[-–—|·•/@]|\bfor\b|\bon\b|\bin\b|\bat\b|\bpublished\b|\bposted\b|\bupdated\b)\s.*$"
    r"|\s*@\w+.*$",
    re.IGNORECASE,
)
"""What follows a name on the same line: a role, an outlet, a date, a handle."""

NON_PERSON_WORDS = frozenset(
    """
    staff editorial editor editors board team desk bureau newsroom news wire wires services
    service agency agencies press associated reuters afp ap pti ians upi dpa ani bloomberg admin
    administrator webmaster contributor contributors correspondent reporter writer guest media
    magazine online digital network group inc ltd llc corp company tv radio daily weekly times
    post journal herald tribune gazette source sources unknown anonymous redaction redaktion
    redação redazione redacción sponsored partner email follow view profile posts more share
    twitter facebook instagram linkedin opinion column contributing senior special updated
    published the topic topics monday tuesday wednesday thursday friday saturday sunday today
    yesterday images image photo photos video illustration graphics credit courtesy getty
    shutterstock agence presse cnn bbc
    """.split()
)
"""Words that never occur in a person's name: agencies, desks, roles, site accounts, UI text.

A candidate containing any of them (as a whole word, case-insensitively) is not a person."""

AUTHOR_META = (
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
)
"""Meta names/properties that state the author, read when JSON-LD names no person."""

MAX_CREDIT = 60
"""A byline element naming no person is kept as a credit (a publisher, a desk) up to this long."""

EDITORIAL_CREDITS = frozenset(
    {
        "editorial", "editorials", "editorial board", "the editorial board", "editorial staff",
        "the editors", "our view", "the board", "editorial desk",
    }
)  # fmt: skip
"""Credits (lower case, without "By") that mark the publication's own unsigned view."""

NAME_PARTICLES = frozenset(
    "van von der den de da di del della dos du la le bin al el ibn ter y".split()
)
"""Lower-case words that belong inside a name ("Ludwig van Beethoven", "José da Silva")."""

ACCOUNT_MARKS = ("admin",)
"""Parts of site account names ("admin", "jdadmin", "siteadmin") that are never people."""

MAX_NAME_WORDS = 5
MAX_NAME_LENGTH = 60

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
)
"""Meta names/properties that state the publication time, most specific first."""

UPDATED_META = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified")

VISIBLE_DATE_SELECTOR = (
    "time, [itemprop=datePublished], [class*=date], [class*=time], [class*=publish], "
    "[class*=byline]"
)
"""Elements whose text may show the publication day."""

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january janeiro enero gennaio janvier januar januari января",
            "feb february fevereiro febrero febbraio février februar februari февраля",
            "mar march março marzo mars märz maart maret mrt марта",
            "apr april abril aprile avril апреля",
            "may maio mayo maggio mai mei мая",
            "jun june junho junio giugno juin juni июня",
            "jul july julho julio luglio juillet juli июля",
            "aug august agosto août augustus agustus августа",
            "sep sept september setembro septiembre setiembre settembre septembre сентября",
            "oct october outubro octubre ottobre octobre oktober okt октября",
            "nov november novembro noviembre novembre ноября",
            "dec december dezembro diciembre dicembre décembre dezember desember dez декабря",
        ),
        start=1,
    )
    for name in names.split()
}
"""Month names as pages print them (lower case), one line per month: English, Portuguese,
Spanish, Italian, French, German, Dutch, Indonesian abbreviations and full names, and Russian
genitives ("24 сентября 2018")."""

URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|-|$)")
"""A ``/2019/11/18/`` or ``/2019-11-18-`` day in a URL path."""

EARLIEST_YEAR = 1990
LATEST_YEAR = 2100
"""Years outside this range are placeholders (``0001-01-01``), not dates."""


_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\.?"
_MONTH = r"(?P<m>[^\W\d_]{3,10})\.?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
VISIBLE_DATES = (
    re.compile(r"\b(?P<y>(?:19|20)\d\d)([-/.])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)\b"),
    re.compile(r"(?P<y>(?:19|20)\d\d)\s*[년年]\s*(?P<m>[01]?\d)\s*[월月]\s*(?P<d>[0-3]?\d)"),
    re.compile(rf"\b{_DAY}\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\s+[0-2]?\d:[0-5]\d\s+{_YEAR}\b"),
)
"""A day as pages print it: ``2019-11-18`` (or with ``/`` or ``.``), ``2018년 8월 25일``,
``18 Nov 2019``, ``20 de setembro de 2018``,
``Nov. 18, 2019``, ``November 20 15:23 2019``; the month must be a name in :data:`MONTHS`."""

NUMERIC_DATE = re.compile(r"\b([0-3]?\d)[./]([0-3]?\d)[./]((?:19|20)?\d\d)\b")
"""``27/09/2018``, ``18.11.2019`` or ``11/19/19``: day and month order is decided by which
reading is a valid day near the stated publication time."""

MAX_DATE_ELEMENTS = 10
"""How many printed days to read, in page order: the article's own date comes early, and long
teaser lists further down only add time."""

NEAR_DAYS = 2
"""A visible day this close to the stated time is the same publication, shown locally."""

HEADER_DEPTH = 4
HEADER_CHARS = 600
"""Where to look for a printed day around the headline: this many enclosing elements up, and
this many characters of each one's text."""

YEARLESS_DATE = re.compile(rf"\b{_MONTH}\s+{_DAY}(?!\d|,?\s*(?:19|20)\d\d)")
"""``Nov 18`` with no year: read only near a stated time, in its year."""

UPDATE_WORDS = ("updated", "update", "modified", "aktualisiert", "atualizado", "actualizado")
"""A date element whose class or text starts with these shows the update, not publication."""
