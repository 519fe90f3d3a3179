"""The fast checks and the thorough ones agree, for the model and for JSON reading.

Each model class checks the valid case quickly (``_looks_valid``) and explains a failure rule by
rule (``_problems``); ``opedkit.json`` reads through msgspec and one walk, then, at the first
problem, thoroughly. These properties feed both sides values that are valid, nearly valid and
plainly wrong.
"""

from __future__ import annotations

import copy
from datetime import date, datetime, timedelta, timezone
from typing import Any

import attrs
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import opedkit.json
from opedkit import Article, Author, Claim, ClaimKind, Genre, Section, ValidationError, _wire
from opedkit.strategies import articles, authors, lines, paragraphs, sections

ODD_TEXT = st.sampled_from(
    ["", " ", "a ", " a", "a  b", "a\nb", "a\u00a0b", "a\u00a0 b", "\u3000x"]
)
TEXT = st.one_of(lines(), paragraphs(), ODD_TEXT, st.text(max_size=8))
ANY = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), TEXT, st.floats(0, 3))
NAIVE = datetime(2019, 11, 29, 16, 5)
WHEN = st.sampled_from([None, date(2019, 1, 1), NAIVE, NAIVE.replace(tzinfo=timezone.utc), "2019"])
URL = st.sampled_from([None, "https://a.org/x", "http://b.c", "javascript:x", "https://", "a.org"])


def unchecked(cls: type[Any], **fields: Any) -> Any:
    """An instance whose fields are set without running its checks."""
    made = object.__new__(cls)
    for name, value in fields.items():
        object.__setattr__(made, name, value)
    return made


def agree(made: Any) -> None:
    assert bool(made._looks_valid()) == (made._problems() == []), made


@given(st.builds(lambda **f: unchecked(Author, **f), name=TEXT | ANY, bio=st.none() | TEXT,
                 affiliation=st.none() | TEXT, role=st.none() | ANY, url=URL))  # fmt: skip
def test_author_checks_agree(author: Author) -> None:
    """An author looks valid exactly when no rule is broken."""
    agree(author)


@given(st.builds(lambda **f: unchecked(Section, **f), heading=st.none() | TEXT,
                 paragraphs=st.lists(TEXT | ANY, max_size=4).map(tuple) | ANY))  # fmt: skip
def test_section_checks_agree(section: Section) -> None:
    """A section looks valid exactly when no rule is broken."""
    agree(section)


INDEX = st.one_of(st.integers(-2, 40), st.booleans(), st.just("1"))


@given(st.builds(lambda **f: unchecked(Claim, **f), text=TEXT | ANY,
                 kind=st.sampled_from([*ClaimKind, "fact"]), section=INDEX, paragraph=INDEX,
                 start=INDEX, end=INDEX, hedged=st.booleans() | ANY,
                 attributed_to=st.none() | TEXT))  # fmt: skip
def test_claim_checks_agree(claim: Claim) -> None:
    """A claim looks valid exactly when no rule is broken."""
    agree(claim)


@given(articles(), st.data())
def test_article_checks_agree(article: Article, data: st.DataObject) -> None:
    """An article with one field replaced looks valid exactly when no rule is broken."""
    field = data.draw(st.sampled_from([f.name for f in attrs.fields(Article)]))
    value = data.draw(
        {
            "published": WHEN, "updated": WHEN, "url": URL,
            "language": st.sampled_from([None, "en", "en_US", "x-y", 3]),
            "genre": st.sampled_from([None, *Genre, "opinion"]),
            "authors": st.lists(authors(), max_size=2).map(tuple) | ANY,
            "sections": st.lists(sections(lead=True), min_size=1, max_size=3).map(tuple) | ANY,
            "tags": st.lists(TEXT, max_size=3).map(tuple) | ANY,
        }.get(field, TEXT | ANY)
    )  # fmt: skip
    agree(unchecked(Article, **{**attrs.asdict(article, recurse=False), field: value}))


KEYS = st.sampled_from(["name", "x"])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2, 5) | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=2),
    max_leaves=5,
)


def paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place inside a JSON value that can be replaced."""
    found = [path] if path else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += paths(inner, (*path, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            found += paths(inner, (*path, i))
    return found


def outcome(read: Any, data: Any) -> Article | tuple[str, ...]:
    """What a reader makes of ``data``: the Article, or the paths of its problems.

    Only a ValidationError counts as an answer; any other exception fails the test.
    """
    try:
        return read(data)  # type: ignore[no-any-return]
    except ValidationError as error:
        return tuple(path for path, _ in error.problems)


@given(articles(), st.data())
def test_json_readers_agree(article: Article, data: st.DataObject) -> None:
    """The fast readers (from dicts, from bytes) answer a corrupted document as the thorough one."""
    document = _wire.to_dict(article)
    path = data.draw(st.sampled_from(paths(document)))
    corrupted = copy.deepcopy(document)
    place = corrupted
    for key in path[:-1]:
        place = place[key]
    place[path[-1]] = data.draw(JSON_VALUES)
    thorough = outcome(_wire._thorough, corrupted)
    assert outcome(_wire.from_dict, corrupted) == thorough
    assert outcome(opedkit.json.loads, orjson.dumps(corrupted)) == thorough


def test_a_valid_document_refused_by_the_fast_reader_is_a_bug() -> None:
    """Should the fast reader ever refuse a valid document, opedkit says so instead of slowing."""
    with pytest.raises(RuntimeError, match="opedkit bug"):
        _wire._reread(_wire.to_dict(Article(title="T")))


def test_an_offset_datetime_is_accepted_by_both_paths() -> None:
    """A sanity case for the agreement tests: a valid aware datetime passes both checks."""
    when = datetime(2019, 11, 29, 16, 5, tzinfo=timezone(timedelta(hours=9)))
    agree(
        unchecked(Article, **{**attrs.asdict(Article(title="T"), recurse=False), "published": when})
    )


def _objects(article: Article) -> list[object]:
    return [article, *article.authors, *article.sections, *article.claims]


@given(articles())
def test_the_json_reader_hands_out_the_model_classes_themselves(article: Article) -> None:
    """Every object loads builds is an instance of the model class itself, never its filler."""
    read = opedkit.json.loads(opedkit.json.encode(article))
    for made, expected in zip(_objects(read), _objects(article), strict=True):
        assert type(made) is type(expected)
        assert made == expected
        assert hash(made) == hash(expected)


def test_a_filled_instance_stays_frozen() -> None:
    """The trusted filler leaves nothing open: a loaded object refuses assignment as any other."""
    read = opedkit.json.loads(opedkit.json.encode(Article(title="T")))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        read.title = "U"  # type: ignore[misc]
