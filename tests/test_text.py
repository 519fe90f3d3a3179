"""opedkit.text: reading op-ed text as scrapers save it, and the canonical text form."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import opedkit.json
from opedkit import Article, Author, Claim, Genre, ParseError, Section, strategies, text
from tests.conftest import corpus

FIXTURES = Path(__file__).parent / "fixtures" / "text"
SEED = ("seed", "000_0be67fb59dd569d7.txt")


def test_the_seed_column_parses_as_the_corpus_readme_says() -> None:
    """Title without the bracket, one author with bio and affiliation, 15 clean body paragraphs."""
    article = text.parse(corpus(*SEED).read_text(encoding="utf-8"), claims=False)
    assert article.title == "NK's frustrations indicate Trump is holding the line"
    (author,) = article.authors
    assert author.name == "Ted Gover"
    assert author.bio is not None
    assert author.bio.startswith("Ted Gover writes on US-Asian relations")
    assert author.bio.endswith("at Claremont Graduate University.")
    assert "Ed." not in author.bio
    assert author.affiliation == "Claremont Graduate University"
    paragraphs = article.paragraphs
    assert len(paragraphs) == 15
    assert paragraphs[0].startswith("North Korea’s Nov. 28 test-firing")
    assert any(p.startswith("By most counts,") for p in paragraphs)
    for p in paragraphs:
        assert p != "Back To Top"
        assert p != "By Ted Gover"
        assert "Claremont" not in p


def test_the_projects_own_column_in_the_seed_layout_parses_to_its_golden_json() -> None:
    """An original column laid out like the seed (navigation line, ``[Columnist] Headline``,
    paragraphs, ``By Name``, a bio closed by ``-- Ed.``) reads as its golden JSON says."""
    article = text.parse((FIXTURES / "columnist_bracket.txt").read_text("utf-8"), claims=False)
    golden = (FIXTURES / "columnist_bracket.json").read_bytes()
    assert article == opedkit.json.loads(golden)
    (author,) = article.authors
    assert (author.name, author.affiliation) == (
        "Hana Lindqvist", "Northfield Institute for Urban Studies"
    )  # fmt: skip
    assert author.bio is not None
    assert not author.bio.endswith("Ed.")
    assert len(article.paragraphs) == 7
    assert not {"Back To Top", "By Hana Lindqvist"} & set(article.paragraphs)


def _key(article: Article) -> tuple[object, ...]:
    return (
        article.title,
        article.subtitle,
        tuple((a.name, a.bio) for a in article.authors),
        tuple((s.heading, s.paragraphs) for s in article.sections),
        article.published,
        article.updated,
        article.genre,
        article.disclaimer,
    )


@given(strategies.articles())
def test_render_then_parse_keeps_what_the_text_form_carries(article: Article) -> None:
    """Title, subtitle, genre, author names and bios, sections, dates and disclaimer survive."""
    assert _key(text.parse(text.render(article), claims=False)) == _key(article)


@given(strategies.articles(), strategies.authors(), st.sampled_from([None, "A poet.", "Jo Lee."]))
def test_authors_who_share_a_name_keep_their_own_bios(
    article: Article, author: Author, bio: str | None
) -> None:
    """Two authors with one name read back in their order, each with their own bio or none."""
    twins = (*article.authors, author, attrs.evolve(author, bio=bio))
    article = attrs.evolve(article, authors=twins)
    assert _key(text.parse(text.render(article), claims=False)) == _key(article)


def _fixture(name: str) -> Article:
    raw = (FIXTURES / name).read_bytes().decode("utf-8")
    return text.parse(raw, claims=False)


def test_an_editorial_bracket_names_the_genre_and_boilerplate_lines_are_dropped() -> None:
    """``[Editorial] ...`` is a genre, not a person; nav, ad and copyright lines go."""
    article = _fixture("editorial_bracket.txt")
    assert article.title == "The harbor tunnel deserves a second look"
    assert article.genre is Genre.EDITORIAL
    assert article.authors == ()
    assert article.published == date(2019, 11, 29)
    assert len(article.paragraphs) == 4
    assert article.paragraphs[-1].startswith("The council should")
    assert "Read more about the vote" in article.paragraphs[-1]  # never inside a sentence


def test_a_pipe_names_the_columnist_and_a_dek_sits_under_the_headline() -> None:
    """``Headline | Author``, a dek line, an ISO date, a closing bio attached to that author."""
    article = _fixture("pipe_author.txt")
    assert article.title == "Why the night bus matters more than the new tram"
    assert article.subtitle == (
        "Cities love shiny projects. Shift workers need buses that run at 3 a.m."
    )
    assert article.published == date(2019, 11, 30)
    (author,) = article.authors
    assert author.name == "Mara Quell"
    assert author.bio == (
        "Mara Quell is a nurse and a member of the Riverside Transit Riders Union."
    )
    assert len(article.paragraphs) == 3


def test_a_pipe_editorial_names_the_genre() -> None:
    """``... | Editorial`` keeps the colon in the headline and reads the genre."""
    article = _fixture("pipe_editorial.txt")
    assert article.title == "The Guardian view on school lunches: a small fee, a large cost"
    assert article.genre is Genre.EDITORIAL
    assert article.paragraphs[-1] == "The government should drop the plan."


def test_hard_wrapped_paragraphs_are_joined_and_bulleted_bios_go_to_each_author() -> None:
    """A kicker, ``By A, B and C``, a zoned update time, wrapped lines, ``##`` and three bios."""
    article = _fixture("hard_wrapped.txt")
    assert article.genre is Genre.OPINION
    assert article.title == "How our library learned to lend tools"
    assert article.updated == datetime(2019, 11, 30, 8, 15, tzinfo=timezone(timedelta(hours=9)))
    assert [a.name for a in article.authors] == ["Ann Lee", "Bo Kim", "Cy Park"]
    assert [s.heading for s in article.sections] == [None, "What it cost"]
    assert [len(s.paragraphs) for s in article.sections] == [2, 2]
    assert article.paragraphs[0].endswith("longer than the one for the latest thriller.")
    ann, bo, cy = article.authors
    assert (ann.affiliation, ann.role) == ("Millbrook Public Library", "librarian")
    assert bo.affiliation == "Easton State University"
    assert bo.role == "professor of urban planning"
    assert cy.bio == "Cy Park writes on local government for several regional papers."


