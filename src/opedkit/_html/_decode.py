"""Bytes to text for HTML: the byte-order mark, then the page's own declaration, then a guess.

The order follows the HTML standard's encoding sniffing: a BOM wins; else the first
``<meta charset>`` or ``<meta http-equiv="Content-Type" content="...; charset=...">`` found in the
first :data:`PRESCAN_BYTES` (read by parsing that prefix as Latin-1, which keeps every ASCII byte,
so the page's markup is read by the HTML parser, not by a pattern); else UTF-8 when the bytes are
valid UTF-8; else windows-1252.

Why not statistical detection (charset-normalizer, chardet)? Strict UTF-8 validity is itself a
near-certain test: text in a legacy encoding with non-ASCII letters almost never happens to form
valid UTF-8 sequences. What remains is undeclared, non-UTF-8 pages, which on the Western web are
overwhelmingly windows-1252 (the standard's own default for them), and detection would cost a
dependency and far more time than the whole extraction on a large page. Invalid bytes become
U+FFFD; decoding never fails.
"""

from __future__ import annotations

import codecs

from selectolax.lexbor import LexborHTMLParser

__all__ = ["PRESCAN_BYTES", "decode", "parser_input", "sniff"]

PRESCAN_BYTES = 4096
"""How far into the page to look for a declared encoding (more than the standard's 1024, since
many pages put scripts and styles before their ``<meta charset>``)."""

FALLBACK = "cp1252"
"""The encoding of an undeclared page whose bytes are not UTF-8."""

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels the HTML standard maps to a wider encoding than Python's codec of the same name
# (browsers decode "iso-8859-1" as windows-1252, "gb2312" as GBK, ...), and UTF-16 labels,
# which a <meta> cannot truthfully declare: a page readable as ASCII to find its <meta> is not
# UTF-16, so the standard reads it as UTF-8.
LABELS = {
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gbk",
    "gb_2312-80": "gbk",
    "x-gbk": "gbk",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "big5": "big5hkscs",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}


def decode(data: bytes) -> str:
    """The text of an HTML page given as bytes (see the module docstring for the order)."""
    encoding, skip = sniff(data)
    return data[skip:].decode(encoding, "replace")


def parser_input(data: bytes) -> str | bytes:
    """What to hand the HTML parser: UTF-8 bytes as they are (Lexbor reads UTF-8 itself, invalid
    bytes becoming U+FFFD, which saves a round trip through ``str``), anything else decoded."""
    encoding, skip = sniff(data)
    if encoding == "utf-8":
        return data[skip:] if skip else data
    return data[skip:].decode(encoding, "replace")


def sniff(data: bytes) -> tuple[str, int]:
    """The Python codec for ``data`` and the length of its byte-order mark."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    declared = declared_encoding(data[:PRESCAN_BYTES])
    if declared is not None:
        return declared, 0
    if data.isascii():
        return "utf-8", 0
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return FALLBACK, 0
    return "utf-8", 0


def declared_encoding(prefix: bytes) -> str | None:
    """The Python codec for the first encoding a ``<meta>`` in ``prefix`` declares, if known."""
    if b"charset" not in prefix.lower():
        return None  # no declaration to find: the prefix need not be parsed
    tree = LexborHTMLParser(prefix.decode("latin-1"))
    for meta in tree.css("meta[charset], meta[http-equiv][content]"):
        label = meta.attributes.get("charset")
        if label is None:
            if (meta.attributes.get("http-equiv") or "").strip().lower() != "content-type":
                continue
            content = (meta.attributes.get("content") or "").lower()
            _, found, label = content.partition("charset=")
            if not found:
                continue
        encoding = _codec(label or "")
        if encoding is not None:
            return encoding
    return None


def _codec(label: str) -> str | None:
    label = label.strip().strip("\"'").strip().lower()
    label = label.split(";")[0].strip()
    if label in LABELS:
        return LABELS[label]
    try:
        name = codecs.lookup(label).name
        b"-".decode(name)  # rejects codecs that are not text encodings (base64, rot13, ...)
    except (LookupError, ValueError):
        return None
    return "utf-8" if name.startswith(("utf-16", "utf-32")) else name
