"""Main-content extraction: the article's paragraphs and subheadings out of a whole web page.

The parser (C) drops junk elements (:data:`JUNK_TAGS`); Python then walks the tree once
and works on what the walk found, never visiting every element again:

1. The walk cuts the page's text into *runs*: the text between two block boundaries, owned by its
   nearest block element (a ``<p>``, a ``<li>``, a ``<div>`` holding text of its own, ...), and
   numbers every element in document order, so that "the runs inside this element" is a range
   and its prose and link text are two subtractions of prefix sums.
2. Runs inside an element whose class or id names boilerplate (:data:`BOILERPLATE_WORDS`)
   are dropped, unless that element is the article's semantic markup or holds most of the prose.
   (Short boilerplate ``<span>``s, such as photo credits, go before the walk.)
3. Each run with enough text outside links votes for its container: full weight for the element
   holding it, half for the next ancestor, and so on. The best-voted element, weighed by its link
   density, is the article; it widens to an ancestor whose extra text is nearly all prose, or to
   a series of like siblings (an article cut into chunks between ads). A page that holds no
   prose and does not declare itself an article (a shop's grid, a schedule) gives the text of
   its ``<main>`` (else of the whole page), links included.
4. The runs inside the article become blocks (``h2`` to ``h4``: headings); runs made mostly of
   links, the repeated headline, a byline before the body and short lines at either end are
   dropped.
"""

from __future__ import annotations

import functools
import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from .. import _recognisers as recognise
from .._blocks import Block, BlockKind, Hints
from .._clean import clean
from ._body_dom import (
    BLOCK_TAGS,
    BOILERPLATE_TOKENS,
    BOILERPLATE_WORDS,
    CELL_TAGS,
    HEADING_LEVELS,
    HIDDEN_STYLE,
    JUNK_TAGS,
    NOT_BODY_TAGS,
    NOT_BOILERPLATE_WORDS,
    PARAGRAPH_TAGS,
    PROTECTED_TAGS,
)
from ._page_kind import Shape

__all__ = ["extract_blocks_in_place"]

_BLOCKS = ", ".join(sorted(BLOCK_TAGS))

_BOILERPLATE = re.compile("|".join(map(re.escape, BOILERPLATE_WORDS)))
_WORD_BREAK = re.compile("[^a-z0-9]+")
_DATA = re.compile(r'[\[{][\s\[{]*"[^"]*"\s*:.*[}\]]\Z', re.DOTALL)
"""Text that is JSON: an object (or a list of them) with quoted keys."""

REVIEW_WORDS = ("review", "rating")
"""Class and id words of customers' reviews, boilerplate on a page that describes a product."""

MAX_INLINE_BOILERPLATE = 200
"""A ``<span>`` named as boilerplate is removed when its text is no longer than this."""

MIN_NOSCRIPT_TEXT = 500
"""A ``<noscript>`` holding this much text is the page's content for readers without scripts
(forum software serves its posts so): it is read; shorter ones ("Please enable JavaScript")
are junk."""

FURNITURE_TAGS = ("nav", "aside", "footer")
"""Junk tags (:data:`JUNK_TAGS`) for page furniture, which a page may leave unclosed (see
:data:`MIN_SWALLOWED`)..."""

MIN_SWALLOWED = 2000
SWALLOWED_SHARE = 0.5
"""...so that one holding this many characters and more than this share of the page's text,
ending where its parent ends, is a wrapper around the rest of the page, not furniture."""

_UNWRAPPED = ", ".join((*FURNITURE_TAGS, "noscript", 'div[hidden][id^="S:"]', "figure"))
"""The elements :func:`_unwrap_content_in_place` may unwrap, found by one query (unwrapping
one leaves the others in place: none is another's tag)."""

MIN_PROSE = 25
"""Runs with fewer characters outside links than this do not vote for a container (unless the
page has no longer ones)..."""

TRUNCATED = ("...", "…", "[…]")
"""...nor do runs cut short like a teaser for another page."""

