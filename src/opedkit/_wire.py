"""The JSON wire form of the model: strict ``to_dict`` / ``from_dict``, and the cattrs converter.

Encoding choices (the whole wire format, in one place):

- An article is a JSON object; ``"opedkit": 1`` names the format version. On reading, the key is
  optional, and any other value is refused.
- Fields whose value is the default (``None``, an empty list, ``false``) are left out when
  writing. On reading, a missing optional field takes its default and ``null`` is accepted for
  fields whose default is ``None``.
- Tuples are arrays; enums are their values (``"policy"``, ``"opinion"``).
- A ``datetime`` is ISO 8601 with its UTC offset (``2019-11-29T16:05:00+09:00``; ``Z`` is read
  as ``+00:00``); a ``date`` is ``YYYY-MM-DD``. A time without an offset is refused.
- Nothing is coerced: ``"3"`` is not an int, ``"no"`` is not a bool, a string is not a list, and
  unknown or missing keys are errors. Every problem of one document is reported together, each
  with its ``$.path``, in one :class:`~opedkit.ValidationError`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import cattrs

from ._errors import Problem, ValidationError
from ._model import Article, Author, Claim, ClaimKind, Genre, Section

__all__ = [
    "DATETIME_PATTERN",
    "DATE_PATTERN",
    "FORMAT_VERSION",
    "converter",
    "from_dict",
    "to_dict",
]

FORMAT_VERSION = 1
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
DATETIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?)$"
)
_DATE = re.compile(DATE_PATTERN)
_DATETIME = re.compile(DATETIME_PATTERN)

_JSON_TYPES = {
    str: "string", int: "integer", float: "number", bool: "boolean",
    list: "array", dict: "object", type(None): "null",
}  # fmt: skip


def _json_type(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


class _Invalid:
    """Stands in for a nested value that failed, so the outer object's checks can still run."""


_INVALID: Any = _Invalid()


class _Reader:
    """Collects every problem of one document while it is turned into model objects."""

    __slots__ = ("failed", "problems")

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.failed: set[str] = set()

    def fail(self, path: str, message: str) -> Any:
        self.problems.append((path, message))
        self.failed.add(path)
        return _INVALID

    def fields(
        self, data: object, path: str, known: frozenset[str], required: tuple[str, ...]
    ) -> dict[str, Any] | None:
        """The known keys of JSON object ``data``; missing required keys stand as failed."""
        if type(data) is not dict:
            self.fail(path, f"expected an object, got {_json_type(data)}")
            return None
        fields = dict(data)
        if not data.keys() <= known:
            for key in sorted(data.keys() - known):
                self.problems.append((f"{path}.{key}", "unknown key"))
                del fields[key]
        for key in required:
            if key not in data:
                fields[key] = self.fail(f"{path}.{key}", "required key is missing")
        return fields

    def array(self, data: object, path: str, item: Callable[[object, str], Any]) -> Any:
        if type(data) is not list:
            return self.fail(path, f"expected an array, got {_json_type(data)}")
        return tuple([item(value, f"{path}[{i}]") for i, value in enumerate(data)])

    def build(self, cls: Callable[..., object], path: str, fields: dict[str, Any]) -> Any:
        """``cls(**fields)``, its problems recorded under ``path`` (those of failed parts aside)."""
        try:
            return cls(**fields)
        except ValidationError as error:
            failed = self.failed
            for inner, message in error.problems:
                full = path + inner[1:]
                if full not in failed:
                    self.problems.append((full, message))
            failed.add(path)
            return _INVALID

    def enum(self, cls: type[enum.Enum], data: object, path: str) -> Any:
        try:
            return cls(data)
        except ValueError:
            choices = ", ".join(repr(member.value) for member in cls)
            return self.fail(path, f"expected one of {choices}, got {data!r}")

    def moment(self, data: object, path: str) -> Any:
        if data is None:
            return None
        if type(data) is str:
            if _DATE.match(data):
                try:
                    return date.fromisoformat(data)
                except ValueError as error:
                    return self.fail(path, f"not a valid date: {error}")
            if _DATETIME.match(data):
                try:
                    return datetime.fromisoformat(data.replace("Z", "+00:00"))
                except ValueError as error:
                    return self.fail(path, f"not a valid datetime: {error}")
        return self.fail(
            path, f"expected a date (YYYY-MM-DD) or a datetime with a UTC offset, got {data!r}"
        )

    def strings(self, data: object, path: str) -> Any:
        return self.array(data, path, lambda value, _: value)


