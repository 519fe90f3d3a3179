"""opedkit.html.parse finds the article in a whole page, decodes any bytes, and fails only with
ParseError."""

from __future__ import annotations

import codecs
import contextlib

import pytest
from hypothesis import given

import opedkit.html
from opedkit import Article, ParseError
from opedkit._html._decode import decode
from opedkit.html import MAX_OPEN_ELEMENTS
from opedkit.strategies import articles

TITLE = "Tidal power deserves a second look"

BODY = [
    "Every coastal town in the county sees the sea rise and fall twice a day, and almost none "
    "of them turn that motion into electricity.",
    "The objections raised a decade ago were reasonable at the time: turbines were costly, "
    "fragile and poorly understood by the engineers asked to maintain them.",
    "Much of that has changed, and the council should ask for a fresh survey before it signs "
    "another long contract for imported gas.",
]
SUBHEADING = "What the survey should cover"
LIST_ITEMS = [
    "The strength of the currents at the harbour mouth across a full year of tides.",
    "The cost of connecting a small array to the existing substation near the quay.",
]
QUOTE = "We measured the flow for a month and it never once dropped below what we needed."
CLOSING = (
    "None of this commits the town to building anything, but a survey is cheap next to a "
    "twenty-year mistake, and the tide will still be there when the gas contract runs out."
)

ARTICLE = f"""
<article>
  <h1>{TITLE}</h1>
  <p class="byline">By Morwenna Trelawny</p>
  <div class="share-bar"><a href="/s/fb">Share on Facebook</a> <a href="/s/x">Post it</a></div>
  {"".join(f"<p>{text}</p>" for text in BODY)}
  <div class="advert">Advertisement: buy a boat today, sails half price this week only</div>
  <h2>{SUBHEADING}</h2>
  <ul>{"".join(f"<li>{text}</li>" for text in LIST_ITEMS)}</ul>
  <blockquote><p>{QUOTE}</p></blockquote>
  <p>{CLOSING}</p>
  <div class="newsletter-signup">Get our morning briefing in your inbox every single day.</div>
</article>
"""

FURNITURE = """
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/opinion">Opinion</a></nav>
<div class="related-stories"><h3>More from the coast</h3><ul>
  <li><a href="/a">Harbour master retires after forty years of patient service to the port</a></li>
  <li><a href="/b">Lifeboat crew wins national award for a rescue in the winter storms</a></li>
</ul></div>
<section class="comments"><h3>Comments</h3>
  <p>I have lived here all my life and I have never once heard anyone propose this before now.</p>
  <p>Surveys cost money too, and the last one the council paid for went nowhere useful at all.</p>
  <p>My grandfather worked the mill at the creek, which ran on the tide for a hundred years.</p>
  <p>Someone should ask the fishermen what the turbines would do to the crab grounds offshore.</p>
</section>
<footer><p>Copyright the Coastal Gazette. All rights reserved in every jurisdiction.</p></footer>
"""


def page(article: str = ARTICLE, furniture: str = FURNITURE, head: str = "") -> str:
    return (
        f"<!doctype html><html lang='en'><head>{head}<title>{TITLE} | Coastal Gazette</title>"
        f"</head><body><header>Coastal Gazette</header>{furniture}<main>{article}</main>"
        f"{furniture}</body></html>"
    )


def paragraphs(article: Article) -> list[str]:
    return [text for section in article.sections for text in section.paragraphs]


def test_the_article_is_found_among_page_furniture() -> None:
    """Only the article's own text is kept: no navigation, share bar, ad, newsletter box,
    related links, comments or footer, and no repeated headline or byline."""
    article = opedkit.html.parse(page(), claims=False)
    assert paragraphs(article) == [*BODY, *LIST_ITEMS, QUOTE, CLOSING]


def test_subheadings_start_sections() -> None:
    """An h2 inside the article closes the lead section and opens a titled one."""
    article = opedkit.html.parse(page(), claims=False)
    assert [section.heading for section in article.sections] == [None, SUBHEADING]
    assert article.sections[0].paragraphs == tuple(BODY)


