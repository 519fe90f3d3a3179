"""opedkit's own HTML: ``render`` writes an Article as a semantic HTML5 page; ``read`` reads it.

The markup *is* the format: ``read`` takes every field from the visible elements and head tags
below, never from the JSON-LD, so that a page edited by hand reads back as edited. A page is
opedkit's own when it holds ``<article data-opedkit="1">``; ``read`` returns ``None`` for any other
page, and raises :class:`~opedkit.ParseError` (or the model's ``ValidationError``) for opedkit
markup it cannot read. The page, with the field each part holds::

    <!DOCTYPE html>
    <html lang="en">                                  language
    <head>
    <meta charset="utf-8">
    <meta name="generator" content="opedkit">
    <meta name="viewport" …><style>…</style>          (for people reading the page)
    <title>…</title>                                  (the title again, for browsers)
    <link rel="canonical" href="…">                   url
    <meta property="og:site_name" content="…">        publisher
    <script type="application/ld+json">…</script>     schema.org, for other programs (not read)
    </head>
    <body>
    <article data-opedkit="1" data-genre="opinion">   genre
    <header>
    <h1>…</h1>                                        title
    <p class="subtitle">…</p>                         subtitle
    <p class="byline"><span class="author">           authors, in order
      <a rel="author" class="name" href="…">…</a>     name and url (a <span class="name"> without)
      , <span class="role">…</span>, <span class="affiliation">…</span></span>, …</p>
    <p class="dateline"><time class="published" datetime="…">…</time>
      · <time class="updated" datetime="…">…</time></p>   published, updated (ISO 8601)
    </header>
    <section>                                         one per Section
    <h2>…</h2>                                        heading (absent for an untitled lead)
    <p>…<mark data-claim="0" data-kind="policy" data-hedged data-attributed-to="…">…</mark>…</p>
    </section>
    <footer>
    <aside class="author-bio" data-author="0"><p>…</p></aside>   bio of authors[0]
    <p class="disclaimer">…</p>                       disclaimer
    <ul class="tags"><li>…</li></ul>                  tags
    </footer>
    </article>
    </body>
    </html>

Claims are marked where they are: ``<mark data-claim="i">`` around ``claims[i]``'s span, with
its kind, ``data-hedged`` when hedged, and ``data-attributed-to``. A claim inside another nests
inside its ``<mark>``; two claims that cross are split, the later-ending one continuing in a
second ``<mark>`` with the same ``data-claim`` and attributes right after the first. Reading
joins a claim's adjacent fragments again and puts the claims in ``data-claim`` order. Nothing
is written inside a ``<p>`` but the paragraph's escaped text and its marks, so the text a
browser shows is the paragraph, character for character.

The JSON-LD is schema.org: the genre's type (``OpinionNewsArticle`` for opinion, column,
editorial and letter; ``AnalysisNewsArticle``, ``ReviewNewsArticle``, else ``NewsArticle``),
authors as ``Person`` (``description`` the bio, ``jobTitle`` the role, ``affiliation`` an
``Organization``), the publisher as an ``Organization``, tags as ``keywords``, and claims as
``Claim`` items under ``hasPart`` (they are parts of the article's text): ``text``, the kind as
``genre``, the source as ``author``. Hedging has no schema.org term and lives in the markup
only. ``<``, ``>`` and ``&`` are written as ``\\u003c``-style escapes so no text can end the
script element.

Dates are written in ISO 8601 as HTML's ``datetime`` grammar allows: a plain day as
``2019-11-29``, a datetime with its UTC offset and at most milliseconds. When that cannot hold
the value exactly (microseconds, or an offset with seconds, written in UTC), ``data-iso`` holds
its ``isoformat()``, which ``read`` takes when it agrees with the ``datetime`` attribute (a
hand-edited ``datetime`` wins), so that every value reads back exactly.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from html import escape
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .._errors import ParseError, ValidationError
from .._model import Article, Author, Claim, ClaimKind, Genre, Section

__all__ = ["read", "render"]

MARKER = "data-opedkit"
VERSION = "1"

SCHEMA_TYPES = {
    Genre.OPINION: "OpinionNewsArticle",
    Genre.COLUMN: "OpinionNewsArticle",
    Genre.EDITORIAL: "OpinionNewsArticle",
    Genre.LETTER: "OpinionNewsArticle",
    Genre.ANALYSIS: "AnalysisNewsArticle",
    Genre.REVIEW: "ReviewNewsArticle",
    Genre.NEWS: "NewsArticle",
    Genre.FORUM: "DiscussionForumPosting",
    Genre.LISTING: "CollectionPage",
    Genre.COLLECTION: "CollectionPage",
    Genre.PRODUCT: "ItemPage",
    Genre.DOCUMENTATION: "TechArticle",
    Genre.SERVICE: "WebPage",
}
"""The schema.org type of each genre; an article without one is a ``NewsArticle``."""

_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}

_STYLE = (
    "body{max-width:40em;margin:2em auto;padding:0 1em;font:1.1em/1.5 Georgia,serif}"
    " .byline,.dateline,footer{font-size:.9em;color:#444} mark[data-hedged]{background:#fde9b8}"
)


# --- render ----------------------------------------------------------------------------------


def render(article: Article) -> str:
    """``article`` as a complete semantic HTML5 document that :func:`read` reads back exactly."""
    head = [
        '<meta charset="utf-8">',
        '<meta name="generator" content="opedkit">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(article.title)}</title>",
    ]
    url = _web(article.url)
    if url is not None:
        head.append(f'<link rel="canonical" href="{_attr(url)}">')
    if article.publisher is not None:
        head.append(f'<meta property="og:site_name" content="{_attr(article.publisher)}">')
    head.append(f"<style>{_STYLE}</style>")
    head.append(f'<script type="application/ld+json">\n{_json_ld(article)}\n</script>')

    genre = "" if article.genre is None else f' data-genre="{article.genre.value}"'
    lang = "" if article.language is None else f' lang="{_attr(article.language)}"'
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f"<html{lang}>",
            "<head>",
            *head,
            "</head>",
            "<body>",
            f'<article {MARKER}="{VERSION}"{genre}>',
            *_header(article),
            *_sections(article),
            *_footer(article),
            "</article>",
            "</body>",
            "</html>",
            "",
        ]
    )


def _text(value: str) -> str:
    return escape(value, quote=False)


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _web(url: str | None) -> str | None:
    """``url`` when it is http(s), else ``None``: no other URL is written (the model agrees)."""
    return url if url is not None and urlsplit(url).scheme in ("http", "https") else None


def _header(article: Article) -> list[str]:
    lines = ["<header>", f"<h1>{_text(article.title)}</h1>"]
    if article.subtitle is not None:
        lines.append(f'<p class="subtitle">{_text(article.subtitle)}</p>')
    if article.authors:
        lines.append(f'<p class="byline">{", ".join(map(_byline, article.authors))}</p>')
    times = [
        f'<time class="{name}" {_datetime(value)}>{_shown(value)}</time>'
        for name, value in (("published", article.published), ("updated", article.updated))
        if value is not None
    ]
    if times:
        lines.append(f'<p class="dateline">{" · ".join(times)}</p>')
    lines.append("</header>")
    return lines


def _byline(author: Author) -> str:
    name = _text(author.name)
    url = _web(author.url)
    if url is not None:
        parts = [f'<a rel="author" class="name" href="{_attr(url)}">{name}</a>']
    else:
        parts = [f'<span class="name">{name}</span>']
    for field, value in (("role", author.role), ("affiliation", author.affiliation)):
        if value is not None:
            parts.append(f'<span class="{field}">{_text(value)}</span>')
    return f'<span class="author">{", ".join(parts)}</span>'


def _datetime(value: date) -> str:
    """The ``datetime`` attribute, plus ``data-iso`` with the exact value when HTML's grammar
    cannot hold it (microseconds, an offset with seconds)."""
    html, exact = _html_moment(value), value.isoformat()
    if type(value).fromisoformat(html).isoformat() == exact:
        return f'datetime="{html}"'
    return f'datetime="{html}" data-iso="{exact}"'


def _html_moment(value: date) -> str:
    """``value`` as HTML's ``datetime`` grammar allows: at most milliseconds, an offset in whole
    minutes (else the time in UTC)."""
    if not isinstance(value, datetime):
        return value.isoformat()
    offset = value.utcoffset()
    if offset is not None and offset % timedelta(minutes=1):
        value = value.astimezone(timezone.utc)
    return value.isoformat(timespec="seconds" if value.microsecond < 1000 else "milliseconds")


def _shown(value: date) -> str:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return value.isoformat()


def _sections(article: Article) -> list[str]:
    claims: dict[tuple[int, int], list[tuple[int, Claim]]] = {}
    for i, claim in enumerate(article.claims):
        claims.setdefault((claim.section, claim.paragraph), []).append((i, claim))
    lines: list[str] = []
    for s, section in enumerate(article.sections):
        lines.append("<section>")
        if section.heading is not None:
            lines.append(f"<h2>{_text(section.heading)}</h2>")
        lines.extend(
            f"<p>{_marked(paragraph, claims.get((s, p), []))}</p>"
            for p, paragraph in enumerate(section.paragraphs)
        )
        lines.append("</section>")
    return lines


def _marked(paragraph: str, claims: list[tuple[int, Claim]]) -> str:
    """The paragraph's escaped text, each claim in ``<mark>``: nested, or split where they cross.

    At each claim boundary the marks that end there are closed, along with any opened inside
    them; those still running are reopened, together with the claims starting there, longest
    first so that shorter claims nest inside.
    """
    if not claims:
        return _text(paragraph)
    cuts = sorted({0, len(paragraph)} | {c.start for _, c in claims} | {c.end for _, c in claims})
    out: list[str] = []
    stack: list[tuple[int, Claim]] = []
    for here, there in pairwise(cuts):
        ending = [i for i, (_, claim) in enumerate(stack) if claim.end == here]
        running: list[tuple[int, Claim]] = []
        if ending:
            closed = stack[ending[0] :]
            del stack[ending[0] :]
            out.append("</mark>" * len(closed))
            running = [item for item in closed if item[1].end != here]
        running += [item for item in claims if item[1].start == here]
        for item in sorted(running, key=lambda item: (-item[1].end, item[0])):
            out.append(_mark(*item))
            stack.append(item)
        out.append(_text(paragraph[here:there]))
    out.append("</mark>" * len(stack))
    return "".join(out)


def _mark(index: int, claim: Claim) -> str:
    attributes = f'data-claim="{index}" data-kind="{claim.kind.value}"'
    if claim.hedged:
        attributes += " data-hedged"
    if claim.attributed_to is not None:
        attributes += f' data-attributed-to="{_attr(claim.attributed_to)}"'
    return f"<mark {attributes}>"


def _footer(article: Article) -> list[str]:
    lines = [
        f'<aside class="author-bio" data-author="{i}"><p>{_text(author.bio)}</p></aside>'
        for i, author in enumerate(article.authors)
        if author.bio is not None
    ]
    if article.disclaimer is not None:
        lines.append(f'<p class="disclaimer">{_text(article.disclaimer)}</p>')
    if article.tags:
        items = "".join(f"<li>{_text(tag)}</li>" for tag in article.tags)
        lines.append(f'<ul class="tags">{items}</ul>')
    return ["<footer>", *lines, "</footer>"] if lines else []


def _json_ld(article: Article) -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle" if article.genre is None else SCHEMA_TYPES[article.genre],
        "headline": article.title,
    }
    if article.genre is not None:
        data["genre"] = article.genre.value
    if article.subtitle is not None:
        data["alternativeHeadline"] = article.subtitle
    if article.authors:
        data["author"] = [_person(author) for author in article.authors]
    if article.published is not None:
        data["datePublished"] = article.published.isoformat()
    if article.updated is not None:
        data["dateModified"] = article.updated.isoformat()
    if article.publisher is not None:
        data["publisher"] = {"@type": "Organization", "name": article.publisher}
    if _web(article.url) is not None:
        data["url"] = data["mainEntityOfPage"] = article.url
    if article.language is not None:
        data["inLanguage"] = article.language
    if article.tags:
        data["keywords"] = list(article.tags)
    data["wordCount"] = article.word_count
    if article.claims:
        data["hasPart"] = [_claim_ld(claim) for claim in article.claims]
    return json.dumps(data, ensure_ascii=False, indent=1).translate(_JSON_ESCAPES)


def _person(author: Author) -> dict[str, Any]:
    person: dict[str, Any] = {"@type": "Person", "name": author.name}
    if author.bio is not None:
        person["description"] = author.bio
    if author.role is not None:
        person["jobTitle"] = author.role
    if author.affiliation is not None:
        person["affiliation"] = {"@type": "Organization", "name": author.affiliation}
    if _web(author.url) is not None:
        person["url"] = author.url
    return person


def _claim_ld(claim: Claim) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim", "text": claim.text, "genre": claim.kind.value}
    if claim.attributed_to is not None:
        item["author"] = {"name": claim.attributed_to}
    return item


# --- read ------------------------------------------------------------------------------------


def read(tree: LexborHTMLParser) -> Article | None:
    """The Article in a page :func:`render` wrote, or ``None`` when the page is not opedkit's.

    Raises :class:`~opedkit.ParseError` when the page is opedkit's but its markup is broken,
    and :class:`~opedkit.ValidationError` when what it holds breaks the model's rules.
    """
    node = tree.css_first(f"article[{MARKER}]")
    if node is None:
        return None
    version = node.attributes.get(MARKER)
    if version != VERSION:
        raise ParseError(
            f"unknown opedkit markup version {version!r}; this opedkit reads {VERSION!r}"
        )
    header = footer = None
    sections: list[LexborNode] = []
    for child in _children(node, "the article"):
        if child.tag == "header" and header is None:
            header = child
        elif child.tag == "section":
            sections.append(child)
        elif child.tag == "footer" and footer is None:
            footer = child
        else:
            raise ParseError(f"unexpected <{child.tag}> in the opedkit article")
    if header is None:
        raise ParseError("the opedkit article has no <header>")
    title = header.css("h1")
    if len(title) != 1:
        raise ParseError(f"the opedkit article's header needs one <h1>, found {len(title)}")

    built_sections, claims = _read_sections(sections)
    authors = _read_authors(header, footer)
    root = tree.root
    language = root.attributes.get("lang") if root is not None else None
    canonical = tree.css_first('head link[rel="canonical"]')
    publisher = tree.css_first('head meta[property="og:site_name"]')
    tags = _find(footer, "ul.tags")
    return Article(
        title=title[0].text(),
        authors=authors,
        sections=built_sections,
        claims=claims,
        subtitle=_optional_text(header, "p.subtitle"),
        published=_moment(header, "time.published"),
        updated=_moment(header, "time.updated"),
        url=_value(canonical, "href"),
        publisher=_value(publisher, "content"),
        language=language or None,
        genre=_genre(node.attributes.get("data-genre")),
        tags=() if tags is None else tuple(li.text() for li in tags.css("li")),
        disclaimer=_optional_text(footer, "p.disclaimer"),
    )


def _children(node: LexborNode, where: str) -> Iterator[LexborNode]:
    """The element children of ``node``; text outside any element (but whitespace) is an error."""
    for child in node.iter(include_text=True):
        if child.is_element_node:
            yield child
        elif child.is_text_node and (child.text_content or "").strip():
            raise ParseError(f"text outside any paragraph in {where}: {child.text_content!r}")


def _find(node: LexborNode | None, selector: str) -> LexborNode | None:
    return None if node is None else node.css_first(selector)


def _optional_text(node: LexborNode | None, selector: str) -> str | None:
    found = _find(node, selector)
    return None if found is None else found.text()


def _value(node: LexborNode | None, attribute: str) -> str | None:
    return None if node is None else node.attributes.get(attribute)


def _genre(value: str | None) -> Genre | None:
    if value is None:
        return None
    try:
        return Genre(value)
    except ValueError:
        known = ", ".join(genre.value for genre in Genre)
        raise ParseError(f"unknown data-genre {value!r}; expected one of {known}") from None


def _moment(header: LexborNode, selector: str) -> date | None:
    node = header.css_first(selector)
    if node is None:
        return None
    value = node.attributes.get("datetime") or ""
    try:
        moment = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    except ValueError:
        raise ParseError(
            f"<{selector}> needs a datetime attribute in ISO 8601, got {value!r}"
        ) from None
    exact = node.attributes.get("data-iso") or ""
    try:
        precise = datetime.fromisoformat(exact) if "T" in exact else None
    except ValueError:
        return moment  # an edited data-iso: the datetime attribute is the value
    return precise if precise is not None and _html_moment(precise) == value else moment


def _read_authors(header: LexborNode, footer: LexborNode | None) -> tuple[Author, ...]:
    found = header.css("p.byline span.author")
    bios: dict[int, str] = {}
    for aside in [] if footer is None else footer.css("aside.author-bio"):
        index = _index(aside.attributes.get("data-author"), "data-author")
        paragraph = aside.css_first("p")
        if index >= len(found) or index in bios or paragraph is None:
            raise ParseError(
                f'<aside class="author-bio" data-author="{index}"> needs one <p> and one of the '
                f"{len(found)} authors in the byline"
            )
        bios[index] = paragraph.text()
    authors: list[Author] = []
    for i, span in enumerate(found):
        name = span.css_first(".name")
        if name is None:
            raise ParseError(f'author {i} in the byline has no class="name"')
        try:
            authors.append(
                Author(
                    name=name.text(),
                    bio=bios.get(i),
                    affiliation=_optional_text(span, ".affiliation"),
                    role=_optional_text(span, ".role"),
                    url=name.attributes.get("href") if name.tag == "a" else None,
                )
            )
        except ValidationError as error:
            raise error.under(f"$.authors[{i}]") from None
    return tuple(authors)


def _index(value: str | None, attribute: str) -> int:
    if value is None or not value.isascii() or not value.isdigit():
        raise ParseError(f"{attribute} must be a number counting from 0, got {value!r}")
    return int(value)


# One marked stretch of a paragraph: (claim index, start, end, kind, hedged, attributed_to).
_Fragment = tuple[int, int, int, str, bool, str | None]


def _read_sections(nodes: list[LexborNode]) -> tuple[tuple[Section, ...], tuple[Claim, ...]]:
    sections: list[Section] = []
    found: dict[int, list[tuple[int, int, _Fragment]]] = {}
    for s, node in enumerate(nodes):
        heading: str | None = None
        paragraphs: list[str] = []
        for child in _children(node, f"section {s}"):
            if child.tag == "h2" and heading is None and not paragraphs:
                heading = child.text()
            elif child.tag == "p":
                text, fragments = _paragraph(child)
                for fragment in fragments:
                    found.setdefault(fragment[0], []).append((s, len(paragraphs), fragment))
                paragraphs.append(text)
            else:
                raise ParseError(f"unexpected <{child.tag}> in section {s}; expected <h2> then <p>")
        try:
            sections.append(Section(heading=heading, paragraphs=tuple(paragraphs)))
        except ValidationError as error:
            raise error.under(f"$.sections[{s}]") from None
    return tuple(sections), _claims(found, sections)


def _paragraph(node: LexborNode) -> tuple[str, list[_Fragment]]:
    """A ``<p>``'s text and its marked claims, walking the tree without recursion."""
    pieces: list[str] = []
    offset = 0
    fragments: list[_Fragment] = []
    # One entry per open element: its children still to visit, and the mark it opened, if any.
    stack: list[tuple[Iterator[LexborNode], tuple[int, int, LexborNode] | None]] = [
        (node.iter(include_text=True), None)
    ]
    while stack:
        children, mark = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if mark is not None:
                fragments.append(_fragment(mark, offset))
        elif child.is_text_node:
            text = child.text_content or ""
            pieces.append(text)
            offset += len(text)
        elif child.is_element_node:
            opened = None
            if child.tag == "mark" and "data-claim" in child.attributes:
                opened = (_index(child.attributes["data-claim"], "data-claim"), offset, child)
            stack.append((child.iter(include_text=True), opened))
    return "".join(pieces), fragments


