"""Blocks, the shared middle of every reader: ``reader -> blocks (+ hints) -> assemble -> Article``.

A reader knows one format and nothing about op-eds: it turns its input into a list of
:class:`Block` (clean text with a kind) and hands over whatever metadata the format states
explicitly as :class:`Hints`. :func:`assemble` knows op-eds and nothing about formats: it decides
which blocks are headline, byline, dateline, bio, disclaimer, boilerplate, headings and body.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date

import attrs

from ._errors import ParseError
from ._model import Article, Author, Genre, Section

__all__ = ["Block", "BlockKind", "Hints", "assemble"]


class BlockKind(enum.Enum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"


@attrs.frozen
class Block:
    """One unit a reader found: a paragraph or a heading, as clean text."""

    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    level: int = 0
    """Heading level where the format says (Markdown ``##`` is 2, ``<h3>`` is 3), else 0."""


@attrs.frozen(kw_only=True)
class Hints:
    """What a reader knows for sure besides the blocks (HTML metadata, a marked-up byline)."""

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[Author, ...] = ()
    published: date | None = None
    updated: date | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = None
    genre: Genre | None = None
    tags: tuple[str, ...] = ()
    disclaimer: str | None = None


def assemble(blocks: Sequence[Block], hints: Hints) -> Article:
    """Build an Article from blocks: a heading starts a new section, paragraphs fill it."""
    if hints.title is None:
        raise ParseError("no headline found")
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = []
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            if heading is not None or paragraphs:
                sections.append(Section(heading=heading, paragraphs=tuple(paragraphs)))
            heading, paragraphs = block.text, []
        else:
            paragraphs.append(block.text)
    if heading is not None or paragraphs:
        sections.append(Section(heading=heading, paragraphs=tuple(paragraphs)))
    if not any(section.paragraphs for section in sections):
        raise ParseError("no article body found")
    return Article(
        title=hints.title,
        subtitle=hints.subtitle,
        authors=hints.authors,
        sections=tuple(sections),
        published=hints.published,
        updated=hints.updated,
        url=hints.url,
        publisher=hints.publisher,
        language=hints.language,
        genre=hints.genre,
        tags=hints.tags,
        disclaimer=hints.disclaimer,
    )
