"""opedkit.json writes the documented wire form, reads it back exactly, refuses what is wrong."""

from __future__ import annotations

import contextlib
import json as stdlib_json
from datetime import date, datetime, timedelta, timezone
from typing import Any

import attrs
import jsonschema
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import opedkit.json
from opedkit import (
    Article,
    Author,
    Claim,
    ClaimKind,
    Genre,
    OpedkitError,
    ParseError,
    Section,
    ValidationError,
    _wire,
)
from opedkit.strategies import articles

SAMPLE = Article(
    title="Plant the trees",
    authors=(Author(name="Mina Park", role="columnist"),),
    sections=(Section(paragraphs=("Cities must plant trees.",)),),
    claims=(
        Claim(
            text="Cities must plant trees.",
            kind=ClaimKind.POLICY,
            section=0,
            paragraph=0,
            start=0,
            end=24,
        ),
    ),
    published=datetime(2019, 11, 29, 16, 5, tzinfo=timezone(timedelta(hours=9))),
    updated=date(2019, 11, 30),
    genre=Genre.COLUMN,
)
VALIDATOR = jsonschema.Draft202012Validator(opedkit.json.schema())
RICH = Article(
    title="Plant the trees",
    subtitle="Shade is infrastructure",
    authors=(
        Author(
            name="Mina Park",
            bio="Mina Park writes on cities.",
            affiliation="Seoul Institute",
            role="columnist",
            url="https://example.org/mina",
        ),
        Author(name="Ed Board"),
    ),
    sections=(
        Section(paragraphs=("Cities must plant trees.", "Shade saves “lives”.")),
        Section(heading="What to do", paragraphs=("Plant 3.5% more, experts say.",)),
        Section(heading="Coda"),
    ),
    claims=(
        Claim(
            text="Cities must plant trees.",
            kind=ClaimKind.POLICY,
            section=0,
            paragraph=0,
            start=0,
            end=24,
        ),
        Claim(
            text="Plant 3.5% more",
            kind=ClaimKind.FACT,
            section=1,
            paragraph=0,
            start=0,
            end=15,
            hedged=True,
            attributed_to="experts",
        ),
    ),
    published=datetime(2019, 11, 29, 16, 5, 7, 120, tzinfo=timezone(timedelta(hours=9))),
    updated=date(2019, 11, 30),
    url="https://example.org/trees",
    publisher="The Daily Example",
    language="en-GB",
    genre=Genre.COLUMN,
    tags=("cities", "climate"),
    disclaimer="The views expressed are the author's own.",
)


def test_dumps_writes_the_documented_form() -> None:
    """Dates are ISO 8601 with offset or a plain day, enums are values, defaults are left out."""
    assert stdlib_json.loads(opedkit.json.dumps(SAMPLE)) == {
        "opedkit": 1,
        "title": "Plant the trees",
        "authors": [{"name": "Mina Park", "role": "columnist"}],
        "published": "2019-11-29T16:05:00+09:00",
        "updated": "2019-11-30",
        "genre": "column",
        "sections": [{"paragraphs": ["Cities must plant trees."]}],
        "claims": [
            {"text": "Cities must plant trees.", "kind": "policy", "section": 0, "paragraph": 0,
             "start": 0, "end": 24}
        ],
    }  # fmt: skip


def test_indent_is_for_people_and_reads_back() -> None:
    """dumps(indent=True) spreads the document over lines and loads reads it the same."""
    text = opedkit.json.dumps(SAMPLE, indent=True)
    assert text.count("\n") > 10
    assert opedkit.json.loads(text) == SAMPLE


@given(articles())
def test_loads_reverses_dumps(article: Article) -> None:
    """Every valid article survives JSON text unchanged."""
    assert opedkit.json.loads(opedkit.json.dumps(article)) == article
    assert opedkit.json.loads(opedkit.json.dumps(article).encode()) == article


@given(articles())
def test_from_dict_reverses_to_dict(article: Article) -> None:
    """Every valid article survives its dict form unchanged, and the dict is plain JSON."""
    data = opedkit.json.to_dict(article)
    assert stdlib_json.loads(stdlib_json.dumps(data)) == data
    assert opedkit.json.from_dict(data) == article


