# The inputs of a batch, as records: files, folders (walked recursively, in sorted order) and
# "-" for standard input, each optionally gzipped; a JSON Lines input gives one record a line,
# streamed, any other file one record. A record's format comes from --from, the file name, or a
# sniff of its first bytes. Reading never raises for one bad input: the record carries the error.
"""The inputs of ``opedkit convert`` and ``opedkit check``, as a stream of records."""

from __future__ import annotations

import codecs
import contextlib
import gzip
import io
import os
import sys
from collections.abc import Iterator
from pathlib import PurePath
from typing import NamedTuple

from ._errors import ParseError

__all__ = ["FORMATS", "Record", "decode", "records", "walk"]

FORMATS = ("json", "jsonl", "text", "html", "markdown")
_EXTENSIONS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "text",
               ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
               ".md": "markdown", ".markdown": "markdown"}  # fmt: skip
_GZIP = b"\x1f\x8b"
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip


class Record(NamedTuple):
    """One article to read: where it is, its format, and its bytes (or why they are missing)."""

    source: str
    """The input as the user named it (a file found in a folder: its path), or ``-``."""
    line: int | None
    """Its line in a JSON Lines input (from 1), else ``None``."""
    relative: PurePath
    """Where the input sits below the folder it was found in (its own name if given directly)."""
    fmt: str
    """``json``, ``text``, ``html`` or ``markdown``."""
    data: bytes
    error: str | None = None
    """Why the input could not be read; ``data`` is then empty."""

    @property
    def position(self) -> str:
        """``FILE:LINE`` for a record of a JSON Lines input, else ``FILE``."""
        return self.source if self.line is None else f"{self.source}:{self.line}"


def known(name: str) -> str | None:
    """The format a file name says (``a.html.gz`` says ``html``), or ``None``."""
    return _EXTENSIONS.get(PurePath(name.removesuffix(".gz")).suffix.lower())


def walk(inputs: list[str]) -> Iterator[tuple[str, PurePath]]:
    """Every input file with its place below its folder: folders recursively, sorted, files
    of a known format only, hidden names skipped; files and ``-`` as given."""
    for given in inputs:
        if given == "-" or not os.path.isdir(given):
            yield given, PurePath("stdin" if given == "-" else os.path.basename(given))
            continue
        for folder, subfolders, names in os.walk(given):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            for name in sorted(names):
                if not name.startswith(".") and known(name):
                    path = os.path.join(folder, name)
                    yield path, PurePath(os.path.relpath(path, given))


def records(inputs: list[str], given: str | None) -> Iterator[Record]:
    """The records of every input in order, lazily (a JSON Lines input streams line by line)."""
    for source, relative in walk(inputs):
        with contextlib.ExitStack() as stack:
            try:
                stream = _open(source, stack)
                fmt = given if given not in (None, "json") else None
                fmt = fmt or known(source) or _sniff(stream.peek(4096)[:4096])
                if given == "json" and fmt != "jsonl":  # JSON: a document or JSON Lines
                    fmt = "json"
                if fmt != "jsonl":
                    yield Record(source, None, relative, fmt, stream.read())
                    continue
                for number, line in enumerate(stream, 1):
                    if line.strip():
                        yield Record(source, number, relative, "json", line)
            except (OSError, EOFError) as error:
                yield Record(source, None, relative, given or "text", b"", _why(error))


def _open(source: str, stack: contextlib.ExitStack) -> io.BufferedReader | gzip.GzipFile:
    """The input's bytes, decompressed when they are gzip (whatever the name says)."""
    fd = os.dup(sys.stdin.fileno()) if source == "-" else os.open(source, os.O_RDONLY)
    stream: io.BufferedReader | gzip.GzipFile = stack.enter_context(os.fdopen(fd, "rb"))
    if stream.peek(2)[:2] == _GZIP:
        stream = stack.enter_context(gzip.GzipFile(fileobj=stream, mode="rb"))
    return stream


def _why(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return f"cannot read: {error.strerror}"
    return f"cannot read: {error}"


def _sniff(head: bytes) -> str:
    """The format the first bytes of a file show (for names that say none, and stdin)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"{"):
        first, newline, rest = text.partition(b"\n")
        return "jsonl" if newline and rest.strip() and first.rstrip().endswith(b"}") else "json"
    lowered = text[:200].lower()
    if lowered.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body", b"<!--")):
        return "html"
    if text.startswith((b"---\n", b"---\r\n", b"+++\n", b"+++\r\n", b"# ")):
        return "markdown"
    return "text"


def decode(data: bytes, encoding: str | None) -> str:
    """Bytes of a text input as text: ``encoding`` if given, else UTF-8 or the encoding a
    byte-order mark names. Bytes that do not decode raise a ParseError with their offset."""
    name = encoding
    if name is None:
        name = next((codec for bom, codec in _BOMS if data.startswith(bom)), "utf-8")
    try:
        return data.decode(name)
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        hint = "" if encoding else "; name its encoding with --encoding (e.g. --encoding cp1252)"
        shown = "UTF-8" if name == "utf-8" else name
        raise ParseError(f"not valid {shown} at byte {error.start} (0x{bad}){hint}") from None
