"""What "clean text" means, checked and produced in one place.

Every string in the model (titles, names, headings, paragraphs, bios) is clean text: not blank,
no leading or trailing whitespace, no two whitespace characters in a row, and no line breaks,
tabs or other control characters. A paragraph is therefore one line; readers join wrapped lines
with a single space. The model only *checks* this (it never changes a character, because claims
index into paragraphs); readers call :func:`clean` to produce it. The JSON Schema uses the same
rule as :data:`SCHEMA_PATTERN`.
"""

from __future__ import annotations

import re

__all__ = ["SCHEMA_PATTERN", "clean", "problem"]

# A control character (C0, DEL, C1), a line or paragraph separator, or a lone surrogate.
_FORBIDDEN = "\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"
_CONTROL = re.compile(f"[{_FORBIDDEN}]")
_DOUBLE_SPACE = re.compile(r"\s\s")
_MESSY = re.compile(rf"[\s{_FORBIDDEN}]{{2,}}|[{_FORBIDDEN}]")

SCHEMA_PATTERN = r"^(?!\s)(?!.*\s$)(?!.*\s\s)[^\x00-\x1f\x7f-\x9f\u2028\u2029]+$"
"""The JSON Schema ``pattern`` for clean text (the same rule as :func:`problem`)."""


def problem(value: str) -> str | None:
    """Say what keeps ``value`` from being clean text, or ``None`` when it is clean."""
    if not value or value.isspace():
        return "must not be blank"
    control = _CONTROL.search(value)
    if control is not None:
        return (
            "must not contain line breaks or control characters "
            f"(found {control.group()!r} at index {control.start()})"
        )
    if value[0].isspace() or value[-1].isspace():
        return "must not start or end with whitespace"
    double = _DOUBLE_SPACE.search(value)
    if double is not None:
        return f"must not contain two whitespace characters in a row (at index {double.start()})"
    return None


def clean(value: str) -> str:
    """Turn any string into clean text: whitespace runs and control characters become one space.

    A single non-breaking or other Unicode space between words is kept as written. The result
    may be empty; callers decide whether an empty string means "absent".
    """
    return _MESSY.sub(" ", value).strip()
