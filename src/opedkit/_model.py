"""The data model: Article, Author, Section, Claim and their enums, each checking itself.

Instances are frozen, slotted, keyword-only attrs classes: hashable, equal by value, and valid by
construction. Each constructor collects *every* problem it finds and raises one
:class:`~opedkit.ValidationError` whose lines name the field (``$.authors[0].name: ...``). Values
are never coerced or normalised here: text must already be clean (see ``_clean``), collections must
already be tuples, dates must already be ``date`` or timezone-aware ``datetime``.
"""

from __future__ import annotations

import enum
import re
from datetime import date, datetime
from typing import Any

import attrs

from ._clean import all_clean, is_clean
from ._clean import problem as _text_problem
from ._errors import Problem, ValidationError

__all__ = ["Article", "Author", "Claim", "ClaimKind", "Genre", "Section"]


class ClaimKind(enum.Enum):
    """What sort of assertion a claim is."""

    FACT = "fact"
    """A checkable statement of what happened or is: events, numbers, dates, reported actions."""
    VALUE = "value"
    """A judgement or interpretation."""
    POLICY = "policy"
    """What should be done."""
    PREDICTION = "prediction"
    """What will or would happen."""


class Genre(enum.Enum):
    """What kind of piece an article is, when the source says so; for a page that is not an
    article (read by ``opedkit.html.parse``), what kind of page it is, when that is known."""

    OPINION = "opinion"
    """An opinion piece or op-ed by a named author."""
    COLUMN = "column"
    """A regular columnist's piece."""
    EDITORIAL = "editorial"
    """The publication's own unsigned view."""
    LETTER = "letter"
    """A letter to the editor."""
    ANALYSIS = "analysis"
    """News analysis or commentary by a reporter."""
    NEWS = "news"
    """A news report."""
    REVIEW = "review"
    """A review of a book, film, performance or product."""
    FORUM = "forum"
    """Not an article: a forum thread, or a question with its answers."""
    LISTING = "listing"
    """Not an article: a list of entries (posts, jobs, events, search results)."""
    COLLECTION = "collection"
    """Not an article: a shop's page of products (a category)."""
    PRODUCT = "product"
    """Not an article: one product's page."""
    DOCUMENTATION = "documentation"
    """Not an article: software or product documentation."""
    SERVICE = "service"
    """Not an article: a business's page about what it offers."""


# BCP 47 well-formedness (RFC 5646 section 2.1, grandfathered tags aside); letters in any case.
LANGUAGE_PATTERN = (
    r"^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"
    r"(?:-[A-Za-z]{4})?"
    r"(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
    r"(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*"
    r"(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?"
    r"|[Xx](?:-[A-Za-z0-9]{1,8})+)$"
)
_LANGUAGE = re.compile(LANGUAGE_PATTERN)

# An absolute http(s) URL with a host (no user:password@), without whitespace or control characters.
# It ends in "(?!\n)$" because Python's "$" also matches before a final newline (msgspec and the
# model search with it); JSON Schema's ECMA-262 regexes read the same pattern the same way.
URL_PATTERN = (
    r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s\x00-\x1f\x7f-\x9f/?#@]+"
    r"(?:[/?#][^\s\x00-\x1f\x7f-\x9f]*)?(?!\n)$"
)
_URL = re.compile(URL_PATTERN)


def _type_name(value: object) -> str:
    return "None" if value is None else type(value).__name__


def _check_text(problems: list[Problem], path: str, value: object) -> None:
    if type(value) is not str:
        problems.append((path, f"expected a str, got {_type_name(value)}"))
        return
    if is_clean(value):
        return
    found = _text_problem(value)
    if found is not None:
        problems.append((path, found))


def _optional_clean(value: object) -> bool:
    return value is None or (type(value) is str and is_clean(value))


def _is_when(value: object) -> bool:
    if type(value) is datetime:
        return value.utcoffset() is not None
    return value is None or type(value) is date


def _check_optional_text(problems: list[Problem], path: str, value: object) -> None:
    if value is not None:
        _check_text(problems, path, value)


def _check_url(problems: list[Problem], path: str, value: object) -> None:
    if value is None:
        return
    if type(value) is not str:
        problems.append((path, f"expected a str, got {_type_name(value)}"))
    elif not _URL.match(value):
        problems.append((path, f"must be an absolute http or https URL, got {value!r}"))


def _check_when(problems: list[Problem], path: str, value: object) -> None:
    if value is None:
        return
    if isinstance(value, datetime):
        if value.utcoffset() is None:
            problems.append(
                (path, "must be a timezone-aware datetime, or a date when only the day is known")
            )
    elif not isinstance(value, date):
        problems.append((path, f"expected a date or datetime, got {_type_name(value)}"))


