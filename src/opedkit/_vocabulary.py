"""Op-ed conventions as data: every cue word, label and line pattern the readers recognise.

This is the one place to read (and extend) why a line was taken for a byline, a date, a bio,
a disclaimer or boilerplate. The functions that apply these cues live in ``_recognisers``;
nothing here does any work. Words are compared case-insensitively (``str.casefold``) unless
a note says so.
"""

from __future__ import annotations

import re
from datetime import timedelta, timezone

from ._model import Genre

# --- Boilerplate: whole lines scrapers leave behind, dropped wherever they stand ---------------

BOILERPLATE_LINES = frozenset(
    {
        "advertisement",
        "advertising",
        "all rights reserved",
        "back to top",
        "comments",
        "continue reading",
        "continue reading below",
        "email",
        "log in",
        "most popular",
        "most read",
        "print",
        "read more",
        "related",
        "related articles",
        "related stories",
        "scroll to continue",
        "share",
        "share on facebook",
        "share on twitter",
        "share this",
        "share this article",
        "share this story",
        "sign in",
        "sign up",
        "skip to main content",
        "story continues below advertisement",
        "subscribe",
        "subscribe now",
        "top",
        "tweet",
    }
)
"""Lines that are boilerplate on their own, after trimming ``BOILERPLATE_TRIM`` from both ends."""

BOILERPLATE_TRIM = " .…:!>»›→|-–—()[]"
"""Decoration around a boilerplate line ("Continue reading...", "Read more »")."""

BOILERPLATE_PATTERNS = (
    # "© 2019 The Herald", "(c) 2019", "Copyright 2019 ...", "Copyright © ..."
    re.compile(r"(?:©|\(c\)\s*\d{4}|copyright\s+(?:©|\(c\)|\d{4}))", re.IGNORECASE),
    # "Follow us on Twitter", "Follow Jane on Facebook", "Follow @jroe"
    re.compile(
        r"follow\s+(?:us|me|him|her|them|\S+)\s+on\s+(?:twitter|facebook|instagram|linkedin|x|"
        r"threads|bluesky|youtube|tiktok|mastodon)\b|follow\s+@",
        re.IGNORECASE,
    ),
    # Breadcrumbs: "Home > Opinion > Columns", "News » World » Asia"
    re.compile(r"[^>»›]{1,30}(?: [>»›] [^>»›]{1,30}){2,}$"),
)
"""Patterns a boilerplate line *starts* with (checked only on lines up to ``BOILERPLATE_MAX``)."""

BOILERPLATE_ENDINGS = ("all rights reserved",)
"""Endings that make a short line boilerplate ("Copyright The Herald. All rights reserved.")."""

BOILERPLATE_MAX = 120
"""Longer lines are never boilerplate: a sentence that mentions "read more" is body text."""

TAIL_LABELS = frozenset({"about the author", "about the authors", "about the writer"})
"""Labels standing before the closing bios, dropped there."""

# --- Headlines and genres --------------------------------------------------------------------

GENRE_LABELS: dict[str, Genre] = {
    "opinion": Genre.OPINION,
    "op-ed": Genre.OPINION,
    "oped": Genre.OPINION,
    "commentary": Genre.OPINION,
    "column": Genre.COLUMN,
    "columns": Genre.COLUMN,
    "editorial": Genre.EDITORIAL,
    "editorials": Genre.EDITORIAL,
    "letter": Genre.LETTER,
    "letters": Genre.LETTER,
    "letter to the editor": Genre.LETTER,
    "letters to the editor": Genre.LETTER,
    "analysis": Genre.ANALYSIS,
    "news analysis": Genre.ANALYSIS,
    "news": Genre.NEWS,
    "review": Genre.REVIEW,
}
"""A bracket (``[Editorial] ...``), pipe part (``... | Editorial``) or kicker naming a genre."""

