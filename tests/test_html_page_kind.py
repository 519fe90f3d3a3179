"""opedkit.html.parse names the kind of a page that is not an article in ``genre``, from what the
page declares and how it is built, and leaves articles' genres alone."""

from __future__ import annotations

import json

import pytest

import opedkit.html
from opedkit import Genre, ParseError

PROSE = (
    "The valley trail climbs gently for the first two miles and then turns steeply uphill "
    "through old oak woods, where the path is rocky and can be slippery after rain."
)


def page(body: str, head: str = "", title: str = "A page about the valley") -> str:
    return (
        f"<!doctype html><html lang='en'><head><title>{title}</title>{head}</head>"
        f"<body><h1>{title}</h1>{body}</body></html>"
    )


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def genre(html: str, url: str = "https://site.example/page") -> Genre | None:
    return opedkit.html.parse(html, url=url, claims=False).genre


def test_an_article_keeps_the_genre_its_metadata_states() -> None:
    """A page declared an opinion article is read as one, not as some other kind of page."""
    head = ld({"@type": "OpinionNewsArticle", "headline": "A page about the valley"})
    assert genre(page(f"<p>{PROSE}</p><p>{PROSE}</p>", head)) is Genre.OPINION


def test_an_undeclared_page_of_prose_has_no_kind() -> None:
    """Without marks of another kind a page of prose names no genre."""
    assert genre(page(f"<p>{PROSE}</p><p>{PROSE}</p>")) is None


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        ({"@type": "DiscussionForumPosting", "headline": "Trail"}, Genre.FORUM),
        ({"@type": "QAPage", "mainEntity": {"@type": "Question"}}, Genre.FORUM),
        ({"@type": "Product", "name": "Boots", "offers": {"@type": "Offer"}}, Genre.PRODUCT),
        ({"@type": "ItemList", "itemListElement": []}, Genre.LISTING),
        ({"@type": "TechArticle", "headline": "Install"}, Genre.DOCUMENTATION),
        ({"@type": "ProfessionalService", "name": "Valley Guides"}, Genre.SERVICE),
        ({"@type": "ItemList", "itemListElement": [{"@type": "Product"}] * 3}, Genre.COLLECTION),
    ],
)
def test_json_ld_types_name_the_kind(data: object, kind: Genre) -> None:
    """A page's JSON-LD type names its kind: forum, product, listing, documentation, ..."""
    assert genre(page(f"<p>{PROSE}</p>", ld(data))) is kind


def test_open_graph_product_types_name_a_product_or_a_collection() -> None:
    """``og:type`` product is one product's page, product.group a shop's category."""
    product = '<meta property="og:type" content="product">'
    group = '<meta property="og:type" content="product.group">'
    assert genre(page(f"<p>{PROSE}</p>", product)) is Genre.PRODUCT
    assert genre(page(f"<p>{PROSE}</p>", group)) is Genre.COLLECTION


def test_a_price_and_a_cart_make_a_product_page() -> None:
    """An undeclared page with a price and an add-to-cart form is a product page."""
    body = f'<p>{PROSE}</p><span class="price">$20</span><form class="add-to-cart"></form>'
    assert genre(page(body)) is Genre.PRODUCT


def test_a_thread_of_dated_posts_at_a_forum_address_is_a_forum() -> None:
    """Dated posts under a URL that names a forum thread make a forum page."""
    posts = "".join(
        f'<div class="post" id="post-{n}"><time>2024-01-0{n}</time><p>{PROSE}</p></div>'
        for n in range(1, 4)
    )
    assert genre(page(posts), "https://site.example/threads/valley-trail.81") is Genre.FORUM


def test_code_blocks_under_a_documentation_address_are_documentation() -> None:
    """A page with code examples under ``/docs/`` is documentation."""
    body = f"<p>{PROSE}</p><pre><code>pip install x</code></pre><pre><code>x run</code></pre>"
    assert genre(page(body), "https://site.example/docs/install") is Genre.DOCUMENTATION


def test_a_series_of_like_records_is_a_listing() -> None:
    """Many like entries that outweigh the page's prose make a listing."""
    entries = "".join(
        f'<div class="entry"><h3><a href="/e/{n}">Guided walk number {n} up the valley</a></h3>'
        f"<span>Saturday morning, meet at the old mill car park at nine.</span></div>"
        for n in range(8)
    )
    assert genre(page(f"<p>A short intro.</p>{entries}")) is Genre.LISTING


def test_a_page_of_another_kind_without_prose_says_what_it_is() -> None:
    """The ParseError for a product page with no text names the kind of page."""
    head = ld({"@type": "Product", "name": "Boots"})
    with pytest.raises(ParseError, match="it is a product page, not an article"):
        opedkit.html.parse(page("<img src='boots.jpg'>", head, title="Boots"), claims=False)