def test_lists_and_blockquotes_are_paragraphs() -> None:
    """Each list item and each quoted paragraph is one paragraph of the section."""
    article = opedkit.html.parse(page(), claims=False)
    assert article.sections[1].paragraphs == (*LIST_ITEMS, QUOTE, CLOSING)


def test_inline_markup_and_line_breaks_in_the_source_do_not_split_words() -> None:
    """Inline elements join their text; wrapped source lines become single spaces."""
    article = f"""<article><h1>{TITLE}</h1>
        <p>The <em>tide</em> turns <a href="/x">twice</a> a day,
        and the mill at the creek ran on it for a hundred years.</p>
        <p>{BODY[0]}</p></article>"""
    assert paragraphs(opedkit.html.parse(page(article), claims=False))[0] == (
        "The tide turns twice a day, and the mill at the creek ran on it for a hundred years."
    )


def test_line_break_separated_text_without_paragraph_tags_is_read() -> None:
    """Old pages that separate paragraphs with <br> inside one div still yield paragraphs."""
    article = f"<div class='story'><h1>{TITLE}</h1>{'<br><br>'.join(BODY)}</div>"
    assert paragraphs(opedkit.html.parse(page(article), claims=False)) == BODY


def test_an_article_cut_into_chunks_between_ads_is_read_whole() -> None:
    """Like blocks holding the article's paragraphs between ads are joined into one body."""
    chunks = "<div class='ad-slot'>Advertisement</div>".join(
        f"<div class='story-chunk'><p>{text}</p></div>" for text in [*BODY, CLOSING]
    )
    article = f"<div><h1>{TITLE}</h1>{chunks}</div>"
    assert paragraphs(opedkit.html.parse(page(article), claims=False)) == [*BODY, CLOSING]


def test_unmarked_ad_labels_are_dropped() -> None:
    """A bare "Advertisement" line between paragraphs, with no class to name it, is not text."""
    article = (
        f"<div><h1>{TITLE}</h1><p>{BODY[0]}</p><p>Advertisement</p><div>ANZEIGE</div>"
        f"<p>{BODY[1]}</p><p>{BODY[2]}</p></div>"
    )
    assert paragraphs(opedkit.html.parse(page(article), claims=False)) == BODY


def test_a_page_of_short_lines_is_still_read() -> None:
    """When no paragraph is long, the short ones still make the article (a poem, a list)."""
    lines = ["The tide comes in.", "The tide goes out.", "The mill wheel turns."]
    article = f"<div><h1>{TITLE}</h1>{''.join(f'<p>{line}</p>' for line in lines)}</div>"
    html = f"<html><head><title>{TITLE}</title></head><body>{article}</body></html>"
    assert paragraphs(opedkit.html.parse(html, claims=False)) == lines


def test_an_opinion_body_named_commentary_is_not_taken_for_comments() -> None:
    """A "commentary" class names the article, even beside a long comment section."""
    article = (
        f"<div class='commentary-body'><h1>{TITLE}</h1>"
        f"{''.join(f'<p>{text}</p>' for text in BODY)}</div>"
    )
    html = page(article, furniture=FURNITURE * 3)
    assert paragraphs(opedkit.html.parse(html, claims=False)) == BODY


def test_an_unclosed_aside_around_the_page_does_not_hide_the_article() -> None:
    """A banner's <aside> left open swallows the rest of the page: the article in it is read."""
    long_body = [f"{text} (Part {number}.)" for number in range(1, 7) for text in BODY]
    article = f"<article><h1>{TITLE}</h1>{''.join(f'<p>{text}</p>' for text in long_body)}"
    html = (
        f"<html><head><title>{TITLE}</title></head><body>"
        f"<aside class='banner'><a href='/news'>Our news: we moved</a>"
        f"<main>{article}</article></main></body></html>"
    )
    assert paragraphs(opedkit.html.parse(html, claims=False)) == long_body