VOTE_LEVELS = 12
"""How many ancestors a run's vote reaches (its totals); the weighted score halves per level."""

MAX_INLINE_DEPTH = 32
"""How far up from a text node to look for its block; deeper inline nesting splits the run."""

CANDIDATES = 5
"""How many of the best-voted containers are weighed by their link density."""

PROTECTED_SHARE = 0.5
"""An element named as boilerplate is kept when it holds more than this share of the prose."""

RESCUE_SHARE = 0.1
MIN_RESCUE = 500
"""Dropping boilerplate may not leave less than this share of the prose, when the element
holding the most of what it drops holds this many characters of it (see
:meth:`_Page.drop_boilerplate`)."""

MAX_CLIMB = 4
"""How many levels the container may widen to take in article text split over several blocks."""

"""...counting only the levels that add text other than paragraphs of their own beside it;
wrappers around the same text are free (page builders nest a paragraph ten deep)."""

CLIMB_GAIN = 1.15
"""The container widens to an ancestor that holds this much more prose..."""

CLIMB_LINK_DENSITY = 0.3
"""...and less than this share of whose text is in links, when either the added text is nearly
all prose..."""

CLIMB_PURITY = 0.75
"""...(this share of it in runs that vote), or the prose comes from siblings of the same kind."""

PAGE_CLIMB = 8
"""On a page that does not declare itself an article (a service, product, listing page or a
forum thread), the container may widen this far...."""

PAGE_LINK_DENSITY = 0.45
"""...to ancestors with less than this share of their text in links..."""

PAGE_PURITY = 0.6
"""...whose added text is this much prose: such pages spread their content over cards, lists
and short headings around the densest text."""

RECORDS_GAIN = 2.0
"""On such a page, a series of like records (see :func:`_records`) is the content when it holds
this much more text than the best-voted container; its linked titles are kept."""

LISTING_LINKS = 0.2
"""...and a series that holds the content with this share of its text in links is a listing."""

MIN_RECORDS = 4
MIN_RECORD_TEXT = 50
"""A series has this many records and this many characters a record (a menu's are shorter)."""

RECORD_DEPTH = 6
"""How far above a run its record may be."""

RECORD_TAGS = frozenset({"li", "tr", "article", "dt", "dd"})
"""Records that need no class to be alike."""

INLINE_BESIDE = PARAGRAPH_TAGS | HEADING_LEVELS.keys() | {"br", "hr"}
"""Blocks that may stand beside the container in an ancestor it widens to for free."""

MAX_LINK_DENSITY = 0.8
"""A run inside the article with more of its text in links than this is navigation, not prose;
a paragraph or list item that is mostly one link (a list of the sources or releases the article
names) is the article's (wcxb-dev: 0.5 dropped more of the article than of the furniture)."""


MIN_LEAD = 30
"""The article's first block is at least this long; shorter lines above it are page furniture
(a section kicker, a date, "Image 1 of 23")."""

MIN_REPEAT = 30
MIN_COPY = 500
"""Blocks this long that the page prints again in the same order, this many characters of them,
are a copy (of the article for phones beside the one for desktops): the copy is left out. (A
few repeated blocks are not: an interview repeats its questions, a meal plan its recipes.)"""

MIN_LAST = 15
"""The article's last block is at least this long ("Comments", "Advert" are not)."""


@attrs.define
class _Run:
    """Text between two block boundaries, owned by its nearest block element."""

    owner: LexborNode
    position: int
    """The owner's place in document order."""
    parts: list[str] = attrs.Factory(list)
    linked: int = 0
    """Characters of the run inside links."""
    text: str = ""
    """The run's words joined by single spaces (set once the walk is done)."""
    length: int = 0
    prose: int = 0
    """Characters outside links."""


def _unclosed(source: str | bytes, tag: str) -> bool:
    """Whether the page's markup opens ``tag`` more often than it closes it."""
    if isinstance(source, bytes):
        name = tag.encode()
        return source.count(b"<" + name) > source.count(b"</" + name)
    return source.count("<" + tag) > source.count("</" + tag)