def test_crlf_one_paragraph_per_line_with_contributor_byline_and_disclaimer() -> None:
    """BOM, CRLF, a tab, NBSP; ``X, opinion contributor``; ALL-CAPS heading; The writer is."""
    article = _fixture("one_per_line_crlf.txt")
    assert article.title == "A tax on empty homes would work here"
    assert article.published == date(2019, 11, 29)  # 16:05 in no stated zone: the day only
    (author,) = article.authors
    assert author.name == "Deon Ashby"
    assert author.role == "opinion contributor"
    assert author.bio == "The writer is a housing researcher at the Lakeside Policy Institute."
    assert author.affiliation == "Lakeside Policy Institute"
    assert article.disclaimer == "The views expressed are his own."
    assert [s.heading for s in article.sections] == [None, "THE OBJECTIONS"]
    assert article.paragraphs[0].startswith("Every winter the same\u00a0story plays out:")
    assert all("Follow us" not in p and p != "Read more" for p in article.paragraphs)


def test_a_byline_with_a_dateline_and_a_title_like_heading_between_paragraphs() -> None:
    """``By Ilse Marrow GENEVA –``; "By most counts" stays body; ``-- Ed.`` closes the bio."""
    article = _fixture("dateline.txt")
    assert article.subtitle == "Why a narrow agreement beats no agreement at all"
    (author,) = article.authors
    assert author.name == "Ilse Marrow"
    assert author.bio == (
        "Ilse Marrow, a former trade negotiator, is a senior fellow at the Alder Institute."
    )
    assert author.affiliation == "Alder Institute"
    assert [s.heading for s in article.sections] == [None, "Start with paperwork"]
    assert article.paragraphs[1].startswith("By most counts,")
    assert len(article.paragraphs) == 5


def test_a_letter_is_signed_with_a_dash_at_the_end() -> None:
    """``[Letter to the Editor]`` is the genre; ``— Jane Roe, Kettle Island`` is the author."""
    article = _fixture("letter.txt")
    assert article.genre is Genre.LETTER
    assert [a.name for a in article.authors] == ["Jane Roe"]
    assert len(article.paragraphs) == 2


BODY = "The council met on Tuesday and voted to keep the old bridge open for now."


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Ted Gover", ["Ted Gover"]),
        ("By Ann Lee and Bo Kim", ["Ann Lee", "Bo Kim"]),
        ("By Ann Lee, Bo Kim and Cy Park", ["Ann Lee", "Bo Kim", "Cy Park"]),
        ("Opinion by Rae Dunn", ["Rae Dunn"]),
        ("Rae Dunn, opinion contributor", ["Rae Dunn"]),
        ("— Jane Roe", ["Jane Roe"]),
        ("By Dani Rodrik CAMBRIDGE –", ["Dani Rodrik"]),
        ("By Martin Luther King, Jr.", ["Martin Luther King, Jr."]),
        ("By Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("By Reuters", []),
    ],
)
def test_bylines_name_their_authors(byline: str, names: list[str]) -> None:
    """Each byline shape under a headline gives exactly these author names."""
    article = text.parse(f"A headline\n\n{byline}\n\n{BODY}", claims=False)
    assert [a.name for a in article.authors] == names
    assert article.paragraphs == (BODY,)