def test_a_header_element_holding_the_body_is_not_taken_for_the_article_header() -> None:
    """A page builder's <header> section around the whole body is read, not dropped."""
    article = (
        f"<article><header class='post-section'><h1>{TITLE}</h1>"
        f"{''.join(f'<p>{text}</p>' for text in BODY)}</header><p>{CLOSING}</p></article>"
    )
    head = '<meta property="og:type" content="article">'
    html = page(article, head=head)
    assert paragraphs(opedkit.html.parse(html, claims=False)) == [*BODY, CLOSING]


def test_a_page_of_linked_names_without_prose_gives_its_main_content() -> None:
    """A shop's grid of short linked names, no prose anywhere, is read from its <main>."""
    names = ["Tide tables", "Harbour charts", "Sea kayaks", "Crab pots", "Oilskins"]
    grid = "".join(f"<li><a href='/p/{i}'>{name}</a></li>" for i, name in enumerate(names))
    html = (
        f"<html><head><title>{TITLE}</title></head><body><div class='menu'>"
        f"<a href='/'>Home</a></div><main><h1>{TITLE}</h1><ul>{grid}</ul></main></body></html>"
    )
    assert paragraphs(opedkit.html.parse(html, claims=False)) == names


@pytest.mark.parametrize(("declared", "kept"), [(True, False), (False, True)])
def test_short_closing_lines_are_kept_only_on_pages_that_are_not_articles(
    declared: bool, kept: bool
) -> None:
    """An article's short last lines are furniture; a service page's are what it offers."""
    closing = ["Free survey", "Call us"]
    lines = "".join(f"<p>{line}</p>" for line in closing)
    article = f"<div><h1>{TITLE}</h1>{''.join(f'<p>{text}</p>' for text in BODY)}{lines}</div>"
    head = '<meta property="og:type" content="article">' if declared else ""
    found = paragraphs(opedkit.html.parse(page(article, head=head), claims=False))
    assert found == BODY + (closing if kept else [])


def test_content_a_react_page_streams_in_hidden_blocks_is_read() -> None:
    """The hidden ``S:0`` block a script moves into its placeholder is the page's text."""
    streamed = "".join(f"<p>{text}</p>" for text in BODY[1:])
    article = (
        f"<article><h1>{TITLE}</h1><p>{BODY[0]}</p><template id='B:0'></template></article>"
        f"<div hidden id='S:0'>{streamed}</div>"
    )
    assert paragraphs(opedkit.html.parse(page(article), claims=False)) == BODY


def test_customer_reviews_on_a_product_page_are_not_its_description() -> None:
    """On a page whose JSON-LD describes a product, the reviews below it are left out."""
    reviews = "".join(
        f"<div class='customer-review'><p>{text} Five stars from a very happy buyer.</p></div>"
        for text in [*BODY, CLOSING] * 2
    )
    product = (
        f"<div class='product'><h1>{TITLE}</h1><p>{BODY[0]}</p></div>"
        f"<div class='reviews-list'>{reviews}</div>"
    )
    head = '<script type="application/ld+json">{"@type": "Product", "name": "Survey"}</script>'
    assert paragraphs(opedkit.html.parse(page(product, head=head), claims=False)) == BODY[:1]


def test_parse_finds_claims_unless_told_not_to() -> None:
    """claims=False leaves claims empty; an extractor passed as claims= is used."""
    assert opedkit.html.parse(page(), claims=False).claims == ()
    seen: list[Article] = []

    def extractor(article: Article) -> tuple[()]:
        seen.append(article)
        return ()

    opedkit.html.parse(page(), claims=extractor)
    assert len(seen) == 1


@given(articles())
def test_pages_opedkit_wrote_read_back_exactly(article: Article) -> None:
    """parse(render(a)) == a, from text or bytes, claims included as they were marked."""
    page = opedkit.html.render(article)
    assert opedkit.html.parse(page) == article
    assert opedkit.html.parse(page.encode()) == article


