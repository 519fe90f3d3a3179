"""Parsing time grows linearly with the input: four times the input takes at most five times as
long, for each shape an attacker (or a broken scraper) can make large.

Ratios, never absolute times, so that a slow or busy machine cannot fail them. Each time is the
process's CPU time (time spent waiting for a core shared with other work is not counted), the
best of a few runs, small and large interleaved, after a garbage collection. A quadratic step
fails clearly: it makes the ratio about 16.
"""

from __future__ import annotations

import contextlib
import gc
import json
import time
from collections.abc import Callable

import pytest
from selectolax.lexbor import LexborHTMLParser

import opedkit.html
import opedkit.markdown
import opedkit.text
from opedkit import Article, OpedkitError

MAX_RATIO = 5.0
REPEATS = 3

SENTENCE = "The council must act now, experts say, because the tide will not wait for anyone. "


def seconds(parse: Callable[[str], object], data: str) -> float:
    gc.collect()
    start = time.process_time()
    with contextlib.suppress(OpedkitError):  # refusing is fine too: only the time counts
        parse(data)
    return time.process_time() - start


def best(parse: Callable[[str], object], data: str) -> float:
    return min(seconds(parse, data) for _ in range(REPEATS))


def growth(parse: Callable[[str], Article], build: Callable[[int], str], n: int) -> float:
    """How much longer ``parse`` takes on ``build(4 * n)`` than on ``build(n)``."""
    small, large = build(n), build(4 * n)
    seconds(parse, small)  # warm caches and lazy imports
    return best(parse, large) / best(parse, small)


def growth_after_tree_construction(build: Callable[[int], str], n: int) -> float:
    """The growth of ``html.parse`` less the HTML parser's tree construction.

    HTML's tree construction checks element scopes by walking the stack of open elements, so
    Lexbor (like every parser that follows the standard) takes time that grows with the square
    of the nesting depth; :data:`opedkit.html.MAX_OPEN_ELEMENTS` bounds it. What opedkit does
    with the tree must still be linear.
    """
    small, large = build(n), build(4 * n)
    seconds(opedkit.html.parse, small)

    def own(data: str) -> float:
        return best(opedkit.html.parse, data) - best(LexborHTMLParser, data)

    return own(large) / own(small)


def text(n: int) -> str:
    return "A headline\n\nBy Jane Roe\n\n" + "\n\n".join([SENTENCE * 3] * n)


def page(body: str, head: str = "") -> str:
    return (
        f"<html><head><title>A headline</title>{head}</head>"
        f"<body><h1>A headline</h1>{body}</body></html>"
    )


def name(i: int) -> str:
    """A different plausible name for each ``i`` ("Ann Abason", "Ann Bbason", ...)."""
    letters = "".join(chr(ord("a") + i // 26**k % 26) for k in range(3))
    return f"Ann {letters.capitalize()}son"


def json_ld_authors(n: int) -> str:
    people = [{"@type": "Person", "name": name(i)} for i in range(n)]
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "author": people}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


CASES: dict[str, tuple[Callable[[str], Article], Callable[[int], str], int]] = {
    "text: one long paragraph": (
        opedkit.text.parse,
        lambda n: f"A headline\n\n{SENTENCE * n}",
        600,
    ),
    "text: many paragraphs": (opedkit.text.parse, text, 200),
    "markdown: many paragraphs": (
        opedkit.markdown.parse,
        lambda n: "# " + text(n),
        200,
    ),
    "html: one long paragraph": (
        opedkit.html.parse,
        lambda n: page(f"<p>{SENTENCE * n}</p>"),
        600,
    ),
    "html: many sibling paragraphs": (
        opedkit.html.parse,
        lambda n: page(f"<p>{SENTENCE}</p>" * n),
        500,
    ),
    "html: many sibling elements without text": (
        opedkit.html.parse,
        lambda n: page(f"<p>{SENTENCE * 3}</p>" + "<div class='x'></div>" * n),
        5_000,
    ),
    "text: many byline lines": (
        opedkit.text.parse,
        lambda n: (
            "A headline\n\n" + "\n".join(f"By {name(i)}" for i in range(n)) + "\n\n" + SENTENCE
        ),
        300,
    ),
    "html: many authors in the metadata": (
        opedkit.html.parse,
        lambda n: page(f"<p>{SENTENCE * 3}</p>", head=json_ld_authors(n)),
        300,
    ),
    "html: many bylines beside many stated authors": (
        opedkit.html.parse,
        lambda n: page(
            "".join(f"<p class='byline'>By Bo {name(i + 5000)}</p>" for i in range(n))
            + f"<p>{SENTENCE * 3}</p>",
            head=json_ld_authors(n),
        ),
        200,
    ),
    "text: many claim cues in one sentence": (
        opedkit.text.parse,
        lambda n: (
            "A headline\n\n"
            + "Experts say the council must, should and will act, " * n
            + "officials said."
        ),
        100,
    ),
}


DEEP: dict[str, tuple[Callable[[int], str], int]] = {
    "html: deep nesting below the limit": (
        lambda n: page("<div>" * n + f"<p>{SENTENCE * 3}</p>" * 20),
        1_200,
    ),
    "html: deep nesting, text at every level": (
        lambda n: page(f"<div class='share'><p>{SENTENCE}</p>" * n),
        1_200,
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_four_times_the_input_takes_at_most_five_times_as_long(case: str) -> None:
    """For each shape, parsing 4x the input takes at most 5x the time of 1x."""
    parse, build, n = CASES[case]
    ratio = growth(parse, build, n)
    if ratio > MAX_RATIO:  # one more try before failing: the machine is shared
        ratio = min(ratio, growth(parse, build, n))
    assert ratio <= MAX_RATIO, f"{case}: 4x the input took {ratio:.1f}x as long"


@pytest.mark.parametrize("case", DEEP)
def test_deep_nesting_below_the_limit_costs_linear_time_beyond_the_tree(case: str) -> None:
    """Nested 1,200 and 4,800 deep, the work after tree construction grows at most 5x."""
    build, n = DEEP[case]
    ratio = growth_after_tree_construction(build, n)
    if ratio > MAX_RATIO:
        ratio = min(ratio, growth_after_tree_construction(build, n))
    assert ratio <= MAX_RATIO, f"{case}: 4x the depth took {ratio:.1f}x as long"