@pytest.mark.parametrize(
    "line",
    [
        "By most counts, the deal is dead.",
        "By 2030, the bridge will need a new deck.",
        "By then it was too late.",
        "Advertising budgets fell by a third last year.",
        "Read more books, the mayor said, and fewer reports.",
        "November was the wettest month on record in 2019.",
        "WE MUST ACT NOW.",
    ],
)
def test_a_sentence_is_never_taken_for_a_byline_date_heading_or_boilerplate(line: str) -> None:
    """Body sentences that start like a convention stay in the body, wherever they stand."""
    article = text.parse(f"A headline\n\n{line}\n\n{BODY}\n\n{line}", claims=False)
    assert article.paragraphs == (line, BODY, line)
    assert article.authors == ()
    assert article.published is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published : Nov 29, 2019 - 16:05", date(2019, 11, 29)),
        ("November 29, 2019", date(2019, 11, 29)),
        ("Friday, November 29, 2019", date(2019, 11, 29)),
        ("Posted: 2019-11-29T16:05:00+09:00", datetime(2019, 11, 29, 7, 5, tzinfo=timezone.utc)),
        ("Nov. 29, 2019 4:05 p.m. EST", datetime(2019, 11, 29, 21, 5, tzinfo=timezone.utc)),
        ("29 November 2019 16:05 CST", date(2019, 11, 29)),  # an ambiguous zone: the day only
    ],
)
def test_date_lines_near_the_top_never_invent_a_timezone(line: str, expected: date) -> None:
    """A stated zone gives an aware datetime; no zone, or an unknown one, gives the day."""
    article = text.parse(f"A headline\n{line}\n\n{BODY}", claims=False)
    assert article.published == expected
    assert type(article.published) is type(expected)
    assert article.paragraphs == (BODY,)


@pytest.mark.parametrize("raw", ["", "   ", "\n\n\t\r\n", "\ufeff", "Advertisement\n\nRead more"])
def test_empty_text_is_a_parse_error(raw: str) -> None:
    """Nothing to read is a ParseError that says so."""
    with pytest.raises(ParseError, match=r"empty text|no headline|no article body"):
        text.parse(raw)


def test_a_headline_without_a_body_is_a_parse_error() -> None:
    """A headline and a byline alone have no body."""
    with pytest.raises(ParseError, match="no article body found"):
        text.parse("A headline\n\nBy Jane Roe\n")


def test_a_long_first_paragraph_is_not_taken_for_a_headline() -> None:
    """Text that starts straight with a long paragraph has no headline, and says so."""
    with pytest.raises(ParseError, match="no headline found"):
        text.parse("word " * 200)


def test_a_non_str_is_a_type_error() -> None:
    """Bytes must be decoded first."""
    with pytest.raises(TypeError, match="expects a str"):
        text.parse(b"A headline\n\nBody.")  # type: ignore[arg-type]


@given(st.text())
def test_any_text_parses_or_raises_a_parse_error(raw: str) -> None:
    """Whatever the input, parse returns an Article or raises ParseError, nothing else."""
    with contextlib.suppress(ParseError):
        text.parse(raw, claims=False)


@given(
    st.lists(
        st.sampled_from(
            [
                "By",
                "Jane",
                "Roe",
                "##",
                "=",
                "-",
                "\\",
                "\n",
                " ",
                "\r\n",
                "Published:",
                "2019-11-29",
                "[Editorial]",
                "|",
                "-- Ed.",
                "•",
                "is",
                "ADVERTISEMENT",
                "The views expressed",
                ".",
            ]
        )
    ).map("".join)
)
def test_convention_soup_parses_or_raises_a_parse_error(raw: str) -> None:
    """Inputs made of the cues themselves never raise anything but ParseError."""
    with contextlib.suppress(ParseError):
        text.parse(raw, claims=False)


