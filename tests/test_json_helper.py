"""The compiled helper of opedkit.json writes and checks exactly what the pure-Python path does."""

from __future__ import annotations

import os
import subprocess
import sys
import types
import warnings
from datetime import date, datetime, timedelta, timezone
from typing import Any

import attrs
import orjson
import pytest
from dateutil import tz
from hypothesis import given
from hypothesis import strategies as st

import opedkit.json
from opedkit import Article, Author, Section, ValidationError, _clean, _wire
from opedkit._clean import problem
from opedkit.strategies import articles

PURE = os.environ.get("OPEDKIT_PURE", "") not in ("", "0")
helper = pytest.mark.skipif(_wire._cwire is None, reason="runs without the compiled helper")
# Characters each rule of clean text is about, and some that are not.
TRICKY = st.sampled_from(list(' ab\u00a0\u1680\u2009\u3000\x7f\x85\x1f\t\u2028\ud800"\\é😀\xad'))
TEXTS = st.lists(st.text(TRICKY, max_size=40) | st.text(max_size=40), min_size=1, max_size=4)
DAY = timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)
ZONES = st.timedeltas(-DAY, DAY).map(timezone)


def test_the_helper_is_built_unless_turned_off() -> None:
    """An install compiles the helper and opedkit uses it; OPEDKIT_PURE=1 alone turns it off."""
    assert (_wire._cwire is None) == PURE, "rebuild it: .venv/bin/pip install -e . --no-deps"


def test_a_build_from_other_sources_is_not_used() -> None:
    """A module whose SOURCE is not the CRC-32 of the C file beside _wire (a stale build)."""
    if not os.path.exists(os.path.join(os.path.dirname(_wire.__file__), "_cwire.c")):
        pytest.skip("installed from a wheel: no source beside")
    stale = types.ModuleType("stale")
    assert not _wire._built_from_source_beside(stale)  # built before the module had SOURCE
    stale.__dict__["SOURCE"] = -1
    assert not _wire._built_from_source_beside(stale)
    if _wire._cwire is not None:
        assert _wire._built_from_source_beside(_wire._cwire)


def test_opedkit_pure_turns_the_helper_off() -> None:
    """With OPEDKIT_PURE=1, the pure-Python path reads and writes the same documents."""
    code = (
        "import opedkit, opedkit.json, opedkit._wire as w; assert w._cwire is None; "
        "a = opedkit.Article(title='T', tags=('x',)); "
        "assert opedkit.json.loads(opedkit.json.encode(a)) == a; print('ok')"
    )
    env = {**os.environ, "OPEDKIT_PURE": "1"}
    command = [sys.executable, "-c", code]
    done = subprocess.run(command, check=False, env=env, capture_output=True, text=True)
    assert done.stdout.strip() == "ok", done.stderr


@helper
def test_a_reloaded_wire_module_still_writes() -> None:
    """The helper's plan is set once; a reload of opedkit._wire writes by the plan it set."""
    code = (
        "import importlib, opedkit, opedkit._wire as w; importlib.reload(w); "
        "print(w.encode(opedkit.Article(title='T')).decode())"
    )
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert done.stdout.strip() == '{"opedkit":1,"title":"T"}', done.stderr


@helper
@given(articles())
def test_the_helper_writes_what_the_pure_writer_writes(article: Article) -> None:
    """Byte for byte, over every kind of article."""
    assert _wire._cwire is not None
    assert _wire._cwire.write(article) == _wire._PURE_ENCODE(article)


@helper
@given(st.datetimes(timezones=ZONES) | st.dates())
def test_the_helper_writes_times_as_isoformat_does(when: date) -> None:
    """Any fixed UTC offset (seconds and microseconds too) and any day, as isoformat() has it."""
    article = Article(title="T", published=when)
    assert _wire._cwire is not None
    assert _wire._cwire.write(article) == _wire._PURE_ENCODE(article)
    assert f'"published":"{when.isoformat()}"'.encode() in opedkit.json.encode(article)


