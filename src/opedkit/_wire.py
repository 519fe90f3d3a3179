"""The JSON wire form of the model, described once; its readers, writers and the cattrs converter.

Encoding choices (the whole wire format, in one place):

- An article is a JSON object; ``"opedkit": 1`` names the format version. On reading, the key is
  optional, and any other value is refused.
- Fields whose value is the default (``None``, an empty list, ``false``) are left out when
  writing. On reading, a missing optional field takes its default and ``null`` is accepted for
  fields whose default is ``None``.
- Tuples are arrays; enums are their values (``"policy"``, ``"opinion"``).
- A ``datetime`` is ISO 8601 with its UTC offset (``2019-11-29T16:05:00+09:00``; ``Z`` is read
  as ``+00:00``); a ``date`` is ``YYYY-MM-DD``. A time without an offset is refused.
- Claim offsets are integers from 0 to 2**53 - 1 (the largest integer every JSON reader holds
  exactly).
- Nothing is coerced: ``"3"`` is not an int, ``"no"`` is not a bool, a string is not a list, and
  unknown or missing keys are errors. Every problem of one document is reported together, each
  with its ``$.path``, in one :class:`~opedkit.ValidationError`.
- A key given twice in one object: the last value counts (as in ``JSON.parse``, Python's
  ``json``, orjson, msgspec and pydantic); when msgspec refused an earlier value, the document is
  refused, saying which key appears twice. Looking for repeated keys in every document would
  take one more scan of its bytes (docs/json.md gives the cost).

How it works. The msgspec Structs below (``WireArticle`` and the three it holds) are the wire
description: key names, key order, types, defaults, which keys are required. Everything else is
derived from them: the schema (``_schema``), the writers and the fast reader's walk (both
generated code, below), the thorough reader's key sets, and a test holds them to ``attrs.fields``
of the model. Reading valid input takes the fast road: msgspec decodes the bytes into the Structs
(types, unknown and missing keys, enums, URL patterns and offsets are checked there, in C), then
the generated walk builds the frozen model instances through the model's trusted fillers,
checking dates, language tags and the claims' spans on the way and collecting every text; the
texts are checked at once, then the untitled sections. At the first problem, the thorough reader
reads the document again to list every problem with its path; it must find at least one, or
opedkit has a bug and says so. Where the optional compiled helper ``opedkit._cwire`` is built, it
does the clean-text check and writes ``encode``'s bytes, from a plan derived from the same
description (docs/json.md, "The compiled helper"); the pure-Python code gives the same results.
"""

from __future__ import annotations

import contextlib
import enum
import json as stdlib_json
import re
import types
import typing
from collections.abc import Callable
from datetime import date, datetime, timezone, tzinfo
from typing import Annotated, Any, Literal

import cattrs
import msgspec
import orjson

from ._clean import all_clean
from ._errors import Problem, ValidationError
from ._helper import built_from_source_beside, cwire
from ._model import (
    LANGUAGE_PATTERN,
    URL_PATTERN,
    Article,
    Author,
    Claim,
    ClaimKind,
    Genre,
    Section,
    trusted_filler,
)

__all__ = [
    "DATETIME_PATTERN",
    "DATE_PATTERN",
    "FORMAT_VERSION",
    "MAX_INDEX",
    "Encode",
    "WireArticle",
    "converter",
    "decode",
    "encodable",
    "encode",
    "from_dict",
    "make_converter",
    "to_dict",
]

FORMAT_VERSION = 1
MAX_INDEX = 2**53 - 1
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
DATETIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?)$"
)
_DATE = re.compile(DATE_PATTERN)
_DATETIME = re.compile(DATETIME_PATTERN)
_LANGUAGE = re.compile(LANGUAGE_PATTERN)

# What a string means beyond being a string: the walk, the thorough reader and the schema ask.
TEXT, SPAN, URL, MOMENT, LANGUAGE = "text", "span", "url", "moment", "language"
Text = Annotated[str, TEXT]
Span = Annotated[str, SPAN]  # a slice of a paragraph: clean when the slice is
Url = Annotated[str, msgspec.Meta(pattern=URL_PATTERN), URL]
Moment = Annotated[str, MOMENT]
Language = Annotated[str, LANGUAGE]
Index = Annotated[int, msgspec.Meta(ge=0, le=MAX_INDEX)]


