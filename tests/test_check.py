"""check() points at what a scraper probably got wrong, and stays quiet on a clean article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import attrs
import pytest

import opedkit.json
from opedkit import Article, Author, Section
from opedkit.check import Finding, check

EXAMPLE = opedkit.json.loads((Path(__file__).parents[1] / "examples" / "column.json").read_bytes())


def codes(article: Article) -> list[tuple[str, str]]:
    return [(finding.path, finding.code) for finding in check(article)]


def body(*paragraphs: str) -> tuple[Section, ...]:
    return (Section(paragraphs=paragraphs),)


def test_a_clean_article_has_no_findings() -> None:
    """The shipped sample column is credited, dated and long enough."""
    assert check(EXAMPLE) == ()


@pytest.mark.parametrize(
    ("name", "flagged"),
    [("Mina Park", False), ("Reuters Staff", True), ("By Mina Park", True),
     ("The Editorial Board", True), ("mina@ledger.example", True), ("Jean-Luc O'Neill", False)],
)  # fmt: skip
def test_organisations_and_bylines_credited_as_people_are_flagged(name: str, flagged: bool) -> None:
    """An author name with agency words, "By", an address or digits is not a person's name."""
    article = attrs.evolve(EXAMPLE, authors=(Author(name=name),))
    assert (("$.authors[0].name", "not-a-person") in codes(article)) is flagged


@pytest.mark.parametrize(
    "text", ["Itâ€™s hot.", "CafÃ© owners agree.", "Trees <p>matter</p>.", "Salt &amp; pepper."]
)
def test_mojibake_and_markup_left_in_text_are_flagged(text: str) -> None:
    """Mis-decoded UTF-8 and HTML tags or entities in a paragraph are reported there."""
    article = attrs.evolve(EXAMPLE, sections=body(text, *EXAMPLE.paragraphs), claims=())
    found = [code for path, code in codes(article) if path == "$.sections[0].paragraphs[0]"]
    assert found in (["mojibake"], ["markup"])


def test_correct_non_ascii_text_is_not_mojibake() -> None:
    """Accents, curly quotes and dashes as written are fine."""
    article = attrs.evolve(EXAMPLE, title="Café owners’ view — “trees” à la carte")
    assert check(article) == ()


def test_a_date_updated_before_publication_is_flagged() -> None:
    """updated earlier than published is a scraping mix-up."""
    article = attrs.evolve(EXAMPLE, published=date(2024, 6, 3), updated=date(2024, 6, 1))
    assert codes(article) == [("$.updated", "updated-before-published")]


def test_findings_print_as_path_code_message() -> None:
    """A finding's text starts with its path and code."""
    assert str(Finding("$.title", "markup", "m")) == "$.title: markup: m"
