"""opedkit's own HTML: every article renders to a safe semantic page that reads back exactly."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from selectolax.lexbor import LexborHTMLParser

from opedkit import (
    Article,
    Author,
    Claim,
    ClaimKind,
    Genre,
    ParseError,
    Section,
    ValidationError,
    strategies,
)
from opedkit._html._own_markup import read
from opedkit.html import parse, render

PARAGRAPH = "Cities must plant trees, she says, and shade may save lives."
SMALL = Article(
    title="Why cities need trees",
    authors=(Author(name="Ann Lee", role="columnist", url="https://example.org/ann", bio="Ann."),),
    sections=(Section(paragraphs=(PARAGRAPH,)), Section(heading="Shade", paragraphs=("Yes.",))),
    claims=(
        Claim(text="Cities must plant trees", kind=ClaimKind.POLICY, section=0, paragraph=0,
              start=0, end=23, attributed_to="she"),
        Claim(text="shade may save lives", kind=ClaimKind.PREDICTION, section=0, paragraph=0,
              start=39, end=59, hedged=True),
    ),
    published=date(2019, 11, 29),
    language="en",
    genre=Genre.OPINION,
    tags=("trees",),
)  # fmt: skip


def roundtrip(article: Article) -> Article:
    return parse(render(article))


def json_ld(page: str) -> dict[str, object]:
    script = LexborHTMLParser(page).css_first('script[type="application/ld+json"]')
    assert script is not None
    data: dict[str, object] = json.loads(script.text())
    return data


def with_body(body: str) -> LexborHTMLParser:
    """A page whose opedkit article holds ``body``."""
    return LexborHTMLParser(f'<!DOCTYPE html><html><body><article data-opedkit="1">{body}')


@given(strategies.articles())
def test_every_article_reads_back_exactly(article: Article) -> None:
    """opedkit.html.parse(render(a)) == a, claims included, from the text and its UTF-8 bytes."""
    page = render(article)
    assert parse(page) == article
    assert parse(page.encode()) == article


def test_small_article_page_structure() -> None:
    """A small article's <article> element is exactly this: header, sections, marks, footer."""
    page = render(SMALL)
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    start = page.index("<article")
    assert page[start:] == (
        '<article data-opedkit="1" data-genre="opinion">\n'
        "<header>\n"
        "<h1>Why cities need trees</h1>\n"
        '<p class="byline"><span class="author"><a rel="author" class="name" '
        'href="https://example.org/ann">Ann Lee</a>, '
        '<span class="role">columnist</span></span></p>\n'
        '<p class="dateline"><time class="published" datetime="2019-11-29">2019-11-29</time></p>\n'
        "</header>\n"
        "<section>\n"
        '<p><mark data-claim="0" data-kind="policy" data-attributed-to="she">Cities must plant '
        "trees</mark>, she says, and "
        '<mark data-claim="1" data-kind="prediction" data-hedged>shade may save lives</mark>.</p>\n'
        "</section>\n"
        "<section>\n"
        "<h2>Shade</h2>\n"
        "<p>Yes.</p>\n"
        "</section>\n"
        "<footer>\n"
        '<aside class="author-bio" data-author="0"><p>Ann.</p></aside>\n'
        '<ul class="tags"><li>trees</li></ul>\n'
        "</footer>\n"
        "</article>\n"
        "</body>\n"
        "</html>\n"
    )


def test_json_ld_describes_the_article_in_schema_org_terms() -> None:
    """The JSON-LD parses as JSON and uses OpinionNewsArticle, Person and Claim."""
    data = json_ld(render(SMALL))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "OpinionNewsArticle"
    assert data["headline"] == SMALL.title
    assert data["datePublished"] == "2019-11-29"
    assert data["inLanguage"] == "en"
    assert data["keywords"] == ["trees"]
    assert data["author"] == [
        {"@type": "Person", "name": "Ann Lee", "description": "Ann.", "jobTitle": "columnist",
         "url": "https://example.org/ann"}
    ]  # fmt: skip
    assert data["hasPart"] == [
        {"@type": "Claim", "text": "Cities must plant trees", "genre": "policy",
         "author": {"name": "she"}},
        {"@type": "Claim", "text": "shade may save lives", "genre": "prediction"},
    ]  # fmt: skip


@given(strategies.articles())
def test_json_ld_always_parses_and_never_ends_the_script_early(article: Article) -> None:
    """Whatever the text, the script holds one JSON value whose headline is the title."""
    page = render(article)
    script = page[page.index('<script type="application/ld+json">') : page.index("</script>")]
    assert "<" not in script[1:]
    assert json_ld(page)["headline"] == article.title


def test_markup_in_text_is_shown_not_obeyed() -> None:
    """</script> in a title and <b> in a paragraph stay text: no element comes of them."""
    article = Article(
        title="</script><script>alert(1)</script>",
        sections=(Section(paragraphs=('<b>bold</b> & "quoted" <!-- not a comment -->',)),),
    )
    page = render(article)
    tree = LexborHTMLParser(page)
    assert len(tree.css("script")) == 1
    assert tree.css("b") == []
    assert "<!-- not" not in page
    assert read(tree) == article


