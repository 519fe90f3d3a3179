"""Op-ed conventions as data: every cue word, label and line pattern the readers recognise.

This is the one place to read (and extend) why a line was taken for a byline, a date, a bio,
a disclaimer or boilerplate. The functions that apply these cues live in ``_recognisers``;
nothing here does any work. Words are compared case-insensitively (``str.casefold``) unless
a note says so. (The claim extractor's words are its own, in ``_claim_cues``.)
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

AD_LABELS = frozenset(
    # Whole lines that only label an ad slot, in the languages news pages most often use.
    {
        "ad", "advert", "advertisement", "advertising", "sponsored", "sponsored content",
        "anzeige", "werbung", "publicité", "publicidad", "publicidade", "pubblicità", "reclame",
        "advertentie", "reklama", "reklam", "iklan", "quảng cáo", "広告", "广告", "광고",
    }
)  # fmt: skip
"""Lines dropped wherever they stand in the article, like ``BOILERPLATE_LINES``."""

AD_LABEL_TRIM = " -–—:|·•"
"""Decoration around an ad slot's label in a page's body ("- Anzeige -", "· Advertisement ·")."""
CREDIT_LINE_MAX = 100
"""The longest line above an article's body read as its credit ("By Jane Roe | Staff")."""
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

BYLINE_WRITTEN = "By "
PUBLISHED_WRITTEN = "Published: "
UPDATED_WRITTEN = "Updated: "
DISCLAIMER_WRITTEN = "Disclaimer: "
"""How the canonical text form opens its byline, date and disclaimer lines (``By \\Name``: one
name as written)."""

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
"""Words in a page's stated section name (matched whole, first match wins)."""

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

TITLE_KICKERS = frozenset({"opinion", "editorial", "analysis", "commentary", "op-ed", "review"})
"""Section names some sites put before the headline in a page's stated title."""

EDITORIAL_CREDITS = frozenset(
    {
        "editorial", "editorials", "editorial board", "the editorial board", "editorial staff",
        "the editors", "our view", "the board", "editorial desk",
    }
)  # fmt: skip
"""Credits (without "By") that mark the publication's own unsigned view: Genre.EDITORIAL."""

# --- Bylines and names -----------------------------------------------------------------------

BYLINE_OPENERS: dict[str, frozenset[str]] = {
    "": frozenset({"by"}),
    "de": frozenset({"von"}),
    "fr": frozenset({"par"}),
    "es": frozenset({"por"}),
    "pt": frozenset({"por"}),
    "it": frozenset({"di"}),
    "nl": frozenset({"door"}),
    "sv": frozenset({"av"}),
    "nb": frozenset({"av"}),
    "da": frozenset({"af"}),
    "id": frozenset({"oleh"}),
}
"""The word a byline opens with, followed by a space or a colon, by language (``""``: every
language). Outside ``""`` a word opens a byline only in its language: Dutch "door" must not
make "Door Number Three" a byline."""

BYLINE_STARTS = tuple(sorted({f"{w} " for words in BYLINE_OPENERS.values() for w in words}))
"""How a credit line opens in any language, lower case (``"by "``, ``"von "``), for quick
checks of whole lines."""

BYLINE_LEADS = frozenset(
    "opinion commentary analysis written posted reported published story words text photo photos"
    .split()
)  # fmt: skip
"""Words that may stand before the opener (``Opinion by``, ``Written by``, ``Text by``)."""

BYLINE_LABELS = frozenset(
    "text words author authors texte texto testo tekst autor autorin autore auteur текст автор"
    .split()
)  # fmt: skip
"""Labels that open a byline in any language when a colon follows (``Text: Jane Roe``)."""

CREDIT_LEADS = ("about the author ", "about ", "meet ", "more from ", "more by ")
"""Words an author box prints before the name (``About Jane Roe``, ``More from Jane Roe``):
the credit is the name after them (lower-case; compared case-insensitively)."""

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

