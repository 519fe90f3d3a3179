"""Rendering untrusted text is safe: every field is escaped, only http(s) URLs are written, the
JSON-LD cannot be broken out of, and dates are written as HTML's grammar allows, all checked by
parsing the output with a real HTML5 parser (Lexbor, through selectolax)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from selectolax.lexbor import LexborHTMLParser

import opedkit.html
import opedkit.markdown
from opedkit import Article, Author, Claim, ClaimKind, Section, ValidationError, strategies

VECTORS = [
    "<script>alert(1)</script>",
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)' autofocus x='",
    "javascript:alert(1)",
    '<a href="javascript:alert(1)">click</a>',
    "<!--<script>alert(1)//-->",
    "]]><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "</style><script>alert(1)</script>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<body onload=alert(1)>",
    "<object data=javascript:alert(1)>",
    "</SCRIPT ><script>alert(1)</script>",
]

ELEMENTS = {
    *"html head body meta title link style script article header h1 p span a time".split(),
    *"section h2 mark footer aside ul li".split(),
}
"""Every element opedkit's own page may hold..."""

ATTRIBUTES = {
    *"lang charset name content rel href property type class datetime data-iso".split(),
    *"data-opedkit data-genre data-claim data-kind data-hedged data-attributed-to".split(),
    "data-author",
}
"""...and every attribute."""


def article_with(vector: str) -> Article:
    """An article carrying ``vector`` in every text field opedkit writes."""
    return Article(
        title=vector,
        subtitle=vector,
        authors=(
            Author(name=vector, bio=vector, role=vector, affiliation=vector),
            Author(name="Ann Lee", url="https://example.org/ann?q=<x>&r='\"'"),
        ),
        sections=(Section(heading=vector, paragraphs=(vector, f"Before {vector} after.")),),
        claims=(
            Claim(
                text=vector,
                kind=ClaimKind.FACT,
                section=0,
                paragraph=0,
                start=0,
                end=len(vector),
                attributed_to=vector,
            ),
        ),
        publisher=vector,
        tags=(vector, "plain"),
        disclaimer=vector,
        url="https://example.org/a?x=</script>&y=\"'",
    )


def assert_inert(page: str) -> LexborHTMLParser:
    """No element, attribute or URL in ``page`` that opedkit did not mean to write."""
    tree = LexborHTMLParser(page)
    assert tree.root is not None
    for node in tree.root.traverse():
        assert node.tag in ELEMENTS, f"a live <{node.tag}> element"
        for name, value in node.attributes.items():
            assert not name.lower().startswith("on"), f"a live {name} attribute"
            assert name in ATTRIBUTES, f"a stray {name} attribute"
            if name == "href":
                assert value is not None
                assert value.startswith(("http://", "https://")), f"href={value!r}"
    scripts = tree.css("script")
    assert [script.attributes.get("type") for script in scripts] == ["application/ld+json"]
    assert isinstance(json.loads(scripts[0].text()), dict)
    return tree


@pytest.mark.parametrize("vector", VECTORS)
def test_xss_vectors_in_every_field_stay_text(vector: str) -> None:
    """Each common XSS vector, in every field at once, leaves no live element or attribute and
    reads back as the text it was."""
    article = article_with(vector)
    page = opedkit.html.render(article)
    tree = assert_inert(page)
    assert tree.css_first("h1").text() == vector  # type: ignore[union-attr]
    assert opedkit.html.parse(page) == article


@given(strategies.articles())
def test_any_article_renders_to_an_inert_page(article: Article) -> None:
    """Whatever the text, the page holds only opedkit's own elements and attributes."""
    assert_inert(opedkit.html.render(article))


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x"]
)
def test_only_web_urls_reach_the_model(url: str) -> None:
    """The model refuses any URL but http(s), for the article and for its authors."""
    with pytest.raises(ValidationError, match=r"\$\.url: must be an absolute http or https URL"):
        Article(title="T", url=url)
    with pytest.raises(ValidationError, match=r"\$\.url: must be an absolute http or https URL"):
        Author(name="Ann", url=url)


