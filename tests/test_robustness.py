"""Any input gives an Article or an opedkit error, nothing else: property tests over arbitrary
text, bytes and HTML-shaped input, seeded from the project's fixtures, and every input that ever
broke a parser kept as a regression test.

This module is also the fuzzer: ``HYPOTHESIS_PROFILE=fuzz .venv/bin/pytest
tests/test_robustness.py`` runs each property on 10,000 inputs (the ``ci`` profile: 60). The
seeds are tests/fixtures and, under the ``dev`` and ``fuzz`` profiles, the real pages and
editorials of ../shared/corpus; mutations splice, re-line, re-tag (drop, repeat, nest, cut short)
and re-encode them.
"""

from __future__ import annotations

import codecs
import gzip
import itertools
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import opedkit.html
import opedkit.json
import opedkit.markdown
import opedkit.text
from opedkit import Article, OpedkitError, ParseError, ValidationError, strategies
from opedkit._limits import MAX_BYTES
from opedkit._recognisers import person_finder, same_person
from tests.conftest import CORPUS

FIXTURES = Path(__file__).parent / "fixtures"


def fixtures(folder: str, pattern: str) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted((FIXTURES / folder).glob(pattern))]


SEEDS = fixtures("text", "*.txt")
"""The project's own sample articles, the starting points that mutations bend."""
PAGES = fixtures("html", "*.html")
MARKDOWN = fixtures("markdown", "*.md")

FUZZING = settings().max_examples >= 1_000
"""Under the ``dev`` and ``fuzz`` profiles the real pages and editorials of ../shared/corpus
join the seeds, when it is there (too slow for CI's few examples)."""


def corpus_seeds() -> tuple[list[bytes], list[str]]:
    """The pages of the aeb-dev set as crawled, and the editorials as plain text."""
    if not FUZZING or not CORPUS.exists():
        return [], []
    pages = [gzip.decompress(path.read_bytes()) for path in (CORPUS / "aeb-dev" / "html").iterdir()]
    records = json.loads((CORPUS / "editorials-dev" / "editorials.json").read_bytes())
    texts = [record["title"] + "\n\n" + "\n\n".join(record["paragraphs"]) for record in records]
    return sorted(pages), texts


REAL_PAGES, REAL_TEXTS = corpus_seeds()

Parser = Callable[[str], Article]


def article_or_opedkit_error(parse: Callable[..., Article], value: object) -> None:
    """``parse(value)`` returns an Article or raises an opedkit error: anything else fails."""
    try:
        result = parse(value)
    except OpedkitError:
        return
    assert isinstance(result, Article)


# --- strategies ------------------------------------------------------------------------------

TAGS = (
    "html head body title meta link base style script noscript template iframe svg math a p div"
    " span b i em mark article section header footer main aside nav h1 h2 h3 ul ol li table tr"
    " td select option textarea pre time br img hr form button frameset plaintext xmp"
).split()

ATTRIBUTES = st.sampled_from(
    [
        'class="share-bar"',
        'class="article-body"',
        'id="comments"',
        "hidden",
        'style="display:none"',
        'itemprop="articleBody"',
        'href="javascript:alert(1)"',
        "onload=alert(1)",
        'charset="shift_jis"',
        'http-equiv="content-type" content="text/html; charset=utf-16"',
        'data-opedkit="1"',
        'data-claim="0" data-kind="fact"',
        'datetime="2019-11-29T10:00:00.123456+05:30"',
        'property="og:title" content="A headline"',
        'type="application/ld+json"',
        'rel="author"',
        "x=<",
        "'",
    ]
)

ENTITIES = ["&amp;", "&lt;", "&#0;", "&#xD800;", "&#x110000;", "&nbsp;", "&bogus", "&"]
PIECES = st.sampled_from(
    [
        *ENTITIES,
        "<!-- a comment -->",
        "<!--",
        "-->",
        "<![CDATA[x]]>",
        "<!DOCTYPE html>",
        "<?xml version='1.0'?>",
        '{"@type": "NewsArticle", "headline": "A headline", "datePublished": "2019-13-45"}',
        "By Jane Roe",
        "Published: 2019-11-29",
        "Advertisement",
        "The council must act now, experts say.",
        "\x00",
        "\ufeff",
        "\r\n",
        "\u2028",
        "\ud800",
    ]
)


