"""opedkit.json: Articles to JSON and back, strictly, with a JSON Schema for other languages.

``dumps``/``loads`` work on JSON text, ``encode`` writes bytes (as ``msgspec.json.encode`` and
``orjson.dumps`` do), ``to_dict``/``from_dict`` work on plain Python values, ``schema()``
describes the same form. The encoding choices are listed in one place, the docstring of
``opedkit._wire`` (also shown by ``help(opedkit.json.converter)``); in short: ISO 8601 dates,
enums by value, defaults left out, ``"opedkit": 1`` as the format version, nothing coerced.

>>> import opedkit, opedkit.json
>>> article = opedkit.Article(title="Why cities need trees",
...     sections=(opedkit.Section(paragraphs=("Shade saves lives.",)),))
>>> opedkit.json.dumps(article)
'{"opedkit":1,"title":"Why cities need trees","sections":[{"paragraphs":["Shade saves lives."]}]}'
>>> opedkit.json.loads(opedkit.json.encode(article)) == article
True
"""

from __future__ import annotations

import msgspec
import orjson

from ._errors import ParseError
from ._limits import MAX_BYTES, check_size
from ._model import Article
from ._schema import schema
from ._wire import converter, decode, encode, from_dict, make_converter, to_dict

__all__ = [
    "MAX_BYTES",
    "converter",
    "dumps",
    "encode",
    "from_dict",
    "loads",
    "make_converter",
    "schema",
    "to_dict",
]


def dumps(article: Article, *, indent: bool = False) -> str:
    """``article`` as JSON text (non-ASCII written as is): ``encode(article).decode()``."""
    return encode(article, indent=indent).decode()


def loads(
    data: str | bytes | bytearray | memoryview, *, max_bytes: int | None = MAX_BYTES
) -> Article:
    """The Article in JSON text ``data``: a ``str``, or UTF-8 bytes (``bytes``, ``bytearray``,
    ``memoryview``).

    Raises ``ParseError`` (with the position) when ``data`` is not JSON: malformed, not UTF-8,
    ``NaN`` or ``Infinity``, a number too large for a double, nesting deeper than 1,024 levels,
    or more than ``max_bytes`` bytes. Raises ``ValidationError`` listing every problem when it is
    JSON but not a valid article. Any other type of ``data`` is a ``TypeError``.
    """
    if type(data) is bytes and (max_bytes is None or len(data) <= max_bytes):
        raw = data  # the common case, without a call
    else:
        raw = _bytes(data, max_bytes)
    try:
        return decode(raw)
    except (msgspec.DecodeError, orjson.JSONDecodeError):
        raise _not_json(raw) from None


def _bytes(data: object, max_bytes: int | None) -> bytes:
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, (str, bytes)):
        raise TypeError(f"loads() expects JSON as str or bytes, got {type(data).__name__}")
    check_size(data, max_bytes, "document")
    if isinstance(data, bytes):
        return data
    try:
        return data.encode()
    except UnicodeEncodeError as error:
        raise ParseError(
            f"not valid JSON: a lone surrogate {data[error.start]!r} at character "
            f"{error.start} cannot be UTF-8",
            error.start,
        ) from None


def _not_json(raw: bytes) -> ParseError:
    try:
        raw.decode()
    except UnicodeDecodeError as error:
        byte = raw[error.start : error.start + 1]
        message = f"not valid JSON: {byte!r} at byte {error.start} is not UTF-8"
        return ParseError(message, error.start)
    try:
        orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        return ParseError(f"not valid JSON: {error.msg}", error.pos)
    return ParseError("not valid JSON")  # pragma: no cover -- msgspec and orjson disagree
