"""Read what a page says about its article: title, authors, dates, publisher, language, genre.

Each field is gathered from the sources a page states it in, the most reliable first (JSON-LD,
then OpenGraph and other meta tags, microdata, then the visible page), and then checked against
what a reader sees:

- **title**: the visible headline element that best matches the stated titles (JSON-LD
  ``headline``, ``og:title``, ``<title>``); when none matches, the stated title without its
  site-name suffix.
- **authors**: people only. Names stated in JSON-LD or meta tags are confirmed by a visible byline
  (which also supplies co-authors the metadata leaves out); without structured names, the first
  byline outside comments and sidebars. Agencies, desks, "Staff" and site accounts are not people:
  they become the publisher when none is stated.
- **published**: the day the page shows, in its own time zone. A stated time keeps its offset and
  is returned as an aware ``datetime`` when the visible page agrees with its day. A day the page
  prints (by vote of its date elements) within two days of the stated time but different from it
  wins, as a ``date``: UTC timestamps of evening stories name the next day and some pages
  mislabel their offsets. Without a printed day, a UTC timestamp yields to a local time stated
  elsewhere or to the URL's day when they are one day apart. No time zone is ever invented.
- **publisher, language, genre, tags, url**: JSON-LD and meta tags, ``<html lang>``, the
  article type, an "Editorial" credit, the section or the URL path; the canonical URL.

Every cue list lives in :mod:`._metadata_dom`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from datetime import date, datetime, timedelta
from itertools import islice
from typing import Any
from urllib.parse import urljoin, urlsplit

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from .. import _recognisers as recognise
from .. import _vocabulary as vocab
from .._blocks import Hints
from .._clean import clean
from .._model import LANGUAGE_PATTERN, Author, Genre
from . import _metadata_dom as dom
from ._jsonld import JsonLd, Scripts, read_jsonld, types

__all__ = ["read_metadata"]

_WORD = re.compile(r"\w+")
_Sites = tuple[frozenset[str], frozenset[str]]
"""Every name of the site (stated and of its host), and those the page states, squashed."""
_MIN_TITLE_MATCH = 0.6
"""How alike (Dice over word sets) a visible headline and a stated title must be."""
_MIN_MAIN_H1_MATCH = 0.3
"""The same for the ``h1`` of the ``<article>``/``<main>``: sites reword og:title freely."""
_HAS_DIGIT = re.compile(r"\d")
_RAW_SLACK = 6
_LANGUAGE = re.compile(LANGUAGE_PATTERN)
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_MODIFIER = re.compile(r"(?:__|--)\S*")
_MARK_WORD = re.compile(r"[a-z]+")
# A cue at the start of a class word: "post-comments" and "comment_list" hold "comment".
_NOT_ARTICLE = re.compile(rf"(?<![a-z])(?:{'|'.join(dom.NOT_BYLINE_CONTAINERS)})")
_NOT_LAYOUT = re.compile(
    rf"(?<![a-z])(?:{'|'.join(sorted(set(dom.NOT_BYLINE_CONTAINERS) - dom.LAYOUT_CONTAINERS))})"
)
_BIO_BOX = re.compile(rf"(?<![a-z])(?:{'|'.join(dom.BIO_BOX_WORDS)})(?![a-z])")
_PUBLISHED_META = frozenset(dom.PUBLISHED_META)
_UPDATE_LABELS = tuple(label for labels in vocab.UPDATED_LABELS.values() for label in labels)
_UPDATE_WORDS = (dom.UPDATE_CLASS_WORD, *_UPDATE_LABELS)
"""A date element whose class or text starts with these shows the update, not publication."""
_UPDATE_LABEL = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _UPDATE_LABELS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


class _Memo:
    """What one reading of a page has already worked out about its elements, by ``mem_id``:
    short texts, whether an element sits outside the article, the header blocks' texts, class
    and id marks. Date
    and byline elements are asked about several times (labelled, voted, in a second pass with
    the layout's containers); each answer is computed once."""

    def __init__(self) -> None:
        self.texts: dict[tuple[int, int, str], str] = {}
        self.outside: dict[tuple[int, frozenset[int], bool], bool] = {}
        self.headers: dict[int, list[tuple[str, str]]] = {}
        self.marks: dict[int, str] = {}


_MEMO: ContextVar[_Memo | None] = ContextVar("opedkit_html_metadata_memo", default=None)
"""The memo of the reading in progress (each thread has its own); ``None`` outside one."""


def read_metadata(tree: LexborHTMLParser, url: str | None, scripts: Scripts | None = None) -> Hints:
    """Everything ``tree`` states about its article, as clean, valid :class:`Hints`
    (``scripts``: its JSON-LD scripts, when the caller has already found them)."""
    token = _MEMO.set(_Memo())
    try:
        return _read_metadata(tree, url, scripts)
    finally:
        _MEMO.reset(token)


def _read_metadata(tree: LexborHTMLParser, url: str | None, scripts: Scripts | None) -> Hints:
    meta = _meta_map(tree)
    canonical = _canonical(tree, meta, url)
    ld = read_jsonld(tree, canonical or url, scripts)
    page_url = canonical or _http_url(_text(ld.get("url")), url) or _http_url(url, None)
    stated_sites = _stated_site_names(meta, ld)
    sites = _site_names(stated_sites, page_url)
    title, headline = _title(tree, meta, ld, sites)
    language = _language(tree, meta, ld)
    authors, organisations = _authors(
        tree, meta, ld, (sites, stated_sites), page_url, headline=headline, language=language
    )
    publisher = _publisher(meta, ld) or (organisations[0] if organisations else None)
    published, updated = _dates(tree, meta, ld, page_url, headline)
    return Hints(
        title=title,
        subtitle=_subtitle(ld, title),
        authors=authors,
        published=published,
        updated=updated,
        url=page_url,
        publisher=publisher,
        language=language,
        genre=_genre(meta, ld, page_url, organisations),
        tags=_tags(meta, ld),
    )


# -- small readers ---------------------------------------------------------------------------


def _text(value: Any) -> str | None:
    """Clean text from a JSON-LD or attribute value, or ``None`` when there is none."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    if not isinstance(value, str):
        return None
    return clean(value) or None


def _node_text(node: LexborNode, limit: int = 1000, separator: str = "") -> str:
    memo = _MEMO.get()
    if memo is None:
        return _read_node_text(node, limit, separator)
    key = (node.mem_id, limit, separator)
    found = memo.texts.get(key)
    if found is None:
        found = memo.texts[key] = _read_node_text(node, limit, separator)
    return found


def _read_node_text(node: LexborNode, limit: int, separator: str) -> str:
    """The node's clean text, or ``""`` when it is longer than ``limit`` (a container, not a
    headline, byline or date); raw text up to ``_RAW_SLACK`` times that is cleaned before it is
    measured (indented markup pads a short byline with runs of spaces).
    A ``separator`` goes between the texts of its elements."""
    raw = node.text(deep=True, separator=separator)
    if len(raw) > _RAW_SLACK * limit:
        return ""
    text = clean(raw)
    return text if len(text) <= limit else ""


def _meta_map(tree: LexborHTMLParser) -> dict[str, str]:
    """``<meta>`` content by lower-case ``property``/``name``/``itemprop``; the first one wins."""
    found: dict[str, str] = {}
    for node in (tree.head or tree.root or tree).css("meta[content]"):
        attributes = node.attributes
        content = clean(attributes.get("content") or "")
        if not content:
            continue
        for key in ("property", "name", "itemprop", "http-equiv"):
            name = attributes.get(key)
            if name:
                found.setdefault(name.strip().lower(), content)
    return found


def _http_url(value: str | None, base: str | None) -> str | None:
    """``value`` as an absolute http(s) URL (resolved against ``base``), else ``None``."""
    if not value:
        return None
    value = value.strip()
    if base is not None:
        try:
            value = urljoin(base, value)
        except ValueError:
            return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return None if _SPACE_OR_CONTROL.search(value) else value


def _canonical(tree: LexborHTMLParser, meta: dict[str, str], url: str | None) -> str | None:
    """The URL the page states for itself (``rel=canonical``, ``og:url``), made absolute."""
    link = (tree.head or tree.root or tree).css_first("link[rel=canonical][href]")
    for value in (link.attributes.get("href") if link is not None else None, meta.get("og:url")):
        found = _http_url(value, url)
        if found is not None:
            return found
    return None


def _stated_site_names(meta: dict[str, str], ld: JsonLd) -> frozenset[str]:
    """The names the page states for its site, squashed to lower-case letters and digits; a
    publisher that JSON-LD types as a person (a personal blog's owner) names no site."""
    names = {meta.get("og:site_name"), meta.get("application-name"), meta.get("twitter:site")}
    publisher = ld.resolve(ld.get("publisher"))
    if not (isinstance(publisher, dict) and types(publisher) & dom.PERSON_TYPES):
        names.add(_text(publisher))
    return frozenset(
        squashed for name in names if name and len(squashed := recognise.squash(name)) >= 2
    )


def _site_names(stated: frozenset[str], page_url: str | None) -> frozenset[str]:
    """The site's names, squashed, for comparisons: those stated and those of its host."""
    names: set[str | None] = set(stated)
    if page_url is not None:
        host = (urlsplit(page_url).hostname or "").removeprefix("www.")
        names.add(host)
        names.add(host.split(".")[0])
    return frozenset(
        squashed for name in names if name and len(squashed := recognise.squash(name)) >= 2
    )


def _site_account(name: str, sites: _Sites, *, person: bool = False, alone: bool = False) -> bool:
    """Whether a credited ``name`` is the site rather than a person. A person's name of two
    or more words that only resembles the site (``Rick Steves`` on ricksteves.com) is the
    person; so is the very name the site states for itself when the page calls it a
    ``person`` or it is the only credit (``alone``: a blog named after its owner), but not
    beside another author ("By Jane Roe, Lowland Post"). A site name with an organisation
    word ("Lowland Courier", "Myles Katherine Photography") is no name: always the site."""
    every, stated = sites
    if not _names_site(name, every):
        return False
    if " " in name and recognise.is_name(name):
        return not (person or alone) and recognise.squash(name) in stated
    return True


def _publisher(meta: dict[str, str], ld: JsonLd) -> str | None:
    return _text(ld.get("publisher")) or _text(meta.get("og:site_name"))


def _language(tree: LexborHTMLParser, meta: dict[str, str], ld: JsonLd) -> str | None:
    html = tree.root
    stated = (
        html.attributes.get("lang") if html is not None else None,
        meta.get("content-language"),
        meta.get("og:locale"),
        _text(ld.get("inLanguage")),
    )
    for value in stated:
        if value:
            tag = value.strip().replace("_", "-")
            if _LANGUAGE.fullmatch(tag):
                return tag
    return None


def _genre(
    meta: dict[str, str], ld: JsonLd, page_url: str | None, credits: list[str]
) -> Genre | None:
    """What the page says the piece is: its JSON-LD type, an unsigned editorial's credit, its
    section, or its URL path."""
    if ld.article is not None:
        for kind in types(ld.article):
            if kind in dom.TYPE_GENRES:
                return dom.TYPE_GENRES[kind]
    if any(credit.casefold() in vocab.EDITORIAL_CREDITS for credit in credits):
        return Genre.EDITORIAL
    sections = [meta.get("article:section"), _text(ld.get("articleSection"))]
    for section in sections:
        if section:
            words = f" {' '.join(_WORD.findall(section.casefold()))} "
            for cue, genre in vocab.SECTION_GENRES:
                if f" {cue} " in words:
                    return genre
    if page_url is not None:
        for segment in urlsplit(page_url).path.lower().split("/")[:-1]:
            if segment in vocab.PATH_GENRES:
                return vocab.PATH_GENRES[segment]
    return None


def _tags(meta: dict[str, str], ld: JsonLd) -> tuple[str, ...]:
    keywords = ld.get("keywords")
    if isinstance(keywords, str):
        keywords = keywords.split(",")
    if not isinstance(keywords, list):
        keywords = (meta.get("news_keywords") or meta.get("keywords") or "").split(",")
    tags: dict[str, None] = {}
    for keyword in keywords:
        tag = _text(keyword)
        if tag and len(tag) <= dom.MAX_TAG and not any(mark in tag for mark in dom.NOT_TAG):
            tags.setdefault(tag)
    return tuple(tags)


def _subtitle(ld: JsonLd, title: str | None) -> str | None:
    """JSON-LD ``alternativeHeadline`` when it says more than the title."""
    subtitle = _text(ld.get("alternativeHeadline"))
    if subtitle is None or title is None:
        return subtitle
    return None if _similarity(_tokens(subtitle), _tokens(title)) >= 0.6 else subtitle


# -- ancestry --------------------------------------------------------------------------------


def _ancestors(node: LexborNode) -> Iterator[LexborNode]:
    current: LexborNode | None = node
    while current is not None and current.tag not in ("body", "html"):
        yield current
        current = current.parent


def _marks(node: LexborNode) -> str:
    """``node``'s class and id in lower case, without BEM modifiers.

    ``comment-list__item`` keeps "comment-list"; the part after ``__`` or ``--`` is a modifier
    (``header--simple-navigation`` is a header, not navigation). Containers are asked about
    by every element inside them: each answer is kept in the reading's memo."""
    memo = _MEMO.get()
    if memo is None:
        return _read_marks(node)
    found = memo.marks.get(node.mem_id)
    if found is None:
        found = memo.marks[node.mem_id] = _read_marks(node)
    return found


def _read_marks(node: LexborNode) -> str:
    attributes = node.attributes
    marks = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
    return _MODIFIER.sub("", marks.lower()) if len(marks) > 1 else ""


def _has_word(marks: str, words: re.Pattern[str]) -> bool:
    return bool(marks) and words.search(marks) is not None


def _outside_article(
    node: LexborNode, around: frozenset[int] = frozenset(), *, layout: bool = False
) -> bool:
    memo = _MEMO.get()
    if memo is None:
        return _is_outside(node, around, layout=layout)
    key = (node.mem_id, around, layout)  # the set itself: an id could be reused by a later set
    found = memo.outside.get(key)
    if found is None:
        found = memo.outside[key] = _is_outside(node, around, layout=layout)
    return found


def _is_outside(node: LexborNode, around: frozenset[int], *, layout: bool) -> bool:
    """Whether ``node`` sits in a comment thread, sidebar, related list, menu or form.

    The walk up stops at the enclosing ``<article>`` or ``<main>``, or at an element that also
    holds the headline (``around``: their ``mem_id``): what holds the article is often named
    after the page layout ("penci_sidebar", "story-sidebar-mode"), not after what it contains.
    With ``layout``, a sidebar, widget, footer or ``<aside>`` on the way up is passed when the
    walk then reaches one of those before any other mark.
    """
    passed = False
    for ancestor in _ancestors(node):
        if ancestor.mem_id in around:
            return False
        tag = ancestor.tag
        if tag in dom.NOT_BYLINE_TAGS:
            if layout and tag in dom.LAYOUT_CONTAINERS:
                passed = True
                continue
            return True
        marks = _marks(ancestor)
        if _has_word(marks, _NOT_ARTICLE):
            if layout and not _has_word(marks, _NOT_LAYOUT):
                passed = True
                continue
            return True
        if tag in ("article", "main"):
            return False
    return passed


def _around(headline: LexborNode | None) -> frozenset[int]:
    """The elements that hold the headline, by ``mem_id`` (none without a headline)."""
    if headline is None or headline.parent is None:
        return frozenset()
    return frozenset(ancestor.mem_id for ancestor in _ancestors(headline.parent))


def _in_main(node: LexborNode) -> bool:
    return any(
        ancestor.tag in ("article", "main") or ancestor.attributes.get("role") == "main"
        for ancestor in _ancestors(node)
    )


# -- title -----------------------------------------------------------------------------------


def _tokens(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _similarity(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _without_site(title: str, sites: frozenset[str]) -> str:
    """``title`` without a leading or trailing part that names the site, or a leading section
    kicker ("Opinion | ...")."""
    for separator in dom.TITLE_SEPARATORS:
        if separator not in title:
            continue
        head, _, tail = title.rpartition(separator)
        if _names_site(tail, sites) and head:
            return _without_site(head, sites)
        first, _, rest = title.partition(separator)
        if (_names_site(first, sites) or first.casefold() in vocab.TITLE_KICKERS) and rest:
            return _without_site(rest, sites)
    return title


def _names_site(part: str, sites: frozenset[str]) -> bool:
    squashed = recognise.squash(part)
    return bool(squashed) and any(
        squashed == site
        or (len(squashed) >= 4 and squashed in site)
        or (site in squashed and len(squashed) <= len(site) + 8)
        for site in sites
    )


def _title(
    tree: LexborHTMLParser, meta: dict[str, str], ld: JsonLd, sites: frozenset[str]
) -> tuple[str | None, LexborNode | None]:
    """The visible headline and its element, else the stated title without the site name."""
    title_node = (tree.head or tree.root or tree).css_first("title")
    stated = [
        _text(ld.get("headline")),
        meta.get("og:title"),
        meta.get("twitter:title"),
        _node_text(title_node) if title_node is not None else None,
    ]
    stated_titles = [_without_site(title, sites) for title in stated if title]
    stated_tokens = [_tokens(title) for title in stated_titles]
    best: tuple[float, str, LexborNode] | None = None
    for node in tree.css(dom.HEADLINE_SELECTOR):
        text = _node_text(node, 300)
        if len(text) < 3:
            continue
        words = _tokens(text)
        match = max((_similarity(words, other) for other in stated_tokens), default=0.0)
        main_h1 = node.tag == "h1" and _in_main(node)
        if stated_tokens and match < (_MIN_MAIN_H1_MATCH if main_h1 else _MIN_TITLE_MATCH):
            continue
        score = match
        score += 0.2 if node.tag == "h1" else 0.0
        score += 0.2 if node.attributes.get("itemprop") == "headline" else 0.0
        score += 0.1 if main_h1 else 0.0
        score -= 0.5 if _outside_article(node) else 0.0
        if best is None or score > best[0]:
            best = (score, text, node)
    if best is not None:
        return best[1], best[2]
    return (stated_titles[0] if stated_titles else None), None


# -- authors ---------------------------------------------------------------------------------


@attrs.frozen
class _Stated:
    """A person the page's JSON-LD or meta tags name as an author."""

    name: str
    url: str | None = None
    bio: str | None = None
    role: str | None = None
    """JSON-LD ``jobTitle``, or the role stated after the name (``Jane Roe, Senior Editor``)."""
    affiliation: str | None = None
    """JSON-LD ``worksFor``/``affiliation``, or the organisation stated after the name."""
    person: bool = False
    """Whether JSON-LD types the author as a ``Person``."""
    single: bool = False
    """Whether a one-word name is a person's: JSON-LD says so and a meta tag names it too."""


def _names(text: str, sites: frozenset[str], confirmed: Iterable[str] = ()) -> list[str]:
    """The people a byline element's text credits (the shared reading of a credit); one
    letter ("Written by I ...") is no one."""
    names = recognise.credited_names(clean(text), sites, confirmed)
    return [name for name in names if len(name) > 1]


def _structured_authors(
    meta: dict[str, str], ld: JsonLd, both: _Sites
) -> tuple[list[_Stated], list[str], bool]:
    """The people and organisation names stated by JSON-LD (else by meta tags), and whether
    the people came from JSON-LD."""
    sites = both[0]
    people: list[_Stated] = []
    organisations: list[str] = []
    persons = _person_names(ld)
    stated = ld.get("author") or ld.get("creator")
    for value in stated if isinstance(stated, list) else [stated]:
        node = ld.resolve(value)
        if isinstance(node, list):
            node = node[0] if node else None
        if isinstance(node, str):
            node = {"name": node}
        if not isinstance(node, dict):
            continue
        raw = _text(node.get("name"))
        if raw is None:
            continue
        kind = types(node)
        person = bool(kind & dom.PERSON_TYPES) or raw.casefold() in persons
        if kind & dom.ORGANISATION_TYPES or _site_account(raw, both, alone=True):
            organisations.append(raw)
            continue
        # a one-word name ("Gabo") is a person's when JSON-LD says so and a meta tag agrees
        single = person and any(meta.get(key) == raw for key in dom.AUTHOR_META)
        # the site's words end names ("Jane Roe CNN"); in a name JSON-LD calls a person,
        # only those the site states (its host "sam.example.com" does not stop "Sam Roe")
        names = _names(
            raw,
            both[1] if person else sites,
            confirmed=[raw, *(raw.split(" & ") if single else ())],
        )
        if not names:
            organisations.append(raw)
        url, bio = _text(node.get("url")), _text(node.get("description"))
        for name in names:
            role, affiliation = _stated_detail(ld, node, raw, name, both[1])
            people.append(_Stated(name, url, bio, role, affiliation, person, single))
    if people:
        return people, organisations, True
    for key in dom.AUTHOR_META:
        value = meta.get(key)
        if value and not people and _http_url(value, None) is None:
            if _site_account(value, both, alone=True):
                organisations.append(value)
            else:
                people.extend(_Stated(name) for name in _names(value, sites, [value]))
    return people, organisations, False


def _stated_detail(
    ld: JsonLd, node: dict[str, Any], raw: str, name: str, sites: frozenset[str]
) -> tuple[str | None, str | None]:
    """The role and affiliation JSON-LD states for an author (``jobTitle``; ``worksFor`` or
    ``affiliation``, followed to its node), else those its name runs on with ("Jane Roe,
    Senior Editor")."""
    role = _text(node.get("jobTitle"))
    affiliation = None
    for key in ("worksFor", "affiliation"):
        held = ld.resolve(node.get(key))
        if isinstance(held, list):
            held = ld.resolve(held[0]) if held else None
        affiliation = affiliation or _text(held)
    if role and len(role) > vocab.CREDIT_DETAIL_MAX:
        role = None
    if affiliation and len(affiliation) > vocab.CREDIT_DETAIL_MAX:
        affiliation = None
    if role is None and affiliation is None:
        start = raw.casefold().find(name.casefold())
        if start >= 0:
            role, affiliation = _detail_after(raw[start + len(name) :], sites)
    return role, affiliation


def _detail_after(text: str, sites: frozenset[str]) -> tuple[str | None, str | None]:
    """The role and affiliation in the text that follows a name, when a separator (a comma, a
    bar, a dash) comes first: "Jane Roe, Senior Editor", not "Jane Roe and Ann Lee"."""
    rest = text.lstrip(" ")
    if not rest.startswith(_DETAIL_SEPARATORS):
        return None, None
    return recognise.credit_detail(rest, sites)


_DETAIL_SEPARATORS = (",", "|", "-", "–", "—", "·", "•", ":")


def _person_names(ld: JsonLd) -> frozenset[str]:
    """The names, in lower case, of the JSON-LD nodes typed ``Person`` (an author may be
    stated as a bare name and described as a person elsewhere in the graph)."""
    return frozenset(
        name.casefold()
        for node in ld.nodes
        if types(node) & dom.PERSON_TYPES and (name := _text(node.get("name")))
    )


def _bylines(
    nodes: list[LexborNode],
    sites: frozenset[str],
    confirmed: list[str],
    around: frozenset[int],
    *,
    layout: bool = False,
) -> tuple[list[list[str]], list[str]]:
    """The names of each visible byline element outside comments and sidebars, in page order,
    and the short credits that name no person ("By Reuters", "Editorial"); ``layout`` also
    reads those in the article's own ``<aside>``, sidebar or footer."""
    bylines: list[list[str]] = []
    credits: list[str] = []
    for node in nodes:
        text = _node_text(node, 150)
        if not text or _outside_article(node, around, layout=layout):
            continue
        names = _names(_first_credit(node, text), sites, confirmed)
        if names:
            bylines.append(names)
            if len(bylines) == MAX_BYLINES:
                break
        elif len(text) <= dom.MAX_CREDIT and _is_organisation(text, sites):
            credit = recognise.credit(text)
            if credit:
                credits.append(credit)
    return bylines, credits


_PIECE = "\x1f"
_JOINS = (",", ";", "&", "|", ":")
_JOINER_WORDS = frozenset(word for words in vocab.NAME_JOINERS.values() for word in words)


def _first_credit(node: LexborNode, text: str) -> str:
    """The part of a byline element's text up to the first element boundary that no comma,
    joiner or opener bridges: ``<a>Jane Roe</a><span>Staff Writer</span>`` reads "Jane Roe",
    not "Jane RoeStaff Writer"; ``By <a>Ann Lee</a> and <a>Bo Chan</a>`` stays whole."""
    first = node.child
    if first is None or (first.next is None and first.tag == "-text"):
        return text  # one text node: nothing to cut
    credit = ""
    for raw in node.text(deep=True, separator=_PIECE).split(_PIECE):
        piece = clean(raw)
        if not piece:
            continue
        if credit and not (
            credit.endswith(_JOINS)
            or piece.startswith(_JOINS)
            or credit.rpartition(" ")[2].casefold() in _JOINER_WORDS
            or piece.partition(" ")[0].casefold() in _JOINER_WORDS
            or _opener_only(credit)
        ):
            break
        credit = f"{credit} {piece}" if credit else piece
    return credit or text


def _opener_only(text: str) -> bool:
    """Whether ``text`` is only a byline opener ("By", "Written by", "Author:")."""
    stripped = recognise.strip_opener(f"{text} ")
    return stripped is not None and not stripped[0].strip()


def _is_organisation(text: str, sites: frozenset[str]) -> bool:
    """Whether a credit names an agency, desk or the site ("By Reuters", "Editorial")."""
    return _names_site(text, sites) or recognise.has_non_person_word(text)


def _header_byline(
    headline: LexborNode, sites: frozenset[str], language: str | None
) -> list[list[str]]:
    """The names of a byline printed next to the headline, for bylines no class names."""
    for header, _ in _header_text(headline):
        byline = recognise.byline_in(header[: dom.HEADER_CHARS], language)
        if byline is not None:
            names = _names(byline, sites)
            return [names] if names else []
    name = recognise.unopened_byline(_text_after(headline, dom.AFTER_HEADLINE_CHARS))
    return [[name]] if name is not None and not _names_site(name, sites) else []


def _unmarked_bylines(
    tree: LexborHTMLParser, sites: frozenset[str], around: frozenset[int]
) -> list[list[str]]:
    """The names of the first short element of the article that is a byline with its opener
    ("Written by Jane Roe") though no class names it, for pages whose bylines nothing marks."""
    for node in islice(tree.css(dom.UNMARKED_BYLINE_SELECTOR), dom.MAX_UNMARKED_BYLINES):
        text = _node_text(node, dom.MAX_CREDIT)
        if not text or _outside_article(node, around):
            continue
        byline = recognise.read_byline(text)
        if byline is not None and byline.names:
            names = [name for name in byline.names if not _names_site(name, sites)]
            if names:
                return [names]
    return []


def _author_urls(nodes: list[LexborNode], base: str | None) -> dict[str, str]:
    """Profile URLs of ``rel=author`` links, by the lower-case name they show."""
    found: dict[str, str] = {}
    for link in nodes:
        if link.tag != "a" or link.attributes.get("rel") != "author":
            continue
        url = _profile_url(link.attributes.get("href"), base)
        name = _node_text(link).casefold()
        if url is not None and name:
            found.setdefault(name, url)
    return found


MAX_BYLINES = 200
"""How many byline elements are read: an article has a few; each is matched against every
stated name, which for a page listing thousands (of comment authors, say) would cost time
growing with the square of the page."""


def _authors(
    tree: LexborHTMLParser,
    meta: dict[str, str],
    ld: JsonLd,
    both: _Sites,
    base: str | None,
    *,
    headline: LexborNode | None,
    language: str | None,
) -> tuple[tuple[Author, ...], list[str]]:
    sites = both[0]
    people, organisations, typed = _structured_authors(meta, ld, both)
    chosen: list[str] = []
    nodes = tree.css(dom.BYLINE_SELECTOR)
    stated_names = [person.name for person in people]
    around = _around(headline)
    bylines, credits = _bylines(nodes, sites, stated_names, around)
    if not bylines:
        bylines, _ = _bylines(nodes, sites, stated_names, around, layout=True)
    organisations.extend(credits)
    if not bylines and headline is not None:
        bylines = _header_byline(headline, sites, language)
    if not bylines:
        bylines = _unmarked_bylines(tree, sites, around)
    stated_as = recognise.person_finder([person.name for person in people])
    if people:
        confirmed = [
            names for names in bylines if any(stated_as(name) is not None for name in names)
        ]
        if confirmed:
            chosen = recognise.co_authors(confirmed, every=True)
        elif bylines and not typed:
            # a meta author that no byline shows may be the company
            chosen = recognise.co_authors(bylines)
        else:
            chosen = [person.name for person in people if person.single or " " in person.name]
    elif bylines:
        chosen = recognise.co_authors(bylines)
    kept = [
        name
        for name in chosen
        if not _site_account(name, both, person=_is_person(name, people, stated_as))
    ]
    if not kept and len(chosen) == 1:
        kept = [name for name in chosen if not _site_account(name, both, alone=True)]
    chosen = [_tighter(name, people, stated_as) for name in kept]
    chosen = list(dict.fromkeys(chosen))
    urls = _author_urls(nodes, base)
    boxes = _author_boxes(nodes) if chosen else []
    shown = _shown_details(nodes, chosen, both[1], around, urls=urls, base=base) if chosen else {}
    authors: list[Author] = []
    for name in chosen:
        index = stated_as(name)
        stated = None if index is None else people[index]
        key = name.casefold()
        url = urls.get(key) or (_profile_url(stated.url, base) if stated else None)
        bio = _bio(name, boxes) or (stated.bio if stated else None)
        role, affiliation = (stated.role, stated.affiliation) if stated else (None, None)
        if role is None and affiliation is None:
            role, affiliation = shown.get(key, (None, None))
        if role is None and affiliation is None and bio is not None:
            role, affiliation = _bio_detail(bio)
        authors.append(Author(name=name, url=url, bio=bio, role=role, affiliation=affiliation))
    return tuple(authors), organisations


def _bio_detail(bio: str) -> tuple[str | None, str | None]:
    """The role and affiliation a bio states ("is a senior editor at Lowland University"),
    when its role reads as one."""
    role, affiliation = recognise.role_and_affiliation(bio)
    if role is not None and not recognise.is_role(role):
        return None, None
    return role, affiliation


def _shown_details(
    nodes: list[LexborNode],
    names: list[str],
    sites: frozenset[str],
    around: frozenset[int],
    *,
    urls: dict[str, str],
    base: str | None,
) -> dict[str, tuple[str | None, str | None]]:
    """The role and affiliation the article's byline elements print after each name ("By
    Jane Roe, Senior Editor", ``<a>Jane Roe</a> | <span>The Example Times</span>``), by the
    lower-case name; a byline link whose text is the name adds its profile URL to ``urls``."""
    wanted = {name.casefold(): name for name in names}
    firsts = {key: key.split(" ", 1)[0] for key in wanted}  # a byline naming one holds this
    found: dict[str, tuple[str | None, str | None]] = {}
    for node in islice(nodes, MAX_BYLINES):
        if len(found) == len(wanted):
            break
        raw = node.text(deep=True, separator=_PIECE)
        if len(raw) > 2 * dom.MAX_CREDIT_TEXT:
            continue
        folded_raw = raw.casefold()
        named = any(first in folded_raw for key, first in firsts.items() if key not in found)
        if named and not _outside_article(node, around, layout=True):
            _read_details(raw, wanted, found, sites)
        if node.tag == "a":
            name = clean(node.text(deep=True)).casefold()
            url = _profile_url(node.attributes.get("href"), base)
            if name in wanted and url is not None:
                urls.setdefault(name, url)
    return found


def _read_details(
    raw: str,
    wanted: dict[str, str],
    found: dict[str, tuple[str | None, str | None]],
    sites: frozenset[str],
) -> None:
    """Add to ``found`` the role and affiliation the byline text ``raw`` (its elements' texts
    apart by ``_PIECE``) prints after each wanted name."""
    pieces = [piece for piece in map(clean, raw.split(_PIECE)) if piece]
    for i, piece in enumerate(pieces):
        folded = piece.casefold()
        for key in wanted:
            start = folded.find(key)
            if key in found or start < 0:
                continue
            after = piece[start + len(key) :].strip()
            if not after and i + 1 < len(pieces):
                after = _next_detail(pieces[i + 1 :])
            detail = _detail_after(after, sites)
            if detail != (None, None):
                found[key] = detail


def _next_detail(pieces: list[str]) -> str:
    """The text after an element boundary, as a detail following a name: the separator pieces
    (``|``, ``,``) and the next piece after them; a boundary alone separates too."""
    separators: list[str] = []
    for piece in pieces:
        if piece.strip(_DETAIL_TRIM):
            return f"{''.join(separators) or ','} {piece}"
        separators.append(piece.strip()[:1])
    return ""


_DETAIL_TRIM = " ,;:|-–—·•"


def _stated(
    name: str, people: list[_Stated], stated_as: Callable[[str], int | None]
) -> _Stated | None:
    index = stated_as(name)
    return None if index is None else people[index]


def _is_person(name: str, people: list[_Stated], stated_as: Callable[[str], int | None]) -> bool:
    stated = _stated(name, people, stated_as)
    return stated is not None and stated.person


def _tighter(name: str, people: list[_Stated], stated_as: Callable[[str], int | None]) -> str:
    """The stated form of a visible name that runs on past it ("Jane Roe Staff Writer" read
    from a byline whose parts are not apart, where JSON-LD says "Jane Roe")."""
    stated = _stated(name, people, stated_as)
    if stated is None or " " not in stated.name or len(stated.name) >= len(name):
        return name
    return stated.name if name.casefold().startswith(f"{stated.name.casefold()} ") else name


def _profile_url(value: str | None, base: str | None) -> str | None:
    """An author's page: an http(s) URL with a path (a bare site or social home is none)."""
    url = _http_url(value, base)
    return url if url is not None and urlsplit(url).path.strip("/") else None


def _author_boxes(nodes: list[LexborNode]) -> list[tuple[str, list[str]]]:
    """Each author box's text and the texts of its paragraphs and bio elements."""
    boxes = []
    for box in nodes:
        if not _has_word(_marks(box), _BIO_BOX):
            continue
        text = _node_text(box, dom.MAX_BIO_BOX)
        if text:
            parts = [_node_text(part, dom.MAX_BIO_BOX) for part in box.css(dom.BIO_PART_SELECTOR)]
            # css() on a node also matches the node itself: keep only the parts inside it.
            boxes.append((text, [part for part in parts if part and part != text]))
    return boxes


def _bio(name: str, boxes: list[tuple[str, list[str]]]) -> str | None:
    """The first bio-like text of a box that names ``name``: a sentence or more, no date (a
    byline block that repeats the name beside the date is not a bio)."""
    for text, parts in boxes:
        if name.casefold() not in text.casefold():
            continue
        for part in [*parts, text]:
            if (
                len(part) >= dom.MIN_BIO
                and part.endswith(".")
                and not any(recognise.printed_days(part))
            ):
                return part
    return None


# -- dates -----------------------------------------------------------------------------------


def _when(value: Any) -> date | None:
    """A stated time: an aware ``datetime`` when it has an offset, else its day (ISO 8601, or
    the one valid day a value written for people prints: "19 Nov 2019 07:09 GMT")."""
    text = _text(value)
    return recognise.read_time(text, anywhere=True) if text is not None else None


def _day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _is_utc(value: date) -> bool:
    return isinstance(value, datetime) and value.utcoffset() == timedelta(0)


def _visible_days(
    nodes: list[LexborNode], year: int | None, around: frozenset[int], *, layout: bool = False
) -> Iterator[tuple[tuple[date, ...], bool]]:
    """The day each date element outside sidebars prints, as its possible readings.

    An element that prints two different days ("Posted Nov 18; Updated Nov 19") or says it is
    an update tells nothing about publication and is skipped. A ``<time>``'s text is what the
    reader sees, so it counts before its ``datetime`` attribute (often UTC). Elements of one
    tag and class count once, by the first that shows a day: ten teasers' timestamps are one
    list, not ten witnesses. ``layout`` also reads the elements in a post's own sidebar or footer.
    """
    previous = ""
    voted: set[tuple[str, str]] = set()
    for node in nodes:
        kind = (node.tag or "", node.attributes.get("class") or "")
        if kind in voted:
            continue
        text = _node_text(node, 200, " ")
        repeated = text == previous and node.tag != "time"  # a <time> may add its datetime
        if repeated or not _HAS_DIGIT.search(text) or _outside_article(node, around, layout=layout):
            continue
        previous = text  # nested elements printing the same text count once
        if _says_updated(node, text):
            continue
        found = recognise.one_printed_day(text, year)
        if found is None and node.tag == "time":
            stated = _when(node.attributes.get("datetime"))
            found = ((_day(stated),), True) if stated is not None else None
        if found is not None:
            voted.add(kind)
            yield found


def _header_text(headline: LexborNode) -> list[tuple[str, str]]:
    """The text of each header block around the headline, nearest first, and of that the part
    before an "Updated" label (all of it when there is none)."""
    memo = _MEMO.get()
    found = memo.headers.get(headline.mem_id) if memo is not None else None
    if found is None:
        found = []
        for ancestor in list(_ancestors(headline))[1 : 1 + dom.HEADER_DEPTH]:
            text = clean(ancestor.text(deep=True, separator=" ")[: 2 * dom.HEADER_CHARS])
            label = _UPDATE_LABEL.search(text)
            found.append((text, text[: label.start()] if label else text))
        if memo is not None:
            memo.headers[headline.mem_id] = found
    return found


def _header_days(headline: LexborNode, year: int | None) -> Iterator[tuple[tuple[date, ...], bool]]:
    """The day printed in the header block around the headline, for dates no class names: the
    one before an "Updated" label, else the one the block prints; else the day printed in the
    first words after the headline, before any "Updated" label."""
    for text, before in _header_text(headline):
        found = recognise.one_printed_day(before, year) or recognise.one_printed_day(text, year)
        if found is not None:
            yield found
            return
    after = _text_after(headline, dom.AFTER_HEADLINE_CHARS)
    label = _UPDATE_LABEL.search(after)
    found = recognise.one_printed_day(after[: label.start()] if label else after, year)
    if found is not None:
        yield found


def _text_after(node: LexborNode, limit: int) -> str:
    """About ``limit`` characters of the text that follows ``node`` in the page."""
    parts: list[str] = []
    size = 0
    current: LexborNode | None = node
    while current is not None and size < limit:
        if current.next is None:
            current = current.parent
            if current is None or current.tag in ("body", "html"):
                break
            continue
        current = current.next
        if current.tag in dom.NOT_BYLINE_TAGS:
            continue
        text = clean(current.text(deep=True, separator=" ")[: 2 * limit])
        if text:
            parts.append(text)
            size += len(text) + 1
    return " ".join(parts)[:limit]


def _header_update(headline: LexborNode) -> date | None:
    """The day after an "Updated" label in the header block around the headline, when a
    publication day stands before the label."""
    for text, before in _header_text(headline):
        if before != text and recognise.one_printed_day(before) is not None:
            after = recognise.one_printed_day(text[len(before) :])
            return after[0][0] if after is not None and len(after[0]) == 1 else None
    return None


def _says_updated(node: LexborNode, text: str) -> bool:
    """Whether a date element's class, or its text before the date, says "updated"; or the
    text just before it in its parent or grandparent does (``<div>Updated <span>Feb. 27,
    2025</span></div>``)."""
    if any(word.startswith(_UPDATE_WORDS) for word in _MARK_WORD.findall(_marks(node))):
        return True
    digit = _HAS_DIGIT.search(text)
    lead = text[: digit.start() if digit else len(text)].lower()
    if any(word in lead for word in _UPDATE_WORDS):
        return True
    parent = node.parent
    for _ in range(dom.LABEL_DEPTH):
        if parent is None or parent.tag in ("body", "html"):
            return False
        around = _node_text(parent, 200, " ")
        at = around.find(text) if around != text else -1
        if at > 0:
            before = around[max(0, at - dom.LABEL_CHARS) : at].lower()
            return _UPDATE_LABEL.search(before) is not None
        parent = parent.parent
    return False


def _url_day(page_url: str | None) -> date | None:
    if page_url is None:
        return None
    match = dom.URL_DATE.search(urlsplit(page_url).path)
    if match is None:
        return None
    month = int(match[2]) if match[2].isdigit() else vocab.MONTHS.get(match[2].casefold())
    return recognise.valid_day(int(match[1]), month, int(match[3])) if month else None


def _dates(
    tree: LexborHTMLParser,
    meta: dict[str, str],
    ld: JsonLd,
    page_url: str | None,
    headline: LexborNode | None,
) -> tuple[date | None, date | None]:
    """The publication time as the page shows it, and the last update.

    The stated time wins when a visible date agrees with its day. A visible day near it that
    disagrees wins as a ``date`` (a UTC timestamp of an evening story in New York names the
    next day). Without a visible date, a UTC timestamp yields to a local time stated elsewhere
    or to the day in the URL when they are a day apart.
    """
    nodes = tree.css(dom.VISIBLE_DATE_SELECTOR)
    item = next(
        (node for node in nodes if node.attributes.get("itemprop") == "datePublished"), None
    )
    item_value = (
        item.attributes.get("content") or item.attributes.get("datetime")
        if item is not None
        else None
    )
    stated_all = [
        found
        for value in (
            ld.get("datePublished"),
            *(meta.get(key) for key in dom.PUBLISHED_META),
            item_value,
            *(
                value
                for key, value in meta.items()
                if key not in _PUBLISHED_META and dom.PUBLISHED_META_NAME.search(key)
            ),
        )
        if (found := _when(value)) is not None
    ]
    updated = next(
        (
            found
            for value in (ld.get("dateModified"), *(meta.get(key) for key in dom.UPDATED_META))
            if (found := _when(value)) is not None
        ),
        None,
    )
    if updated is None and headline is not None:
        updated = _header_update(headline)
    url_day = _url_day(page_url)
    stated = stated_all[0] if stated_all else None
    labelled = _labelled_day(nodes, headline)
    if labelled is not None:
        return (stated if stated is not None and _day(stated) == labelled else labelled), updated
    reference = _day(stated) if stated is not None else url_day
    visible = _visible_near(nodes, headline, reference, _day(updated) if updated else None)
    if stated is None:
        return visible or url_day, updated
    day = _day(stated)
    if visible is not None:
        return (stated if visible == day else visible), updated
    earlier = _visible_near(nodes, headline, None, _day(updated) if updated else None)
    if earlier is not None and earlier < day:
        return earlier, updated
    if _is_utc(stated):
        local = [_day(value) for value in stated_all if not _is_utc(value)]
        for other in [*local, url_day]:
            if other is not None and abs(other - day) == timedelta(days=1):
                return other, updated
    return stated, updated


def _labelled_day(nodes: list[LexborNode], headline: LexborNode | None) -> date | None:
    """The day the article's date elements, or the header block around its headline, print
    after a "Published"/"Posted" label: the page saying which day it was published."""
    around = _around(headline)
    for node in islice(nodes, dom.MAX_DATE_ELEMENTS):
        text = _node_text(node, 200, " ")
        if _HAS_DIGIT.search(text) and not _outside_article(node, around):
            found = recognise.labelled_day(text)
            if found is not None:
                return found
    if headline is not None:
        for text, _ in _header_text(headline):
            found = recognise.labelled_day(text)
            if found is not None:
                return found
    return None


def _visible_near(
    nodes: list[LexborNode],
    headline: LexborNode | None,
    reference: date | None,
    updated: date | None,
) -> date | None:
    """The day the page prints most often (near ``reference`` when there is one); ties go to
    ``reference`` itself, then to the first printed. The header block around the headline is
    read only when no date element shows a day.

    Days with a year count first; "Nov 18" without one only near a reference and when no day
    with a year is near. The day of the stated update is not a publication day. Without a
    reference, only unambiguous days vote (a header showing today's date is outvoted by the
    article's byline and time elements).
    """
    full: Counter[date] = Counter()
    yearless: Counter[date] = Counter()
    year = reference.year if reference is not None else None

    def vote(found: Iterable[tuple[tuple[date, ...], bool]]) -> None:
        for readings, has_year in found:
            if reference is None:
                if len(set(readings)) == 1:
                    full[readings[0]] += 1
                continue
            near = [
                d
                for d in readings
                if abs(d - reference) <= timedelta(days=dom.NEAR_DAYS)
                and (d != updated or d == reference)
            ]
            if near:
                votes = full if has_year else yearless
                votes[min(near, key=lambda d: abs(d - reference))] += 1

    around = _around(headline)
    if reference is None and headline is not None:
        for readings, _ in _header_days(headline, None):
            if len(set(readings)) == 1:
                return readings[0]
    vote(islice(_visible_days(nodes, year, around), dom.MAX_DATE_ELEMENTS))
    if not (full or yearless) and headline is not None:
        vote(_header_days(headline, year))
    if not (full or yearless):
        vote(islice(_visible_days(nodes, year, around, layout=True), dom.MAX_DATE_ELEMENTS))
    votes = full or yearless
    if not votes:
        return None
    if reference in votes:
        return reference  # the page prints the stated day: other days are other stories'
    return max(votes, key=lambda d: (votes[d], d == reference))