def test_only_web_urls_can_be_written() -> None:
    """A javascript: URL never reaches a page: the model refuses it."""
    with pytest.raises(ValidationError, match=r"\$\.url: must be an absolute http or https URL"):
        Author(name="Ann", url="javascript:alert(1)")


def test_crossing_claims_are_split_and_nested_claims_nest() -> None:
    """Two crossing claims give one split mark; a claim inside another nests in its mark."""
    text = "abcdefgh"
    article = Article(
        title="T",
        sections=(Section(paragraphs=(text,)),),
        claims=(
            Claim(text="abcd", kind=ClaimKind.FACT, section=0, paragraph=0, start=0, end=4),
            Claim(text="cdef", kind=ClaimKind.FACT, section=0, paragraph=0, start=2, end=6),
            Claim(text="d", kind=ClaimKind.VALUE, section=0, paragraph=0, start=3, end=4),
        ),
    )
    page = render(article)
    assert (
        '<p><mark data-claim="0" data-kind="fact">ab<mark data-claim="1" data-kind="fact">c'
        '<mark data-claim="2" data-kind="value">d</mark></mark></mark>'
        '<mark data-claim="1" data-kind="fact">ef</mark>gh</p>'
    ) in page
    assert roundtrip(article) == article


def test_pages_that_are_not_opedkits_are_left_to_the_general_reader() -> None:
    """A page without <article data-opedkit> reads as None."""
    assert read(LexborHTMLParser("<html><body><article><h1>T</h1><p>x</p></article>")) is None


def test_a_deeply_nested_paragraph_reads_without_recursion() -> None:
    """Twenty thousand nested elements inside a paragraph are walked without a RecursionError."""
    tree = with_body("<header><h1>T</h1></header><section><p>" + "<i>" * 20_000 + "x</p>")
    article = read(tree)
    assert article is not None
    assert article.paragraphs == ("x",)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('<header><h1>T</h1></header><section><p>x<mark data-claim="a">y</mark></p>',
         "data-claim must be a number counting from 0, got 'a'"),
        ('<header><h1>T</h1></header><section><p><mark data-claim="1" data-kind="fact">y</mark>',
         'no <mark data-claim="0">'),
        ('<header><h1>T</h1></header><section><p><mark data-claim="0" data-kind="fact">a</mark>b'
         '<mark data-claim="0" data-kind="fact">c</mark>',
         "claim 0 is marked in pieces that are not one span"),
        ('<header><h1>T</h1></header><section><p><mark data-claim="0" data-kind="whim">y</mark>',
         "claim 0 has data-kind 'whim'; expected one of fact, value, policy, prediction"),
        ("<section><p>x</p></section>", "the opedkit article has no <header>"),
        ("<header><h1>T</h1><h1>U</h1></header>", "needs one <h1>, found 2"),
        ("<header><h1>T</h1></header><div>x</div>", "unexpected <div> in the opedkit article"),
        ("<header><h1>T</h1></header><section><p>x</p><h2>late</h2>",
         "unexpected <h2> in section 0; expected <h2> then <p>"),
        ("<header><h1>T</h1></header><section>loose</section>", "text outside any paragraph"),
        ('<header><h1>T</h1><p class="dateline"><time class="published" datetime="soon">',
         "needs a datetime attribute in ISO 8601, got 'soon'"),
        ('<header><h1>T</h1></header><footer><aside class="author-bio" data-author="0"><p>b</p>',
         "needs one <p> and one of the 0 authors in the byline"),
        ('<header><h1>T</h1><p class="byline"><span class="author">Ann</span></p></header>',
         'author 0 in the byline has no class="name"'),
    ],
)  # fmt: skip
def test_broken_opedkit_markup_is_a_parse_error(body: str, message: str) -> None:
    """Badly edited opedkit markup raises ParseError saying what is wrong."""
    with pytest.raises(ParseError, match=message.replace("(", r"\(")):
        read(with_body(body))


def test_unknown_markup_version_and_genre_are_parse_errors() -> None:
    """A version or genre this opedkit does not know is named in the error."""
    with pytest.raises(ParseError, match="unknown opedkit markup version '2'"):
        read(LexborHTMLParser('<article data-opedkit="2"><header><h1>T</h1></header>'))
    with pytest.raises(ParseError, match="unknown data-genre 'rant'"):
        read(LexborHTMLParser('<article data-opedkit="1" data-genre="rant"><header><h1>T'))


def test_markup_holding_invalid_values_is_a_validation_error_with_paths() -> None:
    """Values the model refuses (a blank title, a paragraph split over lines) name their field."""
    with pytest.raises(ValidationError, match=r"\$\.title: must not be blank"):
        read(with_body("<header><h1></h1></header><section><p>x</p></section>"))
    with pytest.raises(ValidationError, match=r"\$\.sections\[0\]\.paragraphs\[0\]: must not"):
        read(with_body("<header><h1>T</h1></header><section><p>a\nb</p></section>"))
    with pytest.raises(ValidationError, match=r"\$\.authors\[0\]\.url: must be an absolute"):
        read(
            with_body(
                '<header><h1>T</h1><p class="byline"><span class="author">'
                '<a class="name" href="javascript:x">Ann</a></span></p></header>'
            )
        )