def extract_blocks_in_place(
    tree: LexborHTMLParser,
    hints: Hints,
    *,
    declared: bool,
    source: str | bytes = "",
    reviews: bool = False,
) -> tuple[list[Block], Shape]:
    """The page's main content as blocks, in reading order (may be empty), and what its layout
    says about its kind. ``declared``: the page declares itself an article (see
    :func:`._page_kind.read_evidence`); ``source``: the markup ``tree`` was built from
    (to tell a furniture element left unclosed, see :data:`MIN_SWALLOWED`). ``tree`` is left
    without its junk (:data:`JUNK_TAGS`, :data:`NOT_BODY_TAGS`, boilerplate ``<span>``s)."""
    body = tree.body
    if body is None:
        return [], Shape(records=False, thread_share=lambda: 0.0)
    _unwrap_content_in_place(body, source)
    tree.strip_tags([*JUNK_TAGS, *NOT_BODY_TAGS])
    _drop_inline_boilerplate(body)
    page = _walk(body)
    page.drop_boilerplate(body, reviews=reviews)
    landmarks: dict[str, list[LexborNode]] = {"article": [], "main": [], "header": []}
    for node in body.css("article, main, header"):  # one walk; each element is of one tag
        found = landmarks.get(node.tag or "")
        if found is not None:
            found.append(node)
    marks = frozenset(tag for tag in ("article", "main") if len(landmarks[tag]) == 1)
    article = _main_content(page, declared=declared, marks=marks)
    listing = None if declared else _records(page)
    records = listing is not None and (
        article is None or listing[2] > RECORDS_GAIN * page.within(*article)[2]
    )
    covered = listing is not None and (
        records
        or (
            article is not None
            and listing[0] <= article[0]
            and article[1] <= listing[1]
            and page.within(*listing[:2])[1] >= LISTING_LINKS * listing[2]
        )
    )
    shape = Shape(records=covered, thread_share=functools.partial(_thread_share, page, body))
    if listing is not None and records:
        article = listing[:2]
    fallback = article is None and not declared and bool(page.runs)
    if fallback:  # no prose: what a listing or a shop shows (its links), in its <main> if one
        mains = [node for node in landmarks["main"] if node.mem_id in page.positions]
        article = page.span(mains[0]) if len(mains) == 1 else (0, sys.maxsize)
    if article is None:
        return [], shape
    start, end = article
    chosen = [run for run in page.runs if start <= run.position < end]
    if declared:  # an article's own <header> holds its headline, standfirst and byline
        headers = [page.span(node) for node in landmarks["header"] if node.mem_id in page.positions]
        held = page.within(start, end)[0] * PROTECTED_SHARE
        inner = [
            (first, last)
            for first, last in headers
            if start < first < end and page.within(first, last)[0] <= held
        ]  # a "header" holding most of the article is a page builder's section
        chosen = [run for run in chosen if not _inside(run.position, _outermost(inner))]
    blocks = _blocks(chosen, links=fallback or article == (listing or ())[:2])
    return _trim(_without_copies(blocks), hints, ends=declared), shape


def _thread_share(page: _Page, body: LexborNode) -> float:
    """The share of the prose in the page's longest series of numbered posts."""
    total = page.within(0, sys.maxsize)[0]
    if not total:
        return 0.0
    best = max(
        (page.series_prose(node) for node in body.css("[id]") if node.mem_id in page.positions),
        default=0,
    )
    return best / total