class _Shape(msgspec.Struct, forbid_unknown_fields=True, kw_only=True, gc=False):
    """A JSON object of the wire form: unknown keys refused, fields in the order written."""


class WireAuthor(_Shape, kw_only=True):
    name: Text
    bio: Text | None = None
    affiliation: Text | None = None
    role: Text | None = None
    url: Url | None = None


class WireSection(_Shape, kw_only=True):
    heading: Text | None = None
    paragraphs: tuple[Text, ...] = ()


class WireClaim(_Shape, kw_only=True):
    text: Span
    kind: ClaimKind
    section: Index
    paragraph: Index
    start: Index
    end: Index
    hedged: bool = False
    attributed_to: Text | None = None


class WireArticle(_Shape, kw_only=True):
    opedkit: Literal[1] = 1
    title: Text
    subtitle: Text | None = None
    authors: tuple[WireAuthor, ...] = ()
    published: Moment | None = None
    updated: Moment | None = None
    url: Url | None = None
    publisher: Text | None = None
    language: Language | None = None
    disclaimer: Text | None = None
    genre: Genre | None = None
    tags: tuple[Text, ...] = ()
    sections: tuple[WireSection, ...] = ()
    claims: tuple[WireClaim, ...] = ()


MODEL: dict[type[_Shape], type[Any]] = {
    WireArticle: Article, WireAuthor: Author, WireSection: Section, WireClaim: Claim,
}  # fmt: skip
"""Which model class each wire object becomes."""


class Field(typing.NamedTuple):
    """One key of a wire object, as the readers, writers and schema need it."""

    name: str
    kind: Any  # TEXT, URL, MOMENT, LANGUAGE, a Struct or enum class, int, bool, or a Literal
    array: bool  # a JSON array of ``kind``
    optional: bool  # ``null`` is accepted
    required: bool
    default: Any


def fields(shape: type[_Shape]) -> tuple[Field, ...]:
    """The keys of ``shape`` in wire order, read off its annotations."""
    found = []
    for info in msgspec.structs.fields(shape):
        kind, array, optional = info.type, False, False
        if typing.get_origin(kind) in (typing.Union, types.UnionType):
            kind, optional = next(t for t in typing.get_args(kind) if t is not type(None)), True
        if typing.get_origin(kind) is tuple:
            kind, array = typing.get_args(kind)[0], True
        if typing.get_origin(kind) is Annotated:
            kind = kind.__metadata__[-1] if isinstance(kind.__metadata__[-1], str) else int
        elif typing.get_origin(kind) is Literal:
            kind = info.type
        required = info.required
        default = None if required else info.default
        found.append(Field(info.name, kind, array, optional, required, default))
    return tuple(found)


# ---- the compiled helper (optional; docs/json.md says why) ---------------------------------------

_cwire = cwire
_fast_clean: Callable[[list[str]], bool] | None = cwire.all_clean if cwire else None
"""Whether every text of a list is clean, in C."""
_fast_write: Callable[[object], bytes | types.NotImplementedType] | None = (
    cwire.write if cwire else None
)
"""An article's JSON bytes, in C; NotImplemented for what only the pure writer handles."""
_built_from_source_beside = built_from_source_beside


# ---- the fast road: bytes -> Structs (msgspec) -> one generated walk -> model instances ----------

_DECODER = msgspec.json.Decoder(WireArticle)
_ESCAPE = re.compile(rb'\\[^"]')  # a backslash escape other than \"
_ASCII = bytes(range(128))
_TWO_SPACES = re.compile("  ")
# In UTF-8: C1 controls, non-ASCII whitespace, U+2028/2029 (other non-ASCII bytes are harmless).
_UNUSUAL = re.compile(
    rb"\xc2[\x80-\xa0]|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80"
)


class _Refused(Exception):
    """The walk met a broken rule; the thorough reader will say which, and where."""