_AUTHOR_KEYS = frozenset(("name", "bio", "affiliation", "role", "url"))
_SECTION_KEYS = frozenset(("heading", "paragraphs"))
_CLAIM_KEYS = frozenset(
    ("text", "kind", "section", "paragraph", "start", "end", "hedged", "attributed_to")
)
_CLAIM_REQUIRED = ("text", "kind", "section", "paragraph", "start", "end")
_ARTICLE_KEYS = frozenset(
    ("opedkit", "title", "authors", "sections", "claims", "subtitle", "published", "updated",
     "url", "publisher", "language", "genre", "tags", "disclaimer")
)  # fmt: skip


def _author(r: _Reader, data: object, path: str) -> Any:
    fields = r.fields(data, path, _AUTHOR_KEYS, ("name",))
    return _INVALID if fields is None else r.build(Author, path, fields)


def _section(r: _Reader, data: object, path: str) -> Any:
    fields = r.fields(data, path, _SECTION_KEYS, ())
    if fields is None:
        return _INVALID
    if "paragraphs" in fields:
        fields["paragraphs"] = r.strings(fields["paragraphs"], f"{path}.paragraphs")
    return r.build(Section, path, fields)


def _claim(r: _Reader, data: object, path: str) -> Any:
    fields = r.fields(data, path, _CLAIM_KEYS, _CLAIM_REQUIRED)
    if fields is None:
        return _INVALID
    if fields["kind"] is not _INVALID:
        fields["kind"] = r.enum(ClaimKind, fields["kind"], f"{path}.kind")
    return r.build(Claim, path, fields)


_KINDS = {kind.value: kind for kind in ClaimKind}
_GENRES = {genre.value: genre for genre in Genre}
_KIND_VALUES = {kind: kind.value for kind in ClaimKind}


class _Slow(Exception):
    """The fast reader met something it leaves to the thorough one."""


def _tuple(value: object) -> tuple[Any, ...]:
    if type(value) is not list:
        raise _Slow
    return tuple(value)


def _fast_claim(data: Any) -> Claim:
    if type(data) is not dict or not data.keys() <= _CLAIM_KEYS:
        raise _Slow
    get = data.get
    return Claim(
        text=data["text"],
        kind=_KINDS[data["kind"]],
        section=data["section"],
        paragraph=data["paragraph"],
        start=data["start"],
        end=data["end"],
        hedged=get("hedged", False),
        attributed_to=get("attributed_to"),
    )


def _fast_section(data: Any) -> Section:
    if type(data) is not dict or not data.keys() <= _SECTION_KEYS:
        raise _Slow
    heading = data.get("heading")
    return Section(heading=heading, paragraphs=_tuple(data.get("paragraphs", [])))


def _fast_author(data: Any) -> Author:
    if type(data) is not dict or not data.keys() <= _AUTHOR_KEYS:
        raise _Slow
    return Author(**data)


def _fast_moment(value: object) -> date | None:
    if value is None:
        return None
    if type(value) is not str:
        raise _Slow
    if len(value) == 10 and _DATE.match(value):
        return date.fromisoformat(value)
    if _DATETIME.match(value):
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    raise _Slow


def _fast(data: object) -> Article:
    """The Article in a valid document, quickly; raises on anything the thorough reader explains."""
    if type(data) is not dict or not data.keys() <= _ARTICLE_KEYS:
        raise _Slow
    fields = dict(data)
    version = fields.pop("opedkit", FORMAT_VERSION)
    if type(version) is not int or version != FORMAT_VERSION:
        raise _Slow
    get = data.get
    fields["authors"] = tuple([_fast_author(a) for a in _tuple(get("authors", []))])
    fields["sections"] = tuple([_fast_section(s) for s in _tuple(get("sections", []))])
    fields["claims"] = tuple([_fast_claim(c) for c in _tuple(get("claims", []))])
    fields["tags"] = _tuple(get("tags", []))
    fields["published"] = _fast_moment(get("published"))
    fields["updated"] = _fast_moment(get("updated"))
    genre = get("genre")
    fields["genre"] = None if genre is None else _GENRES[genre]
    return Article(**fields)