@attrs.define
class _Page:
    """What the walk found: every element's place in document order and the runs in order."""

    positions: dict[int, int]
    runs: list[_Run]
    _starts: list[int] = attrs.field(init=False, factory=list)
    _prose: list[int] = attrs.field(init=False, factory=list)
    _linked: list[int] = attrs.field(init=False, factory=list)
    _length: list[int] = attrs.field(init=False, factory=list)
    _ends: dict[int, int] = attrs.field(init=False, factory=dict)
    """Known span ends, so that spans of deeply nested elements cost no more than one climb."""
    _series: dict[tuple[int, str | None, str], int] = attrs.field(init=False, factory=dict)
    """Known prose of series of like siblings (see :meth:`series_prose`)."""

    def __attrs_post_init__(self) -> None:
        self._index()

    def _index(self) -> None:
        """Prefix sums over the runs by their owner's position, for :meth:`within`."""
        ordered = sorted(self.runs, key=lambda run: run.position)
        self._starts = [run.position for run in ordered]
        self._prose = [0, *accumulate(max(run.prose, 0) for run in ordered)]
        self._linked = [0, *accumulate(run.linked for run in ordered)]
        self._length = [0, *accumulate(run.length for run in ordered)]

    def span(self, node: LexborNode) -> tuple[int, int]:
        """The positions ``[start, end)`` of ``node`` and its descendants."""
        end = sys.maxsize
        climbed = []  # node and the ancestors that end where it ends
        after: LexborNode | None = node
        while after is not None:
            if after.mem_id in self._ends:
                end = self._ends[after.mem_id]
                break
            climbed.append(after.mem_id)
            following = after.next
            while following is not None and following.mem_id not in self.positions:
                following = following.next
            if following is not None:
                end = self.positions[following.mem_id]
                break
            after = after.parent
        for mem_id in climbed:
            self._ends[mem_id] = end
        return self.positions[node.mem_id], end

    def within(self, start: int, end: int) -> tuple[int, int, int]:
        """The prose, link and total characters of the runs owned inside ``[start, end)``."""
        first, last = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return (
            self._prose[last] - self._prose[first],
            self._linked[last] - self._linked[first],
            self._length[last] - self._length[first],
        )

    def series_prose(self, node: LexborNode) -> int:
        """The prose of ``node`` and its siblings of the same kind (see :func:`_kind`), when
        they are at least :data:`MIN_RECORDS` records, each with an id of its own (a thread's
        posts, ``comment-12``, ``comment-13``; 0 otherwise)."""
        kind, parent = _kind(node), node.parent
        if not kind[1] or parent is None or parent.mem_id not in self.positions:
            return 0
        key = (parent.mem_id, *kind)
        if key not in self._series:
            self._series[key] = self._series_prose(parent, kind)
        return self._series[key]

    def _series_prose(self, parent: LexborNode, kind: tuple[str | None, str]) -> int:
        series = [sibling for sibling in parent.iter() if _kind(sibling) == kind]
        ids = {sibling.attributes.get("id") for sibling in series}
        if len(series) < MIN_RECORDS or None in ids or len(ids) < len(series):
            return 0
        return sum(self.within(*self.span(sibling))[0] for sibling in series)

    def link_density(self, node: LexborNode) -> float:
        _, linked, length = self.within(*self.span(node))
        return linked / length if length else 1.0

    def drop_boilerplate(self, body: LexborNode, *, reviews: bool = False) -> None:
        """Drop the runs inside elements named as boilerplate, unless such an element is the
        article's semantic markup or holds more than :data:`PROTECTED_SHARE` of the prose.
        When that would leave less than :data:`RESCUE_SHARE` of the prose, the dropped element
        holding the most is kept after all (a ``content-sidebar`` layout around the article),
        and the elements inside it are judged instead."""
        total = self._prose[-1]
        blocks = [
            node  # inline elements are judged with the block holding them
            for node in body.css("[class], [id], [style], [hidden]")
            if node.tag in BLOCK_TAGS and node.mem_id in self.positions
        ]
        named: dict[int, bool] = {}
        doomed = self._doomed(blocks, named, -1, total, reviews)
        left = total - sum(self.within(*span)[0] for span in doomed)
        biggest = max(doomed, key=lambda span: self.within(*span)[0], default=(0, 0))
        if left < total * RESCUE_SHARE and self.within(*biggest)[0] >= MIN_RESCUE:
            doomed = self._doomed(blocks, named, biggest[0], total, reviews)
        if doomed:
            self.runs = [run for run in self.runs if not _inside(run.position, doomed)]
            self._index()

    def _doomed(
        self,
        blocks: list[LexborNode],
        named: dict[int, bool],
        spared: int,
        total: int,
        reviews: bool,
    ) -> list[tuple[int, int]]:
        """The outermost spans of the ``blocks`` named as boilerplate (``named`` caches which
        are) to drop, in document order, leaving the elements that start at ``spared``."""
        doomed: list[tuple[int, int]] = []
        for node in blocks:
            position = self.positions[node.mem_id]
            if position == spared or (doomed and position < doomed[-1][1]):
                continue  # spared, or inside an element already dropped
            if node.mem_id not in named:
                named[node.mem_id] = _named_boilerplate(node) or (reviews and _names_reviews(node))
            if not named[node.mem_id]:
                continue
            start, end = self.span(node)
            if self.within(start, end)[0] > total * PROTECTED_SHARE:
                continue
            if self.series_prose(node) > total * PROTECTED_SHARE:
                continue  # one of a series that holds the page (a forum's posts: "comment-12")
            doomed.append((start, end))
        return doomed


