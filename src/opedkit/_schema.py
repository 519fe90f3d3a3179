"""The JSON Schema (draft 2020-12) of opedkit's wire form, for validators in other languages.

It says everything a schema can: types, required and unknown keys, clean-text and URL patterns,
date formats, enum values. What it cannot say, ``opedkit.json.loads`` still checks: that a claim's
span lies inside its paragraph and matches its text, and that only the first section is untitled.
It is read off the wire description in ``opedkit._wire``, key by key.
"""

from __future__ import annotations

import enum
import typing
from typing import Any

from ._clean import SCHEMA_PATTERN
from ._model import LANGUAGE_PATTERN, URL_PATTERN
from ._wire import (
    DATE_PATTERN,
    DATETIME_PATTERN,
    LANGUAGE,
    MAX_INDEX,
    MODEL,
    MOMENT,
    SPAN,
    TEXT,
    URL,
    Field,
    WireArticle,
    fields,
)

__all__ = ["schema"]

_STRINGS = {
    TEXT: {"$ref": "#/$defs/text"},
    SPAN: {"$ref": "#/$defs/text"},
    URL: {"$ref": "#/$defs/url"},
    MOMENT: {"$ref": "#/$defs/moment"},
    LANGUAGE: {"type": "string", "pattern": LANGUAGE_PATTERN},
}
_DEFS = {
    "text": {
        "description": "Clean text: one line, no leading, trailing or doubled whitespace.",
        "type": "string",
        "pattern": SCHEMA_PATTERN,
    },
    "url": {"type": "string", "pattern": URL_PATTERN},
    "moment": {
        "anyOf": [
            {"type": "string", "format": "date", "pattern": DATE_PATTERN},
            {"type": "string", "format": "date-time", "pattern": DATETIME_PATTERN},
        ]
    },
}


def _name(shape: type[Any]) -> str:
    return MODEL[shape].__name__.lower()


def _item(kind: Any) -> dict[str, Any]:
    if kind in MODEL:
        return {"$ref": f"#/$defs/{_name(kind)}"}
    if type(kind) is str:
        return dict(_STRINGS[kind])
    if typing.get_origin(kind) is typing.Literal:
        return {"const": typing.get_args(kind)[0]}
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return {"enum": [member.value for member in kind]}
    if kind is bool:
        return {"type": "boolean"}
    return {"type": "integer", "minimum": 0, "maximum": MAX_INDEX}


def _field(field: Field) -> dict[str, Any]:
    found = _item(field.kind)
    if field.array:
        found = {"type": "array", "items": found}
    return {"anyOf": [found, {"type": "null"}]} if field.optional else found


def _object(shape: type[Any]) -> dict[str, Any]:
    known = fields(shape)
    return {
        "type": "object",
        "properties": {field.name: _field(field) for field in known},
        "required": [field.name for field in known if field.required],
        "additionalProperties": False,
    }


def schema() -> dict[str, Any]:
    """The JSON Schema of one article as ``opedkit.json.dumps`` writes it (a new dict each call)."""
    nested = {_name(shape): _object(shape) for shape in MODEL if shape is not WireArticle}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://opedkit.invalid/schema/article-1.json",
        "title": "opedkit Article",
        "description": "An opinion article in opedkit's JSON form, format version 1.",
        **_object(WireArticle),
        "$defs": {**_DEFS, **nested},
    }
