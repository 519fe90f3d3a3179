"""Main-content extraction: the article's paragraphs and subheadings out of a whole web page.

The parser (C) does the bulk work; Python walks the remaining tree once:

1. Junk elements (:data:`~._cues.JUNK_TAGS`) go, then every element whose class or id names
   boilerplate (:data:`~._cues.BOILERPLATE_WORDS`), unless it is the article's semantic markup
   or holds most of the page's prose.
2. One walk cuts the page's text into *runs*: the text between two block boundaries, owned by
   its nearest block element (a ``<p>``, a ``<li>``, a ``<div>`` holding text of its own, ...).
3. Each run with enough text outside links votes for its container: full weight for the block
   holding it, half for the next ancestor, and so on. The best-voted element, weighed by its link
   density, is the article; siblings that carry a good share of prose themselves join it.
4. The runs inside the article become blocks (``h2`` to ``h4``: headings); runs made mostly of
   links, the repeated headline and a byline before the body are dropped.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import attrs
from selectolax.lexbor import LexborHTMLParser, LexborNode

from .._blocks import Block, BlockKind, Hints
from .._clean import clean
from ._cues import (
    BLOCK_TAGS,
    BOILERPLATE_TOKENS,
    BOILERPLATE_WORDS,
    BYLINE_PREFIXES,
    CELL_TAGS,
    HEADING_LEVELS,
    HIDDEN,
    JUNK_TAGS,
    NOT_BODY_TAGS,
    PARAGRAPH_TAGS,
    PROTECTED,
)

__all__ = ["extract_blocks"]

_BLOCKS = ", ".join(sorted(BLOCK_TAGS))

_BOILERPLATE = ", ".join(
    [
        *(f'[class*="{word}" i], [id*="{word}" i]' for word in BOILERPLATE_WORDS),
        *(f'[class~="{token}" i], [id="{token}" i]' for token in BOILERPLATE_TOKENS),
        HIDDEN,
    ]
)

MIN_PROSE = 25
"""Runs with fewer characters outside links than this do not vote for a container..."""

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

MAX_CLIMB = 4
"""How many levels the container may widen to take in article text split over several blocks."""

CLIMB_GAIN = 1.15
"""The container widens to an ancestor that holds this much more prose..."""

CLIMB_LINK_DENSITY = 0.3
"""...and less than this share of whose text is in links, when either the added text is nearly
all prose..."""

CLIMB_PURITY = 0.8
"""...(this share of it in runs that vote), or the prose comes from siblings of the same kind."""

MAX_LINK_DENSITY = 0.5
"""A run with more of its text in links than this is navigation, not prose."""

MAX_BYLINE = 100
"""A credit line ("By Jane Doe, Staff Writer") is shorter than this."""


@attrs.define
class _Run:
    """Text between two block boundaries, owned by its nearest block element."""

    owner: LexborNode
    position: int
    """The owner's place in document order, to test whether the run lies in a container."""
    parts: list[str] = attrs.Factory(list)
    linked: int = 0
    """Characters of the run inside links."""

    def text(self) -> str:
        return clean("".join(self.parts))


def extract_blocks(tree: LexborHTMLParser, hints: Hints) -> list[Block]:
    """The page's main content as blocks, in reading order (may be empty). Changes ``tree``."""
    body = tree.body
    if body is None:
        return []
    tree.strip_tags(JUNK_TAGS)
    tree.strip_tags(NOT_BODY_TAGS)
    positions, runs = _runs(body)
    if _remove_boilerplate(body, runs):
        positions, runs = _runs(body)
    article = _main_content(runs)
    if not article:
        return []
    start, end = positions[article[0].mem_id], _span_end(article[-1], positions)
    chosen = [run for run in runs if start <= run.position < end]
    return _drop_title_and_byline(_blocks(chosen), hints)


def _runs(body: LexborNode) -> tuple[dict[int, int], list[_Run]]:
    """Every element's place in document order, and the page's runs of text in order."""
    positions: dict[int, int] = {}
    runs: list[_Run] = []
    current: _Run | None = None
    for position, node in enumerate(body.traverse(include_text=True)):
        tag = node.tag
        if tag != "-text":
            positions[node.mem_id] = position
            if tag in BLOCK_TAGS:
                current = None
            elif tag in CELL_TAGS and current is not None:
                current.parts.append(" ")
            continue
        text = node.text_content or ""
        if node.is_empty_text_node:
            if current is not None:
                current.parts.append(" ")
            continue
        owner, linked = _owner(node)
        if owner is None:
            continue
        if current is None or current.owner.mem_id != owner.mem_id:
            current = _Run(owner, positions.get(owner.mem_id, position))
            runs.append(current)
        current.parts.append(text)
        if linked:
            current.linked += len(text.strip())
    return positions, runs


def _owner(text: LexborNode) -> tuple[LexborNode | None, bool]:
    """The nearest block element around a text node, and whether the text is in a link."""
    linked = False
    node = text.parent
    for _ in range(MAX_INLINE_DEPTH):
        if node is None or node.tag in BLOCK_TAGS:
            break
        if node.tag == "a":
            linked = True
        node = node.parent
    return node, linked


def _prose(run: _Run) -> int:
    return len("".join(run.parts).strip()) - run.linked