def _unwrap_content_in_place(body: LexborNode, source: str | bytes) -> None:
    """Unwrap the content inside elements that are dropped as junk: a long ``<noscript>`` (the
    page as served to crawlers: a forum's posts) and a ``<figure>`` holding a table (as
    WordPress writes tables; its caption goes with the other figures'), the hidden ``S:<n>``
    blocks in which React streams a page's late parts (a script moves them into place) and a
    furniture
    element left unclosed around the rest of the page (see :data:`MIN_SWALLOWED`)."""
    furnitures: list[LexborNode] = []
    found: dict[str, list[LexborNode]] = {"noscript": [], "div": [], "figure": []}
    for node in body.css(_UNWRAPPED):  # one walk: each element matches one of its selectors
        tag = node.tag or ""
        if tag in FURNITURE_TAGS:
            furnitures.append(node)
        elif tag in found:
            found[tag].append(node)
    for furniture in furnitures:
        if not _ends_its_parent(furniture):
            continue
        length = len(furniture.text(deep=True))
        if (
            length >= MIN_SWALLOWED
            and length > SWALLOWED_SHARE * len(body.text(deep=True))
            and _unclosed(source, furniture.tag or "")
        ):
            furniture.unwrap()
    for fallback in found["noscript"]:
        if len(fallback.text(deep=True)) >= MIN_NOSCRIPT_TEXT:
            fallback.unwrap()
    for streamed in found["div"]:
        del streamed.attrs["hidden"]
    for figure in found["figure"]:
        if figure.css_first("table") is not None:
            figure.unwrap()


def _ends_its_parent(node: LexborNode) -> bool:
    """Whether nothing but white space follows ``node`` in its parent."""
    after = node.next
    while after is not None:
        if after.tag != "-text" or not after.is_empty_text_node:
            return False
        after = after.next
    return True


def _drop_inline_boilerplate(body: LexborNode) -> None:
    """Remove short ``<span>``s named as boilerplate (a photo credit, text for screen readers),
    from the last to the first so that no span is touched after its ancestor is gone."""
    doomed = [
        span
        for span in body.css("span[class], span[id], span[style], span[hidden]")
        if _named_boilerplate(span) and len(span.text()) <= MAX_INLINE_BOILERPLATE
    ]
    for span in reversed(doomed):
        span.decompose()


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (in document order) without those inside another."""
    kept: list[tuple[int, int]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``position`` lies in one of ``spans`` (sorted, not overlapping)."""
    index = bisect_right(spans, (position, sys.maxsize)) - 1
    return index >= 0 and position < spans[index][1]