def html_shaped() -> st.SearchStrategy[str]:
    """Tag soup: elements with attributes, entities, comments, scripts and unclosed nesting."""
    text = st.one_of(st.text(max_size=40), PIECES)
    tag = st.builds(
        lambda name, attributes: f"<{name}{''.join(' ' + a for a in attributes)}>",
        st.sampled_from(TAGS),
        st.lists(ATTRIBUTES, max_size=3),
    )
    end = st.sampled_from(TAGS).map(lambda name: f"</{name}>")
    return st.lists(st.one_of(text, tag, end), max_size=60).map("".join)


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252", "shift_jis", "gb18030", "koi8-r", "latin-1"]


def encoded_pages() -> st.SearchStrategy[bytes]:
    """HTML-shaped text in one of several encodings, with or without a (possibly lying) meta."""

    def encode(page: str, encoding: str, declared: str | None) -> bytes:
        head = "" if declared is None else f'<meta charset="{declared}">'
        return codecs.encode(head + page, encoding, "replace")

    return st.builds(
        encode,
        html_shaped(),
        st.sampled_from(ENCODINGS),
        st.one_of(st.none(), st.sampled_from([*ENCODINGS, "utf-7", "base64", "nonsense"])),
    )


INVISIBLE = st.sampled_from(
    list("\u00a0\u200b\ufeff\u00ad\u202e\u2028\u2029\x85\x0b\x0c\t\r\x00\u3000")
)
"""No-break and zero-width spaces, byte order and direction marks, the odd line breaks."""
MARKDOWN_MARKS = st.sampled_from(
    ["> ", "> > > ", "- ", "1. ", "# ", "## ", "    ", "```\n", "---\n", "+++\n", "***\n",
     "===\n", "[", "](", "![", "*", "_", "`", "\\", "<div>", "<!--", "By ", "-- Ed."]
)  # fmt: skip
TAG = re.compile(r"(<[^<>]*>?)")
"""Splits markup into text and tags (a tag cut short keeps its ``<``)."""


@st.composite
def spliced(draw: st.DrawFn, text: str) -> str:
    """A slice cut, doubled or replaced by random text or markup."""
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, min(len(text), start + 200)))
    insert: str = draw(
        st.one_of(st.just(""), st.just(text[start:end] * 2), st.text(max_size=20), PIECES,
                  INVISIBLE, html_shaped())
    )  # fmt: skip
    return text[:start] + insert + text[end:]


@st.composite
def relined(draw: st.DrawFn, text: str) -> str:
    """Lines dropped, doubled or swapped, or all their endings changed (CRLF, CR, NEL...)."""
    ending = draw(st.sampled_from(["\n", "\r\n", "\r", "\n\n", " \n", "\u2028", "\x85"]))
    lines = text.split("\n")
    i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
    how = draw(st.sampled_from(["drop", "double", "swap", "keep"]))
    if how == "drop":
        del lines[i]
    elif how == "double":
        lines.insert(i, lines[i])
    elif how == "swap":
        lines[i], lines[j] = lines[j], lines[i]
    return ending.join(lines)


@st.composite
def marked(draw: st.DrawFn, text: str) -> str:
    """Markdown syntax (quotes, lists, fences, links...) put at the start of a line or inside."""
    lines = text.split("\n")
    i = draw(st.integers(0, len(lines) - 1))
    at = draw(st.one_of(st.just(0), st.integers(0, len(lines[i]))))
    lines[i] = lines[i][:at] + draw(MARKDOWN_MARKS) * draw(st.integers(1, 30)) + lines[i][at:]
    return "\n".join(lines)


