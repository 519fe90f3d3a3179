"""opedkit.markdown: articles from Markdown, and Markdown that reads back exactly.

``render`` writes JSON-valued front matter (every field but the sections, as ``opedkit.json``
encodes them) and a body of ``# Title``, ``## Heading`` and paragraphs, escaped so that no text
is taken for markup. ``parse`` reads that back exactly, and reads other Markdown articles too:
YAML or TOML front matter, the first heading as title, the op-ed conventions (byline, bio,
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
from datetime import date, datetime
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


_KEYS = {
    "subtitle": ("subtitle", "description", "summary", "excerpt"),
    "authors": ("authors", "author"),
    "published": ("published", "date", "pubDate", "publishDate"),
    "updated": ("updated", "lastmod", "modified"),
    "tags": ("tags", "keywords", "categories"),
}
"""The names other tools give the fields (Hugo, Jekyll, Pandoc...); the first found wins."""
_URL = re.compile(r"^https?://\S+$")


def _hints(front: dict[str, Any]) -> Hints:
    """What front matter from other tools says, where it says it plainly (YAML or TOML)."""

    def get(field: str) -> object:
        keys = _KEYS.get(field, (field,))
        return next((front[key] for key in keys if front.get(key) is not None), None)

    def text(value: object) -> str | None:
        return clean(value) or None if isinstance(value, str) else None

    url = text(get("url"))
    return Hints(
        title=text(get("title")),
        subtitle=text(get("subtitle")),
        authors=tuple(Author(name=name) for name in _names(get("authors"))),
        published=_when(get("published")),
        updated=_when(get("updated")),
        url=url if url and _URL.match(url) else None,
        tags=tuple(_names(get("tags"), split=True)),
    )


def _names(value: object, *, split: bool = False) -> list[str]:
    """Names from a string (comma-separated when ``split``), a list, or mappings with a name."""
    if isinstance(value, dict):
        value = [value]
    if isinstance(value, str):
        value = value.split(",") if split else [value]
    if not isinstance(value, list):
        return []
    found = (item.get("name") if isinstance(item, dict) else item for item in value)
    names = (clean(str(item)) for item in found if isinstance(item, str | int | float))
    return [name for name in names if name]


def _when(value: object) -> date | None:
    """A day or an aware time from a YAML/TOML date, datetime or ISO 8601 string."""
    if isinstance(value, str):
        written = value.strip()
        try:
            value = datetime.fromisoformat(written.replace("Z", "+00:00"))
        except ValueError:
            day = _DAY.match(written)
            try:
                return date.fromisoformat(day.group(1)) if day else None
            except ValueError:  # 2024-13-45
                return None
    if isinstance(value, datetime):
        return value if value.utcoffset() is not None else value.date()
    return value if isinstance(value, date) else None


_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")


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