def _names_reviews(node: LexborNode) -> bool:
    """Whether ``node``'s class or id names customers' reviews (see :data:`REVIEW_WORDS`)."""
    attributes = node.attributes
    value = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()
    return any(word in value for word in REVIEW_WORDS)


def _named_boilerplate(node: LexborNode) -> bool:
    """Whether ``node`` is hidden or its class or id names boilerplate (see ``_body_dom``)."""
    if node.tag in PROTECTED_TAGS:
        return False
    attributes = node.attributes
    itemprop = attributes.get("itemprop")
    if itemprop and "articlebody" in itemprop.lower():
        return False
    style = attributes.get("style")
    if "hidden" in attributes or (style and HIDDEN_STYLE in style.replace(" ", "").lower()):
        return True
    names, ident = attributes.get("class"), attributes.get("id")
    return bool(names and _names_boilerplate(names)) or bool(ident and _names_boilerplate(ident))


@functools.lru_cache(maxsize=4096)
def _names_boilerplate(value: str) -> bool:
    """Whether a class or id value names boilerplate (pages repeat their values: cached)."""
    lowered = value.lower()
    for word in NOT_BOILERPLATE_WORDS:
        lowered = lowered.replace(word, " ")
    if _BOILERPLATE.search(lowered) is not None:
        return True
    if not any(token in lowered for token in BOILERPLATE_TOKENS):
        return False
    return not BOILERPLATE_TOKENS.isdisjoint(_WORD_BREAK.split(lowered))


def _walk(body: LexborNode) -> _Page:
    """One pass over the tree: element positions and the runs of text, in document order."""
    positions: dict[int, int] = {}
    runs: list[_Run] = []
    current: _Run | None = None
    current_owner = 0  # the mem_id of the current run's owner
    link_end: int | None = None  # the node just after the link being read, if in one
    blocks, cells = BLOCK_TAGS, CELL_TAGS  # locals: this loop runs for every node of the page
    for position, node in enumerate(body.traverse(include_text=True)):
        if link_end is not None and node.mem_id == link_end:
            link_end = None
        tag = node.tag
        if tag != "-text":
            positions[node.mem_id] = position
            if tag in blocks:
                current = None
            elif tag in cells and current is not None:
                current.parts.append(" ")
            elif tag == "a" and link_end is None:
                link_end = _following(node)
            continue
        if node.is_empty_text_node:
            if current is not None:
                current.parts.append(" ")
            continue
        owner = _owner(node)
        if owner is None:
            continue
        if current is None or current_owner != owner.mem_id:
            current_owner = owner.mem_id
            current = _Run(owner, positions.get(current_owner, position))
            runs.append(current)
        text = node.text_content or ""
        current.parts.append(text)
        if link_end is not None:
            current.linked += len(text.strip())
    for run in runs:
        run.text = " ".join("".join(run.parts).split())  # clean() only for the runs kept
        run.length = len(run.text)
        run.prose = run.length - run.linked
    return _Page(positions, runs)


def _following(node: LexborNode) -> int:
    """The ``mem_id`` of the node just after ``node`` and its descendants (-1: none)."""
    after: LexborNode | None = node
    while after is not None:
        if after.next is not None:
            return after.next.mem_id
        after = after.parent
    return -1


def _owner(text: LexborNode) -> LexborNode | None:
    """The nearest block element around a text node."""
    node = text.parent
    for _ in range(MAX_INLINE_DEPTH):
        if node is None or node.tag in BLOCK_TAGS:
            break
        node = node.parent
    return node