def _all_clean(texts: list[str], raw: bytes | None) -> bool:
    """Whether every text is clean; quick when the document's bytes hold nothing unusual.

    In JSON, a control character or a surrogate can only be written as a backslash escape. So
    when the bytes hold no escape but \\", no DEL, and no non-ASCII control or space, the only
    whitespace any string can hold is the ASCII space, and the texts are clean exactly when,
    joined by single spaces, they hold no two spaces in a row and neither start nor end with
    one. Otherwise (escapes, a non-breaking space, ``raw`` unknown), each text is looked at.
    Whether the texts are ASCII is their joined string's own flag (no scan); the search for two
    spaces is a regex, which skips through spaced text faster than ``"  " in joined``.
    """
    if raw is None:  # Python values, perhaps str subclasses (refused, as the model and C do)
        return all(type(text) is str for text in texts) and all_clean(tuple(texts))
    joined = " ".join(texts)
    if (
        b"\x7f" in raw
        or (b"\\" in raw and _ESCAPE.search(raw) is not None)
        or not (joined.isascii() or _UNUSUAL.search(raw.translate(None, _ASCII)) is None)
    ):
        return all_clean(tuple(texts))
    return bool(joined) and joined[0] != " " != joined[-1] and _TWO_SPACES.search(joined) is None


def _moment(value: str) -> date:
    try:
        if len(value) == 10:  # a day is 10 characters, a time longer
            if _DATE.match(value):
                return date.fromisoformat(value)
        elif _DATETIME.match(value):
            return datetime.fromisoformat(value[:-1] + "+00:00" if value[-1] == "Z" else value)
    except ValueError:  # a day or hour that does not exist (2019-02-30, 25:00)
        raise _Refused from None
    raise _Refused


_KNOWN_TAGS: set[str] = set()
"""Language tags already found well-formed; a batch speaks few languages (kept to 4,096)."""


def _language(tag: str) -> bool:
    if _LANGUAGE.fullmatch(tag) is None:
        return False
    if len(_KNOWN_TAGS) < 4096:
        _KNOWN_TAGS.add(tag)
    return True


def _sections_hold(sections: tuple[Section, ...]) -> bool:
    """The rule types cannot say about sections: only the first one is untitled (and an
    untitled one has paragraphs). The generated walk has checked the claims' spans."""
    headings = [section.heading for section in sections]
    if headings and headings[0] is None and not sections[0].paragraphs:
        return False
    return None not in headings[1:]


def _build_source(shape: type[_Shape], depth: int, indent: str, exact: bool) -> list[str]:
    """Lines that turn the wire object ``x<depth>`` into model instance ``o<depth>``.

    Each field is read once, checked where its type cannot say enough (a date, a language tag)
    or collected for the clean-text check (``append``, ``texts +=``), and assigned on an
    instance of the model's trusted filler, which then becomes the model class; arrays of wire
    objects become tuples, built in a loop inline. With ``exact`` (Python values, which
    msgspec.convert passes through as they are), a str kept as it is must be exactly a str, as
    the model requires; decoded bytes never hold subclasses.
    """
    cls, x, o = MODEL[shape].__name__, f"x{depth}", f"o{depth}"
    lines = [f"{indent}{o} = filling_{cls}()"]
    for field in fields(shape):
        if typing.get_origin(field.kind) is Literal:
            continue  # the format version, not a field of the model (msgspec checked it)
        check = _exact_source(field, indent) if exact else []
        check += _check_source(field, depth, indent, exact)
        value = f"{x}.{field.name}"
        if check:
            lines += [f"{indent}v = {value}", *check]
            value = "v"
        lines.append(f"{indent}{o}.{field.name} = {value}")
        if field.kind is WireSection:  # what the spans of later fields index
            lines.append(f"{indent}paragraphs = [s.paragraphs for s in {value}]")
    lines.append(f"{indent}{o}.__class__ = {cls}")
    return lines


def _exact_source(field: Field, indent: str) -> list[str]:
    """Lines refusing a str subclass in ``v`` where it would reach the model unchecked (texts
    are checked with their cleanness; msgspec makes ints exact; a moment becomes a new value,
    but the thorough reader refuses a subclass there too)."""
    if field.kind not in (URL, LANGUAGE, SPAN, MOMENT):
        return []
    test = "v is not None and type(v) is not str" if field.optional else "type(v) is not str"
    return [f"{indent}if {test}:", f"{indent}    raise Refused"]


