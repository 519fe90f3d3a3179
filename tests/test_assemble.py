"""_blocks.assemble: op-ed conventions on blocks from any reader, with hints that win."""

from __future__ import annotations

from datetime import date

import pytest

from opedkit import Author, Genre, ParseError
from opedkit._blocks import Block, BlockKind, Hints, assemble

BODY = "The council met on Tuesday and voted to keep the old bridge open for now."
MORE = "Its engineers say the deck will last five more winters if trucks are kept off it."


def test_a_hinted_title_wins_and_its_repeat_at_the_top_is_dropped() -> None:
    """The page's h1 repeating the metadata title is not body text."""
    blocks = [Block("Keep the bridge open", BlockKind.HEADING, 1), Block(BODY)]
    article = assemble(blocks, Hints(title="Keep the bridge open"))
    assert article.title == "Keep the bridge open"
    assert article.paragraphs == (BODY,)
    assert [s.heading for s in article.sections] == [None]


def test_with_a_hinted_title_the_first_paragraph_is_body() -> None:
    """The first block is not taken as a headline when the title is known."""
    article = assemble([Block(BODY), Block(MORE)], Hints(title="Keep the bridge open"))
    assert article.paragraphs == (BODY, MORE)


def test_hinted_authors_win_and_a_bio_in_the_blocks_still_attaches() -> None:
    """The byline block goes; the closing bio goes to the hinted author it names."""
    blocks = [
        Block("By Jane Roe and Someone Else"),
        Block(BODY),
        Block("Jane Roe is an engineer at Harbor Works."),
    ]
    article = assemble(blocks, Hints(title="T", authors=(Author(name="Jane Roe"),)))
    (author,) = article.authors
    assert author.bio == "Jane Roe is an engineer at Harbor Works."
    assert author.affiliation == "Harbor Works"
    assert article.paragraphs == (BODY,)


def test_hinted_metadata_wins_over_the_blocks() -> None:
    """Dates and genre from hints are kept; date lines at the top still leave the body."""
    blocks = [Block("November 29, 2019"), Block(BODY)]
    hints = Hints(title="T", published=date(2020, 1, 2), genre=Genre.COLUMN)
    article = assemble(blocks, hints)
    assert article.published == date(2020, 1, 2)
    assert article.genre is Genre.COLUMN
    assert article.paragraphs == (BODY,)


def test_headings_start_sections_and_boilerplate_leaves_any_position() -> None:
    """HEADING blocks start sections; whole-line boilerplate is dropped mid-body too."""
    blocks = [
        Block("Headline", BlockKind.HEADING, 1),
        Block(BODY),
        Block("Advertisement"),
        Block("What next", BlockKind.HEADING, 2),
        Block(MORE),
    ]
    article = assemble(blocks, Hints())
    assert article.title == "Headline"
    assert [(s.heading, s.paragraphs) for s in article.sections] == [
        (None, (BODY,)),
        ("What next", (MORE,)),
    ]


def test_a_literal_block_is_body_text_whatever_it_looks_like() -> None:
    """A block the reader marked literal is never read as a byline, date or bio."""
    blocks = [Block("Headline"), Block("By Jane Roe", literal=True), Block(BODY)]
    article = assemble(blocks, Hints())
    assert article.authors == ()
    assert article.paragraphs == ("By Jane Roe", BODY)


def test_a_closing_bio_that_names_no_known_author_stays_in_the_body() -> None:
    """Without a byline, "X is ..." at the end may be about anyone: it is body text."""
    last = "Maria Gold is the mayor of Easton, and she has not said a word."
    article = assemble([Block("Headline"), Block(BODY), Block(last)], Hints())
    assert article.authors == ()
    assert article.paragraphs == (BODY, last)


def test_an_editors_mark_makes_a_closing_bio_name_its_author() -> None:
    """``-- Ed.`` says the paragraph is about the writer, even without a byline."""
    blocks = [Block("Headline"), Block(BODY), Block("Maria Gold is a civil engineer. -- Ed.")]
    (author,) = assemble(blocks, Hints()).authors
    assert (author.name, author.bio) == ("Maria Gold", "Maria Gold is a civil engineer.")


def test_no_blocks_is_a_parse_error() -> None:
    """Nothing to assemble has no headline."""
    with pytest.raises(ParseError, match="no headline found"):
        assemble([], Hints())


def test_with_hinted_authors_a_marked_bio_of_someone_else_stays_in_the_body() -> None:
    """An editor's mark does not add an author the page's metadata did not name."""
    last = "Maria Gold is a civil engineer. -- Ed."
    hints = Hints(title="T", authors=(Author(name="Jane Roe"),))
    article = assemble([Block(BODY), Block(last)], hints)
    assert article.paragraphs == (BODY, last)
    assert article.authors == (Author(name="Jane Roe"),)


def test_a_bio_matches_its_author_whatever_the_case() -> None:
    """``By JANE ROE`` at the end and ``Jane Roe is ...``: one author, with the bio."""
    blocks = [
        Block("[Jane Roe] Headline"),
        Block(BODY),
        Block("By JANE ROE"),
        Block("JANE ROE is a civil engineer."),
    ]
    (author,) = assemble(blocks, Hints()).authors
    assert (author.name, author.bio) == ("Jane Roe", "JANE ROE is a civil engineer.")