def _main_content(page: _Page, *, declared: bool, marks: frozenset[str]) -> tuple[int, int] | None:
    """The positions ``[start, end)`` of the article: the best-voted element, widened (less
    far on a page that ``declared`` itself an article, and on such a page never past the
    page's only ``<article>`` or ``<main>``, the tags in ``marks``: of several, none marks
    where the article ends)."""
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    enough = MIN_PROSE if any(run.prose >= MIN_PROSE for run in page.runs) else 1
    for run in page.runs:
        if run.prose < enough or run.text.endswith(TRUNCATED):
            continue
        node: LexborNode | None = run.owner
        if run.owner.tag in PARAGRAPH_TAGS or run.owner.css_first(_BLOCKS) is None:
            node = run.owner.parent
        share = 1.0
        for _ in range(VOTE_LEVELS):
            if node is None or node.mem_id not in page.positions:
                break  # above <body>
            key = node.mem_id
            nodes[key] = node
            scores[key] = scores.get(key, 0.0) + run.prose * share
            share /= 2
            node = node.parent
    if not scores:
        return None
    best = sorted(scores, key=scores.__getitem__, reverse=True)[:CANDIDATES]
    top = nodes[max(best, key=lambda key: scores[key] * (1 - page.link_density(nodes[key])))]
    start, end = page.span(top)
    held, _, length = page.within(start, end)
    if held < MIN_PROSE:
        return None  # a page of a few scattered words holds no article
    climbs, density, purity = (
        (MAX_CLIMB, CLIMB_LINK_DENSITY, CLIMB_PURITY)
        if declared
        else (PAGE_CLIMB, PAGE_LINK_DENSITY, PAGE_PURITY)
    )
    child, steps = top, 0
    while steps < climbs:
        ancestor = child.parent
        if ancestor is None or ancestor.tag == "body" or ancestor.mem_id not in page.positions:
            break  # the whole page is no article's container
        if declared and child.tag in marks:
            break  # the page marked where its article ends
        wide_start, wide_end = page.span(ancestor)
        prose, linked, wider = page.within(wide_start, wide_end)
        if wider == page.within(*page.span(child))[2]:
            child = ancestor  # a wrapper around the same text: no step (page builders nest deep)
            continue
        if (
            linked < wider * density
            and prose - held >= (wider - length) * purity
            and _adds_only_paragraphs(ancestor, child)
        ):  # the article goes on beside its container (unclosed <div>s nest each paragraph)
            start, end, held, length = wide_start, wide_end, prose, wider
            child = ancestor
            continue
        steps += 1
        if linked < wider * density:
            kind = _kind(child)
            chunks = [node for node in ancestor.iter() if kind[1] and _kind(node) == kind]
            first, last = (page.span(chunks[0])[0], page.span(chunks[-1])[1]) if chunks else (0, 0)
            series, _, series_length = page.within(first, last)
            if prose >= held * CLIMB_GAIN and prose - held >= (wider - length) * purity:
                start, end, held, length = wide_start, wide_end, prose, wider
            elif len(chunks) > 1 and series >= held * CLIMB_GAIN:
                start, end, held, length = first, last, series, series_length
        child = ancestor
    return start, end


def _adds_only_paragraphs(ancestor: LexborNode, child: LexborNode) -> bool:
    """Whether every element in ``ancestor`` beside ``child`` is a paragraph or heading, not
    another container (the text an unclosed ``<div>`` left beside the next one)."""
    return all(
        node.mem_id == child.mem_id or node.tag in INLINE_BESIDE or node.tag not in BLOCK_TAGS
        for node in ancestor.iter()
    )


def _records(page: _Page) -> tuple[int, int, int] | None:
    """The span and text length of the element holding the page's longest series of like
    records (:data:`MIN_RECORDS` or more, :data:`MIN_RECORD_TEXT` long on average, links
    counted): a listing's jobs, a shop's products, a topic's teasers."""
    found: dict[tuple[int, str | None, str], tuple[LexborNode, set[int], list[int]]] = {}
    for run in page.runs:
        node = run.owner
        for _ in range(RECORD_DEPTH):
            parent = node.parent
            if parent is None or parent.mem_id not in page.positions:
                break
            kind = _kind(node)
            if kind[1] or kind[0] in RECORD_TAGS:
                entry = found.setdefault((parent.mem_id, *kind), (parent, set(), [0]))
                entry[1].add(node.mem_id)
                entry[2][0] += run.length
            node = parent
    best = max(
        (
            (length[0], parent)
            for parent, records, length in found.values()
            if len(records) >= MIN_RECORDS and length[0] >= MIN_RECORD_TEXT * len(records)
        ),
        key=lambda pair: pair[0],
        default=None,
    )
    if best is None:
        return None
    start, end = page.span(best[1])
    return start, end, page.within(start, end)[2]