GENRE_WRITTEN: dict[Genre, str] = {
    Genre.OPINION: "Opinion",
    Genre.COLUMN: "Column",
    Genre.EDITORIAL: "Editorial",
    Genre.LETTER: "Letter to the Editor",
    Genre.ANALYSIS: "Analysis",
    Genre.NEWS: "News",
    Genre.REVIEW: "Review",
}
"""How the canonical text form writes each genre (a kicker line above the headline)."""

NOT_A_PERSON = frozenset(
    {
        "breaking",
        "exclusive",
        "explainer",
        "feature",
        "graphic",
        "guest",
        "herald",
        "interview",
        "live",
        "newsmaker",
        "photo",
        "podcast",
        "poll",
        "report",
        "series",
        "special",
        "today",
        "update",
        "video",
        "viewpoint",
        "weekender",
        "weekly",
    }
)
"""A word that makes a bracket a rubric, not a columnist (``[Herald Interview] ...``)."""

# --- Bylines ---------------------------------------------------------------------------------

BYLINE_PREFIXES = (
    "opinion by",
    "commentary by",
    "analysis by",
    "written by",
    "story by",
    "words by",
    "by",
)
"""Words that open a byline, followed by a space or a colon (longest first)."""

SIGNATURE_DASHES = ("——", "—", "―", "–", "--")
"""A dash opening a signature line (``— Jane Roe``), as letters and some columns end."""

BYLINE_ROLES = (
    "opinion contributor",
    "guest columnist",
    "guest contributor",
    "contributing columnist",
    "contributing writer",
    "columnist",
    "contributor",
    "staff writer",
)
"""A role after the names (``Jane Roe, opinion contributor``); the role goes to each author."""

NAME_SEPARATORS = re.compile(r",\s+and\s+|\s+and\s+|\s+&\s+|;\s+|,\s+")
"""Between names in a byline: ``A, B and C``, ``A & B``."""

NAME_SUFFIXES = frozenset(
    {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "phd", "ph.d.", "md", "m.d."}
)
"""A part after a comma that belongs to the previous name (``Martin Luther King, Jr.``)."""

NAME_PARTICLES = frozenset(
    {
        "al",
        "bin",
        "da",
        "das",
        "de",
        "del",
        "della",
        "den",
        "der",
        "di",
        "dos",
        "du",
        "el",
        "ibn",
        "la",
        "le",
        "ter",
        "van",
        "von",
    }
)
"""Lower-case words that may stand inside a name (``Ursula von der Leyen``)."""

NAME_MAX_WORDS = 5
NAME_MAX_CHARS = 60
BYLINE_MAX = 200
"""Longer lines are never bylines."""

NOT_AN_AUTHOR = frozenset(
    {
        "afp",
        "agencies",
        "ap",
        "associated press",
        "bloomberg",
        "editorial board",
        "herald staff",
        "reuters",
        "staff",
        "staff reporter",
        "staff writer",
        "the associated press",
        "the editorial board",
        "yonhap",
    }
)
"""Credits that name an organisation or a desk, not a person: the line is a byline, no author."""

# --- Dates -----------------------------------------------------------------------------------

DATE_LABEL = re.compile(
    r"\b(first\s+published|last\s+updated|last\s+modified|published|posted|updated|modified|date)"
    r"(?:\s+on)?\s*:?\s*",
    re.IGNORECASE,
)
"""A label before a date (``Published : Nov 29, 2019``); a line may hold several."""

UPDATED_LABELS = frozenset({"last updated", "last modified", "updated", "modified"})
"""Labels whose date is the update time; every other label gives the publication time."""

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
"""Month names: an unlabelled line is a date only if it names a month or reads ``2019-11-29``."""

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
YEAR = re.compile(r"\d{4}")
DATE_MAX = 80
"""Longer lines are never date lines."""

