"""The claim rules' fast paths compute exactly what their plain definitions compute."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from opedkit import _claim_rules as rules

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