@st.composite
def retagged(draw: st.DrawFn, text: str) -> str:
    """A tag dropped, repeated, left open under a staircase of ``<div>``s, wrapped, upper-cased
    or cut short (the page ends there), or an entity put in the text beside it."""
    parts = TAG.split(text)
    if len(parts) < 2:
        return text
    i = draw(st.integers(0, len(parts) // 2 - 1)) * 2 + 1
    how = draw(st.sampled_from(["drop", "repeat", "staircase", "wrap", "upper", "cut", "entity"]))
    if how == "drop":
        parts[i] = ""
    elif how == "repeat":
        parts[i] *= draw(st.integers(2, 100))
    elif how == "staircase":
        parts[i] += draw(st.sampled_from(["<div>", "<div><p>", "<section>", "<ul><li>"])) * draw(
            st.integers(1, 300)
        )
    elif how == "wrap":
        name = draw(st.sampled_from(TAGS))
        j = draw(st.integers(i, len(parts) - 1))
        parts[i], parts[j] = f"<{name}>{parts[i]}", f"{parts[j]}</{name}>"
    elif how == "upper":
        parts[i] = parts[i].upper()
    elif how == "cut":
        return "".join(parts[:i]) + parts[i][: draw(st.integers(0, len(parts[i])))]
    else:
        parts[i - 1] += draw(st.sampled_from(ENTITIES))
    return "".join(parts)


def mutated(
    seeds: st.SearchStrategy[str], *mutations: Callable[[str], st.SearchStrategy[str]]
) -> st.SearchStrategy[str]:
    """A seed bent one to four times by ``mutations`` (splicing and re-lining always among
    them), sometimes cut short at the end."""
    choices = (spliced, relined, *mutations)

    @st.composite
    def build(draw: st.DrawFn) -> str:
        text = draw(seeds)
        for _ in range(draw(st.integers(1, 4))):
            text = draw(draw(st.sampled_from(choices))(text))
        if draw(st.booleans()):
            text = text[: draw(st.integers(0, len(text)))]
        return text

    return build()


def mixed_bytes(pages: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    """A page whose two halves are in different encodings, behind a byte order mark or a
    ``<meta charset>`` that may lie, possibly cut inside a character."""

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        page = draw(pages)
        cut = draw(st.integers(0, len(page)))
        first, second = draw(st.sampled_from(ENCODINGS)), draw(st.sampled_from(ENCODINGS))
        head = draw(st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
                                     b'<meta charset="' + first.encode() + b'">']))  # fmt: skip
        data = head + codecs.encode(page[:cut], first, "replace")
        data += codecs.encode(page[cut:], second, "replace")
        return data[: len(data) - draw(st.integers(0, 3))]

    return build()


def rendered(render: Callable[[Article], str]) -> st.SearchStrategy[str]:
    return strategies.articles().map(render)


TEXT_SEEDS = st.sampled_from(SEEDS + REAL_TEXTS)
HTML_SEEDS = st.one_of(
    st.sampled_from(PAGES + [page.decode("utf-8", "replace") for page in REAL_PAGES]),
    rendered(opedkit.html.render),
    TEXT_SEEDS.map(lambda t: f"<p>{t}</p>"),
)
MARKDOWN_SEEDS = st.one_of(st.sampled_from(MARKDOWN), rendered(opedkit.markdown.render), TEXT_SEEDS)
JSON_SEEDS = rendered(opedkit.json.dumps)
TEXTS = mutated(st.one_of(TEXT_SEEDS, rendered(opedkit.text.render)))
MARKDOWNS = mutated(MARKDOWN_SEEDS, marked)
PAGE_TEXTS = mutated(HTML_SEEDS, retagged)


def utf8(text: str) -> bytes:
    """``text`` as UTF-8, lone surrogates kept as the invalid bytes a broken encoder writes."""
    return text.encode("utf-8", "surrogatepass")


# --- the properties --------------------------------------------------------------------------


@given(st.one_of(st.text(), TEXTS))
@example("\x85")  # a line break only str.splitlines knows
def test_text_parse_gives_an_article_or_an_opedkit_error(text: str) -> None:
    """opedkit.text.parse on any str returns an Article or raises an opedkit error."""
    article_or_opedkit_error(opedkit.text.parse, text)


@given(st.one_of(st.text(), MARKDOWNS, html_shaped()))
@example("---\n---\n")
@example("---\nopedkit: 1\n---\n")
def test_markdown_parse_gives_an_article_or_an_opedkit_error(markdown: str) -> None:
    """opedkit.markdown.parse on any str returns an Article or raises an opedkit error."""
    article_or_opedkit_error(opedkit.markdown.parse, markdown)


@given(st.one_of(st.text(), html_shaped(), PAGE_TEXTS))
@example("<p>" * 6_000)
@example('<article data-opedkit="1"><header><h1>T</h1></header><section><p>a<mark data-claim="0">')
def test_html_parse_of_any_text_gives_an_article_or_an_opedkit_error(html: str) -> None:
    """opedkit.html.parse on any str returns an Article or raises an opedkit error."""
    article_or_opedkit_error(opedkit.html.parse, html)


@given(
    st.one_of(
        st.binary(), encoded_pages(), PAGE_TEXTS.map(utf8), mixed_bytes(PAGE_TEXTS),
        st.sampled_from(REAL_PAGES) if REAL_PAGES else st.nothing(),
    )
)  # fmt: skip
@example(b"\xff\xfe<\x00p\x00>\x00")
@example(b'<meta charset="utf-7"><p>+ADw-script+AD4-</p>')
def test_html_parse_of_any_bytes_gives_an_article_or_an_opedkit_error(data: bytes) -> None:
    """opedkit.html.parse on any bytes, in any encoding, returns an Article or an opedkit error."""
    article_or_opedkit_error(opedkit.html.parse, data)


@given(st.one_of(st.text(), st.binary(), mutated(JSON_SEEDS), mutated(JSON_SEEDS).map(utf8)))
def test_json_loads_gives_an_article_or_an_opedkit_error(data: str | bytes) -> None:
    """opedkit.json.loads on any str or bytes returns an Article or raises an opedkit error."""
    article_or_opedkit_error(opedkit.json.loads, data)


# --- what the parsers accept -----------------------------------------------------------------

PARSERS = [opedkit.text.parse, opedkit.markdown.parse, opedkit.html.parse]


@pytest.mark.parametrize("parse", PARSERS)
@pytest.mark.parametrize("value", [None, 3, ["<p>x</p>"], Path("article.html")])
def test_wrong_argument_types_are_a_type_error_naming_what_is_accepted(
    parse: Parser, value: object
) -> None:
    """None, numbers, lists and paths raise TypeError saying what the parser takes."""
    with pytest.raises(TypeError, match=r"expects (a str|a page as str or bytes), got \w+"):
        parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("parse", "hint"),
    [
        (opedkit.text.parse, r"path\.read_text\(encoding='utf-8'\)"),
        (opedkit.markdown.parse, r"path\.read_text\(encoding='utf-8'\)"),
        (opedkit.html.parse, r"path\.read_bytes\(\)"),
    ],
)
def test_a_path_is_refused_with_how_to_read_the_file(parse: Parser, hint: str) -> None:
    """A parser never opens files: a Path is refused with the call that reads it."""
    with pytest.raises(TypeError, match=hint):
        parse(Path("article.txt"))  # type: ignore[arg-type]


