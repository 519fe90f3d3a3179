"""Sentence boundaries: where a paragraph's sentences start and end."""

from __future__ import annotations

import pytest
from hypothesis import given

from opedkit import strategies
from opedkit._sentences import spans


def sentences(paragraph: str) -> list[str]:
    return [paragraph[start:end] for start, end in spans(paragraph)]


def test_a_plain_paragraph_splits_at_each_period() -> None:
    """Three plain sentences give three spans, trimmed of the spaces between them."""
    assert sentences("It rained. The river rose. We left.") == [
        "It rained.",
        "The river rose.",
        "We left.",
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "North Korea’s Nov. 28 test was a warning.",
        "The U.S. Senate voted on Tuesday.",
        "Mr. Lee and Dr. Park met Sen. Warren.",
        "J. K. Rowling wrote it in 1997.",
        "Growth was 3.5 percent, down from 4.1 percent.",
        "He paused ... then carried on.",
        "The firms (Acme Inc. and Bolt Co. among them) agreed.",
        "The court ruled in Smith v. Jones that it could.",
        "Bring pens, paper, etc. to the meeting.",
        "George W. Bush spoke at 9 a.m. Eastern time.",
    ],
)
def test_abbreviations_initials_decimals_and_ellipses_do_not_end_a_sentence(paragraph: str) -> None:
    """Titles, months, initials, acronyms, decimals and inner ellipses stay inside one sentence."""
    assert sentences(paragraph) == [paragraph]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Why now? Because the money ran out!", ["Why now?", "Because the money ran out!"]),
        (
            "“We will not back down,” he said. “Never.” Then he left.",
            ["“We will not back down,” he said.", "“Never.”", "Then he left."],
        ),
        (
            "It is too late (or so they say.) The vote is set.",
            ["It is too late (or so they say.)", "The vote is set."],
        ),
        ("He moved to the U.S. The move paid off.", ["He moved to the U.S.", "The move paid off."]),
        (
            "They sold cars, boats, etc. But nobody came.",
            ["They sold cars, boats, etc.", "But nobody came."],
        ),
        (
            "The talks stalled... The deadline passed.",
            ["The talks stalled...", "The deadline passed."],
        ),
        ("Sales fell in 2019. 2020 was worse.", ["Sales fell in 2019.", "2020 was worse."]),
        ("It opens at 10 a.m. Residents line up.", ["It opens at 10 a.m.", "Residents line up."]),
        ("Prices rose in Feb. That hurt.", ["Prices rose in Feb.", "That hurt."]),
    ],
)
def test_sentences_end_after_question_marks_closing_quotes_and_real_periods(
    paragraph: str, expected: list[str]
) -> None:
    """A sentence ends at ?, ! or a period (after closing quotes or brackets) before a new one."""
    assert sentences(paragraph) == expected


def test_a_question_inside_a_quotation_does_not_end_the_sentence() -> None:
    """“Why?” he asked: a lowercase word after the quote continues the sentence."""
    assert sentences("“Why?” he asked. Nobody knew.") == ["“Why?” he asked.", "Nobody knew."]


def test_a_paragraph_without_final_punctuation_is_one_sentence() -> None:
    """Text after the last boundary is the last sentence, even without a period."""
    assert sentences("First one. And then a fragment") == ["First one.", "And then a fragment"]


@given(strategies.paragraphs())
def test_spans_are_ordered_trimmed_and_cover_every_word(paragraph: str) -> None:
    """Spans are in order, do not overlap, are not blank or padded, and lose no characters."""
    found = spans(paragraph)
    previous_end = 0
    for start, end in found:
        assert previous_end <= start < end <= len(paragraph)
        text = paragraph[start:end]
        assert text == text.strip()
        assert paragraph[previous_end:start].strip() == ""
        previous_end = end
    assert paragraph[previous_end:].strip() == ""


def test_a_long_run_of_punctuation_is_read_in_one_pass() -> None:
    """Thousands of periods in a row end no sentence early (and take linear, not square, time)."""
    paragraph = "Wait" + "." * 20_000 + "x"
    assert spans(paragraph) == [(0, len(paragraph))]


def test_sentences_glued_without_a_space_are_split() -> None:
    """A stop between a lowercase word and a capitalised one ends a sentence ("convene.Of")."""
    assert sentences("The board will convene.Of all its duties, this matters most.") == [
        "The board will convene.",
        "Of all its duties, this matters most.",
    ]
    assert sentences("Is that fair?No, it is not.") == ["Is that fair?", "No, it is not."]


def test_a_quotation_mark_glued_between_sentences_goes_with_its_quotation() -> None:
    """A stop, a quotation mark and a capital end a sentence: after the mark when it closes a
    quotation, before it when it opens one."""
    assert sentences('"It is wrong," he said."I feel good about it."') == [
        '"It is wrong," he said.',
        '"I feel good about it."',
    ]
    assert sentences('"They planned the purge."The resolution is void.') == [
        '"They planned the purge."',
        "The resolution is void.",
    ]
    assert sentences("It said “the end.”The next day came.") == [
        "It said “the end.”",
        "The next day came.",
    ]
    paragraph = 'Ab."Cd' * 20_000  # its quotation marks are counted once (linear time)
    assert spans(paragraph) == [(0, len(paragraph))]


@pytest.mark.parametrize(
    "paragraph",
    [
        "J.K. Rowling wrote it.",
        "See www.example.Com for details.",
        "Growth was 3.5 percent this year.",
        "Use spices, e.g.Cumin, sparingly.",
        "The U.S.Senate voted.",
    ],
)
def test_glued_initials_urls_decimals_and_abbreviations_do_not_split(paragraph: str) -> None:
    """Initials, domain names, decimals and abbreviations keep a glued stop inside the sentence."""
    assert sentences(paragraph) == [paragraph]
