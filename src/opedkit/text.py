"""Plain text: ``parse`` op-ed text as scrapers save it, ``render`` the canonical text form.

``parse(text)`` reads headlines (``[Ted Gover] ...``, ``[Editorial] ...``, ``... | Jane Roe``),
a dek, bylines (``By A, B and C``, ``Opinion by A``, ``A, opinion contributor``, ``— A``,
``By A CAMBRIDGE –``), date lines near the top, section headings (``## Heading``, ALL-CAPS lines,
short title-like lines between paragraphs), closing bios (``A is a professor at ...``, ``The
writer is ...``, ``... -- Ed.``) with the role and affiliation they state, disclaimers (``The views
expressed are ...``), and drops boilerplate lines (``Advertisement``, ``Back To Top``, ``© ...``).
Blank-line, hard-wrapped and one-paragraph-per-line layouts are all read; CRLF, tabs,
non-breaking spaces and a BOM are fine. Whatever it is unsure of stays in the body.

``render(article)`` writes the **canonical text form**, which ``parse`` reads back::

    Opinion                                   <- genre, when set

    NK's frustrations indicate Trump is ...   <- title, underlined with "="
    ==========================================
    A dek, right under the rule               <- subtitle, when set

    By Ann Lee and Bo Kim                     <- one "By \\Name" line each when a name
                                                 would not read back from a shared line
    Published: 2019-11-29                     <- ISO 8601; a datetime keeps its offset
    Updated: 2019-11-30 16:05:00+09:00

    First paragraph, one line.

    ## A section heading

    \\BY THE NUMBERS                           <- a paragraph that could be misread is
                                                 escaped with a backslash; parse removes it
    Ann Lee is a professor at Yale.           <- each bio, as it stands when it reads back
    About Bo Kim: Former ambassador.             as that author's, else "About Name: bio"

    The views expressed are the writers' own.  <- disclaimer ("Disclaimer: ..." if needed)

The form carries the title, subtitle, genre, authors (names and bios; role and affiliation are
read back only where the bio states them), publication and update times, sections with their
headings and paragraphs, and the disclaimer. It does not carry claims (``parse`` finds them
afresh), url, publisher, language, tags, or authors' urls. Authors who share a name may swap bios.
"""

from __future__ import annotations

from ._blocks import Hints, assemble
from ._model import Article
from ._text import read, write
from .claims import Extractor, with_claims

__all__ = ["parse", "render"]


def parse(text: str, *, claims: bool | Extractor = True) -> Article:
    """Read an op-ed from plain text; raise ``ParseError`` when it has no headline or body.

    ``claims``: True finds claims with the built-in extractor, False leaves them empty, and any
    :class:`~opedkit.claims.Extractor` is used in its place.
    """
    return with_claims(assemble(read(text), Hints()), claims)


def render(article: Article) -> str:
    """The canonical text form of ``article`` (see the module docstring)."""
    return write(article)