@pytest.mark.parametrize("parse", [opedkit.text.parse, opedkit.markdown.parse])
def test_text_parsers_ask_for_bytes_to_be_decoded(parse: Parser) -> None:
    """Bytes handed to a text parser are refused with a hint to decode them."""
    with pytest.raises(TypeError, match=r"got bytes; decode bytes first"):
        parse(b"A headline\n\nA paragraph.")  # type: ignore[arg-type]


def test_html_parse_takes_any_bytes_like_page() -> None:
    """A bytearray or memoryview is read as the bytes it holds."""
    page = b"<title>A headline</title><p>" + b"A paragraph of prose that is long enough. " * 3
    expected = opedkit.html.parse(page, claims=False)
    assert opedkit.html.parse(bytearray(page), claims=False) == expected  # type: ignore[arg-type]
    assert opedkit.html.parse(memoryview(page), claims=False) == expected  # type: ignore[arg-type]


SMALL: dict[Callable[..., Article], str] = {
    opedkit.text.parse: "A headline\n\nA paragraph of the article.",
    opedkit.markdown.parse: "# A headline\n\nA paragraph of the article.",
    opedkit.html.parse: "<title>A headline</title><p>A paragraph of the article, long enough.</p>",
}


@pytest.mark.parametrize("parse", PARSERS)
def test_input_above_max_bytes_is_refused_saying_so(parse: Parser) -> None:
    """max_bytes= refuses larger input with a ParseError naming the limit; None lifts it."""
    text = SMALL[parse]
    limit = len(text.encode()) - 1
    with pytest.raises(ParseError, match=f"larger than max_bytes={limit} bytes"):
        parse(text, max_bytes=limit)  # type: ignore[call-arg]
    assert parse(text, max_bytes=limit + 1).title == "A headline"  # type: ignore[call-arg]
    assert parse(text, max_bytes=None).title == "A headline"  # type: ignore[call-arg]