def _kind(node: LexborNode) -> tuple[str | None, str]:
    """What marks an element as one of a series of like blocks: its tag and first class
    (elements without a class are not a series)."""
    classes = (node.attributes.get("class") or "").split()
    return node.tag, classes[0] if classes else ""


def _blocks(runs: Sequence[_Run], *, links: bool = False) -> list[Block]:
    """The runs as blocks, headings marked, runs made mostly of links left out (unless
    ``links``: a listing's titles are links)."""
    blocks = []
    for run in runs:
        text = clean("".join(run.parts))
        if not text or (not links and run.linked > MAX_LINK_DENSITY * len(text)):
            continue
        if _DATA.match(text):
            continue  # a script's data left in the page as text
        level = HEADING_LEVELS.get(run.owner.tag or "")
        if level is None:
            blocks.append(Block(text))
        else:
            blocks.append(Block(text, BlockKind.HEADING, level))
    return blocks


def _without_copies(blocks: list[Block]) -> list[Block]:
    """``blocks`` without a second copy of a passage of :data:`MIN_COPY` characters or more."""
    first: dict[str, int] = {}
    for index, block in enumerate(blocks):
        first.setdefault(block.text, index)
    copies: list[list[int]] = []  # passages: consecutive blocks each repeating an earlier one
    for index, block in enumerate(blocks):
        earlier = first[block.text]
        if earlier == index or len(block.text) < MIN_REPEAT:
            continue
        if copies and copies[-1][-1] == index - 1:
            copies[-1].append(index)
        elif index + 1 < len(blocks) and blocks[index + 1].text == blocks[earlier + 1].text:
            copies.append([index])
    doomed = {
        index
        for passage in copies
        if sum(len(blocks[index].text) for index in passage) >= MIN_COPY
        for index in passage
    }
    return [block for index, block in enumerate(blocks) if index not in doomed]


def _trim(blocks: list[Block], hints: Hints, *, ends: bool = True) -> list[Block]:
    """``blocks`` without copies of the headline, its subtitle or ad labels, a credit line
    before its first paragraph and, with ``ends`` (the page declares itself an article), short
    lines above the body's first long block and short lines or headings after its last (a page
    that is not an article, a shop's or a service's, says much of what it says in short lines)."""
    title = hints.title.casefold() if hints.title else None
    subtitle = hints.subtitle.casefold() if hints.subtitle else None
    names = [author.name.casefold() for author in hints.authors]
    has_long = ends and any(len(block.text) >= MIN_LEAD for block in blocks)
    kept: list[Block] = []
    for block in blocks:
        text = block.text.casefold()
        if text in (title, subtitle) or recognise.is_ad_label(text):
            continue
        if has_long and not kept and len(text) < MIN_LEAD:
            continue  # a kicker, a date, an image count above the body
        before_body = not any(b.kind is BlockKind.PARAGRAPH for b in kept)
        if before_body and recognise.is_credit_line(text, names):
            continue
        kept.append(block)
    last = [
        i
        for i, block in enumerate(kept)
        if block.kind is BlockKind.PARAGRAPH and len(block.text) >= MIN_LAST
    ]
    cut = [i for i, block in enumerate(kept[:-1]) if block.text.endswith(TRUNCATED)]
    if cut and all(len(block.text) < MIN_LEAD for block in kept[cut[-1] + 1 :]):
        return kept[: cut[-1] + 1]  # a preview cut short, then "To read the full story"
    if not ends:
        return kept
    return kept[: last[-1] + 1] if last else kept  # below: "Comments", "Advert", "Topics"