def _check_source(field: Field, depth: int, indent: str, exact: bool) -> list[str]:
    kind, inner = field.kind, indent + "    "
    if kind in MODEL:
        assert field.array, field  # arrays of wire objects: the only nesting the model has
        assert not field.optional, field
        items, child = f"items{depth + 1}", f"x{depth + 1}"
        return [
            f"{indent}{items} = []",
            f"{indent}add{depth + 1} = {items}.append",
            f"{indent}for {child} in v:",
            *_build_source(kind, depth + 1, inner, exact),
            f"{inner}add{depth + 1}(o{depth + 1})",
            f"{indent}v = tuple({items})",
        ]
    if kind is TEXT:
        add = "texts += v" if field.array else "append(v)"
    elif kind is MOMENT:
        add = "v = moment(v)"
    elif kind is LANGUAGE:
        return [
            f"{indent}if v is not None and v not in known_tags and not language(v):",
            f"{inner}raise Refused",
        ]
    elif kind is SPAN:
        return _span_source(depth, indent)
    else:  # URL, enums, integers, booleans: msgspec checked them
        return []
    return [f"{indent}if v is not None:", f"{inner}{add}"] if field.optional else [indent + add]


def _span_source(depth: int, indent: str) -> list[str]:
    """Lines that check span ``v`` of wire object ``x<depth>``: it is
    ``sections[section].paragraphs[paragraph][start:end]`` (the list ``paragraphs`` is made
    once the sections are read), so it is clean once it is not blank and neither starts nor
    ends with whitespace, the paragraph being clean."""
    x, inner = f"x{depth}", indent + "    "
    return [
        f"{indent}try:",
        f"{inner}where = paragraphs[{x}.section][{x}.paragraph]",
        f"{indent}except IndexError:  # no such section or paragraph (indices are >= 0)",
        f"{inner}raise Refused from None",
        f"{indent}start, end = {x}.start, {x}.end",
        f"{indent}if not (v and end - start == len(v) and where[start:end] == v"
        " and v.strip() == v):",
        f"{inner}raise Refused",
    ]


def _reader(exact: bool) -> Callable[[Any, list[str]], Article]:
    scope: dict[str, Any] = {
        "moment": _moment, "language": _language,
        "known_tags": _KNOWN_TAGS, "Refused": _Refused,
    }  # fmt: skip
    for cls in MODEL.values():
        scope[cls.__name__] = cls
        scope[f"filling_{cls.__name__}"] = trusted_filler(cls)
    lines = ["def build(x0, texts):", "    append = texts.append"]
    lines += _build_source(WireArticle, 0, "    ", exact)
    lines.append("    return o0")
    exec("\n".join(lines), scope)  # code built from the wire description above
    return scope["build"]  # type: ignore[no-any-return]


_build = _reader(exact=False)
_build_exact = _reader(exact=True)


def _walk(doc: WireArticle) -> Article:
    """The Article of a document converted from Python values; raises _Refused at the first
    broken rule.

    msgspec has checked types, keys, enums, URL patterns and offsets (letting subclasses
    through). The generated ``_build_exact`` makes the model instances (checking dates, the
    language tag, the claims' spans and exact types as it goes, and collecting every text but
    the claims'); then the texts are checked all at once, then the untitled sections.
    """
    texts: list[str] = []
    article = _build_exact(doc, texts)
    clean = _fast_clean(texts) if _fast_clean else _all_clean(texts, None)
    if not (clean and _sections_hold(article.sections)):
        raise _Refused
    return article


def decode(raw: bytes) -> Article:
    """The Article in JSON document ``raw``, or a ValidationError listing every problem.

    Raises ``msgspec.DecodeError`` or ``orjson.JSONDecodeError`` when ``raw`` is not JSON (the
    caller words the ParseError). A key given twice in one object: the last value counts, unless
    msgspec refused an earlier one (see docs/json.md).
    """
    try:  # as _walk, with no subclasses to refuse and the bytes to look at
        texts: list[str] = []
        article = _build(_DECODER.decode(raw), texts)
        clean = _fast_clean(texts) if _fast_clean else _all_clean(texts, raw)
        if clean and _sections_hold(article.sections):
            return article
    except (msgspec.ValidationError, _Refused):
        pass
    data = orjson.loads(raw)
    article = _thorough(data)  # raises the ValidationError for a document that is not an article
    repeated = _repeated_key(raw)
    if repeated is None:
        _bug(article)
    # msgspec refused a value that a later one for the same key replaced: say so.
    raise ValidationError([("$", f"the key {repeated!r} appears twice in one object")])