# Decoding


def test_bytes_are_decoded_as_the_page_declares() -> None:
    """A <meta charset> for a legacy encoding is honoured (é is one byte in windows-1252)."""
    html = page(head="<meta charset='windows-1252'>").replace("look", "lookée")
    article = opedkit.html.parse(html.encode("cp1252"), claims=False)
    assert article.title.endswith("lookée")


@pytest.mark.parametrize(
    ("prefix", "encoding"),
    [
        (b"", "utf-8"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_a_byte_order_mark_wins_and_utf8_is_the_default(prefix: bytes, encoding: str) -> None:
    """BOMs select UTF-8 or UTF-16; undeclared UTF-8 is recognised as such."""
    text = "<p>Ça coûte 5 € — “quoted”</p>"
    assert decode(prefix + text.encode(encoding)) == text


@pytest.mark.parametrize(
    ("head", "encoding"),
    [
        ('<meta charset="iso-8859-1">', "cp1252"),  # browsers read Latin-1 as windows-1252
        ("<meta charset=shift_jis>", "cp932"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">', "koi8-r"),
        ("<meta charset='gb2312'>", "gbk"),
    ],
)
def test_meta_declarations_are_read(head: str, encoding: str) -> None:
    """<meta charset> and http-equiv Content-Type both declare the encoding."""
    text = f"<html><head>{head}</head><body><p>{'€' if encoding == 'cp1252' else 'ок'}</p>"
    if encoding in ("cp932", "gbk"):
        text = text.replace("ок", "日本")
    assert decode(text.encode(encoding)) == text


def test_undeclared_bytes_that_are_not_utf8_fall_back_to_windows_1252() -> None:
    """Curly quotes from an old Windows page come back as curly quotes."""
    assert decode("<p>“It’s fine,” she said.</p>".encode("cp1252")) == (
        "<p>“It’s fine,” she said.</p>"
    )


@pytest.mark.parametrize(
    "data",
    [
        b'<meta charset="utf-8"><p>broken \xff\xfe bytes</p>',
        b'<meta charset="no-such-encoding"><p>caf\xc3\xa9</p>',
        b'<meta charset="base64"><p>not a text encoding</p>',
        b'<meta charset="utf-16"><p>a meta cannot truly declare UTF-16</p>',
        b"\xef\xbb\xbf\xff\xff",
    ],
)
def test_decoding_never_fails(data: bytes) -> None:
    """Unknown or unusable labels are ignored and invalid bytes become U+FFFD."""
    assert isinstance(decode(data), str)


# Bad input: an Article or a ParseError, nothing else


@pytest.mark.parametrize(
    "html",
    [
        "",
        b"",
        "   \n\t ",
        "just some words, no markup at all",
        b"\x00\x01\x02\xff\xfe\xfd",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<p>\x00\ud800\x1b</p>",
        "<" * 10_000,
        "<!--" + "never closed " * 100,
    ],
)
def test_pages_without_an_article_raise_parse_error(html: str | bytes) -> None:
    """Empty, markup-free, binary and furniture-only input is refused with ParseError."""
    with pytest.raises(ParseError):
        opedkit.html.parse(html, claims=False)


def test_a_page_with_no_article_says_so() -> None:
    """The message says what is missing."""
    with pytest.raises(ParseError, match="no article content found"):
        opedkit.html.parse(page(article="", furniture=FURNITURE), claims=False)


def test_a_truncated_page_still_yields_what_arrived() -> None:
    """A page cut off mid-article gives the paragraphs before the cut."""
    html = page()
    cut = html[: html.index(BODY[2][:20]) + 20]
    assert paragraphs(opedkit.html.parse(cut, claims=False))[:2] == BODY[:2]


@pytest.mark.parametrize("opening", ["<div>", "<ul><li>", "<blockquote>", "<b>"])
def test_extreme_nesting_is_refused_or_read_quickly(opening: str) -> None:
    """100,000 nested elements never raise anything but ParseError (nor RecursionError)."""
    html = f"<html><body><h1>{TITLE}</h1>" + (opening + "Deep text here. ") * 100_000
    with contextlib.suppress(ParseError):
        opedkit.html.parse(html, claims=False)


@pytest.mark.parametrize("opening", ["<div>", "<section>", "<span>", "<ul><li>", "<b>"])
def test_every_paragraph_nested_below_the_limit_is_kept(opening: str) -> None:
    """An article inside wrappers nested just below the limit loses no paragraph (lxml-based
    extractors drop all text past depth 256); how the time grows is in tests/test_linear.py."""
    depth = MAX_OPEN_ELEMENTS // len(opening.split("><")) - 50
    body = "".join(f"<p>{text}</p>" for text in BODY)
    article = opedkit.html.parse(f"<html><body>{opening * depth}<h1>{TITLE}</h1>{body}")
    assert (article.title, paragraphs(article)) == (TITLE, BODY)


@pytest.mark.parametrize("opening", ["<div>", '<div class="row">'])
def test_a_staircase_of_unclosed_containers_keeps_every_paragraph(opening: str) -> None:
    """Paragraphs each one container deeper than the last (unclosed ``<div>``s), as deep as the
    limit allows, are all kept, with the furniture around them left out."""
    texts = [f"Paragraph {i}: {BODY[i % 3]}" for i in range(MAX_OPEN_ELEMENTS // 2 - 50)]
    stairs = "".join(f"{opening}<p>{text}</p>" for text in texts)
    article = opedkit.html.parse(page(f"<h1>{TITLE}</h1>{stairs}"), claims=False)
    assert paragraphs(article) == texts


def test_self_closed_svg_shapes_do_not_count_as_nesting() -> None:
    """Thousands of ``<path .../>`` in inline icons close themselves: the page is read."""
    shape = '<path d="M0 0h9"/>'
    icons = f"<svg viewBox='0 0 9 9'>{shape * MAX_OPEN_ELEMENTS}</svg>"
    body = "".join(f"<p>{text}</p>" for text in BODY)
    article = opedkit.html.parse(f"<html><body>{icons}<h1>{TITLE}</h1>{body}", claims=False)
    assert paragraphs(article) == BODY


@pytest.mark.parametrize(
    ("prefix", "repeated"),
    [("<svg>", '<g a="/>">'), ("<svg><p>", "<path/>"), ('<div "><div>', "<div>")],
)
def test_nesting_that_only_looks_self_closed_or_quoted_is_refused(
    prefix: str, repeated: str
) -> None:
    """A "/>" inside a quoted value, a self-closed tag after HTML ended the SVG, or a stray
    quote before a tag's end hide no nesting from the limit."""
    deep = prefix + repeated * (MAX_OPEN_ELEMENTS + 1)
    with pytest.raises(ParseError, match="nests elements more than"):
        opedkit.html.parse(f"<html><body>{deep}<h1>{TITLE}</h1><p>{BODY[0]}</p>", claims=False)


def test_nesting_past_the_limit_is_refused_naming_it() -> None:
    """A page nested deeper than the limit is refused with a ParseError that names the limit,
    rather than read with its deep text silently dropped."""
    html = f"<html><body>{'<div>' * (MAX_OPEN_ELEMENTS + 1)}<h1>{TITLE}</h1><p>{BODY[0]}</p>"
    with pytest.raises(ParseError, match=r"nests elements more than 5,000 deep"):
        opedkit.html.parse(html)


def test_a_multi_megabyte_page_is_read() -> None:
    """A page of several megabytes (a long article among much furniture) is read."""
    furniture = FURNITURE * 2_500
    article = opedkit.html.parse(page(furniture=furniture), claims=False)
    assert len(page(furniture=furniture)) > 4_000_000
    assert paragraphs(article) == [*BODY, *LIST_ITEMS, QUOTE, CLOSING]