NAME_JOINERS: dict[str, frozenset[str]] = {
    "": frozenset({"and", "&"}),
    "de": frozenset({"und"}),
    "fr": frozenset({"et"}),
    "es": frozenset({"y"}),
    "pt": frozenset({"e"}),
    "it": frozenset({"e"}),
    "ca": frozenset({"i"}),
    "ru": frozenset({"и"}),
}
"""Words between two names (``Ann Lee and Bo Chan``); commas, semicolons and ``|`` too. A
joiner that is also a name particle ("y") before a single word joins a compound surname
(``José da Silva y Pérez``)."""

NAME_ENDINGS = frozenset({"for", "on", "in", "at", "published", "posted", "updated"})
"""Words after a name in a credit (``Jane Roe for The Herald``, ``Jane Roe in Seoul``); a dash,
``|``, ``·``, ``•``, ``/`` or ``@`` ends a name too."""

NAME_SUFFIXES = frozenset(
    {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "phd", "ph.d.", "md", "m.d."}
)
"""A part after a comma that belongs to the previous name (``Martin Luther King, Jr.``)."""

NAME_PARTICLES = frozenset(
    "al bin da das de del della den der di dos du el ibn la le ter van von y".split()
)
"""Lower-case words that may stand inside a name (``Ursula von der Leyen``, ``José da Silva y
Pérez``), never first."""

NAME_MAX_WORDS = 5
NAME_MAX_CHARS = 60
BYLINE_MAX = 200
"""Longer lines are never bylines."""

NON_PERSON_WORDS = frozenset(
    """
    staff editorial editor editors board team desk bureau newsroom news wire wires services
    service agency agencies press associated reuters afp ap pti ians upi dpa ani bloomberg yonhap
    admin administrator webmaster contributor contributors correspondent correspondents reporter
    writer guest media magazine online digital network group inc ltd llc corp company tv radio
    daily weekly times post journal herald tribune gazette source sources unknown anonymous
    redaction redaktion redação redazione redacción sponsored partner email follow view profile
    posts more share twitter facebook instagram linkedin opinion column contributing senior
    special updated published the topic topics monday tuesday wednesday thursday friday
    saturday sunday today yesterday images image photo photos video illustration graphics credit
    courtesy getty shutterstock agence presse cnn bbc breaking exclusive explainer feature
    graphic interview live newsmaker podcast poll report series update viewpoint weekender
    managing director directors officer chief founder cofounder ceo cto cfo coo vp manager
    coordinator specialist consultant strategist analyst reviewer columnist expert attorney
    lawyer representative candidate dietitian nutritionist licensed mvp journalism marketing
    bio written sign login clinic foundation institute hospital solutions rankings lifestyle
    tips strategy development shopping financial devops congress official
    courier chronicle telegraph examiner sentinel inquirer bulletin dispatch store shop
    strategies studio studios photography dentistry hotel hotels resort resorts restaurant
    """.split()
)
"""Words that never occur in a person's name: agencies, desks, roles, site accounts, rubrics, UI
text. A credit holding one (as a whole word) names no person ("By Reuters", "Herald Staff"),
and a bracket holding one is a rubric, not a columnist (``[Herald Interview] ...``)."""

ORGANISATION_FILLERS = frozenset({"the", "of", "and", "&"})
"""Small words an organisation's credit may hold in lower case (``The Associated Press``)."""

NAME_ARTICLES = frozenset({"A", "An"})
"""Capitalised articles that never open a name (compared as written)."""

ACCOUNT_MARKS = ("admin",)
"""Parts of site account names ("admin", "jdadmin", "siteadmin") that are never people."""

# --- Dates -----------------------------------------------------------------------------------