def _repeated_key(raw: bytes) -> str | None:
    """A key that some object of ``raw`` repeats, if any (only read on the slow road)."""
    repeated: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> None:
        keys = [key for key, _ in items]
        repeated.extend(key for key in keys if keys.count(key) > 1)

    stdlib_json.loads(raw, object_pairs_hook=pairs)
    return repeated[0] if repeated else None


def from_dict(data: object) -> Article:
    """Build an Article from its JSON form, reporting every problem at once (see module doc).

    Arrays may also be given as tuples, and enum fields as the enum members.
    """
    try:
        return _walk(msgspec.convert(data, WireArticle))
    except (msgspec.ValidationError, _Refused):
        return _reread(data)


def _reread(data: object) -> Article:
    return _bug(_thorough(data))


def _bug(article: Article) -> typing.NoReturn:
    raise RuntimeError(  # the fast road refused what every rule accepts: a bug to report
        f"opedkit bug: the fast JSON reader refused a valid article ({article.title!r}); "
        "please report it with the document"
    )


# ---- the thorough reader: every problem, with its path ------------------------------------------

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

    def read(self, shape: type[_Shape], data: object, path: str) -> Any:
        """The model object of wire object ``data``, problems recorded under ``path``."""
        if type(data) is not dict:
            return self.fail(path, f"expected an object, got {_json_type(data)}")
        known = _SHAPES[shape]
        found = dict(data)
        for key in sorted(set(data) - known.keys(), key=str):
            self.problems.append((f"{path}.{key}", "unknown key"))
            del found[key]
        for name, field in known.items():
            here = f"{path}.{name}"
            if name not in found:
                if field.required:
                    found[name] = self.fail(here, "required key is missing")
            elif typing.get_origin(field.kind) is Literal:
                value = found.pop(name)
                if type(value) is not int or value not in typing.get_args(field.kind):
                    self.problems.append(
                        (here, f"unsupported format version {value!r}, expected {FORMAT_VERSION}")
                    )
            elif not (field.optional and found[name] is None):
                found[name] = self.value(field, found[name], here)
        return self.build(MODEL[shape], path, found)

    def value(self, field: Field, data: object, path: str) -> Any:
        if not field.array:
            return self.item(field, data, path)
        if type(data) is not list and type(data) is not tuple:
            return self.fail(path, f"expected an array, got {_json_type(data)}")
        return tuple([self.item(field, value, f"{path}[{i}]") for i, value in enumerate(data)])

    def item(self, field: Field, data: object, path: str) -> Any:
        kind = field.kind
        if kind in MODEL:
            return self.read(kind, data, path)
        if kind is MOMENT:
            return self.moment(data, path)
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            return self.enum(kind, data, path)
        if kind is int and (type(data) is int or type(data) is float) and data > MAX_INDEX:
            return self.fail(path, f"must be at most {MAX_INDEX} (2**53 - 1), got {data!r}")
        return data  # the model's constructor checks the rest

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


_SHAPES = {shape: {field.name: field for field in fields(shape)} for shape in MODEL}


def _thorough(data: object) -> Article:
    """The Article in ``data``, or a ValidationError listing every problem, path by path."""
    r = _Reader()
    article = r.read(WireArticle, data, "$")
    if r.problems:
        raise ValidationError(r.problems)
    return article  # type: ignore[no-any-return]


# ---- the writers: one builder per wire object, generated from the description -------------------


def _split(shape: type[_Shape]) -> tuple[list[Field], list[Field]]:
    """The leading keys always written (one dict display), and the rest."""
    rest = list(fields(shape))
    lead = []
    while rest and (rest[0].required or typing.get_origin(rest[0].kind) is Literal):
        lead.append(rest.pop(0))
    return lead, rest


