"""opedkit.markdown writes Markdown that reads back exactly, and reads other Markdown articles."""

from __future__ import annotations

from datetime import date

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