def test_text_is_measured_in_utf8_bytes() -> None:
    """Two-byte characters count twice: the limit is on the encoded size, not the length."""
    text = "Un titre é\n\nUn paragraphe."
    with pytest.raises(ParseError, match="max_bytes"):
        opedkit.text.parse(text, max_bytes=len(text))
    assert opedkit.text.parse(text, max_bytes=len(text.encode())).title == "Un titre é"


def test_the_default_limit_refuses_huge_input_at_once() -> None:
    """Input past the 16 MiB default is refused before any work is done on it."""
    assert MAX_BYTES == 16 * 1024 * 1024
    with pytest.raises(ParseError, match="larger than max_bytes=16,777,216 bytes"):
        opedkit.html.parse(b" " * (MAX_BYTES + 1))


# --- the HTML parser's errors speak of pages -------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 20, b"\x89PNG\r\n\x1a\n" + bytes(range(40, 240)) * 50, "x" * 5_000],
)
def test_html_errors_speak_of_pages_not_of_text_lines(data: str | bytes) -> None:
    """Binary junk or one long line is "no article found in the page", never the text
    parser's advice about first lines."""
    with pytest.raises(ParseError, match="in the page") as error:
        opedkit.html.parse(data, claims=False)
    assert "first line" not in str(error.value)


def test_a_page_with_a_headline_but_no_body_says_so() -> None:
    """A page whose only text is its headline names the missing paragraphs."""
    page = "<title>A headline</title><h1>A headline</h1><p>Published: 2019-11-29</p><p>By Ann</p>"
    with pytest.raises(ParseError, match="no paragraph after the headline"):
        opedkit.html.parse(page, claims=False)


# --- regressions: every input that ever broke a parser ---------------------------------------

REGRESSIONS: list[tuple[Callable[..., Article], str | bytes]] = [
    # A page of 6,000 unclosed <p> was refused as nesting 6,000 deep (they do not nest).
    (opedkit.html.parse, "<title>T</title>" + "<p>Unclosed paragraphs do not nest at all." * 6_000),
    # YAML aliases nested nine deep (a "billion laughs") in front matter from another tool.
    (
        opedkit.markdown.parse,
        "---\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        + "".join(
            f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n" for p, c in itertools.pairwise("abcdefghi")
        )
        + "tags: *i\nauthor: *i\ntitle: *i\n---\n\n# A headline\n\nA paragraph.\n",
    ),
    # A key given twice: the fast JSON reader checked the first value, the thorough reader the
    # last, and loads raised RuntimeError("opedkit bug ...").
    (
        opedkit.json.loads,
        '{"opedkit":1,"title":"T","authors":[{"name":"A","url":"","url":"http://a.com/"}],'
        '"sections":[{"paragraphs":["0"]}]}',
    ),
    # Stray end tags hid real nesting from the depth estimate.
    (opedkit.html.parse, "<img></img>" * 20_000 + "<li><ul>" * 20_000),
]


@pytest.mark.parametrize(("parse", "data"), REGRESSIONS)
def test_inputs_that_once_broke_a_parser(parse: Callable[..., Article], data: str | bytes) -> None:
    """Each input that once raised something else, or was wrongly refused, now behaves."""
    article_or_opedkit_error(parse, data)


