"""What the parsers accept before they read anything: the argument's type and its size.

A parser reads what it is handed and nothing else: a :class:`~pathlib.Path` is refused with a
hint to read the file first (``path.read_bytes()``), so that no parser ever opens a file or
takes a string for a file name, and the caller decides where input comes from.
"""

from __future__ import annotations

from pathlib import PurePath

from ._errors import ParseError

__all__ = ["MAX_BYTES", "check_size", "page", "text"]

MAX_BYTES = 16 * 1024 * 1024
"""The largest input (in bytes; text counted as UTF-8) a parser reads unless told otherwise:
16 MiB, many times the largest article page seen on the web and read in a few seconds. Pass
``max_bytes=`` to a parser to change it, ``None`` for no limit."""


def text(value: object, max_bytes: int | None, function: str) -> str:
    """``value`` when it is a ``str`` within ``max_bytes``; else ``TypeError`` or ParseError."""
    if not isinstance(value, str):
        if isinstance(value, PurePath):
            hint = "; to read a file, pass path.read_text(encoding='utf-8')"
        elif isinstance(value, (bytes, bytearray, memoryview)):
            hint = "; decode bytes first, e.g. data.decode('utf-8')"
        else:
            hint = ""
        raise TypeError(f"{function}() expects a str, got {type(value).__name__}{hint}")
    check_size(value, max_bytes, "text")
    return value


def page(value: object, max_bytes: int | None, function: str) -> str | bytes:
    """``value`` when it is a page as ``str`` or bytes within ``max_bytes``; bytearray and
    memoryview are taken as bytes."""
    if isinstance(value, (bytearray, memoryview)):
        value = bytes(value)
    if not isinstance(value, (str, bytes)):
        hint = "; to read a file, pass path.read_bytes()" if isinstance(value, PurePath) else ""
        raise TypeError(
            f"{function}() expects a page as str or bytes, got {type(value).__name__}{hint}"
        )
    check_size(value, max_bytes, "page")
    return value


def check_size(value: str | bytes, max_bytes: int | None, what: str) -> None:
    """Raise ParseError when ``value`` is larger than ``max_bytes`` (text counted as UTF-8,
    encoded only when its length alone does not settle it)."""
    if max_bytes is None:
        return
    if isinstance(value, str):
        size = len(value)
        if max_bytes >= 4 * size:  # no character takes more than 4 bytes in UTF-8
            return
        if size <= max_bytes:
            size = len(value.encode("utf-8", "surrogatepass"))
    else:
        size = len(value)
    if size > max_bytes:
        raise ParseError(
            f"the {what} is larger than max_bytes={max_bytes:,} bytes; pass a larger max_bytes= "
            "(or max_bytes=None) to read it"
        )