def _check_tuple(problems: list[Problem], path: str, value: object, item: str) -> bool:
    if type(value) is tuple:
        return True
    problems.append((path, f"expected a tuple of {item}, got {_type_name(value)}"))
    return False


def _raise(problems: list[Problem]) -> None:
    # Each class checks the valid case fast (``_looks_valid``) and, only when that fails,
    # every rule one by one (``_problems``), so that a failure names each broken field.
    if problems:
        raise ValidationError(problems)


@attrs.frozen(kw_only=True)
class Author:
    """A person credited for an article.

    ``name`` is the person's name only ("Ted Gover", not "By Ted Gover"); ``bio`` the short
    paragraph about them; ``affiliation`` where they work or study; ``role`` what they are there
    or for this publication ("professor", "columnist"); ``url`` their profile page.
    """

    name: str
    bio: str | None = None
    affiliation: str | None = None
    role: str | None = None
    url: str | None = None

    def __attrs_post_init__(self) -> None:
        if not self._looks_valid():
            _raise(self._problems())

    def _looks_valid(self) -> bool:
        """The common, valid case, checked fast; ``_problems`` explains a failure."""
        return (
            type(self.name) is str
            and is_clean(self.name)
            and _optional_clean(self.bio)
            and _optional_clean(self.affiliation)
            and _optional_clean(self.role)
            and (self.url is None or (type(self.url) is str and _URL.match(self.url) is not None))
        )

    def _problems(self) -> list[Problem]:
        problems: list[Problem] = []
        _check_text(problems, "$.name", self.name)
        _check_optional_text(problems, "$.bio", self.bio)
        _check_optional_text(problems, "$.affiliation", self.affiliation)
        _check_optional_text(problems, "$.role", self.role)
        _check_url(problems, "$.url", self.url)
        return problems


@attrs.frozen(kw_only=True)
class Section:
    """A run of paragraphs under one heading; ``heading`` is ``None`` for an untitled lead."""

    heading: str | None = None
    paragraphs: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        if not self._looks_valid():
            _raise(self._problems())

    def _looks_valid(self) -> bool:
        """The common, valid case, checked fast; ``_problems`` explains a failure."""
        heading, paragraphs = self.heading, self.paragraphs
        return (
            type(paragraphs) is tuple
            and ((heading is None and paragraphs) or (type(heading) is str and is_clean(heading)))
            and all_clean(paragraphs)
        )

    def _problems(self) -> list[Problem]:
        problems: list[Problem] = []
        _check_optional_text(problems, "$.heading", self.heading)
        if _check_tuple(problems, "$.paragraphs", self.paragraphs, "str"):
            for i, paragraph in enumerate(self.paragraphs):
                _check_text(problems, f"$.paragraphs[{i}]", paragraph)
            if self.heading is None and not self.paragraphs:
                problems.append(("$", "a section needs a heading or at least one paragraph"))
        return problems


@attrs.frozen(kw_only=True)
class Claim:
    """An assertion the article makes: ``sections[section].paragraphs[paragraph][start:end]``.

    ``hedged`` is true when the author signals uncertainty ("may", "seems"); ``attributed_to``
    names the source, as written, when the claim is reported rather than the author's own.
    """

    text: str
    kind: ClaimKind
    section: int
    paragraph: int
    start: int
    end: int
    hedged: bool = False
    attributed_to: str | None = None

    def __attrs_post_init__(self) -> None:
        if not self._looks_valid():
            _raise(self._problems())

    def _looks_valid(self) -> bool:
        """The common, valid case, checked fast; ``_problems`` explains a failure."""
        text, start, who = self.text, self.start, self.attributed_to
        return (
            type(text) is str
            and type(start) is int
            and type(self.end) is int
            and type(self.section) is int
            and type(self.paragraph) is int
            and start >= 0 <= self.section
            and self.paragraph >= 0
            and self.end - start == len(text)
            and type(self.kind) is ClaimKind
            and type(self.hedged) is bool
            and is_clean(text)
            and (who is None or (type(who) is str and is_clean(who)))
        )

    def _problems(self) -> list[Problem]:
        problems: list[Problem] = []
        _check_text(problems, "$.text", self.text)
        if type(self.kind) is not ClaimKind:
            problems.append(("$.kind", f"expected a ClaimKind, got {_type_name(self.kind)}"))
        for name in ("section", "paragraph", "start", "end"):
            value = getattr(self, name)
            if type(value) is not int:
                problems.append((f"$.{name}", f"expected an int, got {_type_name(value)}"))
            elif value < 0:
                problems.append((f"$.{name}", f"must not be negative, got {value}"))
        if type(self.hedged) is not bool:
            problems.append(("$.hedged", f"expected a bool, got {_type_name(self.hedged)}"))
        _check_optional_text(problems, "$.attributed_to", self.attributed_to)
        if not problems and self.end - self.start != len(self.text):
            problems.append(
                (
                    "$.end",
                    f"end - start must equal len(text) = {len(self.text)}, "
                    f"got {self.end} - {self.start}",
                )
            )
        return problems


