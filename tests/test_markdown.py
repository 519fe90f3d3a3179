"""opedkit.markdown writes Markdown that reads back exactly, and reads other Markdown articles."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given

import opedkit.markdown
from opedkit import Article, Author, ParseError, Section
from opedkit.strategies import articles


@given(articles())
def test_parse_reverses_render(article: Article) -> None:
    """Every valid article, claims included, survives Markdown unchanged."""
    assert opedkit.markdown.parse(opedkit.markdown.render(article)) == article


@pytest.mark.parametrize(
    "paragraph",
    ["# not a heading", "- not a list", "1. not a list", "2) nor this", "> not a quote",
     "*not emphasis*", "[not](a link)", "<b>not html</b>", "`not code`", "---", "***", "===",
     "```", "a \\ backslash", "&amp; stays", "| a | table |", "~~not struck~~", "+ plus"],
)  # fmt: skip
def test_text_that_looks_like_markup_stays_text(paragraph: str) -> None:
    """A paragraph with Markdown syntax in it comes back as written."""
    article = Article(title="T", sections=(Section(paragraphs=(paragraph, "After.")),))
    assert opedkit.markdown.parse(opedkit.markdown.render(article)).paragraphs == (
        paragraph,
        "After.",
    )


FOREIGN = """\
---
title: "Shade is infrastructure"
author: Mina Park
date: 2024-06-03
tags: climate, cities
layout:
  wide: true
---

Every summer the **hottest** blocks are the ones
without [trees](https://example.org/trees).

## What the council should do

- Plant 20,000 trees.
- Start with the _ten_ hottest streets.

> Shade is cheaper than air conditioning.

![a plane tree](tree.jpg)

```
code is dropped
```
"""


def test_markdown_from_other_tools_is_read_as_an_article() -> None:
    """Simple front matter, wrapped paragraphs, lists, quotes and inline markup become text."""
    article = opedkit.markdown.parse(FOREIGN, claims=False)
    assert article.title == "Shade is infrastructure"
    assert article.authors == (Author(name="Mina Park"),)
    assert article.published == date(2024, 6, 3)
    assert article.tags == ("climate", "cities")
    assert article.sections[0].paragraphs == (
        "Every summer the hottest blocks are the ones without trees.",
    )
    assert article.sections[1].heading == "What the council should do"
    assert article.sections[1].paragraphs == (
        "Plant 20,000 trees.",
        "Start with the ten hottest streets.",
        "Shade is cheaper than air conditioning.",
    )


def test_the_first_heading_is_the_title_without_front_matter() -> None:
    """Plain Markdown takes its title from the first # heading."""
    article = opedkit.markdown.parse("# Plant trees\n\nShade saves lives.\n", claims=False)
    assert (article.title, article.paragraphs) == ("Plant trees", ("Shade saves lives.",))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('---\ntitle: "T"\n', "front matter opened with --- is never closed"),
        ('---\nopedkit: 1\ntitle: ""\n---\n', "does not describe a valid article"),
        ("", "no headline"),
    ],
)
def test_bad_markdown_raises_parse_error(text: str, message: str) -> None:
    """Unclosed or invalid front matter and empty input are ParseErrors that say why."""
    with pytest.raises(ParseError, match=message):
        opedkit.markdown.parse(text)


OTHER_TOOLS = """\
---
title: 'It''s time to plant: the case for street trees'
author:
  - Jane Roe
  - name: Sam Lee
date: 2024-06-03T08:30:00+02:00
tags: [climate, cities]
description: >
  Shade is cheaper than
  air conditioning.
layout: post
---

Every summer the *hottest blocks
in town* are the ones without trees.

What the council should do
--------------------------

1. Plant 20,000 trees.
2. Start with the ten hottest streets.

*Jane Roe is a professor of urban planning at Northfield University.*
"""


def test_yaml_front_matter_from_other_tools_is_read_by_a_yaml_parser() -> None:
    """Quoted strings with '', block lists of names or mappings, flow lists, folded scalars and
    timestamps mean what YAML says; unknown keys are ignored."""
    article = opedkit.markdown.parse(OTHER_TOOLS, claims=False)
    assert article.title == "It's time to plant: the case for street trees"
    assert [a.name for a in article.authors] == ["Jane Roe", "Sam Lee"]
    assert article.tags == ("climate", "cities")
    assert article.subtitle == "Shade is cheaper than air conditioning."
    assert article.published == datetime(2024, 6, 3, 8, 30, tzinfo=timezone(timedelta(hours=2)))


def test_the_body_is_read_as_commonmark() -> None:
    """Setext headings, emphasis over a line break, ordered lists and an emphasis-wrapped bio
    are read as CommonMark means them; the bio goes to its author."""
    article = opedkit.markdown.parse(OTHER_TOOLS, claims=False)
    assert article.sections[0].paragraphs == (
        "Every summer the hottest blocks in town are the ones without trees.",
    )
    assert article.sections[1].heading == "What the council should do"
    assert article.sections[1].paragraphs == (
        "Plant 20,000 trees.",
        "Start with the ten hottest streets.",
    )
    assert article.authors[0].bio == (
        "Jane Roe is a professor of urban planning at Northfield University."
    )


def test_a_setext_title_is_the_title() -> None:
    """Without front matter, a title underlined with = is the headline."""
    page = "Plant trees now\n===============\n\nShade saves lives.\n"
    article = opedkit.markdown.parse(page, claims=False)
    assert (article.title, article.paragraphs) == ("Plant trees now", ("Shade saves lives.",))


def test_toml_front_matter_is_read_by_tomllib() -> None:
    """Hugo's +++ front matter: strings, arrays and dates as TOML defines them."""
    page = """\
+++
title = "Shade is infrastructure"
authors = ["Mina Park"]
date = 2024-06-03
tags = ["climate", "cities"]
[params]
wide = true
+++

Plant trees.
"""
    article = opedkit.markdown.parse(page, claims=False)
    assert article.title == "Shade is infrastructure"
    assert article.authors == (Author(name="Mina Park"),)
    assert article.published == date(2024, 6, 3)
    assert article.tags == ("climate", "cities")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\ntitle: [unclosed\n---\nBody.\n", "front matter is not valid YAML"),
        ('+++\ntitle = "T\n+++\nBody.\n', "front matter is not valid TOML"),
        ("---\n- a list\n---\nBody.\n", "not a mapping"),
    ],
)
def test_front_matter_that_does_not_parse_is_a_parse_error(text: str, message: str) -> None:
    """YAML or TOML that does not parse, or is not a mapping, is a ParseError saying so."""
    with pytest.raises(ParseError, match=message):
        opedkit.markdown.parse(text)