PUBLISHED_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("first published", "published", "posted", "date"),
    "de": ("veröffentlicht", "erschienen"),
    "fr": ("publié",),
    "es": ("publicado",),
    "pt": ("publicado",),
    "it": ("pubblicato",),
    "nl": ("gepubliceerd",),
}
UPDATED_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("last updated", "last modified", "updated", "modified"),
    "de": ("aktualisiert",),
    "fr": ("mis à jour",),
    "es": ("actualizado",),
    "pt": ("atualizado",),
    "it": ("aggiornato",),
    "nl": ("bijgewerkt",),
}
"""Labels before a date (``Published: Nov 29, 2019``, ``Aktualisiert am 29.11.2019``); an
update label's date is the update time. ``on``/``am``/``le``/``el``/``em``/``il``/``op`` may
follow the label."""

LABEL_LINKS = frozenset({"on", "am", "le", "el", "em", "il", "op", "at"})
"""Small words between a date label and its date."""

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            "jan january janeiro enero gennaio janvier januar januari jänner января",
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
"""Month names as papers print them (lower case), one line per month: English, Portuguese,
Spanish, Italian, French, German, Dutch, Indonesian abbreviations and full names, and Russian
genitives ("24 сентября 2018")."""

MONTH_WORDS = frozenset({"may", "mar", "mars"})
"""Month names that are also English words ("may", "scandals mar", "Mars"): no month by
themselves, and no abbreviation a period may follow inside a sentence."""

WEEKDAYS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
    sat sun montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi
    jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo lunedì
    martedì mercoledì giovedì venerdì sabato domenica maandag dinsdag woensdag donderdag vrijdag
    zaterdag zondag segunda terça quarta quinta sexta feira
    """.split()
)
"""Weekday names a date line may print before the day (``Friday, Nov. 29, 2019``)."""

TIME_WORDS = frozenset(
    {"at", "um", "à", "às", "a", "alle", "om", "uhr", "h", "am", "pm", "a.m.", "p.m."}
)
"""Words around a time of day in a date line (``29.11.2019 um 16:05 Uhr``)."""

_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\.?"
_MONTH = r"(?P<m>[^\W\d_]{3,10})\.?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
PRINTED_DAYS = (
    re.compile(r"\b(?P<y>(?:19|20)\d\d)([-/.])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)\b"),
    re.compile(r"(?P<y>(?:19|20)\d\d)\s*[년年]\s*(?P<m>[01]?\d)\s*[월月]\s*(?P<d>[0-3]?\d)[일日]?"),
    re.compile(rf"\b{_DAY}\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\s+[0-2]?\d:[0-5]\d\s+{_YEAR}\b"),
)
"""A day as papers print it: ``2019-11-18`` (or with ``/`` or ``.``), ``2018년 8월 25일``,
``18 Nov 2019``, ``29. November 2019``, ``20 de setembro de 2018``, ``Nov. 18, 2019``,
``November 20 15:23 2019``; the month must be a name in :data:`MONTHS`."""

NUMERIC_DAY = re.compile(r"\b([0-3]?\d)[./]([0-3]?\d)[./]((?:19|20)?\d\d)\b")
"""``27/09/2018``, ``18.11.2019`` or ``11/19/19``: both orders of day and month are read; a
reading that is no valid day drops out."""

YEARLESS_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}(?!\d|,?\s*(?:19|20)\d\d)")
"""``Nov 18`` with no year: read only where a year is known from elsewhere."""

EARLIEST_YEAR = 1990
LATEST_YEAR = 2100
"""Years outside this range are placeholders (``0001-01-01``), not dates."""

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

# --- Languages -------------------------------------------------------------------------------

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to is that in it was for are with".split()),
    "de": frozenset("der die und das ist nicht ein eine zu den mit sich auch".split()),
    "fr": frozenset("le la les et est des une pas que du dans pour".split()),
    "es": frozenset("el los las y que es una del por con para se".split()),
    "pt": frozenset("os as que não uma do da em para com se é".split()),
    "it": frozenset("il che della non una gli per è di sono con le".split()),
    "nl": frozenset("het een van en niet dat is op zijn voor met de".split()),
    "sv": frozenset("och att det som är inte för med på av".split()),
    "da": frozenset("og at det som er ikke for med på af".split()),
    "nb": frozenset("og at det som er ikke for med på av".split()),
    "id": frozenset("yang dan di itu dengan untuk tidak ini dari dalam".split()),
}
"""Frequent short words of each language whose byline openers are language-bound, to tell the
language of a text that does not state it."""

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

ABOUT_ORDINAL = re.compile(r"(?: \(([1-9]\d?)\))?: ")
"""After ``About Name``: the colon, or which of several authors so named (``About Jane Roe
(2): <bio>``)."""

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

ROLE_WORDS = frozenset(
    """
    editor editors writer writers reporter reporters correspondent correspondents columnist
    columnists contributor contributors journalist journalists author blogger producer
    photographer critic reviewer host anchor presenter analyst economist researcher scientist
    scholar historian professor lecturer fellow student director chair chairman chairwoman
    president founder cofounder co-founder ceo cto cfo coo officer manager coordinator
    specialist consultant strategist advisor adviser expert attorney lawyer physician doctor
    nurse dietitian nutritionist therapist trainer coach engineer developer designer architect
    intern associate assistant lead head chief partner secretary minister ambassador
    commissioner senator representative
    """.split()
)
"""Words that make the part of a byline after a name a role (``Jane Roe, Senior Editor``),
compared case-insensitively as whole words; with ``ROLE_QUALIFIERS``, the lower-case words a
role may hold (``opinion contributor``, ``senior staff writer``)."""

ROLE_QUALIFIERS = frozenset(
    """
    senior staff contributing guest opinion deputy executive managing freelance special
    digital news sports political science health business travel food culture features
    former visiting adjunct principal general regional national international foreign
    """.split()
)

NOT_ROLE_WORDS = frozenset(
    {"posts", "view", "profile", "follow", "more", "articles", "read", "see"}
)
"""Link and button words beside a name ("Author Posts", "View Profile"): such text is no role."""

CREDIT_ONLY_ROLES = frozenset({"author", "authors", "by", "written by"})
"""Labels that only say the name is the author's: no role of their own."""