def _fragment(mark: tuple[int, int, LexborNode], end: int) -> _Fragment:
    index, start, node = mark
    attributes = node.attributes
    return (
        index,
        start,
        end,
        attributes.get("data-kind") or "",
        "data-hedged" in attributes,
        attributes.get("data-attributed-to"),
    )


def _claims(
    found: dict[int, list[tuple[int, int, _Fragment]]], sections: list[Section]
) -> tuple[Claim, ...]:
    """Join each claim's fragments (adjacent, in one paragraph, alike) into a Claim, by index."""
    claims: list[Claim] = []
    for i in range(len(found)):
        if i not in found:
            raise ParseError(f'no <mark data-claim="{i}"> although claims up to {max(found)} are')
        pieces = sorted(found[i], key=lambda piece: piece[2][1])
        s, p, (_, start, end, kind, hedged, attributed_to) = pieces[0]
        for s2, p2, (_, start2, end2, *rest) in pieces[1:]:
            if (s2, p2) != (s, p) or start2 != end or rest != [kind, hedged, attributed_to]:
                raise ParseError(
                    f"claim {i} is marked in pieces that are not one span: its <mark> elements "
                    "must follow each other in one paragraph with the same attributes"
                )
            end = end2
        try:
            claim_kind = ClaimKind(kind)
        except ValueError:
            known = ", ".join(k.value for k in ClaimKind)
            raise ParseError(f"claim {i} has data-kind {kind!r}; expected one of {known}") from None
        try:
            claims.append(
                Claim(
                    text=sections[s].paragraphs[p][start:end],
                    kind=claim_kind,
                    section=s,
                    paragraph=p,
                    start=start,
                    end=end,
                    hedged=hedged,
                    attributed_to=attributed_to,
                )
            )
        except ValidationError as error:
            raise error.under(f"$.claims[{i}]") from None
    return tuple(claims)