@given(articles())
def test_every_article_validates_against_the_schema(article: Article) -> None:
    """The schema accepts whatever dumps writes."""
    VALIDATOR.validate(stdlib_json.loads(opedkit.json.dumps(article)))


def test_datetimes_keep_their_offset() -> None:
    """An offset is never converted to UTC, and Z reads as +00:00."""
    article = opedkit.json.loads('{"title": "T", "published": "2019-11-29T23:30:00-05:00"}')
    assert article.published == datetime(2019, 11, 29, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert opedkit.json.dumps(article).endswith('"published":"2019-11-29T23:30:00-05:00"}')
    utc = opedkit.json.loads('{"title": "T", "published": "2019-11-29T23:30:00Z"}')
    assert utc.published == datetime(2019, 11, 29, 23, 30, tzinfo=timezone.utc)


def test_null_is_read_as_absent_for_optional_fields() -> None:
    """null stands for None where None is the default."""
    data = {"title": "T", "subtitle": None, "published": None, "genre": None}
    assert opedkit.json.from_dict(data) == Article(title="T")


def corrupt(change: dict[str, Any], *, delete: str | None = None) -> dict[str, Any]:
    data = opedkit.json.to_dict(SAMPLE)
    data.update(change)
    if delete:
        del data[delete]
    return data


CORRUPTIONS = [
    (corrupt({"title": 3}), "$.title", "expected a str, got int"),
    (corrupt({}, delete="title"), "$.title", "required key is missing"),
    (corrupt({"colour": "red"}), "$.colour", "unknown key"),
    (corrupt({"authors": "Mina Park"}), "$.authors", "expected an array, got string"),
    (corrupt({"authors": [{"name": "A", "age": 3}]}), "$.authors[0].age", "unknown key"),
    (corrupt({"authors": [{"bio": "x"}]}), "$.authors[0].name", "required key is missing"),
    (corrupt({"tags": "abc"}), "$.tags", "expected an array, got string"),
    (corrupt({"published": "29/11/2019"}), "$.published", "expected a date (YYYY-MM-DD)"),
    (corrupt({"published": "2019-11-29T16:05:00"}), "$.published", "with a UTC offset"),
    (corrupt({"genre": "rant"}), "$.genre", "expected one of 'opinion'"),
    (corrupt({"url": "javascript:alert(1)"}), "$.url", "must be an absolute http or https URL"),
    (corrupt({"language": "en_GB"}), "$.language", "must be a BCP 47 language tag"),
    (corrupt({"sections": [{"paragraphs": ["a\n\nb"]}]}), "$.sections[0].paragraphs[0]", "line"),
    (corrupt({"opedkit": 2}), "$.opedkit", "unsupported format version 2"),
]  # fmt: skip


@pytest.mark.parametrize(("data", "path", "message"), CORRUPTIONS)
def test_a_corrupted_field_is_refused_at_its_path(
    data: dict[str, Any], path: str, message: str
) -> None:
    """from_dict names the broken field, and the schema refuses the same document."""
    with pytest.raises(ValidationError) as caught:
        opedkit.json.from_dict(data)
    assert any(p == path and message in m for p, m in caught.value.problems), caught.value
    assert not VALIDATOR.is_valid(data)


CLAIM_CORRUPTIONS = [
    ("start", "3", "expected an int, got str"),
    ("hedged", "no", "expected a bool, got str"),
    ("kind", "opinion", "expected one of 'fact', 'value', 'policy', 'prediction'"),
    ("section", -1, "must not be negative"),
]


@pytest.mark.parametrize(("key", "value", "message"), CLAIM_CORRUPTIONS)
def test_nothing_is_coerced(key: str, value: object, message: str) -> None:
    """ "3" is not an int, "no" is not a bool, and an unknown kind is not guessed."""
    data = opedkit.json.to_dict(SAMPLE)
    data["claims"][0][key] = value
    with pytest.raises(ValidationError) as caught:
        opedkit.json.from_dict(data)
    assert (f"$.claims[0].{key}", message) in [
        (p, m[: len(message)]) for p, m in caught.value.problems
    ]
    assert not VALIDATOR.is_valid(data)


def test_a_float_is_not_an_index_though_json_schema_allows_it() -> None:
    """3.0 is refused as an index; JSON Schema counts it as an integer, so only loads can say so."""
    data = opedkit.json.to_dict(SAMPLE)
    data["claims"][0]["start"] = 0.0
    with pytest.raises(
        ValidationError, match=r"\$\.claims\[0\]\.start: expected an int, got float"
    ):
        opedkit.json.from_dict(data)


def test_a_claim_that_misses_its_paragraph_is_refused() -> None:
    """The span check the schema cannot express is still made by loads."""
    data = opedkit.json.to_dict(SAMPLE)
    data["claims"][0]["text"] = "Cities must plant trees!"
    with pytest.raises(ValidationError, match=r"\$\.claims\[0\]\.text: does not match"):
        opedkit.json.from_dict(data)


def test_all_problems_of_a_document_come_together() -> None:
    """Problems in different places are reported in one error, each with its path."""
    data = corrupt({"title": "", "tags": [1], "authors": [{"name": " "}], "genre": "x"})
    with pytest.raises(ValidationError) as caught:
        opedkit.json.from_dict(data)
    paths = {path for path, _ in caught.value.problems}
    assert paths == {"$.title", "$.tags[0]", "$.authors[0].name", "$.genre"}


@pytest.mark.parametrize(
    "document", ['{"title": ""}', '{"title": " "}', '{"title": "a  b"}', '{"title": "a\\tb"}']
)
def test_a_lone_unclean_title_is_refused(document: str) -> None:
    """The only text of a document is checked like any other (found by the CLI tests)."""
    with pytest.raises(ValidationError, match=r"^\$\.title: must not"):
        opedkit.json.loads(document)


@pytest.mark.parametrize("text", [b"", b"{", b"not json", b'{"title": "T",}', b"\xff\xfe"])
def test_text_that_is_not_json_raises_parse_error(text: bytes) -> None:
    """Malformed JSON is a ParseError with a position, never an orjson exception."""
    with pytest.raises(ParseError, match="not valid JSON") as caught:
        opedkit.json.loads(text)
    assert caught.value.position is not None


@pytest.mark.parametrize("document", ["[]", "3", '"title"', "null"])
def test_json_that_is_not_an_object_is_refused(document: str) -> None:
    """The top level must be an object."""
    with pytest.raises(ValidationError, match=r"^\$: expected an object"):
        opedkit.json.loads(document)


def test_the_converter_embeds_articles_in_other_attrs_classes() -> None:
    """Users' own records holding an Article structure and unstructure through the converter."""

    @attrs.frozen
    class Record:
        source: str
        article: Article

    record = Record(source="feed-7", article=SAMPLE)
    data = opedkit.json.converter.unstructure(record)
    assert data["article"]["title"] == "Plant the trees"
    assert opedkit.json.converter.structure(data, Record) == record


def test_schema_is_draft_2020_12_and_itself_valid() -> None:
    """schema() is a valid draft 2020-12 schema that lists every Article field."""
    document = opedkit.json.schema()
    jsonschema.Draft202012Validator.check_schema(document)
    fields = {field.name for field in attrs.fields(Article)}
    assert set(document["properties"]) == fields | {"opedkit"}


# What dumps wrote before the wire description and the generated writers: byte for byte, kept.
RICH_JSON = (
    '{"opedkit":1,"title":"Plant the trees","subtitle":"Shade is infrastructure","authors":[{'
    '"name":"Mina Park","bio":"Mina Park writes on cities.","affiliation":"Seoul Institute","'
    'role":"columnist","url":"https://example.org/mina"},{"name":"Ed Board"}],"published":"20'
    '19-11-29T16:05:07.000120+09:00","updated":"2019-11-30","url":"https://example.org/trees"'
    ',"publisher":"The Daily Example","language":"en-GB","disclaimer":"The views expressed ar'
    'e the author\'s own.","genre":"column","tags":["cities","climate"],"sections":[{"paragrap'
    'hs":["Cities must plant trees.","Shade saves “lives”."]},{"heading":"What to do","paragr'
    'aphs":["Plant 3.5% more, experts say."]},{"heading":"Coda"}],"claims":[{"text":"Cities m'
    'ust plant trees.","kind":"policy","section":0,"paragraph":0,"start":0,"end":24},{"text":'
    '"Plant 3.5% more","kind":"fact","section":1,"paragraph":0,"start":0,"end":15,"hedged":tr'
    'ue,"attributed_to":"experts"}]}'
)


def test_dumps_writes_the_same_document_as_before() -> None:
    """Every field set: dumps, encode and to_dict give the pinned document, keys in wire order."""
    assert opedkit.json.dumps(RICH) == RICH_JSON
    assert opedkit.json.encode(RICH) == RICH_JSON.encode()
    assert orjson.dumps(opedkit.json.to_dict(RICH)) == RICH_JSON.encode()
    assert opedkit.json.loads(RICH_JSON) == RICH


@given(articles())
def test_encode_and_to_dict_write_the_same_document(article: Article) -> None:
    """The bytes writer and the plain-dict writer agree for every article."""
    assert opedkit.json.encode(article) == orjson.dumps(opedkit.json.to_dict(article))
    assert opedkit.json.encode(article, indent=True).decode() == opedkit.json.dumps(
        article, indent=True
    )


def test_the_wire_description_has_every_model_field() -> None:
    """Each wire object has exactly its model class's fields (the article also its version)."""
    for shape, cls in _wire.MODEL.items():
        names = {field.name for field in _wire.fields(shape)}
        assert names - {"opedkit"} == {field.name for field in attrs.fields(cls)}


@pytest.mark.parametrize(
    "text",
    [b'{"title": NaN}', b'{"title": "T", "tags": [Infinity]}', b'{"title": -Infinity}',
     b'{"title": "T", "claims": [1e400]}'],
)  # fmt: skip
def test_nan_and_infinity_are_refused_where_they_stand(text: bytes) -> None:
    """NaN, Infinity and numbers beyond a double are not JSON: a ParseError at their place."""
    with pytest.raises(ParseError, match="not valid JSON") as caught:
        opedkit.json.loads(text)
    assert caught.value.position is not None


def test_nesting_beyond_a_sane_depth_is_refused() -> None:
    """A document nested 100,000 deep is a ParseError that says so, not a RecursionError."""
    deep = b'{"title": "T", "tags": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    with pytest.raises(ParseError, match="depth") as caught:
        opedkit.json.loads(deep)
    assert caught.value.position is not None
    shallow = b'{"title": "T", "tags": ' + b"[" * 100 + b"]" * 100 + b"}"
    with pytest.raises(ValidationError, match=r"\$\.tags\[0\]: expected a str, got list"):
        opedkit.json.loads(shallow)


@pytest.mark.parametrize("offset", ["9007199254740992", "100000000000000000000000000000", "1e30"])
def test_offsets_beyond_sane_bounds_are_refused_at_their_path(offset: str) -> None:
    """An offset past 2**53 - 1 is named at its path, whether written as an integer or not."""
    text = opedkit.json.dumps(SAMPLE).replace('"start":0', f'"start":{offset}')
    with pytest.raises(ValidationError, match=r"\$\.claims\[0\]\.start: must be at most"):
        opedkit.json.loads(text)


def test_invalid_utf8_is_refused_at_its_byte() -> None:
    """Bytes that are not UTF-8 are a ParseError naming the first bad byte's offset."""
    text = b'{"title": "Caf\xe9"}'
    with pytest.raises(ParseError, match="not UTF-8") as caught:
        opedkit.json.loads(text)
    assert caught.value.position == text.index(b"\xe9")


@pytest.mark.parametrize("text", ['{"title": "\ud800"}', '{"title": "\\ud800"}'])
def test_lone_surrogates_are_refused(text: str) -> None:
    """A lone surrogate, written as is or escaped, cannot be text: a ParseError."""
    with pytest.raises(ParseError, match="not valid JSON"):
        opedkit.json.loads(text)


def test_max_bytes_limits_the_document_size() -> None:
    """A document larger than max_bytes is refused with a ParseError saying how to read it."""
    text = opedkit.json.dumps(SAMPLE)
    assert opedkit.json.MAX_BYTES == 16 * 1024 * 1024
    with pytest.raises(ParseError, match="larger than max_bytes=100 bytes"):
        opedkit.json.loads(text, max_bytes=100)
    with pytest.raises(ParseError, match="max_bytes=100 "):
        opedkit.json.loads(text.encode(), max_bytes=100)
    assert opedkit.json.loads(text, max_bytes=None) == SAMPLE
    assert opedkit.json.loads(bytearray(text.encode()), max_bytes=len(text.encode())) == SAMPLE


def test_loads_names_what_it_accepts() -> None:
    """Anything but str or bytes is a TypeError that says what loads takes."""
    with pytest.raises(TypeError, match="str or bytes, got dict"):
        opedkit.json.loads({"title": "T"})  # type: ignore[arg-type]


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)