def _display(lead: list[Field], value: str, plain: bool) -> str:
    items = []
    for field in lead:
        if typing.get_origin(field.kind) is Literal:
            items.append(f"{field.name!r}: {typing.get_args(field.kind)[0]!r}")
        else:
            items.append(f"{field.name!r}: {_expression(field, f'{value}.{field.name}', plain)}")
    return f"{{{', '.join(items)}}}"


def _is_default(field: Field, value: str) -> str:
    return f"{value} is None" if field.default is None else f"not {value}"


def _is_set(field: Field, value: str) -> str:
    return f"{value} is not None" if field.default is None else value


def _writer(shape: type[_Shape], plain: bool, head: str = "", tail: str = "out") -> str:
    """Source of a function turning a model object into the dict of wire object ``shape``.

    ``plain`` writes only JSON types (lists, strings for times); otherwise tuples and times are
    passed as they are, for orjson to write. Keys come in wire order, defaults left out.
    ``head`` and ``tail`` replace the function's signature and what it returns (``encode``
    hands the dict to orjson in the same function).
    """
    lead, rest = _split(shape)
    head = head or f"_{shape.__name__}(o)"
    lines = [f"def {head}:", f"    out = {_display(lead, 'o', plain)}"]
    for field in rest:
        lines.append(f"    v = o.{field.name}")
        set_value = f"out[{field.name!r}] = {_expression(field, 'v', plain)}"
        if field.required:
            lines.append(f"    {set_value}")
        else:
            lines += [f"    if {_is_set(field, 'v')}:", f"        {set_value}"]
    lines.append(f"    return {tail}")
    return "\n".join(lines)


def _expression(field: Field, value: str, plain: bool) -> str:
    kind = field.kind
    if kind in MODEL and not field.array:
        return f"_{kind.__name__}({value})"
    if kind in MODEL:
        item = f"_{kind.__name__}(x)"
        lead, rest = _split(kind)
        if any(f.required for f in rest):
            return f"[{item} for x in {value}]"
        # Inline the common case: only the leading keys (a claim), or every key (a section),
        # or every key but the first (the untitled lead section every article opens with).
        if lead:
            test = " and ".join(_is_default(f, f"x.{f.name}") for f in rest)
            return f"[({_display(lead, 'x', plain)} if {test} else {item}) for x in {value}]"
        test = " and ".join(_is_set(f, f"x.{f.name}") for f in rest)
        tail = " and ".join([_is_default(rest[0], f"x.{rest[0].name}")] + [
            _is_set(f, f"x.{f.name}") for f in rest[1:]
        ])  # fmt: skip
        every, but_first = _display(rest, "x", plain), _display(rest[1:], "x", plain)
        return f"[({every} if {test} else {but_first} if {tail} else {item}) for x in {value}]"
    if kind is MOMENT:
        if plain:
            return f"{value}.isoformat()"
        # A day, or a time in a fixed zone already seen to be whole minutes, is orjson's to
        # write; only other times go through ``_when``.
        return (
            f"({value} if type({value}) is date or type({value}.tzinfo) is timezone "
            f"and {value}.tzinfo in whole_minutes else _when({value}))"
        )
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        # ``_value_`` is the member's own attribute: reading it is far faster than ``.value``,
        # and than letting orjson read it.
        return f"{value}._value_"
    if field.array and plain:
        return f"list({value})"
    return value


_WHOLE_MINUTES: set[tzinfo] = set()
"""The fixed zones (``datetime.timezone``) met so far whose offset is whole minutes; at most one
per minute of the day, since zones are equal by offset."""


def _when(value: date) -> date | str:
    """``value`` for orjson, which writes it as ``isoformat()`` does (five times faster) unless
    its UTC offset has seconds, which orjson rounds."""
    if type(value) is date:
        return value
    offset = value.utcoffset()  # type: ignore[attr-defined]
    if offset is None or offset.seconds % 60 or offset.microseconds:
        return value.isoformat()
    zone = value.tzinfo  # type: ignore[attr-defined]
    if type(zone) is timezone:
        _WHOLE_MINUTES.add(zone)
    return value