ROLE_LINK = re.compile(r"\s+(?:at|with|for)\s+(?:the\s+)?(?=[A-Z])")
"""Between a role and where it is held in a credit (``Senior Editor at The Example Times``)."""

AFFILIATION_WORDS = frozenset(
    """
    press associated reuters afp ap pti ians upi dpa ani bloomberg yonhap cnn bbc agence presse
    news media magazine network group inc ltd llc corp company tv radio daily weekly times post
    journal herald tribune gazette courier chronicle telegraph examiner sentinel inquirer
    bulletin dispatch review observer guardian standard express independent globe star
    university college institute institution foundation hospital clinic school academy centre
    center council association society agency bureau ministry department
    """.split()
)
"""Words that make the part of a byline after a name an affiliation (``Jane Roe, The Example
Times``, ``Ann Lee, Lowland University``): publications, agencies and institutions."""

CREDIT_DETAIL_MAX = 80
"""A role or affiliation printed after a name is a short phrase; longer text is something else."""

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

# --- Page kinds (appended by the HTML body reader; the rest of this module is the metadata's) --

PAGE_KINDS_WRITTEN: dict[Genre, str] = {
    Genre.FORUM: "Forum page",
    Genre.LISTING: "Listing page",
    Genre.COLLECTION: "Collection page",
    Genre.PRODUCT: "Product page",
    Genre.DOCUMENTATION: "Documentation page",
    Genre.SERVICE: "Service page",
}
"""How the canonical text form writes the genre of a page that is not an article (a kicker
line, read back as a label): worded so that no article's kicker is taken for one."""

GENRE_WRITTEN.update(PAGE_KINDS_WRITTEN)
GENRE_LABELS.update({written.casefold(): genre for genre, written in PAGE_KINDS_WRITTEN.items()})