@given(st.one_of(st.binary(max_size=64), st.text(max_size=64), JSONISH.map(stdlib_json.dumps)))
def test_any_input_gives_an_article_or_an_opedkit_error(text: str | bytes) -> None:
    """loads never lets another exception out, whatever it is handed."""
    with contextlib.suppress(OpedkitError):
        opedkit.json.loads(text)


@pytest.mark.parametrize(
    ("document", "message"),
    [('{"title": "a\\u007fb"}', "control"), ('{"title": "a\u007fb"}', "control"),
     ('{"title": "a\u0085b"}', "control"), ('{"title": "a\u2028b"}', "control"),
     ('{"title": "a\\u0000b"}', "control"), ('{"title": "a\u00a0 b"}', "two whitespace"),
     ('{"title": "a\u3000"}', "start or end"), ('{"title": "T", "tags": ["\u1680x"]}', "start"),
     ('{"title": "T", "tags": ["x\\t"]}', "control")],
)  # fmt: skip
def test_unusual_characters_are_refused_as_written_or_escaped(document: str, message: str) -> None:
    """Controls and non-ASCII spaces are found whether the bytes carry them raw or escaped."""
    with pytest.raises(ValidationError, match=message):
        opedkit.json.loads(document.encode())


def test_an_escaped_quote_is_ordinary_text() -> None:
    """A text with straight quotes (escaped in JSON) reads back as written."""
    article = Article(title='He said "plant" and left')
    assert opedkit.json.loads(opedkit.json.encode(article)) == article


