"""Markdown: a reader of Markdown articles into blocks, and a writer that reads back exactly.

Writer: front matter, then the body. The front matter holds every field but the sections, one
``key: value`` line each with the value in JSON (which YAML reads too): the same encoding as
``opedkit.json``, so authors, dates and claims come back exactly. The body is ``# Title`` and
the sections (``## Heading``, paragraphs), with every character Markdown would take as syntax
escaped by a backslash.

Reader: front matter in that form is read as it was written, by the JSON parser. Front matter
from other tools is read by real parsers: YAML between ``---`` lines (PyYAML's ``safe_load``,
which builds only plain values) and TOML between ``+++`` lines (``tomllib``). The body is read
by a CommonMark parser (markdown-it-py), so setext headings, emphasis over wrapped lines, lists,
block quotes and escapes mean what CommonMark says. Headings become heading blocks, every
paragraph (in a list item or a block quote too) a paragraph block, with inline markup reduced to
its text: links to their words, emphasis and code to their content. Code blocks, images, rules
and HTML are dropped.
"""

from __future__ import annotations

import itertools
import re
import sys
from typing import Any

import orjson
import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from ._blocks import Block, BlockKind
from ._clean import clean
from ._errors import ParseError
from ._model import Article

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["read", "write"]

_ESCAPED = re.compile(r"([\\`*_\[\]<>&~|#])")
_LINE_START = re.compile(r"^(?:([>+=-])|(\d+)([.)]))")
_OWN_LINE = re.compile(r"^([A-Za-z_][\w-]*): (.*)$")
_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
_COMMONMARK = MarkdownIt("commonmark")
_MAX_NESTING = _COMMONMARK.options.maxNesting - 1
"""How deep block quotes and lists may nest (a list and its item count one level each): 19.
Past it markdown-it skips the rest of the document, so opedkit refuses it rather than drop
text. (A higher limit makes markdown-it's time per ``[`` grow with it.)"""
_CONTAINERS = {"blockquote_open", "bullet_list_open", "ordered_list_open", "list_item_open"}


def write(article: Article, metadata: dict[str, Any]) -> str:
    """``article`` as Markdown; ``metadata`` is its JSON form without the sections."""
    lines = ["---"]
    lines += [f"{key}: {orjson.dumps(value).decode()}" for key, value in metadata.items()]
    lines += ["---", "", f"# {_escape(article.title)}"]
    for section in article.sections:
        if section.heading is not None:
            lines += ["", f"## {_escape(section.heading)}"]
        for paragraph in section.paragraphs:
            lines += ["", _escape(paragraph)]
    return "\n".join(lines) + "\n"


def _escape(text: str) -> str:
    text = _ESCAPED.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", text, count=1)


def read(text: str) -> tuple[dict[str, Any], list[Block]]:
    """The front matter (opedkit's JSON values, or what YAML or TOML say) and the body's blocks."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    front, start = _front_matter(lines)
    return front, _blocks("\n".join(lines[start:]))


def _front_matter(lines: list[str]) -> tuple[dict[str, Any], int]:
    fence = lines[0].strip() if lines else ""
    if fence not in _FENCES:
        return {}, 0
    end = next((i for i, line in enumerate(lines[1:], 1) if line.rstrip() in _FENCES[fence]), 0)
    if not end:
        raise ParseError(f"the front matter opened with {fence} is never closed", 0)
    inside = lines[1:end]
    own = _own_front_matter(inside) if fence == "---" else None
    if own is not None:
        return own, end + 1
    try:
        if fence == "+++":
            value: object = tomllib.loads("\n".join(inside))
        else:
            value = yaml.safe_load("\n".join(inside))
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as error:
        kind = "TOML" if fence == "+++" else "YAML"
        problem = " ".join(str(error).split())
        raise ParseError(f"the front matter is not valid {kind}: {problem}", 0) from None
    if value is None:
        return {}, end + 1
    if not isinstance(value, dict):
        raise ParseError("the front matter is not a mapping of keys to values", 0)
    return {str(key): item for key, item in value.items()}, end + 1


def _own_front_matter(lines: list[str]) -> dict[str, Any] | None:
    """Front matter as ``render`` writes it (``opedkit: 1`` first, a JSON value a line), read
    by the JSON parser it was written for; ``None`` for any other front matter. (PyYAML reads
    YAML 1.1, where JSON is not quite a subset: a U+2028 in a string is a line break there.)"""
    if not lines or not lines[0].startswith("opedkit: "):
        return None
    front: dict[str, Any] = {}
    for line in lines:
        found = _OWN_LINE.match(line)
        if found is None:
            return None
        try:
            front[found.group(1)] = orjson.loads(found.group(2))
        except orjson.JSONDecodeError:
            return None
    return front


def _blocks(body: str) -> list[Block]:
    blocks: list[Block] = []
    tokens = _COMMONMARK.parse(body)
    if any(token.level >= _MAX_NESTING and token.type in _CONTAINERS for token in tokens):
        raise ParseError(
            f"the Markdown nests block quotes and lists more than {_MAX_NESTING} levels deep (a "
            "list and its item count one each), which no article needs; it is refused rather "
            "than read with its deep text dropped"
        )
    for opening, token in itertools.pairwise(tokens):
        if token.type != "inline":
            continue
        text = clean(_text(token.children or []))
        if not text:
            continue
        if opening.type == "heading_open":
            blocks.append(Block(text, BlockKind.HEADING, int(opening.tag[1:])))
        else:
            blocks.append(Block(text))
    return blocks


def _text(children: list[Token]) -> str:
    """The words of inline tokens: text, code and link words kept, images and HTML dropped."""
    words = []
    for child in children:
        if child.type in ("text", "text_special", "code_inline"):
            words.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            words.append(" ")
    return "".join(words)
