"""Markdown: a reader of Markdown articles into blocks, and a writer that reads back exactly.

Writer: front matter, then the body. The front matter holds every field but the sections, one
``key: value`` line each with the value in JSON (which YAML reads too): the same encoding as
``opedkit.json``, so authors, dates and claims come back exactly. The body is ``# Title`` and
the sections (``## Heading``, paragraphs), with every character Markdown would take as syntax
escaped by a backslash.

Reader: front matter in that form is read as it is written; simple ``key: value`` front matter
from other tools (``title``, ``author``, ``date``, ``description``, ``tags``) is read as plain
values. The body's blocks: ATX headings (the first ``#`` heading is the title when the front
matter has none), paragraphs (wrapped lines joined), list items and block quotes (each a
paragraph), with inline markup reduced to its text: links to their words, emphasis and code
to their content, escapes undone. Code fences, images, rules and HTML comments are dropped.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

from ._blocks import Block, BlockKind
from ._clean import clean
from ._errors import ParseError
from ._model import Article

__all__ = ["read", "write"]

_ESCAPED = re.compile(r"([\\`*_\[\]<>&~|#])")
_LINE_START = re.compile(r"^(?:([>+=-])|(\d+)([.)]))")
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_INLINE = re.compile(
    r"\\[!-/:-@\[-`{-~]"  # an escaped character: kept for _UNESCAPE
    r"|!\[[^\]]*\]\([^)]*\)"  # an image: dropped
    r"|\[((?:\\.|[^\]\\])*)\]\([^)]*\)"  # a link: its words
    r"|`+([^`]*)`+"  # code: its content
    r"|(\*\*|__|\*|_)(?=\S)((?:\\.|(?!\3).)+?)(?<=\S)\3"  # emphasis: its content
    r"|<(https?://[^>\s]+)>"  # an autolink: the address
    r"|<!--.*?-->|</?[A-Za-z][^>]*>"  # HTML: dropped
)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+")
_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*):\s*(.*)$")
_PLAIN_KEYS = {"description": "subtitle", "date": "published", "author": "authors"}


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
    """The front matter (JSON values, or plain strings from other tools) and the body's blocks."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    front, start = _front_matter(lines)
    return front, _blocks(lines[start:])


def _front_matter(lines: list[str]) -> tuple[dict[str, Any], int]:
    if not lines or lines[0].strip() != "---":
        return {}, 0
    front: dict[str, Any] = {}
    for number, line in enumerate(lines[1:], 1):
        if line.strip() in ("---", "..."):
            return front, number + 1
        found = _FRONT_KEY.match(line)
        if found is None:
            continue  # a nested YAML line from another tool: not ours to read
        key, raw = found.groups()
        try:
            front[key] = orjson.loads(raw)
        except orjson.JSONDecodeError:
            front[_PLAIN_KEYS.get(key, key)] = raw.strip().strip("'\"")
    raise ParseError("the front matter opened with --- is never closed", 0)


def _blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    paragraph: list[str] = []
    fenced = False

    def flush() -> None:
        text = clean(_inline(" ".join(paragraph)))
        if text:
            blocks.append(Block(text))
        paragraph.clear()

    for line in lines:
        if _FENCE.match(line):
            fenced = not fenced
            flush()
            continue
        if fenced:
            continue
        stripped = line.strip()
        heading = _HEADING.match(stripped)
        if not stripped or _RULE.match(line) or heading:
            flush()
            if heading:
                text = clean(_inline(heading.group(2)))
                if text:
                    blocks.append(Block(text, BlockKind.HEADING, len(heading.group(1))))
            continue
        if stripped.startswith(">"):
            stripped = stripped.lstrip("> ")
        if _ITEM.match(line):
            flush()
            stripped = _ITEM.sub("", line, count=1)
        paragraph.append(stripped)
    flush()
    return blocks


def _inline(text: str) -> str:
    def replace(found: re.Match[str]) -> str:
        whole = found.group()
        if whole.startswith("\\"):
            return whole
        for group in (1, 2, 4, 5):
            if found.group(group) is not None:
                return _inline(found.group(group)) if group == 4 else found.group(group)
        return ""

    return _UNESCAPE.sub(r"\1", _INLINE.sub(replace, text))