def from_dict(data: object) -> Article:
    """Build an Article from its JSON form, reporting every problem at once (see module doc)."""
    try:
        return _fast(data)
    except (_Slow, ValidationError, KeyError, TypeError, ValueError):
        return _thorough(data)


def _thorough(data: object) -> Article:
    """The Article in ``data``, or a ValidationError listing every problem, path by path."""
    r = _Reader()
    fields = r.fields(data, "$", _ARTICLE_KEYS, ("title",))
    if fields is None:
        raise ValidationError(r.problems)
    version = fields.pop("opedkit", FORMAT_VERSION)
    if type(version) is not int or version != FORMAT_VERSION:
        r.problems.append(("$.opedkit", f"unsupported format version {version!r}, expected 1"))
    if "authors" in fields:
        fields["authors"] = r.array(fields["authors"], "$.authors", lambda v, p: _author(r, v, p))
    if "sections" in fields:
        fields["sections"] = r.array(
            fields["sections"], "$.sections", lambda v, p: _section(r, v, p)
        )
    if "claims" in fields:
        fields["claims"] = r.array(fields["claims"], "$.claims", lambda v, p: _claim(r, v, p))
    if "tags" in fields:
        fields["tags"] = r.strings(fields["tags"], "$.tags")
    for name in ("published", "updated"):
        if name in fields:
            fields[name] = r.moment(fields[name], f"$.{name}")
    if fields.get("genre") is not None:
        fields["genre"] = r.enum(Genre, fields["genre"], "$.genre")
    article = r.build(Article, "$", fields)
    if r.problems:
        raise ValidationError(r.problems)
    return article  # type: ignore[no-any-return]


def _moment(value: date) -> str:
    return value.isoformat()


def to_dict(article: Article) -> dict[str, Any]:
    """The JSON form of ``article``: only JSON types (str, int, bool, list, dict)."""
    out: dict[str, Any] = {"opedkit": FORMAT_VERSION, "title": article.title}
    if article.subtitle is not None:
        out["subtitle"] = article.subtitle
    if article.authors:
        out["authors"] = [_author_dict(author) for author in article.authors]
    if article.published is not None:
        out["published"] = article.published.isoformat()
    if article.updated is not None:
        out["updated"] = article.updated.isoformat()
    for name in ("url", "publisher", "language", "disclaimer"):
        value = getattr(article, name)
        if value is not None:
            out[name] = value
    if article.genre is not None:
        out["genre"] = article.genre.value
    if article.tags:
        out["tags"] = list(article.tags)
    if article.sections:
        out["sections"] = [_section_dict(section) for section in article.sections]
    if article.claims:
        out["claims"] = list(map(_claim_dict, article.claims))
    return out


def _author_dict(author: Author) -> dict[str, Any]:
    out = {"name": author.name}
    for name in ("bio", "affiliation", "role", "url"):
        value = getattr(author, name)
        if value is not None:
            out[name] = value
    return out


def _section_dict(section: Section) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if section.heading is not None:
        out["heading"] = section.heading
    if section.paragraphs:
        out["paragraphs"] = list(section.paragraphs)
    return out


def _claim_dict(claim: Claim) -> dict[str, Any]:
    out: dict[str, Any] = {
        "text": claim.text,
        "kind": _KIND_VALUES[claim.kind],
        "section": claim.section,
        "paragraph": claim.paragraph,
        "start": claim.start,
        "end": claim.end,
    }
    if claim.hedged:
        out["hedged"] = True
    if claim.attributed_to is not None:
        out["attributed_to"] = claim.attributed_to
    return out


def make_converter() -> cattrs.Converter:
    """A cattrs converter that structures and unstructures Articles in opedkit's wire form.

    Use it to embed Articles in your own attrs classes: ``converter.structure(data, MyRecord)``.
    The encoding choices are those of this module's docstring; structuring is strict.
    """
    made = cattrs.Converter()
    made.register_unstructure_hook(Article, to_dict)
    made.register_structure_hook(Article, lambda data, _: from_dict(data))
    return made


converter = make_converter()
"""The converter behind ``opedkit.json`` (see :func:`make_converter`)."""
