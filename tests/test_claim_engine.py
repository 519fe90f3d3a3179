"""The claim rules' fast paths compute exactly what their plain definitions compute."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from opedkit import _claim_model as model
from opedkit import _claim_rules as rules
from opedkit import _claim_sources as sources
from opedkit import _sentences as sentences

_TRICKY = "aZ09 '’-.,?“”é–—İKΣσ\x00\tA\u212a\ud800"


@given(st.text(alphabet=st.sampled_from(_TRICKY)) | st.text())
def test_the_plain_reading_by_bytes_equals_the_regex_one(text: str) -> None:
    """Lowercasing and blanking marks by bytes.translate gives _plain's text, or None when
    lowercasing would move characters."""
    padded = " " + text + " "
    lowered = padded.lower()
    expected = rules._plain(lowered) if len(lowered) == len(padded) else None
    assert rules._lowered_plain(padded) == expected


_PIECES = (
    "Consider",
    "look",
    " at",
    "First",
    ",",
    " ",
    "Cut",
    " the",
    "Let",
    "'s",
    "’",
    "Do",
    " not",
    "Don",
    "t",
    "Be",
    "The",
    "K",
    "\u212a",
    "ſee",
    "Ta",
    "e",
    "“",
    "(",
    "x",
    ".",
)


@given(st.lists(st.sampled_from(_PIECES)).map("".join) | st.text())
def test_the_opening_is_tried_only_where_it_can_match(text: str) -> None:
    """Skipping sentences by their first two letters never changes what _OPENING finds."""
    expected = rules._OPENING.match(text, 0)
    found = rules._opening(text, 0, text)
    assert (found and found.span(), found and found.lastgroup) == (
        expected and expected.span(),
        expected and expected.lastgroup,
    )


_ENDS = 'a. b? c! d… e.” F “G” (h). 3.5 x.Y Ab?! ."Z  '


@given(st.text(alphabet=st.sampled_from(_ENDS)) | st.text())
def test_the_candidate_ends_by_mark_are_those_of_one_pattern(text: str) -> None:
    """The per-mark patterns, merged in order, find what one pattern for all marks finds."""
    one = re.compile(r"[.?!…](?:[\"'”’)\]]*(\s+)|(?=[A-Z][a-z]|[\"“”][A-Z]))")
    expected = [(m.span(), m.span(1)) for m in one.finditer(text)]
    assert [(m.span(), m.span(1)) for m in sentences._candidates(text)] == expected


@given(st.text(alphabet=st.sampled_from("a 0 9 \u0663 \uff13 \u00b2 “ é")) | st.text())
def test_the_digit_check_agrees_with_the_regex(text: str) -> None:
    """_has_digit says whether \\d finds a digit, for ASCII and other texts alike."""
    assert model._has_digit(text) is (model._DIGIT.search(text) is not None)


@given(st.text(alphabet=st.sampled_from("a 0 9 \u0663 “ é")) | st.text())
def test_the_digit_check_by_shape_agrees_with_the_regex(text: str) -> None:
    """_has_digit given the sentence's shape says what \\d finds, as without it."""
    expected = model._DIGIT.search(text) is not None
    assert model._has_digit(text, model._shape(text)) is expected


@given(st.text(alphabet=st.sampled_from(" \t\nIiAa'\"([?“’é0.")) | st.text())
def test_the_name_openings_are_counted_by_three_counts_as_by_six(text: str) -> None:
    """_openings, with the opening marks after spaces dropped, counts in a shape what the six
    counts of _NAME_OPENINGS do."""
    shape = model._shape(text)
    expected = sum(map(shape.count, model._NAME_OPENINGS))
    assert model._openings(shape) == expected


@given(st.text(alphabet=st.sampled_from("to TO_x\n\u00a0.é")) | st.text(), st.integers(0, 12))
def test_the_infinitive_is_read_from_the_end_as_the_regex_finds_it(text: str, at: int) -> None:
    """_infinitive_before says whether _INFINITIVE finds "to" ending the text before ``at``."""
    expected = sources._INFINITIVE.search(text, 0, at) is not None
    assert sources._infinitive_before(text, min(at, len(text))) is expected


@given(st.text(alphabet=st.sampled_from(",.?\"” ”a'-\n")) | st.text(), st.integers(0, 12))
def test_the_quote_tail_is_matched_at_the_last_quote_as_the_regex_finds_it(
    text: str, at: int
) -> None:
    """Matching _QUOTE_TAIL just before the last quote finds what a search of the text does."""
    at = min(at, len(text))
    closed = max(text.rfind('"', 0, at), text.rfind("”", 0, at))
    found = closed > 0 and sources._QUOTE_TAIL.match(text, closed - 1, at) is not None
    assert found is (sources._QUOTE_TAIL.search(text, 0, at) is not None)