def test_the_byte_shortcut_knows_every_unusual_character() -> None:
    """Every non-ASCII space or control, and nothing else, is found in UTF-8 bytes by loads."""
    for code in range(128, 0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        unusual = char.isspace() or code <= 0x9F or char in "\u2028\u2029"
        assert (_wire._UNUSUAL.search(char.encode()) is not None) == unusual, hex(code)


@pytest.mark.parametrize(
    "offset",
    [timedelta(0), timedelta(hours=-4), timedelta(hours=5, minutes=45),
     timedelta(hours=9, seconds=30), timedelta(hours=-1, seconds=-1)],
)  # fmt: skip
def test_every_utc_offset_is_written_as_isoformat_writes_it(offset: timedelta) -> None:
    """encode hands times to orjson only where orjson writes them exactly as isoformat()."""
    when = datetime(2019, 11, 29, 16, 5, 7, 120, tzinfo=timezone(offset))
    article = Article(title="T", published=when, updated=when.date())
    expected = f'"published":"{when.isoformat()}","updated":"2019-11-29"'
    assert expected in opedkit.json.dumps(article)
    assert expected in opedkit.json.dumps(article)  # again, once the zone has been seen
    assert opedkit.json.loads(opedkit.json.encode(article)) == article


def test_a_key_given_twice_takes_its_last_value() -> None:
    """A repeated key reads as its last value; an earlier value the decoder refused is named."""
    assert opedkit.json.loads('{"title": "A", "title": "B"}').title == "B"
    assert opedkit.json.loads('{"title": "  ", "title": "B"}').title == "B"
    with pytest.raises(ValidationError, match=r"\$\.title: must not be blank"):
        opedkit.json.loads('{"title": "B", "title": ""}')
    with pytest.raises(ValidationError, match="the key 'title' appears twice in one object"):
        opedkit.json.loads('{"title": 3, "title": "B"}')
