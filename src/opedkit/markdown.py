"""opedkit.markdown: articles from Markdown, and Markdown that reads back exactly.

``render`` writes JSON-valued front matter (every field but the sections, as ``opedkit.json``
encodes them) and a body of ``# Title``, ``## Heading`` and paragraphs, escaped so that no text
is taken for markup. ``parse`` reads that back exactly, and reads other Markdown articles too:
simple front matter, the first ``#`` heading as title, the op-ed conventions (byline, bio,
boilerplate) found by the same rules as plain text.

>>> import opedkit, opedkit.markdown
>>> article = opedkit.Article(title="Plant *more* trees",
...     sections=(opedkit.Section(paragraphs=("# is not a heading here.",)),))
>>> print(opedkit.markdown.render(article))
---
opedkit: 1
title: "Plant *more* trees"
---
<BLANKLINE>
# Plant \\*more\\* trees
<BLANKLINE>
\\# is not a heading here.
<BLANKLINE>
>>> opedkit.markdown.parse(opedkit.markdown.render(article)) == article
True
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import attrs

from ._blocks import Block, BlockKind, Hints, assemble
from ._clean import clean
from ._errors import ParseError, ValidationError
from ._limits import MAX_BYTES
from ._limits import text as checked
from ._markdown import read, write
from ._model import Article, Author
from ._wire import from_dict, to_dict
from .claims import Extractor, with_claims

__all__ = ["parse", "render"]


def render(article: Article) -> str:
    """``article`` as Markdown with front matter; ``parse`` reads it back unchanged."""
    metadata = to_dict(article)
    metadata.pop("sections", None)
    return write(article, metadata)


def parse(
    markdown: str, *, claims: bool | Extractor = True, max_bytes: int | None = MAX_BYTES
) -> Article:
    """The article in ``markdown``; ``claims``, ``max_bytes`` and the ``str`` it must be as for
    ``opedkit.text.parse``.

    Claims written in opedkit's front matter are kept as they are, and not extracted again
    (``claims=False`` drops them, an extractor replaces them).
    """
    front, blocks = read(checked(markdown, max_bytes, "opedkit.markdown.parse"))
    if "opedkit" in front:
        if blocks and blocks[0].kind is BlockKind.HEADING and blocks[0].level == 1:
            blocks = blocks[1:]
        front["sections"] = _sections(blocks)
        try:
            article = from_dict(front)
        except ValidationError as error:
            raise ParseError(
                f"the front matter does not describe a valid article:\n{error}"
            ) from None
        return article if claims is True else with_claims(attrs.evolve(article, claims=()), claims)
    if front.get("title") is None and blocks and blocks[0].kind is BlockKind.HEADING:
        front["title"], blocks = blocks[0].text, blocks[1:]
    return with_claims(assemble(blocks, _hints(front)), claims)


_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def _hints(front: dict[str, Any]) -> Hints:
    """What simple front matter from other tools says, where it says it plainly."""

    def text(key: str) -> str | None:
        value = front.get(key)
        return clean(value) or None if isinstance(value, str) else None

    names = front.get("authors")
    names = [names] if isinstance(names, str) else names if isinstance(names, list) else []
    tags = front.get("tags")
    tags = tags.split(",") if isinstance(tags, str) else tags if isinstance(tags, list) else []
    day = _DAY.match(str(front.get("published", "")))
    return Hints(
        title=text("title"),
        subtitle=text("subtitle"),
        authors=tuple(Author(name=n) for n in map(clean, map(str, names)) if n),
        published=date.fromisoformat(day.group(1)) if day else None,
        tags=tuple(t for t in map(clean, map(str, tags)) if t),
    )


def _sections(blocks: list[Block]) -> list[dict[str, Any]]:
    sections: list[dict[str, Any]] = []
    for block in blocks:
        if block.kind is BlockKind.HEADING or not sections:
            sections.append({"paragraphs": []})
            if block.kind is BlockKind.HEADING:
                sections[-1]["heading"] = block.text
                continue
        sections[-1]["paragraphs"].append(block.text)
    return sections
