"""The model refuses invalid values at construction, naming the field, and never coerces."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import attrs
import pytest

from opedkit import Article, Author, Claim, ClaimKind, Section, ValidationError

LEAD = Section(paragraphs=("Cities should plant more trees.", "Shade cools streets by 5°C."))


def article(**changes: object) -> Article:
    return Article(**{"title": "Plant the trees", "sections": (LEAD,), **changes})  # type: ignore[arg-type]


def test_a_valid_article_is_frozen_hashable_and_equal_by_value() -> None:
    """Two articles built from the same values are equal, hash alike and cannot be changed."""
    a, b = article(), article()
    assert a == b
    assert hash(a) == hash(b)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.title = "Other"  # type: ignore[misc]


def test_conveniences_read_the_sections() -> None:
    """paragraphs, body and word_count are derived from the sections."""
    a = article(sections=(LEAD, Section(heading="Costs", paragraphs=("Trees are cheap.",))))
    assert a.paragraphs == (*LEAD.paragraphs, "Trees are cheap.")
    assert a.body.split("\n\n")[2] == "Costs"
    assert a.word_count == 5 + 6 + 3


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "  "}, r"^\$\.title: must not be blank$"),
        ({"title": "Two\nlines"}, r"^\$\.title: must not contain line breaks"),
        ({"title": "Padded "}, r"^\$\.title: must not start or end with whitespace$"),
        ({"title": 3}, r"^\$\.title: expected a str, got int$"),
        ({"subtitle": "a  b"}, r"^\$\.subtitle: must not contain two whitespace characters"),
        (
            {"authors": [Author(name="Ann Lee")]},
            r"^\$\.authors: expected a tuple of Author, got list$",
        ),
        ({"authors": ("Ann Lee",)}, r"^\$\.authors\[0\]: expected an Author, got str$"),
        ({"published": datetime(2019, 11, 29, 16, 5)}, r"^\$\.published: must be a timezone-aware"),
        ({"updated": "2019-11-29"}, r"^\$\.updated: expected a date or datetime, got str$"),
        ({"url": "javascript:alert(1)"}, r"^\$\.url: must be an absolute http or https URL"),
        ({"url": "data:text/html,hi"}, r"^\$\.url: must be an absolute http or https URL"),
        ({"url": "/relative/path"}, r"^\$\.url: must be an absolute http or https URL"),
        ({"url": "https://a.org/\n"}, r"^\$\.url: must be an absolute http or https URL"),
        ({"language": "en_US"}, r"^\$\.language: must be a BCP 47 language tag"),
        ({"tags": ("ok", "")}, r"^\$\.tags\[1\]: must not be blank$"),
        ({"genre": "opinion"}, r"^\$\.genre: expected a Genre, got str$"),
        (
            {"sections": (LEAD, Section(paragraphs=("x",)))},
            r"^\$\.sections\[1\]\.heading: only the first section may be untitled$",
        ),
    ],
)
def test_an_invalid_article_field_is_refused_with_its_path(
    changes: dict[str, object], message: str
) -> None:
    """Each broken field raises a ValidationError whose line starts with that field's path."""
    with pytest.raises(ValidationError, match=message):
        article(**changes)


def test_every_problem_is_reported_at_once() -> None:
    """A value with several problems lists them all, one per line."""
    with pytest.raises(ValidationError) as caught:
        article(title="", url="ftp://x.org/", language="??")
    assert [path for path, _ in caught.value.problems] == ["$.title", "$.url", "$.language"]
    assert str(caught.value).count("\n") == 2


def test_validation_errors_are_value_errors() -> None:
    """Code that catches ValueError keeps working."""
    with pytest.raises(ValueError, match="must not be blank"):
        Author(name="")


def test_dates_may_be_plain_days_or_aware_datetimes() -> None:
    """A day or an aware datetime is kept exactly as given, offset included."""
    seoul = timezone(timedelta(hours=9))
    assert article(published=date(2019, 11, 29)).published == date(2019, 11, 29)
    assert article(published=datetime(2019, 11, 29, 16, 5, tzinfo=seoul)).published.tzinfo is seoul  # type: ignore[union-attr]


@pytest.mark.parametrize("tag", ["en", "en-GB", "zh-Hant-TW", "es-419", "sr-Latn", "x-private"])
def test_well_formed_language_tags_are_accepted(tag: str) -> None:
    """BCP 47 tags with script, region and private-use parts are well formed."""
    assert article(language=tag).language == tag


def test_author_fields_are_checked() -> None:
    """An author's name must be clean text and its url absolute http(s)."""
    with pytest.raises(ValidationError, match=r"^\$\.name: must not be blank\n\$\.url: must be"):
        Author(name=" ", url="mailto:a@b.c")


def test_an_empty_section_needs_a_heading() -> None:
    """A section with neither heading nor paragraphs is refused; a heading alone is fine."""
    assert Section(heading="Coda").paragraphs == ()
    with pytest.raises(ValidationError, match=r"^\$: a section needs a heading"):
        Section()
    with pytest.raises(
        ValidationError, match=r"^\$\.paragraphs: expected a tuple of str, got str$"
    ):
        Section(paragraphs="abc")  # type: ignore[arg-type]


def claim(**changes: object) -> Claim:
    fields = {"text": "Shade cools streets", "kind": ClaimKind.FACT, "section": 0, "paragraph": 1,
              "start": 0, "end": 19}  # fmt: skip
    return Claim(**{**fields, **changes})  # type: ignore[arg-type]


def test_a_claim_is_the_exact_slice_of_its_paragraph() -> None:
    """A claim whose text is paragraph[start:end] is accepted."""
    c = claim()
    assert article(claims=(c,)).claims == (c,)
    assert LEAD.paragraphs[c.paragraph][c.start : c.end] == c.text


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"section": 1}, r"^\$\.claims\[0\]\.section: no section 1; the article has 1$"),
        ({"paragraph": 5}, r"^\$\.claims\[0\]\.paragraph: no paragraph 5 in section 0"),
        (
            {"text": "Shade cools street", "start": 1, "end": 19},
            r"^\$\.claims\[0\]\.text: does not match",
        ),
        ({"text": "x" * 40, "start": 0, "end": 40}, r"^\$\.claims\[0\]\.end: 40 is past the end"),
    ],
)
def test_a_claim_outside_its_paragraph_is_refused(changes: dict[str, object], message: str) -> None:
    """A claim pointing at a missing paragraph or at other text is refused by the article."""
    with pytest.raises(ValidationError, match=message):
        article(claims=(claim(**changes),))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"start": "0"}, r"^\$\.start: expected an int, got str$"),
        ({"section": True}, r"^\$\.section: expected an int, got bool$"),
        ({"start": -1, "end": 18}, r"^\$\.start: must not be negative, got -1$"),
        ({"end": 25}, r"^\$\.end: end - start must equal len\(text\) = 19, got 25 - 0$"),
        ({"kind": "fact"}, r"^\$\.kind: expected a ClaimKind, got str$"),
        ({"hedged": "no"}, r"^\$\.hedged: expected a bool, got str$"),
    ],
)
def test_a_claim_checks_its_own_fields(changes: dict[str, object], message: str) -> None:
    """A claim refuses wrong types, negative indexes and a span of the wrong length."""
    with pytest.raises(ValidationError, match=message):
        claim(**changes)