@attrs.frozen(kw_only=True)
class Article:
    """An opinion article: headline, authors, sections of paragraphs, and the claims it makes.

    Dates are a timezone-aware ``datetime``, or a ``date`` when only the day is known. ``url``
    fields are absolute http(s) URLs. ``language`` is a BCP 47 tag ("en", "en-GB").
    ``disclaimer`` keeps a "the views expressed are ..." note apart from the body.
    """

    title: str
    authors: tuple[Author, ...] = ()
    sections: tuple[Section, ...] = ()
    claims: tuple[Claim, ...] = ()
    subtitle: str | None = None
    published: date | None = None
    updated: date | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = None
    genre: Genre | None = None
    tags: tuple[str, ...] = ()
    disclaimer: str | None = None

    def __attrs_post_init__(self) -> None:
        if not self._looks_valid():
            _raise(self._problems())

    def _problems(self) -> list[Problem]:
        problems: list[Problem] = []
        _check_text(problems, "$.title", self.title)
        if _check_tuple(problems, "$.authors", self.authors, "Author"):
            for i, author in enumerate(self.authors):
                if type(author) is not Author:
                    problems.append(
                        (f"$.authors[{i}]", f"expected an Author, got {_type_name(author)}")
                    )
        sections_ok = _check_tuple(problems, "$.sections", self.sections, "Section")
        if sections_ok:
            for i, section in enumerate(self.sections):
                if type(section) is not Section:
                    problems.append(
                        (f"$.sections[{i}]", f"expected a Section, got {_type_name(section)}")
                    )
                    sections_ok = False
                elif i and section.heading is None:
                    problems.append(
                        (f"$.sections[{i}].heading", "only the first section may be untitled")
                    )
        if _check_tuple(problems, "$.claims", self.claims, "Claim"):
            for i, claim in enumerate(self.claims):
                if type(claim) is not Claim:
                    problems.append(
                        (f"$.claims[{i}]", f"expected a Claim, got {_type_name(claim)}")
                    )
                elif sections_ok:
                    _check_span(problems, f"$.claims[{i}]", claim, self.sections)
        _check_optional_text(problems, "$.subtitle", self.subtitle)
        _check_when(problems, "$.published", self.published)
        _check_when(problems, "$.updated", self.updated)
        _check_url(problems, "$.url", self.url)
        _check_optional_text(problems, "$.publisher", self.publisher)
        if self.language is not None:
            if type(self.language) is not str:
                problems.append(("$.language", f"expected a str, got {_type_name(self.language)}"))
            elif not _LANGUAGE.fullmatch(self.language):
                problems.append(
                    (
                        "$.language",
                        f"must be a BCP 47 language tag such as 'en' or 'en-GB', "
                        f"got {self.language!r}",
                    )
                )
        if self.genre is not None and type(self.genre) is not Genre:
            problems.append(("$.genre", f"expected a Genre, got {_type_name(self.genre)}"))
        if _check_tuple(problems, "$.tags", self.tags, "str"):
            for i, tag in enumerate(self.tags):
                _check_text(problems, f"$.tags[{i}]", tag)
        _check_optional_text(problems, "$.disclaimer", self.disclaimer)
        return problems

    def _looks_valid(self) -> bool:
        """The common, valid case, checked fast; ``_problems`` explains a failure."""
        sections, claims = self.sections, self.claims
        if not (
            type(self.title) is str
            and is_clean(self.title)
            and type(self.authors) is tuple
            and all(type(author) is Author for author in self.authors)
            and type(sections) is tuple
            and all(type(section) is Section for section in sections)
            and all(section.heading is not None for section in sections[1:])
            and type(claims) is tuple
            and all(type(claim) is Claim for claim in claims)
            and _optional_clean(self.subtitle)
            and _optional_clean(self.publisher)
            and _optional_clean(self.disclaimer)
            and _is_when(self.published)
            and _is_when(self.updated)
            and (self.url is None or (type(self.url) is str and _URL.match(self.url) is not None))
            and (self.language is None or (type(self.language) is str
                 and _LANGUAGE.fullmatch(self.language) is not None))
            and (self.genre is None or type(self.genre) is Genre)
            and type(self.tags) is tuple
            and all_clean(self.tags)
        ):  # fmt: skip
            return False
        for claim in claims:
            if claim.section >= len(sections):
                return False
            paragraphs = sections[claim.section].paragraphs
            if claim.paragraph >= len(paragraphs):
                return False
            if paragraphs[claim.paragraph][claim.start : claim.end] != claim.text:
                return False
        return True

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """Every paragraph of every section, in order."""
        return tuple(p for section in self.sections for p in section.paragraphs)

    @property
    def body(self) -> str:
        """The body as plain text: headings and paragraphs separated by blank lines."""
        parts: list[str] = []
        for section in self.sections:
            if section.heading is not None:
                parts.append(section.heading)
            parts.extend(section.paragraphs)
        return "\n\n".join(parts)

    @property
    def word_count(self) -> int:
        """How many words the paragraphs hold (runs of letters or digits)."""
        return sum(len(_WORD.findall(p)) for section in self.sections for p in section.paragraphs)


