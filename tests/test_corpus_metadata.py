"""On the aeb-dev pages, the HTML metadata reader keeps its measured quality.

``read_metadata`` is scored alone (no body extraction) against what a careful reader finds on
each page (``metadata.json``). The floors sit a little below what it measures (title 1.000,
author F1 0.992, date 0.989 when they were set), so that a real regression fails here.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from benchmarks.aeb import AEB_DEV, Page, author_scores, date_exact, load_pages, title_exact
from selectolax.lexbor import LexborHTMLParser

from opedkit._blocks import Hints
from opedkit._html._decode import parser_input
from opedkit._html._metadata import read_metadata

TITLE_EXACT_FLOOR = 0.97
AUTHOR_F1_FLOOR = 0.96
DATE_EXACT_FLOOR = 0.96

pytestmark = pytest.mark.skipif(not AEB_DEV.is_dir(), reason="../shared/corpus is not here")


@pytest.fixture(scope="module")
def read() -> list[tuple[Page, Hints]]:
    return [
        (page, read_metadata(LexborHTMLParser(parser_input(page.html)), page.url))
        for page in load_pages()
    ]


def test_titles_are_the_visible_headlines(read: list[tuple[Page, Hints]]) -> None:
    """The title matches the visible headline on nearly every page."""
    assert title_exact((page.title, hints.title) for page, hints in read) >= TITLE_EXACT_FLOOR


def test_authors_are_the_credited_people(read: list[tuple[Page, Hints]]) -> None:
    """Author names match the people credited (no agencies, sidebars or commenters)."""
    scores = author_scores(
        (page.authors, [author.name for author in hints.authors]) for page, hints in read
    )
    assert scores.f1 >= AUTHOR_F1_FLOOR


def test_dates_are_the_days_the_pages_show(read: list[tuple[Page, Hints]]) -> None:
    """The publication day is the one the page shows in its own time zone."""

    def day(hints: Hints) -> str | None:
        published = hints.published
        if published is None:
            return None
        return (published.date() if isinstance(published, datetime) else published).isoformat()

    assert date_exact((page.published, day(hints)) for page, hints in read) >= DATE_EXACT_FLOOR