ZONES: dict[str, timezone] = {
    name: timezone(timedelta(hours=hours), name)
    for name, hours in {
        "UTC": 0,
        "GMT": 0,
        "EST": -5,
        "EDT": -4,
        "CDT": -5,
        "MST": -7,
        "MDT": -6,
        "PST": -8,
        "PDT": -7,
        "KST": 9,
        "JST": 9,
        "HKT": 8,
        "SGT": 8,
        "CET": 1,
        "CEST": 2,
        "AEST": 10,
        "AEDT": 11,
    }.items()
}
"""Zone abbreviations a date line may state. Ambiguous ones (CST, IST, BST) are left out: a time
in an unknown zone keeps only its day, because opedkit never invents a timezone."""

# --- Bios, disclaimers -----------------------------------------------------------------------

BIO_VERBS = frozenset(
    "is was are were writes wrote teaches taught serves served works worked directs directed "
    "leads led heads headed covers covered chairs chaired holds held has had lives founded "
    "co-founded edits edited researches studies studied specializes specialises previously "
    "formerly currently also".split()
)
"""Words that follow a name at the start of a bio (``Ted Gover writes on ...``)."""

BIO_APPOSITIVES = frozenset({"a", "an", "the", "who", "former"})
"""Words after ``Name,`` that start a bio (``Jane Roe, a professor at ...``)."""

WRITER_PHRASES = (
    "the writers",
    "the writer",
    "the authors",
    "the author",
    "the columnist",
    "the contributor",
)
"""A bio that names no one (``The writer is ...``): it belongs to the only author, or with a
plural phrase (``The writers are ...``) to every author."""

PLURAL_WRITER_PHRASES = frozenset({"the writers", "the authors"})

BULLETS = ("• ", "· ", "▪ ", "■ ", "* ", "- ")
"""A bullet before a bio (``• Jane Roe is ...``), removed from it."""

EDITORS_MARK = re.compile(r"(?<![\w-])(?:--|—|–|-)\s*Ed\.?$")
"""The editor's mark closing a bio (``... University. -- Ed.``)."""

ABOUT = "About "
"""The canonical text form's explicit bio: ``About Jane Roe: <bio>``."""

ROLE_AT = re.compile(
    r"\b(?:(?:is|was|serves as|works as)\s+(?:an?|the)|are|were)\s+(?P<role>[^.,;:()]{2,80}?)"
    r"\s+(?:at|with)\s+(?:the\s+)?(?P<org>[A-Z][^.,;:()]{0,100})"
)
"""``is the director of X at Claremont Graduate University``: role and affiliation."""

ROLE_ONLY = re.compile(r"\b(?:is|was)\s+(?:an?|the)\s+(?P<role>[^.,;:()]{2,60})[.,;]")
"""``is a columnist for The Korea Herald.``: a role without an "at" affiliation."""

ROLE_MAX_WORDS = 8

ORG_CONNECTORS = frozenset({"of", "for", "and", "&", "the", "de", "in", "on", "at"})
"""Lower-case words allowed inside an organisation's name."""

DISCLAIMER_CUES = (
    "the views expressed",
    "the opinions expressed",
    "the views and opinions expressed",
    "views expressed",
    "opinions expressed",
    "the views in this",
    "the opinions in this",
    "this article reflects the",
    "the content of this article",
)
"""How a disclaimer paragraph starts."""

DISCLAIMER_LABEL = "disclaimer:"
"""An explicit label, removed from the stored disclaimer."""

EDITORS_NOTE = ("editor's note:", "editor’s note:", "editors' note:", "editors’ note:")
EDITORS_NOTE_DISCLAIMS = ("views expressed", "opinions expressed")
"""An editor's note is kept as the disclaimer when it says whose views these are."""

# --- Section headings ------------------------------------------------------------------------

HEADING_MAX = 80
HEADING_MAX_WORDS = 12
HEADING_FINAL = ".,;:!?…"
"""A title-like heading ends without these (an ALL-CAPS heading may end with ? or !)."""

SENTENCE_END = '.!?…"”’)'
"""A paragraph standing before a title-like heading ends with one of these."""