def test_a_megabyte_and_a_hundred_thousand_lines_are_read() -> None:
    """Large inputs complete (time is linear in the input size; see benchmarks/text_bench.py)."""
    big = "A headline\n\n" + (BODY + "\n\n") * (1_000_000 // len(BODY))
    assert len(text.parse(big, claims=False).paragraphs) > 10_000
    lines = "A headline\n" + "\n".join(f"Line {i} of the text." for i in range(100_000))
    assert len(text.parse(lines, claims=False).paragraphs) == 100_000
    one_line = "A headline\n\n" + "x" * 1_000_000
    assert text.parse(one_line, claims=False).paragraphs == ("x" * 1_000_000,)


@pytest.mark.parametrize(
    "paragraph",
    [
        "By Jane Roe",
        "## Not a heading",
        "WAR",
        "\\backslash",
        "* * *",
        "===",
        "Advertisement",
        "Published: 2019-11-29",
        "The views expressed here are mine.",
        "Jane Roe is a professor.",
        "About Jane Roe: a line",
        "Opinion",
        "Short title-like line",
    ],
)
def test_render_escapes_paragraphs_that_would_be_misread(paragraph: str) -> None:
    """A paragraph shaped like a convention comes back as the same paragraph."""
    article = Article(
        title="A headline",
        authors=(Author(name="Jane Roe"),),
        sections=(Section(paragraphs=(BODY, paragraph, BODY)),),
    )
    rendered = text.render(article)
    assert text.parse(rendered, claims=False) == article


def test_render_writes_the_documented_canonical_layout() -> None:
    """Genre kicker, underlined title, dek, byline, dates, headings, bios, disclaimer."""
    article = Article(
        title="A headline",
        subtitle="A dek.",
        genre=Genre.OPINION,
        authors=(
            Author(name="Ann Lee", bio="Ann Lee is a professor at Yale."),
            Author(name="Bo Kim", bio="Former ambassador."),
        ),
        published=date(2019, 11, 29),
        updated=datetime(2019, 11, 30, 16, 5, tzinfo=timezone(timedelta(hours=9))),
        sections=(Section(paragraphs=(BODY,)), Section(heading="Next", paragraphs=(BODY,))),
        disclaimer="The views expressed are the writers' own.",
    )
    assert text.render(article) == (
        "Opinion\n\nA headline\n==========\nA dek.\n\nBy Ann Lee and Bo Kim\n\n"
        "Published: 2019-11-29\n\nUpdated: 2019-11-30 16:05:00+09:00\n\n"
        f"{BODY}\n\n## Next\n\n{BODY}\n\nAnn Lee is a professor at Yale.\n\n"
        "About Bo Kim: Former ambassador.\n\nThe views expressed are the writers' own.\n"
    )
    parsed = text.parse(text.render(article), claims=False)
    assert _key(parsed) == _key(article)
    assert parsed.authors[0].affiliation == "Yale"


def test_claims_go_through_the_extractor() -> None:
    """``claims=`` takes an extractor; False leaves claims empty."""
    seen: list[Article] = []

    def extractor(article: Article) -> tuple[Claim, ...]:
        seen.append(article)
        return ()

    article = text.parse(f"A headline\n\n{BODY}", claims=extractor)
    assert seen == [article]
    assert text.parse(f"A headline\n\n{BODY}", claims=False).claims == ()


def test_the_readme_example_column_parses_completely() -> None:
    """examples/column.txt: kicker, headline, byline, date, a heading, ten paragraphs, a bio."""
    raw = (Path(__file__).parents[1] / "examples" / "column.txt").read_text(encoding="utf-8")
    article = text.parse(raw, claims=False)
    assert article.title == "Our town should stop paving its front yards"
    assert article.genre is Genre.OPINION
    assert article.published == date(2024, 3, 14)
    (author,) = article.authors
    assert author.name == "Rosa Tamberlane"
    assert author.role == "hydrologist"
    assert author.affiliation == "Lower Valley Water Authority"
    assert [s.heading for s in article.sections] == [None, "WHAT OTHER TOWNS HAVE DONE"]
    assert [len(s.paragraphs) for s in article.sections] == [3, 7]
    assert all("Millbrook Courier" not in p and p != "Advertisement" for p in article.paragraphs)
    assert text.parse(text.render(article), claims=False) == article


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Roe and Bo Kim are researchers at the Alder Institute.",
        "Roe and Kim are researchers at the Alder Institute.",
        "The writers are researchers at the Alder Institute.",
    ],
)
def test_a_joint_bio_goes_to_every_author_it_names(bio: str) -> None:
    """Co-authors sharing one bio paragraph each get it, with the affiliation it states."""
    raw = f"A headline\n\nBy Jane Roe and Bo Kim\n\n{BODY}\n\n{bio}"
    article = text.parse(raw, claims=False)
    assert [(a.bio, a.affiliation) for a in article.authors] == [(bio, "Alder Institute")] * 2
    assert article.paragraphs == (BODY,)


def test_a_singular_writer_bio_with_two_authors_stays_in_the_body() -> None:
    """ "The writer is ..." under two bylined authors names no one for sure: it is kept as body."""
    last = "The writer is a researcher at the Alder Institute."
    article = text.parse(f"A headline\n\nBy Jane Roe and Bo Kim\n\n{BODY}\n\n{last}", claims=False)
    assert article.paragraphs == (BODY, last)
    assert all(a.bio is None for a in article.authors)


def test_a_breadcrumb_above_the_headline_is_boilerplate() -> None:
    """``Home > Opinion > Columns`` is navigation, not the headline."""
    article = text.parse(f"Home > Opinion > Columns\n\nA headline\n\n{BODY}", claims=False)
    assert article.title == "A headline"
    assert article.paragraphs == (BODY,)