def _writers(plain: bool) -> dict[str, Any]:
    scope: dict[str, Any] = {
        "_when": _when, "date": date, "timezone": timezone, "whole_minutes": _WHOLE_MINUTES,
        "dumps": orjson.dumps, "INDENT": orjson.OPT_INDENT_2,
    }  # fmt: skip
    sources = [_writer(shape, plain) for shape in MODEL]
    if not plain:
        head = "encode(o, /, *, indent=False)"
        tail = "dumps(out, option=INDENT) if indent else dumps(out)"
        sources.append(_writer(WireArticle, plain, head, tail))
    exec("\n\n".join(sources), scope)  # code built from the wire description above
    return scope


class Encode(typing.Protocol):
    """The type of :func:`opedkit.json.encode`."""

    def __call__(self, article: Article, /, *, indent: bool = False) -> bytes: ...


to_dict: Callable[[Article], dict[str, Any]] = _writers(plain=True)["_WireArticle"]
"""The JSON form of ``article``: only JSON types (str, int, bool, list, dict)."""

_FOR_ORJSON = _writers(plain=False)
encodable: Callable[[Article], dict[str, Any]] = _FOR_ORJSON["_WireArticle"]
"""The JSON form of ``article`` for orjson: tuples and aware times left as they are (faster)."""


_PURE_ENCODE: Encode = _FOR_ORJSON["encode"]
"""``orjson.dumps(encodable(article))`` in one generated function."""

# How the helper writes each wire object: the plan's kinds and omissions (as in _cwire.c).
_LITERAL, _STR, _INT, _BOOL, _ENUM, _MOMENT, _STRS, _OBJECTS = range(8)
_KEEP, _UNLESS_NONE, _UNLESS_FALSE = range(3)


def _plan() -> tuple[tuple[type[Any], tuple[tuple[Any, ...], ...]], ...]:
    """The wire description as the helper's writer reads it: per wire object (the article's
    first), its model class and, per key in wire order, ``(b'"key":', slot, kind, omit, child,
    extra)``; ``extra`` is the JSON of the format version, or an enum's members with theirs."""
    shapes = list(MODEL)
    plan = []
    for shape in shapes:
        entries = []
        for field in fields(shape):
            kind, child, extra = field.kind, 0, typing.cast(Any, None)
            omit = _UNLESS_NONE if field.default is None else _UNLESS_FALSE
            omit = _KEEP if field.required else omit
            if typing.get_origin(kind) is Literal:
                code, extra = _LITERAL, orjson.dumps(typing.get_args(kind)[0])
            elif kind in MODEL:
                code, child = _OBJECTS, shapes.index(kind)
            elif kind is MOMENT:
                code = _MOMENT
            elif isinstance(kind, type) and issubclass(kind, enum.Enum):
                code, extra = _ENUM, tuple((m, orjson.dumps(m.value)) for m in kind)
            elif kind in (bool, int):
                code = _BOOL if kind is bool else _INT
            else:  # TEXT, SPAN, URL, LANGUAGE
                code = _STRS if field.array else _STR
            if field.array != (code in (_STRS, _OBJECTS)):
                raise TypeError(f"the helper has no writer for {shape.__name__}.{field.name}")
            entries.append((orjson.dumps(field.name) + b":", field.name, code, omit, child, extra))
        plan.append((MODEL[shape], tuple(entries)))
    return tuple(plan)


def _encoder() -> Encode:
    function: Any = _PURE_ENCODE
    if _cwire is not None and _fast_write is not None:
        # Planned already by an earlier import (a reload)? That plan writes the same form, or
        # returns NotImplemented for model classes made anew.
        with contextlib.suppress(RuntimeError):
            _cwire.configure(_plan())
        write, pure = _fast_write, _PURE_ENCODE

        def function(article: Article, /, *, indent: bool = False) -> bytes:
            if not indent:
                data = write(article)  # NotImplemented for what only the pure writer handles
                if data is not NotImplemented:
                    return data
            return pure(article, indent=indent)

    function.__module__, function.__qualname__ = "opedkit.json", "encode"
    function.__doc__ = """``article`` as UTF-8 JSON bytes, the fastest way out; ``indent`` for
    people (two spaces). Written by the compiled helper, or by the pure-Python writer
    (``orjson.dumps(encodable(article))``), which gives the same bytes."""
    return function  # type: ignore[no-any-return]


encode = _encoder()


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