def test_a_json_key_given_twice_is_a_validation_error() -> None:
    """A repeated key whose two values the readers would judge apart is refused, saying so."""
    data = REGRESSIONS[2][1]
    with pytest.raises(ValidationError, match=r"\$: the key 'url' appears twice in one object"):
        opedkit.json.loads(data)


NAME_WORDS = st.sampled_from(["ann", "Ann", "lee", "bo", "de", "la", "ÉMILE", "x1", "o'neil"])


@given(
    st.lists(st.lists(NAME_WORDS, max_size=8).map(" ".join), max_size=8),
    st.lists(NAME_WORDS, max_size=8).map(" ".join),
)
def test_the_person_finder_agrees_with_same_person(names: list[str], name: str) -> None:
    """The indexed lookup of stated authors finds the same first name a scan finds."""
    scan = next((i for i, other in enumerate(names) if same_person(other, name)), None)
    assert person_finder(names)(name) == scan


def test_unclosed_paragraphs_are_read_not_refused_for_nesting() -> None:
    """6,000 paragraphs without </p> are 6,000 paragraphs, not a page nested too deep."""
    body = "".join(f"<p>Paragraph number {i} of a long page, never closed." for i in range(6_000))
    article = opedkit.html.parse(f"<title>A long page</title><h1>A long page</h1>{body}")
    assert len(article.paragraphs) == 6_000


def test_stray_end_tags_do_not_hide_deep_nesting() -> None:
    """End tags that close nothing do not let a page nest past the limit unnoticed."""
    page = "<img></img>" * 20_000 + "<li><ul>" * 20_000 + "text"
    with pytest.raises(ParseError, match="nests elements more than 5,000 deep"):
        opedkit.html.parse(page, claims=False)


def nested_markdown(marker: str, depth: int) -> str:
    """A paragraph inside ``depth`` block quotes (``>``) or nested lists, and one after them."""
    if marker == ">":
        nested = "> " * depth + "A paragraph deep inside quotes."
    else:
        indent = len(marker) + 1
        nested = "\n".join(" " * indent * i + f"{marker} Item {i}." for i in range(depth))
    return f"# A headline\n\n{nested}\n\nA closing paragraph after the nesting.\n"


@pytest.mark.parametrize(("marker", "depth"), [(">", 19), ("-", 9), ("1.", 9)])
def test_markdown_nested_up_to_the_limit_keeps_every_paragraph(marker: str, depth: int) -> None:
    """19 nested quotes or 9 nested lists are read whole, the paragraph after them included."""
    article = opedkit.markdown.parse(nested_markdown(marker, depth), claims=False)
    assert article.paragraphs[-1] == "A closing paragraph after the nesting."
    assert len(article.paragraphs) == (2 if marker == ">" else depth + 1)


@pytest.mark.parametrize(("marker", "depth"), [(">", 20), ("-", 10), ("1.", 10), (">", 5_000)])
def test_markdown_nested_past_the_limit_is_refused_not_cut(marker: str, depth: int) -> None:
    """Past the limit markdown-it skipped the rest of the document without a word (the closing
    paragraph was lost); now it is a ParseError naming the limit."""
    with pytest.raises(ParseError, match="nests block quotes and lists more than 19 levels"):
        opedkit.markdown.parse(nested_markdown(marker, depth), claims=False)


# --- the command line ------------------------------------------------------------------------


def test_the_cli_refuses_records_above_max_bytes(tmp_path: Path) -> None:
    """``--max-bytes N`` reports a larger record with its size and keeps the others; 0 lifts it."""
    from tests.test_cli import opedkit_cli  # noqa: PLC0415 (a helper of another test module)

    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text("A headline\n\nA short paragraph.\n", encoding="utf-8")
    large.write_text("A headline\n\n" + "A long paragraph of words. " * 40 + "\n", encoding="utf-8")
    done = opedkit_cli("convert", small, large, "--max-bytes", "500", "-o", f"{tmp_path}/out/")
    assert done.returncode == 1
    assert f"{large}: {large.stat().st_size:,} bytes, more than --max-bytes 500" in done.stderr
    assert [path.name for path in (tmp_path / "out").iterdir()] == ["small.json"]
    assert opedkit_cli("convert", large, "--max-bytes", "0", "-q").returncode == 0