def _odd_articles() -> list[Article]:
    """Articles holding values the model's checks would not make (set behind their backs)."""
    plain = Article(title="T", authors=(Author(name="A"),), sections=(Section(paragraphs=("P",)),))
    odd: list[Article] = []
    for name, value in [
        ("title", "lone \ud800 surrogate"), ("tags", ["a", "list"]), ("url", 3),
        ("published", datetime(2020, 1, 1, 12, tzinfo=tz.tzoffset(None, 3600))),
        ("published", datetime(2020, 1, 1, 12)), ("genre", "opinion"),
    ]:  # fmt: skip
        article = attrs.evolve(plain)
        object.__setattr__(article, name, value)
        odd.append(article)
    section = attrs.evolve(plain.sections[0])
    object.__setattr__(section, "heading", 1.5)
    odd.append(attrs.evolve(plain, sections=(section,)))

    @attrs.frozen(kw_only=True)
    class MyArticle(Article):
        pass

    odd.append(MyArticle(title="T"))
    return odd


@helper
@pytest.mark.parametrize("article", _odd_articles())
def test_what_the_helper_does_not_know_is_left_to_the_pure_writer(article: Article) -> None:
    """Unexpected types get NotImplemented, and encode then does what the pure writer does."""
    assert _wire._cwire is not None
    assert _wire._cwire.write(article) is NotImplemented
    try:
        expected: Any = _wire._PURE_ENCODE(article)
    except Exception as error:  # what the pure writer raises, encode raises
        with pytest.raises(type(error)):
            opedkit.json.encode(article)
    else:
        assert opedkit.json.encode(article) == expected


@helper
def test_the_helper_is_configured_once() -> None:
    """A second plan is refused: the writer's plan never changes under it."""
    assert _wire._cwire is not None
    with pytest.raises(RuntimeError, match="once"):
        _wire._cwire.configure(_wire._plan())


@helper
@given(TEXTS)
def test_the_helper_checks_clean_text_as_the_model_does(texts: list[str]) -> None:
    """all_clean is true exactly when every text passes the model's rule."""
    assert _wire._cwire is not None
    expected = all(problem(text) is None for text in texts)
    assert _wire._cwire.all_clean(texts) is expected
    # Repeated, a clean text stays clean and a broken one broken: the 16-character blocks.
    assert _wire._cwire.all_clean([text * 9 for text in texts]) is expected


@given(TEXTS)
def test_is_clean_and_all_clean_say_what_the_model_rule_says_with_the_helper_or_not(
    texts: list[str],
) -> None:
    """_clean's is_clean and all_clean (C first where built) agree with problem(), also on
    str subclasses, which the helper leaves to the Python rule."""
    expected = all(problem(text) is None for text in texts)
    assert _clean.all_clean(tuple(texts)) is expected
    assert _clean.all_clean(tuple(map(_Str, texts))) is expected
    assert [_clean.is_clean(text) for text in texts] == [problem(t) is None for t in texts]
    assert [_clean.is_clean(_Str(text)) for text in texts] == [problem(t) is None for t in texts]


@given(TEXTS)
def test_the_pure_clean_check_agrees_with_the_model(texts: list[str]) -> None:
    """The fallback's byte shortcut says what the model's rule says, raw bytes known or not."""
    expected = all(problem(text) is None for text in texts)
    try:
        raw = orjson.dumps(texts)
    except orjson.JSONEncodeError:  # a lone surrogate: not in any JSON document loads reads
        raw = None
    assert _wire._all_clean(list(texts), raw) is expected
    assert _wire._all_clean(list(texts), None) is expected


@helper
def test_the_helper_refuses_what_is_not_a_list_of_str() -> None:
    assert _wire._cwire is not None
    assert _wire._cwire.all_clean(["fine", 3]) is False
    assert _wire._cwire.all_clean([]) is True
    with pytest.raises(TypeError):
        _wire._cwire.all_clean(("a tuple",))


