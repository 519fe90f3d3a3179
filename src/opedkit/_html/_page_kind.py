"""What kind of page a page is, when it is not an article: forum, product, listing, ...

The evidence is read once from the whole tree, before the content extractor prunes it
(:func:`read_evidence`): the JSON-LD ``@type`` values and ``og:type`` the page declares, its
microdata item types, and a few structural marks found by one CSS query (prices, shopping
carts, code blocks, ``<time>`` elements). :func:`page_kind` then weighs it together with what
the extractor found (whether a series of like records outweighed the prose, how much of the
page a series of numbered posts holds) and names the kind, or ``None`` where it does not know
(an article, or a page with no clear marks). The rules are ordered from the most to the least
specific evidence; none names a site.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from urllib.parse import urlsplit

import attrs
from selectolax.lexbor import LexborHTMLParser

from .._model import Genre
from ._jsonld import Scripts, ld_scripts

__all__ = ["Evidence", "Shape", "page_kind", "read_evidence"]

_JSON_LD = "application/ld+json"
_TYPE = re.compile(r'"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")')
_QUOTED = re.compile(r'"([^"]*)"')
_ARTICLE_TYPE = re.compile(r"\w*Article|BlogPosting|LiveBlogPosting|Report")
"""A JSON-LD type that declares the page an article (the first of an ``@type`` list)."""

_MARKS = (
    '[itemtype], [itemprop="price"], [class*="price"], [class*="cart"], [id*="cart"],'
    ' [name*="cart"], [action*="cart"], [class*="basket"], pre, code, time'
)
"""Every element that is evidence of a kind, found by one query."""

FORUM_TYPES = frozenset({"discussionforumposting", "qapage"})
"""JSON-LD types of a forum thread or a question with its answers."""

DOCUMENTATION_TYPES = frozenset({"techarticle", "apireference"})
PRODUCT_TYPES = frozenset({"product", "productgroup"})
LISTING_TYPES = frozenset({"collectionpage", "itemlist"})
SERVICE_TYPES = frozenset({"service", "professionalservice", "localbusiness"})

FORUM_PATH = ("forum", "thread", "/topic", "/t/", "community", "discussion", "/questions/")
DOCUMENTATION_PATH = (
    "/docs",
    "/doc/",
    "/documentation",
    "/api/",
    "/reference",
    "/manual",
    "/guide",
    "/wiki",
    "/learn/",
    "/tutorial",
)
"""Words of a URL path that name a forum or documentation (generic, not a site's)."""

MIN_PRODUCTS = 3
"""A page whose JSON-LD describes this many products lists them (a shop's category page)."""

MIN_THREAD_TIMES = 3
THREAD_SHARE = 0.5
"""A page with this many ``<time>`` elements, whose numbered posts (``post-12``, ``post-13``)
hold more than this share of the prose, is a forum thread (as is one whose URL names a forum
and that shows two)."""

MIN_CODE = 3
"""A page with this many ``<code>`` elements and no dates is documentation."""

MIN_LISTED_PRICES = 20
MIN_RECORD_PRICES = 5
"""A page that shows this many prices (or a series of records and this many) lists products."""


@attrs.frozen(kw_only=True)
class Evidence:
    """What the whole page says about its kind, before any of it is pruned."""

    types: Counter[str]
    """Every JSON-LD ``@type`` value, lower case, with how often it occurs."""
    declared: bool
    """Whether the page declares itself an article (``og:type`` or a JSON-LD article type)."""
    og_type: str
    item_types: frozenset[str]
    """Microdata ``itemtype`` names, lower case (``product`` for ``schema.org/Product``)."""
    prices: int
    carts: int
    codes: int
    pres: int
    times: int
    path: str
    """The URL's path, lower case."""

    @property
    def states_product(self) -> bool:
        """Whether the page states that it is about a product (JSON-LD, og:type, microdata)."""
        return (
            any(self.types[name] for name in PRODUCT_TYPES)
            or self.og_type.startswith("product")
            or self.og_type.endswith(":item")
            or "product" in self.item_types
        )

    @property
    def describes_product(self) -> bool:
        """Whether the page states that it describes a product and not that it is an article."""
        return not self.declared and self.states_product


@attrs.frozen(kw_only=True)
class Shape:
    """What the content extractor found about the page's layout."""

    records: bool
    """A series of like records held far more text than the best prose container."""
    thread_share: Callable[[], float]
    """The share of the prose in the page's longest series of numbered posts (computed only
    when asked)."""


def read_evidence(
    tree: LexborHTMLParser, url: str | None, scripts: Scripts | None = None
) -> Evidence:
    """The kind evidence in ``tree`` (whole, before pruning) found at ``url`` (``scripts``: its
    JSON-LD scripts, when the caller has already found them)."""
    types: Counter[str] = Counter()
    declared = False
    if scripts is None:
        scripts = ld_scripts(tree)
    for kind, text in scripts:
        if kind.lower() != _JSON_LD:  # as the selector type="application/ld+json" matches
            continue
        for value in _TYPE.findall(text):
            names = _QUOTED.findall(value)
            if names and _ARTICLE_TYPE.fullmatch(names[0]):
                declared = True
            types.update(name.lower() for name in names)
    og = tree.css_first('meta[property="og:type"]')
    og_type = (og.attributes.get("content") or "").strip().lower() if og is not None else ""
    declared = declared or og_type == "article"
    items: set[str] = set()
    prices = carts = codes = pres = times = 0
    for node in tree.css(_MARKS):
        tag = node.tag
        if tag == "code":
            codes += 1
            continue
        if tag == "pre":
            pres += 1
            continue
        if tag == "time":
            times += 1
            continue
        attributes = node.attributes
        item = attributes.get("itemtype")
        if item:
            items.add(item.rstrip("/").rsplit("/", 1)[-1].lower())
        classes = attributes.get("class") or ""
        if "price" in classes or attributes.get("itemprop") == "price":
            prices += 1
        if _names_cart(classes, attributes):
            carts += 1
    return Evidence(
        types=types,
        declared=declared,
        og_type=og_type,
        item_types=frozenset(items),
        prices=prices,
        carts=carts,
        codes=codes,
        pres=pres,
        times=times,
        path=urlsplit(url).path.lower() if url else "",
    )


def _names_cart(names: str, attributes: dict[str, str | None]) -> bool:
    if "cart" in names or "basket" in names:
        return True
    return any("cart" in (attributes.get(name) or "") for name in ("id", "name", "action"))


def page_kind(evidence: Evidence, shape: Shape) -> Genre | None:
    """The kind of page the evidence shows, or ``None`` for an article or an unknown kind."""
    types, path, og = evidence.types, evidence.path, evidence.og_type
    if not FORUM_TYPES.isdisjoint(types):
        return Genre.FORUM
    if evidence.times >= 2 and _any_in(path, FORUM_PATH):
        return Genre.FORUM
    if (
        not evidence.declared
        and evidence.times >= MIN_THREAD_TIMES
        and shape.thread_share() > THREAD_SHARE
    ):
        return Genre.FORUM
    if not DOCUMENTATION_TYPES.isdisjoint(types):
        return Genre.DOCUMENTATION
    code = evidence.codes >= MIN_CODE or evidence.pres >= 2
    if (evidence.codes >= MIN_CODE and not evidence.declared and not evidence.times) or (
        code and _any_in(path, DOCUMENTATION_PATH)
    ):
        return Genre.DOCUMENTATION
    products = sum(types[name] for name in PRODUCT_TYPES)
    if (
        products >= MIN_PRODUCTS
        or og == "product.group"
        or (types["collectionpage"] and evidence.prices >= MIN_PRODUCTS)
    ):
        return Genre.COLLECTION
    if evidence.states_product:
        return Genre.PRODUCT
    if evidence.declared:
        return None
    if evidence.prices >= MIN_LISTED_PRICES:
        return Genre.COLLECTION
    if evidence.carts and evidence.prices:
        return Genre.PRODUCT
    if not LISTING_TYPES.isdisjoint(types):
        return Genre.LISTING
    if shape.records:
        return Genre.COLLECTION if evidence.prices >= MIN_RECORD_PRICES else Genre.LISTING
    if not SERVICE_TYPES.isdisjoint(types):
        return Genre.SERVICE
    return None


def _any_in(path: str, words: tuple[str, ...]) -> bool:
    return any(word in path for word in words)
