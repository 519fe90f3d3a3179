"""The JSON Schema (draft 2020-12) of opedkit's wire form, for validators in other languages.

It says everything a schema can: types, required and unknown keys, clean-text and URL patterns,
date formats, enum values. What it cannot say, ``opedkit.json.loads`` still checks: that a claim's
span lies inside its paragraph and matches its text, and that only the first section is untitled.
"""

from __future__ import annotations

from typing import Any

from ._clean import SCHEMA_PATTERN
from ._model import LANGUAGE_PATTERN, URL_PATTERN, ClaimKind, Genre
from ._wire import DATE_PATTERN, DATETIME_PATTERN, FORMAT_VERSION

__all__ = ["schema"]

_TEXT = {"$ref": "#/$defs/text"}
_URL = {"$ref": "#/$defs/url"}
_MOMENT = {"$ref": "#/$defs/moment"}
_INDEX = {"type": "integer", "minimum": 0}


def _optional(definition: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [definition, {"type": "null"}]}


def _array(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


def _object(required: list[str], **properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def schema() -> dict[str, Any]:
    """The JSON Schema of one article as ``opedkit.json.dumps`` writes it (a new dict each call)."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://opedkit.invalid/schema/article-1.json",
        "title": "opedkit Article",
        "description": "An opinion article in opedkit's JSON form, format version 1.",
        **_object(
            ["title"],
            opedkit={"const": FORMAT_VERSION},
            title=_TEXT,
            subtitle=_optional(_TEXT),
            authors=_array({"$ref": "#/$defs/author"}),
            published=_optional(_MOMENT),
            updated=_optional(_MOMENT),
            url=_optional(_URL),
            publisher=_optional(_TEXT),
            language=_optional({"type": "string", "pattern": LANGUAGE_PATTERN}),
            genre=_optional({"enum": [genre.value for genre in Genre]}),
            tags=_array(_TEXT),
            disclaimer=_optional(_TEXT),
            sections=_array({"$ref": "#/$defs/section"}),
            claims=_array({"$ref": "#/$defs/claim"}),
        ),
        "$defs": {
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
            "author": _object(
                ["name"],
                name=_TEXT,
                bio=_optional(_TEXT),
                affiliation=_optional(_TEXT),
                role=_optional(_TEXT),
                url=_optional(_URL),
            ),
            "section": _object([], heading=_optional(_TEXT), paragraphs=_array(_TEXT)),
            "claim": _object(
                ["text", "kind", "section", "paragraph", "start", "end"],
                text=_TEXT,
                kind={"enum": [kind.value for kind in ClaimKind]},
                section=_INDEX,
                paragraph=_INDEX,
                start=_INDEX,
                end=_INDEX,
                hedged={"type": "boolean"},
                attributed_to=_optional(_TEXT),
            ),
        },
    }
