"""clean() turns any string into clean text, and its fast path changes nothing it decides."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from opedkit._clean import _MESSY, clean, is_clean

_TEXT = st.text(st.sampled_from(" a\u00a0\t\n\x00\x85\u2028é’"), max_size=12) | st.text(max_size=30)


@given(_TEXT)
def test_clean_gives_what_the_whitespace_rule_gives(value: str) -> None:
    """Runs of whitespace and control characters become one space, the ends are trimmed."""
    assert clean(value) == _MESSY.sub(" ", value).strip()


@given(_TEXT)
def test_clean_text_is_clean_or_empty(value: str) -> None:
    """What clean() returns is clean text, or empty when nothing was left."""
    result = clean(value)
    assert result == "" or is_clean(result)
    assert re.search(r"\s\s", result) is None
