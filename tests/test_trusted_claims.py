"""The extractor's trusted Claim path builds exactly what the checked constructor builds."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given

import opedkit.text
from opedkit import Article, Claim, ValidationError, strategies
from opedkit._model import trusted_claim
from tests.conftest import corpus

ROOT = Path(__file__).resolve().parents[1]


def checked(claim: Claim) -> Claim:
    return Claim(**attrs.asdict(claim, recurse=False))


def same_fields(claim: Claim, other: Claim) -> bool:
    pairs = [(getattr(claim, f.name), getattr(other, f.name)) for f in attrs.fields(Claim)]
    return all(type(a) is type(b) and a == b for a, b in pairs)


def assert_checked_equal(article: Article) -> None:
    for claim in article.claims:
        again = checked(claim)
        assert type(claim) is Claim
        assert claim == again
        assert hash(claim) == hash(again)
        assert same_fields(claim, again)


def test_the_example_claims_equal_checked_ones() -> None:
    """Every claim the extractor builds on the example equals the checked constructor's."""
    article = opedkit.text.parse((ROOT / "examples" / "column.txt").read_text(encoding="utf-8"))
    assert article.claims
    assert_checked_equal(article)


def test_the_dev_editorials_claims_equal_checked_ones() -> None:
    """Every claim the extractor builds on the 131 dev editorials equals the checked one."""
    path = corpus("editorials-dev", "editorials.json")
    for editorial in json.loads(path.read_text(encoding="utf-8")):
        text = editorial["title"] + "\n\n" + "\n\n".join(editorial["paragraphs"])
        assert_checked_equal(opedkit.text.parse(text))


@given(strategies.articles())
def test_any_valid_claim_is_built_the_same_both_ways(article: Article) -> None:
    """For valid values, trusted_claim and Claim make equal instances with the same fields."""
    for claim in article.claims:
        trusted = trusted_claim(**attrs.asdict(claim, recurse=False))
        assert trusted == claim
        assert hash(trusted) == hash(claim)
        assert same_fields(trusted, claim)


def test_a_source_that_is_not_clean_is_refused() -> None:
    """A source the attribution rules cut badly raises the checked constructor's error."""
    with pytest.raises(ValidationError, match=r"\$\.attributed_to: must not start or end"):
        trusted_claim(
            text="A claim.",
            kind=opedkit.ClaimKind.FACT,
            section=0,
            paragraph=0,
            start=0,
            end=8,
            hedged=False,
            attributed_to="the mayor ",
        )
