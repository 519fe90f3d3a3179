"""Read a page's JSON-LD: parse every block leniently, resolve ``@id`` references, find the article.

Pages publish JSON-LD in many shapes: one object, a list, an ``@graph`` whose nodes point at each
other by ``@id``, the article nested under ``mainEntity``. :func:`nodes` flattens all of them into
one list of dicts and :func:`resolve` follows a ``{"@id": ...}`` reference to its node. Broken JSON
(trailing commas, raw line breaks in strings, HTML comments around it) is repaired where a small,
safe fix does it, and skipped otherwise: a broken block never stops the page from being read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import orjson
from selectolax.lexbor import LexborHTMLParser

from ._metadata_dom import ARTICLE_TYPES, PAGE_TYPES

__all__ = ["JsonLd", "Scripts", "ld_scripts", "read_jsonld", "types"]

Scripts = list[tuple[str, str]]
"""Each JSON-LD script of a page, in page order: its ``type`` attribute and its text."""

_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_WRAPPERS = ("<!--", "-->", "<![CDATA[", "]]>", "//<![CDATA[", "//]]>")
_MAX_DEPTH = 12


def _load(text: str) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        pass
    repaired = text.strip()
    for wrapper in _WRAPPERS:
        repaired = repaired.replace(wrapper, "")
    repaired = _TRAILING_COMMA.sub(r"\1", repaired).strip().rstrip(";")
    try:
        return json.loads(repaired, strict=False)
    except (ValueError, RecursionError):
        return None


def types(node: dict[str, Any]) -> set[str]:
    """The node's ``@type`` values, lower case, without a schema.org prefix."""
    value = node.get("@type")
    names = value if isinstance(value, list) else [value]
    return {name.rsplit("/", 1)[-1].lower() for name in names if isinstance(name, str)}


def _walk(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            yield from _walk(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        for key, item in value.items():
            if key != "@context" and isinstance(item, (dict, list)):
                yield from _walk(item, depth + 1)


class JsonLd:
    """Every JSON-LD node on a page, with the article node (and page node) picked out."""

    def __init__(self, nodes: list[dict[str, Any]], url: str | None = None) -> None:
        self.nodes = nodes
        self._by_id = {
            node["@id"]: node
            for node in nodes
            if isinstance(node.get("@id"), str) and len(node) > 1
        }
        node_types = [types(node) for node in nodes]  # read once for both lookups
        self.article = self._first(node_types, ARTICLE_TYPES, url)
        self.page = self._first(node_types, PAGE_TYPES, url)

    def _first(
        self, node_types: list[set[str]], wanted: frozenset[str], url: str | None
    ) -> dict[str, Any] | None:
        """The node of a wanted type about ``url`` (a page may also describe related stories),
        else the first that names a headline, else the first."""
        found = [node for node, named in zip(self.nodes, node_types, strict=True) if named & wanted]
        if len(found) > 1 and url is not None:
            page = _same_page_key(url)
            for node in found:
                entity = self.resolve(node.get("mainEntityOfPage"))
                if isinstance(entity, dict):
                    entity = entity.get("@id") or entity.get("url")
                for value in (node.get("url"), entity):
                    if isinstance(value, str) and _same_page_key(value) == page:
                        return node
        for node in found:
            if node.get("headline"):
                return node
        return found[0] if found else None

    def resolve(self, value: Any) -> Any:
        """Follow a ``{"@id": ...}`` reference to its node; anything else is returned as is."""
        if isinstance(value, dict) and isinstance(value.get("@id"), str) and len(value) <= 2:
            return self._by_id.get(value["@id"], value)
        return value

    def get(self, key: str) -> Any:
        """The article's ``key`` (or the page node's, when the article does not state it)."""
        for node in (self.article, self.page):
            if node is not None and node.get(key) not in (None, "", []):
                return self.resolve(node[key])
        return None


def _same_page_key(url: str) -> str:
    """``url`` without scheme, ``www.``, query, fragment or trailing slash."""
    rest = url.split("://", 1)[-1].split("#", 1)[0].split("?", 1)[0].rstrip("/")
    return rest.removeprefix("www.").lower()


def ld_scripts(tree: LexborHTMLParser) -> Scripts:
    """The page's scripts whose ``type`` names JSON-LD (``application/ld+json`` in any case, or
    with a profile), found by one walk of the tree: the metadata and the page-kind evidence
    both read them."""
    found: Scripts = []
    for script in tree.css("script[type]"):
        kind = script.attributes.get("type") or ""
        if "ld+json" in kind.lower():
            found.append((kind, script.text(deep=True)))
    return found


def read_jsonld(
    tree: LexborHTMLParser, url: str | None = None, scripts: Scripts | None = None
) -> JsonLd:
    """Parse every ``application/ld+json`` script of the page (``scripts`` when the caller has
    already found them) into one :class:`JsonLd`; when several nodes describe articles, the one
    about ``url`` is the article."""
    nodes: list[dict[str, Any]] = []
    for _, text in ld_scripts(tree) if scripts is None else scripts:
        data = _load(text)
        if data is not None:
            nodes.extend(_walk(data))
    return JsonLd(nodes, url)
