"""On the wcxb-dev pages, opedkit.html.parse keeps its measured quality: a regression fails here.

To keep the suite fast this reads a fixed third of the pages (every third by id, about 500 of
the 1,497, all seven page types); ``benchmarks/extraction.py`` measures them all. The floors sit
a little below what that subset scores, so that noise does not fail the build but a real loss
does. Raise them as the reader improves.
"""

from __future__ import annotations

from statistics import fmean

import pytest
from benchmarks.wcxb import WCXB_DEV, WcxbPage, load_pages, word_f1

import opedkit.html
from opedkit import ParseError

# Measured 2026-12-02 on this subset (word F1): article 0.958, documentation 0.907, service 0.810,
# product 0.675, collection 0.644, forum 0.768, listing 0.565, all 0.853.
FLOORS = {
    "article": 0.947,
    "documentation": 0.89,
    "service": 0.795,
    "product": 0.66,
    "collection": 0.625,
    "forum": 0.75,
    "listing": 0.55,
    "all": 0.84,
}

pytestmark = pytest.mark.skipif(not WCXB_DEV.is_dir(), reason="../shared/corpus is not here")


def body(page: WcxbPage) -> str:
    try:
        article = opedkit.html.parse(page.html, url=page.url, claims=False)
    except ParseError:
        return ""
    return "\n\n".join(
        text
        for section in article.sections
        for text in ((section.heading,) if section.heading else ()) + section.paragraphs
    )


@pytest.fixture(scope="module")
def scores() -> dict[str, list[float]]:
    by_type: dict[str, list[float]] = {"all": []}
    for page in load_pages(sample=3):
        f1 = word_f1(page.body, body(page))
        by_type.setdefault(page.type, []).append(f1)
        by_type["all"].append(f1)
    return by_type


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_body_word_f1_keeps_its_floor(scores: dict[str, list[float]], kind: str) -> None:
    """The mean word F1 of each page type (and of all pages) stays at or above its floor."""
    assert fmean(scores[kind]) >= FLOORS[kind]