def test_every_non_ascii_space_is_where_the_helper_looks() -> None:
    """The helper asks str.isspace only of U+1680 to U+3000, besides U+00A0 (and the controls
    U+0085 and U+2028/2029, refused anyway): every other character is not whitespace."""
    for code in range(0x80, sys.maxunicode + 1):
        if chr(code).isspace():
            assert code in (0x85, 0xA0) or 0x1680 <= code <= 0x3000, hex(code)


class _Str(str):
    pass


def test_str_subclasses_are_refused_by_from_dict_with_or_without_the_helper() -> None:
    """The model refuses a str subclass as a text; so do both clean checks of from_dict."""
    with pytest.raises(ValidationError, match="expected a str"):
        opedkit.json.from_dict({"title": _Str("T")})
    assert _wire._all_clean([_Str("T")], None) is False
    if _wire._cwire is not None:
        assert _wire._cwire.all_clean([_Str("T")]) is False


# Where a document's str subclass would reach the model as it is on from_dict's fast road.
_SUBCLASSED: dict[str, dict[str, Any]] = {
    "$.url": {"url": _Str("https://example.com/a")},
    "$.language": {"language": _Str("en")},
    "$.authors[0].url": {"authors": [{"name": "A", "url": _Str("https://example.com/b")}]},
    "$.published": {"published": _Str("2020-01-01")},
    "$.claims[0].text": {
        "claims": [
            {"text": _Str("Alpha"), "kind": "fact", "section": 0, "paragraph": 0, "start": 0,
             "end": 5}
        ]
    },
}  # fmt: skip


@pytest.mark.parametrize("use_helper", [True, False])
@pytest.mark.parametrize("path", list(_SUBCLASSED))
def test_str_subclasses_anywhere_are_refused_by_from_dict_as_the_thorough_reader_does(
    path: str, use_helper: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """from_dict and converter.structure refuse a str subclass in any field, with its $.path."""
    if use_helper and _wire._cwire is None:
        pytest.skip("runs with the compiled helper")
    if not use_helper:
        monkeypatch.setattr(_wire, "_fast_clean", None)
    data = {"title": "T", "sections": [{"paragraphs": ["Alpha beta."]}], **_SUBCLASSED[path]}
    for read in (opedkit.json.from_dict, lambda d: opedkit.json.converter.structure(d, Article)):
        with pytest.raises(ValidationError) as refused:
            read(data)
        assert [where for where, _ in refused.value.problems] == [path]
    exact = orjson.loads(orjson.dumps(data))  # the same document with exact strs is an article
    assert opedkit.json.from_dict(exact) == opedkit.json.loads(orjson.dumps(data))


@helper
def test_a_string_of_the_legacy_api_is_written_whole() -> None:
    """Python 3.11: a str made by the legacy C API is made ready before it is read."""
    testcapi = pytest.importorskip("_testcapi")
    if not hasattr(testcapi, "unicode_legacy_string"):
        pytest.skip("no legacy strings in this Python")
    article = Article(title="T")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        object.__setattr__(article, "title", testcapi.unicode_legacy_string("Legacy title"))
    assert _wire._cwire is not None
    assert _wire._cwire.write(article) == b'{"opedkit":1,"title":"Legacy title"}'


@helper
def test_python_code_run_while_planning_never_sees_half_a_plan() -> None:
    """A metaclass that writes while configure() looks up its slot gets an error, not a crash."""
    assert _wire._cwire is not None
    code = f"""
import importlib.util
spec = importlib.util.spec_from_file_location("opedkit._cwire", {_wire._cwire.__file__!r})
c = importlib.util.module_from_spec(spec)
class Meta(type):
    def __getattribute__(cls, name):
        if name == "x":
            try:
                c.write(object.__new__(cls))
            except RuntimeError as error:
                print(error)
        return type.__getattribute__(cls, name)
class A(metaclass=Meta):
    __slots__ = ("x",)
c.configure(((A, ((b'"x":', "x", 1, 0, 0, None),)),))
"""
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert (done.returncode, done.stdout.strip()) == (0, "write() before configure()"), done.stderr