def test_script_endings_in_json_ld_are_escaped() -> None:
    """</script>, <!-- and ]]> are written as \\u003c-style escapes inside the JSON-LD."""
    page = opedkit.html.render(article_with("</script><!--]]>"))
    start = page.index('<script type="application/ld+json">') + len("<script ")
    script = page[start : page.index("</script>")]
    assert "<" not in script
    assert ">" not in script.removeprefix('type="application/ld+json">')
    assert "\\u003c/script\\u003e" in script


# --- dates as HTML's grammar allows ----------------------------------------------------------

HTML_DATETIME = re.compile(
    r"\d{4,}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d{1,3})?)?(Z|[+-]\d\d:\d\d))?"
)  # fmt: skip
"""A valid date string or global date and time string of the HTML standard."""


def time_attributes(page: str) -> list[dict[str, str | None]]:
    return [node.attributes for node in LexborHTMLParser(page).css("time")]


@given(strategies.moments())
def test_datetime_attributes_follow_the_html_grammar_and_read_back_exactly(when: date) -> None:
    """The datetime attribute holds at most milliseconds; the exact value still reads back."""
    article = Article(title="T", published=when, updated=when)
    page = opedkit.html.render(article)
    for attributes in time_attributes(page):
        assert HTML_DATETIME.fullmatch(attributes["datetime"] or "")
    parsed = opedkit.html.parse(page)
    assert parsed == article
    assert parsed.published is not None
    assert parsed.published.isoformat() == when.isoformat()


@pytest.mark.parametrize(
    ("when", "written"),
    [
        (datetime(2019, 11, 29, 10, 0, 0, 123456, timezone.utc), "2019-11-29T10:00:00.123+00:00"),
        (datetime(2019, 11, 29, 10, 0, 0, 120000, timezone.utc), "2019-11-29T10:00:00.120+00:00"),
        (datetime(2019, 11, 29, 10, 0, 0, 999, timezone.utc), "2019-11-29T10:00:00+00:00"),
        (
            datetime(1890, 1, 1, 12, 0, tzinfo=timezone(timedelta(minutes=53, seconds=28))),
            "1890-01-01T11:06:32+00:00",
        ),
    ],
)
def test_values_html_cannot_hold_carry_their_exact_form_in_data_iso(
    when: datetime, written: str
) -> None:
    """Microseconds and offsets with seconds go to data-iso; the datetime attribute is HTML's."""
    page = opedkit.html.render(Article(title="T", published=when))
    (attributes,) = time_attributes(page)
    assert attributes["datetime"] == written
    exact = attributes.get("data-iso")
    assert exact == (None if written.endswith(".120+00:00") else when.isoformat())
    published = opedkit.html.parse(page).published
    assert published is not None
    assert published.isoformat() == when.isoformat()


def test_a_hand_edited_datetime_wins_over_a_stale_data_iso() -> None:
    """When someone edits the datetime attribute, the data-iso that no longer agrees is ignored."""
    when = datetime(2019, 11, 29, 10, 0, 0, 123456, timezone.utc)
    page = opedkit.html.render(Article(title="T", published=when))
    edited = page.replace('datetime="2019-11-29T10:00:00.123', 'datetime="2020-01-01T10:00:00.123')
    assert opedkit.html.parse(edited).published == datetime(
        2020, 1, 1, 10, 0, 0, 123000, timezone.utc
    )


# --- claims=False ----------------------------------------------------------------------------

CLAIMED = Article(
    title="Why cities need trees",
    sections=(Section(paragraphs=("Cities must plant trees.",)),),
    claims=(
        Claim(text="Cities must plant trees", kind=ClaimKind.POLICY, section=0, paragraph=0,
              start=0, end=23),
    ),
)  # fmt: skip


def test_claims_false_drops_the_claims_marked_in_opedkits_own_html() -> None:
    """html.parse(page, claims=False) on a page opedkit rendered has no claims; True keeps them."""
    page = opedkit.html.render(CLAIMED)
    assert opedkit.html.parse(page, claims=False).claims == ()
    assert opedkit.html.parse(page).claims == CLAIMED.claims
    assert opedkit.html.parse(page, claims=lambda article: ()).claims == ()


def test_claims_false_drops_the_claims_in_opedkits_own_markdown() -> None:
    """The same holds for the claims in opedkit's Markdown front matter."""
    markdown = opedkit.markdown.render(CLAIMED)
    assert opedkit.markdown.parse(markdown, claims=False).claims == ()
    assert opedkit.markdown.parse(markdown) == CLAIMED
