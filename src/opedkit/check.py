"""Quality findings for scraped articles: valid, but probably not what the page said.

The model refuses what is *wrong*; ``check`` points at what is *suspicious* in a valid article,
the marks a scraper leaves: mojibake, HTML left in the text, a repeated paragraph, the headline
repeated as the first paragraph, an organisation credited as a person, a missing byline or
date. Each finding names the place (``$.sections[0].paragraphs[3]``) and a stable ``code``.

>>> import opedkit
>>> from opedkit.check import check
>>> article = opedkit.Article(title="Plant trees", sections=(
...     opedkit.Section(paragraphs=("Plant trees", "Shade saves lives.", "Shade saves lives.")),))
>>> for finding in check(article):
...     print(finding)
$.authors: no-author: no author is credited
$.published: no-date: no publication date
$.sections[0].paragraphs[0]: title-in-body: the first paragraph repeats the title
$.sections[0].paragraphs[2]: duplicate-paragraph: repeats $.sections[0].paragraphs[1]
$: short-body: the body has 8 words; an article usually has at least 150
"""

from __future__ import annotations

import re

import attrs

from . import _recognisers as recognise
from . import _vocabulary as vocab
from ._model import Article

__all__ = ["MIN_WORDS", "Finding", "check"]

MIN_WORDS = 150
"""Fewer words than this in the body is reported as ``short-body``."""

# Text as it looks after UTF-8 was decoded as Latin-1 or cp1252: "Ã©" for "é", "â€™" for "’".
_MOJIBAKE = re.compile(r"Ã[\x80-\xbf©¨«¡¢£¤¥¦§ª¬®¯°±²³´µ¶·¸¹º»¼½¾¿]|â€[™œ\x9d\x9c“”˜¦]|Â[\xa0 ]")
# Markup or entities a scraper failed to turn into text.
_MARKUP = re.compile(
    r"</?(?:p|div|span|a|br|em|strong|b|i|script|style)\b[^>]*>|&(?:amp|nbsp|quot|lt|gt|#\d+|#x[0-9a-f]+);",
    re.IGNORECASE,
)
# Marks of an account, a link or a date in an author credit rather than a person's name; the
# words that are no person's (desks, agencies, "Staff") are op-ed vocabulary.
_NOT_A_NAME = re.compile(r"@|https?:|www\.|\d")


@attrs.frozen
class Finding:
    """One suspicious thing about an article: where, a stable code, and what was seen."""

    path: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.code}: {self.message}"


def check(article: Article) -> tuple[Finding, ...]:
    """Every quality finding for ``article``, in document order, then whole-article ones."""
    findings: list[Finding] = []
    add = findings.append
    if not article.authors:
        add(Finding("$.authors", "no-author", "no author is credited"))
    for i, author in enumerate(article.authors):
        if _not_a_person(author.name):
            seen = f"{author.name!r} looks like an organisation, an account or a byline"
            add(Finding(f"$.authors[{i}].name", "not-a-person", seen))
    if article.published is None:
        add(Finding("$.published", "no-date", "no publication date"))
    elif article.updated is not None and _day(article.updated) < _day(article.published):
        add(Finding("$.updated", "updated-before-published", "updated before it was published"))
    first: dict[str, str] = {}
    for s, section in enumerate(article.sections):
        for p, paragraph in enumerate(section.paragraphs):
            path = f"$.sections[{s}].paragraphs[{p}]"
            if s == p == 0 and paragraph.casefold() == article.title.casefold():
                add(Finding(path, "title-in-body", "the first paragraph repeats the title"))
            elif paragraph in first:
                add(Finding(path, "duplicate-paragraph", f"repeats {first[paragraph]}"))
            first.setdefault(paragraph, path)
            findings.extend(_text_findings(path, paragraph))
    findings.extend(_text_findings("$.title", article.title))
    if article.word_count < MIN_WORDS:
        add(Finding("$", "short-body", f"the body has {article.word_count} words; "
                    f"an article usually has at least {MIN_WORDS}"))  # fmt: skip
    return tuple(findings)


def _not_a_person(name: str) -> bool:
    """Whether a credited name reads as an organisation, an account or a whole byline."""
    return (
        recognise.has_non_person_word(name)
        or recognise.strip_opener(name) is not None
        or _NOT_A_NAME.search(name) is not None
        or len(name.split()) > vocab.NAME_MAX_WORDS
    )


def _text_findings(path: str, text: str) -> list[Finding]:
    found = []
    if (bad := _MOJIBAKE.search(text)) is not None:
        found.append(Finding(path, "mojibake", f"{bad.group()!r} looks like mis-decoded UTF-8"))
    if (markup := _MARKUP.search(text)) is not None:
        found.append(Finding(path, "markup", f"{markup.group()!r} is HTML left in the text"))
    return found


def _day(value: object) -> str:
    return str(value)[:10]
