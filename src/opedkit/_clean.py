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

from ._helper import cwire

__all__ = ["SCHEMA_PATTERN", "all_clean", "clean", "is_clean", "problem"]

# A control character (C0, DEL, C1), a line or paragraph separator, or a lone surrogate.
_FORBIDDEN = "\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"
_CONTROL = re.compile(f"[{_FORBIDDEN}]")
_DOUBLE_SPACE = re.compile(r"\s\s")
_MESSY = re.compile(rf"[\s{_FORBIDDEN}]{{2,}}|[{_FORBIDDEN}]")

_FAST = cwire.all_clean if cwire else None  # the same rule in C, for lists of exact strs

SCHEMA_PATTERN = r"^(?!\s)(?!.*\s$)(?!.*\s\s)[^\x00-\x1f\x7f-\x9f\u2028\u2029]+$"
"""The JSON Schema ``pattern`` for clean text (the same rule as :func:`problem`)."""


def problem(value: str) -> str | None:
    """Say what keeps ``value`` from being clean text, or ``None`` when it is clean."""
    # Fast path: in a printable string the only whitespace is the ASCII space.
    if value.isprintable() and value and value[0] != " " != value[-1] and "  " not in value:
        return None
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


def is_clean(value: str) -> bool:
    """Whether ``value`` is clean text (the fast path of :func:`problem`)."""
    if _FAST is not None and _FAST([value]):
        return True  # else perhaps not clean, or a str subclass (the rule below says)
    if value.isprintable():
        return bool(value) and value[0] != " " != value[-1] and "  " not in value
    return problem(value) is None


def all_clean(values: tuple[object, ...]) -> bool:
    """Whether every item is a clean string; fast, for long tuples of paragraphs."""
    if _FAST is not None and _FAST(list(values)):
        return True  # else perhaps not clean, or str subclasses (the rule below says)
    try:
        joined = " ".join(values)  # type: ignore[arg-type]
    except TypeError:
        return False
    if joined.isprintable():
        # Joined by single spaces, an empty, padded or double-spaced item shows as two spaces.
        if not joined:
            return not values
        return joined[0] != " " != joined[-1] and "  " not in joined
    return all(is_clean(value) for value in values)  # type: ignore[arg-type]


def clean(value: str) -> str:
    """Turn any string into clean text: whitespace runs and control characters become one space.

    A single non-breaking or other Unicode space between words is kept as written. The result
    may be empty; callers decide whether an empty string means "absent".
    """
    if value.isprintable() and "  " not in value:
        return value.strip(" ")  # printable: the only whitespace is single ASCII spaces
    return _MESSY.sub(" ", value).strip()
