"""Blocks, the shared middle of every reader: ``reader -> blocks (+ hints) -> assemble -> Article``.

A reader knows one format and nothing about op-eds: it turns its input into a list of
:class:`Block` (clean text with a kind) and hands over whatever metadata the format states
explicitly as :class:`Hints`. :func:`assemble` knows op-eds and nothing about formats. It reads
the blocks in three passes, each linear:

1. the **front**, from the top: boilerplate, a genre kicker, the headline (``[Ted Gover] ...``,
   ``... | Editorial``), a dek, bylines and date lines, up to the first body paragraph;
2. the **tail**, from the bottom: boilerplate, disclaimers, a closing byline and bios, up to the
   last body paragraph (a bio must name a known author, or carry an editor's mark);
3. the **body** between them: headings start sections; boilerplate and disclaimers leave it.

Whatever a rule is unsure of stays in the body. The single-line rules are in ``_recognisers``, the
cue words in ``_vocabulary``. Hints win over what the blocks say, but a bio found in the blocks
still goes to the matching hinted author.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date

import attrs

from . import _recognisers as recognise
from . import _vocabulary as vocab
from ._errors import ParseError
from ._model import Article, Author, Genre, Section

__all__ = ["Block", "BlockKind", "Hints", "assemble"]

TITLE_MAX = 300
"""A first paragraph longer than this is body text, not a headline."""

TAIL_MAX = 60
"""The tail pass looks at most this many blocks up from the bottom (keeping it linear)."""


class BlockKind(enum.Enum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    SUBTITLE = "subtitle"
    """The format marks this block as the dek under the headline."""


@attrs.frozen
class Block:
    """One unit a reader found: a paragraph or a heading, as clean text."""

    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    level: int = 0
    """Heading level where the format says (Markdown ``##`` is 2, ``<h3>`` is 3), else 0."""
    literal: bool = False
    """The format marked the text as meant literally (an escaped line): it is the headline when
    it comes first, else body text, and no convention is read into it."""


@attrs.frozen(kw_only=True)
class Hints:
    """What a reader knows for sure besides the blocks (HTML metadata, a marked-up byline)."""

    title: str | None = None
    subtitle: str | None = None
    authors: tuple[Author, ...] = ()
    published: date | None = None
    updated: date | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = None
    genre: Genre | None = None
    tags: tuple[str, ...] = ()
    disclaimer: str | None = None


@attrs.define
class _Language:
    """The article's language: as stated, else guessed from its blocks the first time a cue
    bound to some languages needs it (``Von Jane Roe`` is a byline in German text only)."""

    stated: str | None
    blocks: Sequence[Block]
    guessed: str | None = None
    known: bool = False

    def is_one_of(self, languages: frozenset[str]) -> bool:
        if not languages:
            return True
        if self.stated is not None:
            return self.stated.split("-", 1)[0].lower() in languages
        if not self.known:
            texts = (b.text for b in self.blocks if b.kind is BlockKind.PARAGRAPH)
            self.guessed, self.known = recognise.guess_language(texts), True
        return self.guessed in languages


@attrs.define
class _Person:
    name: str
    role: str | None = None
    bio: str | None = None
    affiliation: str | None = None
    url: str | None = None


@attrs.define
class _Found:
    """What the passes found so far."""

    title: str | None = None
    subtitle: str | None = None
    genre: Genre | None = None
    people: list[_Person] = attrs.Factory(list)
    hinted: bool = False
    published: date | None = None
    updated: date | None = None
    known: set[str] = attrs.Factory(set)
    """The people's names, casefolded."""
    bylines: set[str] = attrs.Factory(set)
    lead: str | None = None
    disclaimers: list[str] = attrs.Factory(list)
    language: _Language = attrs.Factory(lambda: _Language(None, ()))

    def byline(self, text: str) -> recognise.Byline | None:
        """The byline ``text`` is, in the article's language."""
        byline = recognise.read_byline(text)
        if byline is None or not self.language.is_one_of(byline.languages):
            return None
        return byline

    def names(self) -> list[str]:
        return [person.name for person in self.people]

    def add_names(
        self, names: Sequence[str], role: str | None = None, *, again: bool = False
    ) -> None:
        """Add authors; a name already known from another line is not added ``again``."""
        if self.hinted:
            return
        fresh = []
        for name in names:
            if again or name.casefold() not in self.known:
                self.people.append(_Person(name, role))
                fresh.append(name.casefold())
            elif role is not None:
                for person in self.people:
                    if person.name.casefold() == name.casefold() and person.role is None:
                        person.role = role
        self.known.update(fresh)

    def add_dates(self, dates: recognise.Dates) -> None:
        self.published = self.published or dates.published
        self.updated = self.updated or dates.updated

    def add_byline(self, text: str, byline: recognise.Byline) -> None:
        self.bylines.add(text)
        self.add_names(byline.names, byline.role, again=byline.literal)

    def headline(self, text: str) -> str:
        """Take the genre and columnists a headline line names; return its title."""
        return self.take_headline(recognise.read_headline(text))

    def take_headline(self, headline: recognise.Headline) -> str:
        self.genre = self.genre or headline.genre
        self.add_names(headline.names)
        return headline.title

    def may_add(self, bio: recognise.Bio) -> bool:
        """Whether a bio naming no known author makes its subject an author (``-- Ed.``)."""
        return bio.strong and bio.owner is not None and not self.hinted

    def attach(self, bio: recognise.Bio) -> bool:
        """Give ``bio`` to the author it names (or the only author); False if it names no one."""
        names = self.names()
        owner = recognise.owner_of(bio, names)
        if owner is None:
            if bio.owner is None or not self.may_add(bio):
                return False
            self.people.append(_Person(bio.owner))
            self.known.add(bio.owner.casefold())
            owner = len(self.people) - 1
        role, affiliation = recognise.role_and_affiliation(bio.text)
        owners = [owner, *(names.index(n) for n in bio.co_owners if n in names)]
        if bio.everyone:
            owners = list(range(len(names)))
        for person in (self.people[i] for i in owners):
            person.bio = bio.text if person.bio is None else f"{person.bio} {bio.text}"
            person.role = person.role or role
            person.affiliation = person.affiliation or affiliation
        return True


def _front(blocks: Sequence[Block], hints: Hints, found: _Found) -> int:
    """Read headline, dek, bylines and dates from the top; return where the body starts."""
    need_title = hints.title is None
    seen_meta = False
    i = 0
    while i < len(blocks):
        block, text = blocks[i], blocks[i].text
        if block.kind is BlockKind.SUBTITLE:
            found.subtitle = found.subtitle or text
        elif (
            need_title
            and found.title is None
            and (block.literal or block.kind is BlockKind.HEADING)
        ):
            found.title = text if block.literal else found.headline(text)
        elif (
            not block.literal
            and hints.title is not None
            and (repeat := _repeated_title(text, hints.title)) is not None
        ):
            found.take_headline(repeat)
        elif block.literal or block.kind is BlockKind.HEADING:
            break
        elif recognise.is_boilerplate(text):
            pass
        elif (dates := recognise.read_dates(text)) is not None:
            found.add_dates(dates)
            seen_meta = True
        elif (byline := found.byline(text)) is not None:
            found.add_byline(text, byline)
            seen_meta = True
            if byline.rest is not None:
                found.lead = byline.rest
                i += 1
                break
        elif recognise.genre_label(text) is not None:
            found.genre = found.genre or recognise.genre_label(text)
        elif need_title and found.title is None:
            if len(text) > TITLE_MAX:
                raise ParseError(
                    f"no headline found: the text starts with a {len(text)}-character paragraph; "
                    "put the headline on the first line"
                )
            found.title = found.headline(text)
        elif not seen_meta and found.subtitle is None and _is_dek(blocks, i, found):
            found.subtitle = text
        else:
            break
        i += 1
    return i


def _repeated_title(text: str, title: str) -> recognise.Headline | None:
    """The headline ``text`` is when it repeats the stated ``title`` (``[Ted Gover] <title>``)."""
    if text.casefold() == title.casefold():
        return recognise.Headline(text)
    headline = recognise.read_headline(text)
    return headline if headline.title.casefold() == title.casefold() else None


def _is_dek(blocks: Sequence[Block], i: int, found: _Found) -> bool:
    """A short paragraph under the headline is a dek when byline or date lines follow it and
    body text follows them (a byline closing a one-paragraph article makes no dek)."""
    if len(blocks[i].text) > TITLE_MAX:
        return False
    meta = False
    for k in range(i + 1, len(blocks)):
        block, text = blocks[k], blocks[k].text
        if block.literal or block.kind is not BlockKind.PARAGRAPH:
            return meta
        if recognise.is_boilerplate(text):
            continue
        if found.byline(text) is not None or recognise.read_dates(text) is not None:
            meta = True
            continue
        return meta and recognise.read_bio(text) is None
    return False


class _Closing(enum.Enum):
    """What a line of the tail is."""

    DROPPED = "dropped"
    """Boilerplate or a label ("About the author")."""
    DISCLAIMER = "disclaimer"
    BYLINE = "byline"
    BIO = "bio"


@attrs.frozen
class _TailLine:
    """A line the tail pass took: where it stands, what it is and what it says."""

    index: int
    kind: _Closing
    text: str
    """The line, or for a disclaimer the disclaimer it states."""
    byline: recognise.Byline | None = None


def _tail_line(i: int, block: Block, found: _Found) -> _TailLine | None:
    """What the tail line ``block`` is, or None when it is body text."""
    text = block.text
    label = recognise.is_tail_label(text)
    if block.literal or (block.kind is not BlockKind.PARAGRAPH and not label):
        return None
    if label or recognise.is_boilerplate(text):
        return _TailLine(i, _Closing.DROPPED, text)
    if (disclaimer := recognise.read_disclaimer(text)) is not None:
        return _TailLine(i, _Closing.DISCLAIMER, disclaimer)
    if (byline := found.byline(text)) is not None:
        return _TailLine(i, _Closing.BYLINE, text, byline)
    if recognise.is_about_line(text) or recognise.read_bio(text, found.names()) is not None:
        return _TailLine(i, _Closing.BIO, text)
    return None


def _tail(blocks: Sequence[Block], start: int, found: _Found) -> int:
    """Read bios, a closing byline and disclaimers from the bottom; return where they start."""
    lines: list[_TailLine] = []
    j = len(blocks)
    while j > max(start, len(blocks) - TAIL_MAX):
        line = _tail_line(j - 1, blocks[j - 1], found)
        if line is None:
            break
        lines.append(line)
        j -= 1
    lines.reverse()
    names = found.names()
    if not found.hinted:
        names += [name for line in lines if line.byline is not None for name in line.byline.names]
    # A bio that names no known author ends the tail: it and all before it are body text.
    cut = 0
    for k, line in enumerate(lines):
        if line.kind is _Closing.BIO:
            bio = recognise.read_bio(line.text, names)
            if bio is None or (recognise.owner_of(bio, names) is None and not found.may_add(bio)):
                cut = k + 1
    kept = lines[cut:]
    for line in kept:
        if line.byline is not None:
            found.add_byline(line.text, line.byline)
    for line in kept:
        if line.kind is _Closing.DISCLAIMER:
            found.disclaimers.append(line.text)
        elif line.kind is _Closing.BIO:
            bio = recognise.read_bio(line.text, found.names())
            if bio is not None:
                found.attach(bio)
    return kept[0].index if kept else len(blocks)


def _is_heading(blocks: Sequence[Block], i: int, end: int, before: Sequence[str]) -> bool:
    """A short title-like or ALL-CAPS paragraph standing between paragraphs heads a section."""
    text = blocks[i].text
    if not recognise.heading_shape(text) or i + 1 >= end:
        return False
    after = blocks[i + 1]
    if after.kind is not BlockKind.PARAGRAPH or len(after.text) <= len(text):
        return False
    if recognise.is_all_caps(text):
        return True
    return (
        bool(before)
        and before[-1][-1] in vocab.SENTENCE_END
        and after.text[-1] in vocab.SENTENCE_END
        and not recognise.heading_shape(after.text)
    )


def _body(blocks: Sequence[Block], start: int, end: int, found: _Found) -> tuple[Section, ...]:
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = [found.lead] if found.lead else []
    for i in range(start, end):
        block, text = blocks[i], blocks[i].text
        starts_section = block.kind is BlockKind.HEADING
        if not starts_section and not block.literal:
            if recognise.is_boilerplate(text) or text in found.bylines:
                continue
            disclaimer = recognise.read_disclaimer(text)
            if disclaimer is not None:
                found.disclaimers.append(disclaimer)
                continue
            starts_section = _is_heading(blocks, i, end, paragraphs)
        if starts_section:
            if heading is not None or paragraphs:
                sections.append(Section(heading=heading, paragraphs=tuple(paragraphs)))
            heading, paragraphs = text, []
        else:
            paragraphs.append(text)
    if heading is not None or paragraphs:
        sections.append(Section(heading=heading, paragraphs=tuple(paragraphs)))
    return tuple(sections)


def assemble(blocks: Sequence[Block], hints: Hints) -> Article:
    """Build an Article from blocks, reading op-ed conventions (see the module docstring)."""
    found = _Found(
        hinted=bool(hints.authors),
        people=[_Person(a.name, a.role, a.bio, a.affiliation, a.url) for a in hints.authors],
        known={a.name.casefold() for a in hints.authors},
        language=_Language(hints.language, blocks),
    )
    start = _front(blocks, hints, found)
    title = hints.title or found.title
    if title is None:
        raise ParseError("no headline found: the text holds no line that could be the headline")
    end = _tail(blocks, start, found)
    sections = _body(blocks, start, end, found)
    if not sections:
        raise ParseError(
            "no article body found: after the headline, byline and dates there is no paragraph"
        )
    disclaimer = hints.disclaimer or (" ".join(found.disclaimers) if found.disclaimers else None)
    return Article(
        title=title,
        subtitle=hints.subtitle or found.subtitle,
        authors=tuple(
            Author(name=p.name, bio=p.bio, affiliation=p.affiliation, role=p.role, url=p.url)
            for p in found.people
        ),
        sections=sections,
        published=hints.published or found.published,
        updated=hints.updated or found.updated,
        url=hints.url,
        publisher=hints.publisher,
        language=hints.language,
        genre=hints.genre or found.genre,
        tags=hints.tags,
        disclaimer=disclaimer,
    )
