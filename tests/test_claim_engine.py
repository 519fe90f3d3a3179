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
