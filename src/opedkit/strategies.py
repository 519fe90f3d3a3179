"""Hypothesis strategies that generate every valid opedkit value, for your own property tests.

Needs the ``hypothesis`` extra (``pip install opedkit[hypothesis]``)::

    from hypothesis import given
    from opedkit import strategies

    @given(strategies.articles())
    def test_my_pipeline_keeps_the_title(article): ...

Text is arbitrary Unicode made clean (see ``opedkit.Article``), paragraphs run from a word to a
few thousand characters, dates come with fixed UTC offsets or as plain days, and claims are
random valid spans of the generated paragraphs.
"""

from __future__ import annotations

from datetime import date, timedelta, timezone

from hypothesis import strategies as st

from ._clean import clean
from ._model import Article, Author, Claim, ClaimKind, Genre, Section

__all__ = [
    "articles",
    "authors",
    "claims",
    "lines",
    "moments",
    "paragraphs",
    "sections",
    "urls",
]

_WORDS = st.sampled_from(
    "the a of and to in op-ed policy Seoul 2019 “quoted” — U.S. Nov. 3.5% can't é 東京 😀 By ## "
    "WAR Ed. says will must may".split()
)


def _cleaned(raw: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return raw.map(clean).filter(bool)


def lines(max_size: int = 80) -> st.SearchStrategy[str]:
    """One line of clean text: a title, a name, a heading."""
    return _cleaned(
        st.one_of(
            st.text(min_size=1, max_size=max_size),
            st.lists(_WORDS, min_size=1, max_size=max(1, max_size // 6)).map(" ".join),
        )
    )


def paragraphs() -> st.SearchStrategy[str]:
    """One paragraph: a word to a few thousand characters of clean text."""
    return st.one_of(
        lines(300),
        _cleaned(st.lists(_WORDS, min_size=1, max_size=60).map(" ".join)),
        _cleaned(st.text(min_size=300, max_size=3000)),
    )


def urls() -> st.SearchStrategy[str]:
    """Absolute http(s) URLs."""
    label = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12)
    path = st.lists(st.text("abcdefghijklmnopqrstuvwxyz0123456789-_.~%", max_size=12), max_size=4)
    return st.builds(
        lambda scheme, host, tld, parts: f"{scheme}://{host}.{tld}/{'/'.join(parts)}",
        st.sampled_from(["http", "https"]),
        label,
        st.sampled_from(["com", "org", "co.kr", "news"]),
        path,
    )


def moments() -> st.SearchStrategy[date]:
    """A publication time: a datetime with a fixed UTC offset, or a plain day."""
    offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
    return st.one_of(st.dates(), st.datetimes(timezones=offsets))


def authors() -> st.SearchStrategy[Author]:
    """Authors with any mix of bio, affiliation, role and url."""
    return st.builds(
        Author,
        name=lines(),
        bio=st.none() | paragraphs(),
        affiliation=st.none() | lines(),
        role=st.none() | lines(),
        url=st.none() | urls(),
    )


def sections(*, lead: bool = False) -> st.SearchStrategy[Section]:
    """A section; ``lead=True`` allows the untitled lead section (which needs a paragraph)."""
    titled = st.builds(
        Section, heading=lines(), paragraphs=st.lists(paragraphs(), max_size=6).map(tuple)
    )
    if not lead:
        return titled
    untitled = st.builds(
        Section, paragraphs=st.lists(paragraphs(), min_size=1, max_size=6).map(tuple)
    )
    return untitled | titled


@st.composite
def _claim(draw: st.DrawFn, sections: tuple[Section, ...]) -> Claim | None:
    where = [(s, p) for s, section in enumerate(sections) for p in range(len(section.paragraphs))]
    if not where:
        return None
    s, p = draw(st.sampled_from(where))
    paragraph = sections[s].paragraphs[p]
    start = draw(st.integers(0, len(paragraph) - 1))
    end = draw(st.integers(start + 1, len(paragraph)))
    text = paragraph[start:end]
    start += len(text) - len(text.lstrip())
    text = text.strip()
    if not text:
        return None
    return Claim(
        text=text,
        kind=draw(st.sampled_from(ClaimKind)),
        section=s,
        paragraph=p,
        start=start,
        end=start + len(text),
        hedged=draw(st.booleans()),
        attributed_to=draw(st.none() | lines()),
    )


def claims(sections: tuple[Section, ...]) -> st.SearchStrategy[tuple[Claim, ...]]:
    """Claims whose spans lie in the given sections' paragraphs."""
    return st.lists(_claim(sections), max_size=12).map(
        lambda found: tuple(c for c in found if c is not None)
    )


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Every valid Article: any fields set or not, Unicode text, many sections, valid claims."""
    body = (draw(sections(lead=True)), *draw(st.lists(sections(), max_size=5)))
    return Article(
        title=draw(lines()),
        authors=tuple(draw(st.lists(authors(), max_size=3))),
        sections=body,
        claims=draw(claims(body)),
        subtitle=draw(st.none() | lines()),
        published=draw(st.none() | moments()),
        updated=draw(st.none() | moments()),
        url=draw(st.none() | urls()),
        publisher=draw(st.none() | lines()),
        language=draw(st.none() | st.sampled_from(["en", "en-GB", "ko", "zh-Hant-TW", "es-419"])),
        genre=draw(st.none() | st.sampled_from(Genre)),
        tags=tuple(draw(st.lists(lines(30), max_size=4))),
        disclaimer=draw(st.none() | paragraphs()),
    )
