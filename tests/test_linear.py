"""Parsing time grows linearly with the input: four times the input takes at most five times as
long, for each shape an attacker (or a broken scraper) can make large.

Ratios, never absolute times, so that a slow or busy machine cannot fail them. Each time is the
process's CPU time (time spent waiting for a core shared with other work is not counted), the
best ratio of a few rounds, each timing small (run four times) and large back to back, the cycle
collector paused. A quadratic step fails clearly: it makes the ratio about 16.
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
ROUNDS = 12

SENTENCE = "The council must act now, experts say, because the tide will not wait for anyone. "


def seconds(parse: Callable[[str], object], data: str, times: int = 1) -> float:
    """The CPU time of ``parse(data)`` run ``times`` times in a row, with the cycle collector
    paused (a full collection costs in proportion to all the test process holds, not to the
    input, and a large input makes one likelier)."""
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        for _ in range(times):
            with contextlib.suppress(OpedkitError):  # refusing is fine too: only the time counts
                parse(data)
        return time.process_time() - start
    finally:
        gc.enable()


def ratio(time_of: Callable[[str, int], float], small: str, large: str) -> float:
    """How much longer ``large`` takes than ``small``.

    The small input is run four times in a row, so that both measure the same amount of work.
    Each round times the two back to back (in alternating order) and gives one ratio, so that
    both sides of a ratio share the machine's load of that moment; the best round is kept, over
    a few rounds at most. A lucky moment for one side alone cannot skew it, as it could skew
    the best of all small runs set against the best of all large ones; and a quadratic step
    fails every round.
    """
    time_of(small, 1)  # warm caches and lazy imports
    best = float("inf")
    for round_ in range(ROUNDS):
        if round_ % 2:
            large_time = time_of(large, 1)
            small_time = time_of(small, 4) / 4
        else:
            small_time = time_of(small, 4) / 4
            large_time = time_of(large, 1)
        best = min(best, large_time / small_time)
        if best <= MAX_RATIO:
            break
    return best


def growth(parse: Callable[[str], Article], build: Callable[[int], str], n: int) -> float:
    """How much longer ``parse`` takes on ``build(4 * n)`` than on ``build(n)``."""
    return ratio(lambda data, times: seconds(parse, data, times), build(n), build(4 * n))


def growth_after_tree_construction(build: Callable[[int], str], n: int) -> float:
    """The growth of ``html.parse`` less the HTML parser's tree construction.

    HTML's tree construction checks element scopes by walking the stack of open elements, so
    Lexbor (like every parser that follows the standard) takes time that grows with the square
    of the nesting depth; :data:`opedkit.html.MAX_OPEN_ELEMENTS` bounds it. What opedkit does
    with the tree must still be linear.
    """

    def own(data: str, times: int) -> float:
        tree = seconds(LexborHTMLParser, data, times)  # measured beside it, under the same load
        return max(seconds(opedkit.html.parse, data, times) - tree, 1e-6)

    return ratio(own, build(n), build(4 * n))


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
        2_500,
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
        1_000,
    ),
    "text: many short lines, one paragraph each": (
        opedkit.text.parse,
        lambda n: "A headline\nBy Jane Roe\n" + "\n".join([SENTENCE] * n),
        400,
    ),
    "text: many boilerplate and date lines": (
        opedkit.text.parse,
        lambda n: (
            "A headline\n\n"
            + "Advertisement\nPublished: 2019-11-29\nShare this article\n" * n
            + "\n"
            + SENTENCE * 3
        ),
        600,
    ),
    "markdown: one long paragraph": (
        opedkit.markdown.parse,
        lambda n: f"# A headline\n\n{SENTENCE * n}\n",
        600,
    ),
    "markdown: many byline lines": (
        opedkit.markdown.parse,
        lambda n: "# A headline\n\n" + "".join(f"By {name(i)}\n\n" for i in range(n)) + SENTENCE,
        300,
    ),
    "markdown: many list items": (
        opedkit.markdown.parse,
        lambda n: "# A headline\n\n" + f"- {SENTENCE}\n" * n,
        300,
    ),
    "markdown: many lines nested 19 quotes deep": (
        opedkit.markdown.parse,
        lambda n: "# A headline\n\n" + ("> " * 19 + SENTENCE + "\n") * n,
        200,
    ),
    "markdown: many links and emphases in one paragraph": (
        opedkit.markdown.parse,
        lambda n: (
            "# A headline\n\n" + "Some [linked words](https://example.org/) and *stress* " * n
        ),
        400,
    ),
    "markdown: many authors and tags in the front matter": (
        opedkit.markdown.parse,
        lambda n: (
            f"---\nauthor: [{', '.join(name(i) for i in range(n))}]\n"
            f"tags: [{', '.join(f'tag{i}' for i in range(n))}]\n---\n\n" + text(3)
        ),
        300,
    ),
    "markdown: many claim cues in one sentence": (
        opedkit.markdown.parse,
        lambda n: (
            "# A headline\n\n"
            + "Experts say the council must, should and will act, " * n
            + "officials said."
        ),
        1_000,
    ),
    "html: many claim cues in one sentence": (
        opedkit.html.parse,
        lambda n: page(
            "<p>"
            + "Experts say the council must, should and will act, " * n
            + "officials said.</p>"
        ),
        1_000,
    ),
    "html: many sections": (
        opedkit.html.parse,
        lambda n: page(f"<h2>A subheading</h2><p>{SENTENCE * 2}</p>" * n),
        300,
    ),
    "html: many entities in one paragraph": (
        opedkit.html.parse,
        lambda n: page("<p>" + "Tom &amp; Jerry&nbsp;&#x27;s &lt;friends&gt; " * n + "</p>"),
        2_000,
    ),
    "html: many unclosed paragraphs": (
        opedkit.html.parse,
        lambda n: page(f"<p>{SENTENCE}" * n),
        500,
    ),
    "html: many lines broken by <br>": (
        opedkit.html.parse,
        lambda n: page(f"<div>{f'{SENTENCE}<br>' * n}</div>"),
        500,
    ),
}


EVERY_TAG_FOLLOWED = "<br>" * 5_000
"""Enough tags that the depth check follows every tag, at 1x as at 4x (it settles pages of
fewer than 5,000 ``<`` by counting them): a case must not time two different paths. The
shapes above stay on one side of that line, or on the other."""

DEEP: dict[str, tuple[Callable[[int], str], int]] = {
    "html: deep nesting below the limit": (
        lambda n: page("<div>" * n + f"<p>{SENTENCE * 3}</p>" * 20),
        1_200,
    ),
    "html: deep nesting, text at every level": (
        lambda n: page(EVERY_TAG_FOLLOWED + f"<div class='share'><p>{SENTENCE}</p>" * n),
        1_200,
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_four_times_the_input_takes_at_most_five_times_as_long(case: str) -> None:
    """For each shape, parsing 4x the input takes at most 5x the time of 1x."""
    parse, build, n = CASES[case]
    times = growth(parse, build, n)
    assert times <= MAX_RATIO, f"{case}: 4x the input took {times:.1f}x as long"


@pytest.mark.parametrize("case", DEEP)
def test_deep_nesting_below_the_limit_costs_linear_time_beyond_the_tree(case: str) -> None:
    """Nested 1,200 and 4,800 deep, the work after tree construction grows at most 5x."""
    build, n = DEEP[case]
    times = growth_after_tree_construction(build, n)
    assert times <= MAX_RATIO, f"{case}: 4x the depth took {times:.1f}x as long"
