"""Plain text to blocks and back: the line reader and the canonical text writer, side by side.

**Reading.** The text is split into lines (any line ending; a BOM dropped) and each line made
clean (tabs, runs of spaces and non-breaking spaces collapse to one space). Blank lines separate
chunks. Inside a chunk:

- ``Title`` over a line of ``===`` is a level-1 heading and the line under the rule its dek;
  a short line over ``---`` is a level-2 heading; ``## Heading`` is a heading of that level;
- a line of three or more ``-``, ``*``, ``_``, ``=`` (``* * *``) is decoration and dropped;
- a line starting with a backslash is literal: the backslash goes, and the block is marked so
  that no op-ed convention is read into it (the writer escapes lines this way);
- other lines are joined into one paragraph only when the text is hard-wrapped (most lines
  fill nearly the same width) and the next line's first word would not have fitted on the line
  before; otherwise each line is a block of its own.

The reader knows nothing about op-eds: ``_blocks.assemble`` does.

**Writing** produces the canonical text form, documented in ``opedkit.text``.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from datetime import date, datetime

from . import _recognisers as recognise
from . import _vocabulary as vocab
from ._blocks import Block, BlockKind
from ._clean import clean
from ._errors import ParseError
from ._model import Article

__all__ = ["read", "write"]

_ATX = re.compile(r"(#{1,6}) (\S.*)")
_UNDERLINE = re.compile(r"={3,}|-{3,}")
_RULE = re.compile(r"([-*_=~•·])(?: ?\1){2,}")
_RULE_STARTS = ("-", "*", "_", "=", "~", "•", "·")
"""The characters a rule or an underline starts with: other lines skip the patterns."""
_INDENT = (" ", "\t", "\u00a0", "\u3000")
_WRAP_MAX = 100
"""Lines longer than this were not hard-wrapped."""


def _wrap_width(lines: Sequence[str]) -> int | None:
    """The width a hard-wrapped text was wrapped at, or None when it was not wrapped."""
    lengths = [len(line) for line in lines if line]
    short = sorted(length for length in lengths if length <= _WRAP_MAX)
    if len(short) < 3:
        return None
    width = short[math.ceil(0.9 * len(short)) - 1]  # the 90th percentile length
    full = len(short) - bisect.bisect_left(short, int(0.8 * width))  # lines at least 80% of it
    if width < 40 or full < 3 or full < 0.4 * len(lengths):
        return None
    return width


def _clean_lines(lines: list[str]) -> list[str]:
    """Each line made clean. In printable lines the only whitespace is the space, so without
    two spaces in a row cleaning a line only strips it."""
    if all(map(str.isprintable, lines)) and "  " not in "\n".join(lines):
        return [line.strip() for line in lines]
    return [clean(line) for line in lines]


def _unescape(line: str) -> tuple[str, bool]:
    if line.startswith("\\"):
        return clean(line[1:]), True
    return line, False


def _is_rule(line: str) -> bool:
    return line.startswith(_RULE_STARTS) and bool(
        _RULE.fullmatch(line) or _UNDERLINE.fullmatch(line)
    )


def _structural(line: str) -> bool:
    return bool(_ATX.fullmatch(line)) or _is_rule(line)


def read(text: str) -> list[Block]:
    """The blocks of a plain-text article; ParseError when there is no text at all."""
    if not isinstance(text, str):
        raise TypeError(f"opedkit.text.parse() expects a str, got {type(text).__name__}")
    raw = text.removeprefix("\ufeff").splitlines()
    lines = _clean_lines(raw)
    if not any(lines):
        raise ParseError("empty text: there is no headline and no body to read")
    width = _wrap_width(lines)
    blocks: list[Block] = []
    pending: list[str] = []
    literal = False

    def flush() -> None:
        nonlocal pending
        if pending:
            blocks.append(Block(" ".join(pending), literal=literal))
            pending = []

    k = 0
    while k < len(lines):
        line = lines[k]
        if not line:
            flush()
            k += 1
            continue
        after = lines[k + 1] if k + 1 < len(lines) else ""
        if (
            after.startswith(_RULE_STARTS)
            and _UNDERLINE.fullmatch(after)
            and not _is_rule(line)
            and (after[0] == "=" or len(line) <= vocab.HEADING_MAX)
        ):
            flush()
            title, is_literal = _unescape(line)
            level = 1 if after[0] == "=" else 2
            if title:
                blocks.append(Block(title, BlockKind.HEADING, level, literal=is_literal))
            k += 2
            dek = lines[k] if k < len(lines) else ""
            if level == 1 and dek and not _structural(dek):
                dek, is_literal = _unescape(dek)
                if dek:
                    blocks.append(Block(dek, BlockKind.SUBTITLE, literal=is_literal))
                k += 1
            continue
        heading = _ATX.fullmatch(line) if line[0] == "#" else None
        if heading is not None:
            flush()
            blocks.append(Block(heading.group(2), BlockKind.HEADING, len(heading.group(1))))
        elif line.startswith(_RULE_STARTS) and _RULE.fullmatch(line):
            flush()
        elif (
            pending
            and width is not None
            and not line.startswith(("\\", *vocab.BULLETS))
            and not raw[k].startswith(_INDENT)
            and len(pending[-1]) + 1 + len(line.split(" ", 1)[0]) > width
        ):
            pending.append(line)
        else:
            flush()
            line, literal = _unescape(line)
            if line:
                pending = [line]
        k += 1
    flush()
    return blocks


# --- The canonical text form -----------------------------------------------------------------


def _escaped(text: str, plain: bool) -> str:
    return text if plain and not text.startswith("\\") else "\\" + text


def _line_is_plain(text: str) -> bool:
    """Whether the reader takes the line as it stands (no heading, rule, bullet or escape)."""
    return not (text.startswith(("\\", "#")) or _is_rule(text))


def _when(value: date) -> str:
    return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()


def _names(names: Sequence[str]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _bylines(names: Sequence[str]) -> list[str]:
    if not names:
        return []
    line = vocab.BYLINE_WRITTEN + _names(names)
    if recognise.read_byline(line) == recognise.Byline(tuple(names)):
        return [line]
    lines = []
    for i, name in enumerate(names):
        line = vocab.BYLINE_WRITTEN + name
        again = name.casefold() in (earlier.casefold() for earlier in names[:i])
        reads = not again and recognise.read_byline(line) == recognise.Byline((name,))
        lines.append(line if reads else f"{vocab.BYLINE_WRITTEN}\\{name}")  # adds it again
    return lines


def _bio(bio: str, i: int, names: Sequence[str]) -> str:
    """The bio as it stands when it reads back as author ``i``'s, else ``About Name: bio``, or
    ``About Name (2): bio`` for the second of several authors so named."""
    same = [k for k, name in enumerate(names) if name.casefold() == names[i].casefold()]
    if len(same) > 1:
        return f"{vocab.ABOUT}{names[i]} ({same.index(i) + 1}): {bio}"
    stands = _line_is_plain(bio) and recognise.bio_owner(bio, names) == i
    return bio if stands else f"{vocab.ABOUT}{names[i]}: {bio}"


def _disclaimer(text: str) -> str:
    stands = (
        _line_is_plain(text)
        and not recognise.is_boilerplate(text)
        and recognise.read_disclaimer(text) == text
    )
    return text if stands else vocab.DISCLAIMER_WRITTEN + text


def write(article: Article) -> str:
    """The canonical text form of ``article`` (see ``opedkit.text``)."""
    names = [author.name for author in article.authors]
    chunks: list[str] = []
    if article.genre is not None:
        chunks.append(vocab.GENRE_WRITTEN[article.genre])
    title = article.title
    title = _escaped(
        title, not _is_rule(title) and recognise.read_headline(title) == recognise.Headline(title)
    )
    head = [title, "=" * max(3, min(len(title), 72))]
    if article.subtitle is not None:
        head.append(_escaped(article.subtitle, _line_is_plain(article.subtitle)))
    chunks.append("\n".join(head))
    chunks.extend(_bylines(names))
    if article.published is not None:
        chunks.append(vocab.PUBLISHED_WRITTEN + _when(article.published))
    if article.updated is not None:
        chunks.append(vocab.UPDATED_WRITTEN + _when(article.updated))
    for section in article.sections:
        if section.heading is not None:
            chunks.append(f"## {section.heading}")
        chunks.extend(
            _escaped(p, _line_is_plain(p) and recognise.is_plain(p, names))
            for p in section.paragraphs
        )
    chunks.extend(
        _bio(author.bio, i, names) for i, author in enumerate(article.authors) if author.bio
    )
    if article.disclaimer is not None:
        chunks.append(_disclaimer(article.disclaimer))
    return "\n\n".join(chunks) + "\n"
