"""Plain text: ``parse`` op-ed text as scrapers save it, ``render`` the canonical text form.

``parse(text)`` reads headlines (``[Ted Gover] ...``, ``[Editorial] ...``, ``... | Jane Roe``),
a dek, bylines (``By A, B and C``, ``Opinion by A``, ``A, opinion contributor``, ``— A``,
``By A CAMBRIDGE –``), date lines near the top, section headings (``## Heading``, ALL-CAPS lines,
short title-like lines between paragraphs), closing bios (``A is a professor at ...``, ``The
writer is ...``, ``... -- Ed.``) with the role and affiliation they state, disclaimers (``The views
expressed are ...``), and drops boilerplate lines (``Advertisement``, ``Back To Top``, ``© ...``).
Blank-line, hard-wrapped and one-paragraph-per-line layouts are all read; CRLF, tabs,
non-breaking spaces and a BOM are fine. Whatever it is unsure of stays in the body.

``render(article)`` writes the **canonical text form**, which ``parse`` reads back. Blocks are
separated by one blank line (left out below), except that the dek sits right under the title's
rule; each paragraph is one line (no hard wrapping)::

    Opinion                                  the genre, when set
    A headline                               the title, underlined with "="
    ==========
    A dek.                                   the subtitle, right under the rule, when set
    By Ann Lee and Bo Kim                    a "By \\Name" line per author instead, when a
                                             name would not read back from a shared line
    Published: 2019-11-29                    ISO 8601; a datetime keeps its UTC offset
    Updated: 2019-11-30 16:05:00+09:00
    First paragraph.
    ## A heading                             each titled section
    \\BY THE NUMBERS                          a paragraph some convention could claim is
                                             escaped with a backslash, which parse removes
    Ann Lee is a professor at Yale.          a bio as it stands when it reads back as that
    About Bo Kim: Former ambassador.         author's, else after "About Name: " ("About
                                             Name (2): " for the second of two so named)
    The views expressed are our own.         the disclaimer ("Disclaimer: ..." if needed)

A line starting with a backslash is always read literally, so any text can be written. The form
carries the title, subtitle, genre, authors (names and bios; role and affiliation come back only
where the bio states them), publication and update times, sections with headings and
paragraphs, and the disclaimer. It does not carry claims (``parse`` finds them afresh), url,
publisher, language, tags or authors' urls. Only the last 60 blocks are searched for bios.
"""

from __future__ import annotations

from ._blocks import Hints, assemble
from ._limits import MAX_BYTES
from ._limits import text as checked
from ._model import Article
from ._text import read, write
from .claims import Extractor, with_claims

__all__ = ["parse", "render"]


def parse(
    text: str, *, claims: bool | Extractor = True, max_bytes: int | None = MAX_BYTES
) -> Article:
    """Read an op-ed from plain text; raise ``ParseError`` when it has no headline or body, or
    is larger than ``max_bytes`` in UTF-8 (16 MiB unless told; ``None``: no limit).

    ``claims``: True finds claims with the built-in extractor, False leaves them empty, and any
    :class:`~opedkit.claims.Extractor` is used in its place. ``text`` must be a ``str``
    (``TypeError`` otherwise: decode bytes, read files, first).
    """
    text = checked(text, max_bytes, "opedkit.text.parse")
    return with_claims(assemble(read(text), Hints()), claims)


def render(article: Article) -> str:
    """The canonical text form of ``article`` (see the module docstring)."""
    return write(article)
