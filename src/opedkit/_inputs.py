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
import itertools
import os
import sys
from collections.abc import Iterator
from pathlib import PurePath
from typing import NamedTuple

import orjson

from ._errors import ParseError

__all__ = ["FORMATS", "Record", "decode", "load", "records", "unreadable", "walk"]

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
    data: bytes | None
    """Its bytes, or ``None`` when they are still to be read (:func:`load`)."""
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
    """Every input file with its place below its folder: a folder's files (of a known format,
    hidden names skipped) in sorted order of their paths, its subfolders among them by name;
    files and ``-`` as given."""
    for given in inputs:
        if given == "-" or not os.path.isdir(given):
            yield given, PurePath("stdin" if given == "-" else os.path.basename(given))
        else:
            for path in _files(given):
                yield path, PurePath(os.path.relpath(path, given))


def _files(folder: str) -> Iterator[str]:
    with os.scandir(folder) as scan:
        entries = sorted((e for e in scan if not e.name.startswith(".")), key=lambda e: e.name)
    for entry in entries:
        if entry.is_dir():
            yield from _files(entry.path)
        elif known(entry.name):
            yield entry.path


def records(inputs: list[str], given: str | None) -> Iterator[Record]:
    """The records of every input in order, lazily: a file whose name (or ``--from``) says its
    format is listed without being read (``load`` reads it, in the worker that converts it);
    a JSON Lines input streams line by line."""
    for source, relative in walk(inputs):
        fmt = _named(source, given)
        if fmt is not None and fmt != "jsonl" and source != "-":
            yield Record(source, None, relative, fmt, None)
            continue
        with contextlib.ExitStack() as stack:
            try:
                stream = _open(source, stack)
                head: list[bytes] = []
                if fmt is None:
                    fmt = "json" if given == "json" else _sniff(stream.peek(4096)[:4096])
                    if fmt == "json":
                        fmt, head = _json_or_lines(stream)
                if fmt != "jsonl":
                    yield Record(source, None, relative, fmt, b"".join(head) + stream.read())
                    continue
                for number, line in enumerate(itertools.chain(head, stream), 1):
                    if line.strip():
                        yield Record(source, number, relative, "json", line)
            except (OSError, EOFError) as error:
                yield Record(source, None, relative, given or "text", b"", unreadable(error))


def _named(source: str, given: str | None) -> str | None:
    """The format ``--from`` or the name says; ``None`` when the first bytes must tell
    (``--from json`` says JSON, and the name or the bytes say a document or JSON Lines)."""
    by_name = known(source)
    if given is None:
        return by_name
    if given != "json":
        return given
    return by_name if by_name in ("json", "jsonl") else None


def load(record: Record) -> bytes:
    """The record's bytes, read now if it was listed without them; raises OSError."""
    if record.data is not None:
        return record.data
    with contextlib.ExitStack() as stack:
        return _open(record.source, stack).read()


def _open(source: str, stack: contextlib.ExitStack) -> io.BufferedReader | gzip.GzipFile:
    """The input's bytes, decompressed when they are gzip (whatever the name says)."""
    fd = os.dup(sys.stdin.fileno()) if source == "-" else os.open(source, os.O_RDONLY)
    stream: io.BufferedReader | gzip.GzipFile = stack.enter_context(os.fdopen(fd, "rb"))
    if stream.peek(2)[:2] == _GZIP:
        stream = stack.enter_context(gzip.GzipFile(fileobj=stream, mode="rb"))
    return stream


def unreadable(error: BaseException) -> str:
    """What to say of an input that cannot be read."""
    if isinstance(error, OSError) and error.strerror:
        return f"cannot read: {error.strerror}"
    return f"cannot read: {error}"


def _sniff(head: bytes) -> str:
    """The format the first bytes of a file show (for names that say none, and stdin)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith((b"{", b"[")):
        return "json"
    lowered = text[:200].lower()
    if lowered.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body", b"<!--")):
        return "html"
    if text.startswith((b"---\n", b"---\r\n", b"+++\n", b"+++\r\n", b"# ")):
        return "markdown"
    return "text"


def _json_or_lines(stream: io.BufferedReader | gzip.GzipFile) -> tuple[str, list[bytes]]:
    """``jsonl`` when the first line is a whole JSON value and more follows, else ``json``;
    with the lines read to tell."""
    first = stream.readline()
    try:
        orjson.loads(first)
    except orjson.JSONDecodeError:
        return "json", [first]
    read = [first]
    for line in stream:
        read.append(line)
        if line.strip():
            return "jsonl", read
    return "json", read


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