def _remove_boilerplate(body: LexborNode, runs: Sequence[_Run]) -> bool:
    """Remove elements named as boilerplate unless they are, or hold most of, the article.

    Decisions are taken on the intact tree; removal then runs from the last match to the
    first, so that no element is touched after an ancestor of it has been destroyed.
    Says whether anything was removed.
    """
    matches = body.css(_BOILERPLATE)
    if not matches:
        return False
    prose = {run.owner.mem_id: 0 for run in runs}
    for run in runs:
        prose[run.owner.mem_id] += max(_prose(run), 0)
    total = sum(prose.values())
    doomed = []
    for node in matches:
        if node.tag in ("html", "body") or node.css_matches(PROTECTED):
            continue
        held = prose.get(node.mem_id, 0) + sum(
            prose.get(inner.mem_id, 0) for inner in node.css("*")
        )
        if held <= total * PROTECTED_SHARE:
            doomed.append(node)
    for node in reversed(doomed):
        node.decompose()
    return bool(doomed)


def _main_content(runs: Sequence[_Run]) -> list[LexborNode]:
    """The first and last element holding the article's runs (the same one when it is whole).

    The best-voted element may be one of a series of like blocks (an article cut into chunks
    between ads): up to :data:`MAX_CLIMB` levels up, its siblings of the same kind join it
    when together they hold clearly more prose.
    """
    scores: dict[int, float] = {}
    totals: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for run in runs:
        weight = _prose(run)
        if weight < MIN_PROSE or "".join(run.parts).rstrip().endswith(TRUNCATED):
            continue
        node: LexborNode | None = run.owner
        if run.owner.tag in PARAGRAPH_TAGS or run.owner.css_first(_BLOCKS) is None:
            node = run.owner.parent
        share = 1.0
        for _ in range(VOTE_LEVELS):
            if node is None:
                break
            key = node.mem_id
            nodes[key] = node
            totals[key] = totals.get(key, 0.0) + weight
            scores[key] = scores.get(key, 0.0) + weight * share
            share /= 2
            node = node.parent
    if not scores:
        return []
    best = sorted(scores, key=scores.__getitem__, reverse=True)[:CANDIDATES]
    top = max(best, key=lambda key: scores[key] * (1 - _link_density(nodes[key])))
    article = [nodes[top]]
    child = nodes[top]
    held = totals[top]
    length = _text_length(child)
    for _ in range(MAX_CLIMB):
        ancestor = child.parent
        if ancestor is None:
            break
        if _link_density(ancestor) < CLIMB_LINK_DENSITY:
            prose = totals.get(ancestor.mem_id, 0.0)
            wider = _text_length(ancestor)
            kind = _kind(child)
            chunks = [node for node in ancestor.iter() if kind[1] and _kind(node) == kind]
            series = sum(totals.get(node.mem_id, 0.0) for node in chunks)
            if prose >= held * CLIMB_GAIN and prose - held >= (wider - length) * CLIMB_PURITY:
                article, held, length = [ancestor], prose, wider
            elif len(chunks) > 1 and series >= held * CLIMB_GAIN:
                article, held = [chunks[0], chunks[-1]], series
                length = sum(_text_length(node) for node in chunks)
        child = ancestor
    return article


def _text_length(node: LexborNode) -> int:
    return len(node.text(strip=True))


def _kind(node: LexborNode) -> tuple[str | None, str]:
    """What marks an element as one of a series of like blocks: its tag and first class
    (elements without a class are not a series)."""
    classes = (node.attributes.get("class") or "").split()
    return node.tag, classes[0] if classes else ""


def _link_density(node: LexborNode) -> float:
    length = len(node.text())
    if not length:
        return 1.0
    return sum(len(link.text()) for link in node.css("a")) / length


def _span_end(node: LexborNode, positions: dict[int, int]) -> int:
    """The document-order position just after ``node`` and its descendants."""
    after: LexborNode | None = node
    while after is not None:
        following = after.next
        while following is not None and following.mem_id not in positions:
            following = following.next
        if following is not None:
            return positions[following.mem_id]
        after = after.parent
    return sys.maxsize


def _blocks(runs: Sequence[_Run]) -> list[Block]:
    blocks = []
    for run in runs:
        text = run.text()
        if not text or run.linked > MAX_LINK_DENSITY * len(text):
            continue
        level = HEADING_LEVELS.get(run.owner.tag or "")
        if level is None:
            blocks.append(Block(text))
        else:
            blocks.append(Block(text, BlockKind.HEADING, level))
    return blocks


def _drop_title_and_byline(blocks: list[Block], hints: Hints) -> list[Block]:
    """``blocks`` without copies of the headline and without a credit line before the body."""
    title = hints.title.casefold() if hints.title else None
    names = [author.name.casefold() for author in hints.authors]
    kept: list[Block] = []
    for block in blocks:
        text = block.text.casefold()
        if text == title:
            continue
        before_body = not any(b.kind is BlockKind.PARAGRAPH for b in kept)
        if (
            before_body
            and len(text) <= MAX_BYLINE
            and (text.startswith(BYLINE_PREFIXES) or any(name in text for name in names))
        ):
            continue
        kept.append(block)
    return kept