_WORD = re.compile(r"\w+(?:[-'’.,]\w+)*")  # 20,000 and well-known are one word each


def _check_span(problems: list[Problem], path: str, claim: Claim, sections: Any) -> None:
    if claim.section >= len(sections):
        problems.append(
            (f"{path}.section", f"no section {claim.section}; the article has {len(sections)}")
        )
        return
    paragraphs = sections[claim.section].paragraphs
    if claim.paragraph >= len(paragraphs):
        problems.append(
            (
                f"{path}.paragraph",
                f"no paragraph {claim.paragraph} in section {claim.section}; "
                f"it has {len(paragraphs)}",
            )
        )
        return
    paragraph = paragraphs[claim.paragraph]
    if claim.end > len(paragraph):
        problems.append(
            (
                f"{path}.end",
                f"{claim.end} is past the end of the paragraph ({len(paragraph)} characters)",
            )
        )
    elif paragraph[claim.start : claim.end] != claim.text:
        problems.append(
            (
                f"{path}.text",
                f"does not match the paragraph at {claim.start}:{claim.end}, "
                f"which reads {paragraph[claim.start : claim.end]!r}",
            )
        )


def trusted_filler(cls: type[Any]) -> type[Any]:
    """A private subclass of ``cls`` whose fields are set by plain assignment, without checks.

    Only for opedkit's own readers, from values already checked against every rule of ``cls``:
    the JSON reader (``opedkit._wire``; the property tests prove that it refuses exactly what
    ``cls`` refuses) and :func:`trusted_claim`. A reader makes an empty instance with
    ``filler()``, assigns every field (``o.text = ...``), then turns the instance into a ``cls``
    with ``o.__class__ = cls``, before anyone else sees it. The subclass adds no slot, so the
    layout is ``cls``'s and the class change is allowed; it takes ``object``'s ``__setattr__``
    and ``__delattr__`` (both, so that Python sets a slot in one step), about a quarter of the
    time of calling each slot's setter, and ``object``'s ``__init__`` (calling the class is
    quicker than ``object.__new__``). Everyone else gets the checked ``__init__``.
    """
    inherited = {
        "__slots__": (), "__init__": object.__init__,
        "__setattr__": object.__setattr__, "__delattr__": object.__delattr__,
    }  # fmt: skip
    return type(f"_Filling{cls.__name__}", (cls,), inherited)


_FILLING_CLAIM = trusted_filler(Claim)


def trusted_claim(
    *,
    text: str,
    kind: ClaimKind,
    section: int,
    paragraph: int,
    start: int,
    end: int,
    hedged: bool,
    attributed_to: str | None,
) -> Claim:
    """A Claim built without its checks, for the claim extractor only (never public).

    The extractor's values hold by construction: ``text`` is a non-empty sentence cut from a
    clean paragraph and trimmed of the spaces around it, ``end - start == len(text)``, the
    indices come from ``enumerate``, ``kind`` is a ClaimKind and ``hedged`` a bool. Only the
    source, which the attribution rules cut out by pattern, is still checked: a source that is
    not clean text goes through the checked constructor, which says what is wrong. A test builds
    every claim of the dev editorials both ways and finds them equal.
    """
    if attributed_to is not None and not is_clean(attributed_to):
        return Claim(
            text=text,
            kind=kind,
            section=section,
            paragraph=paragraph,
            start=start,
            end=end,
            hedged=hedged,
            attributed_to=attributed_to,
        )
    filling: Any = _FILLING_CLAIM()
    filling.text = text
    filling.kind = kind
    filling.section = section
    filling.paragraph = paragraph
    filling.start = start
    filling.end = end
    filling.hedged = hedged
    filling.attributed_to = attributed_to
    filling.__class__ = Claim
    claim: Claim = filling
    return claim
