"""Single-line recognisers: is this line a byline, a date, a bio, a disclaimer, boilerplate?

Each function looks at one clean line (a block's text) and applies the data in ``_vocabulary``;
none knows where the line stands in the article (that is ``_blocks.assemble``'s job). Every
function is linear in the line's length, and the costly ones first check a length bound.
:func:`is_plain` says whether a line could be taken for anything but body text: the canonical
text writer escapes lines for which it is false.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from datetime import date, datetime

import attrs
from dateutil import parser as _dateparser

from . import _vocabulary as vocab
from ._model import Genre

__all__ = [
    "Bio",
    "Byline",
    "Dates",
    "Headline",
    "genre_label",
    "heading_shape",
    "is_boilerplate",
    "is_plain",
    "read_bio",
    "read_byline",
    "read_dates",
    "read_disclaimer",
    "read_headline",
    "role_and_affiliation",
]


def _key(text: str) -> str:
    return text.casefold()


# --- Boilerplate, genres, headings ------------------------------------------------------------


def is_boilerplate(text: str) -> bool:
    """Whether the whole line is scraper leftover ("Advertisement", "© 2019 ...")."""
    if len(text) > vocab.BOILERPLATE_MAX:
        return False
    key = _key(text)
    if key.strip(vocab.BOILERPLATE_TRIM) in vocab.BOILERPLATE_LINES:
        return True
    if any(pattern.match(text) for pattern in vocab.BOILERPLATE_PATTERNS):
        return True
    return key.rstrip(vocab.BOILERPLATE_TRIM).endswith(vocab.BOILERPLATE_ENDINGS)


def genre_label(text: str) -> Genre | None:
    """The genre a label names ("Editorial", "Letter to the Editor"), or None."""
    return vocab.GENRE_LABELS.get(_key(text)) if len(text) <= 40 else None


def is_all_caps(text: str) -> bool:
    """An upper-case line with at least three letters ("WHAT COMES NEXT")."""
    letters = sum(1 for c in text if c.isalpha())
    return letters >= 3 and text.upper() == text and text.lower() != text


def heading_shape(text: str) -> bool:
    """Short, no more than a dozen words, and either ALL CAPS or title-like (no final stop)."""
    if len(text) > vocab.HEADING_MAX or text.count(" ") >= vocab.HEADING_MAX_WORDS:
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "\"'“‘"):
        return False
    if is_all_caps(text):
        return text[-1] not in ".,;:"
    return text[-1] not in vocab.HEADING_FINAL and not text.endswith((".”", '."', ".’"))


# --- Names and bylines -------------------------------------------------------------------------


def _name_word(word: str) -> bool:
    if word.casefold() in vocab.NAME_PARTICLES:
        return True
    if len(word) <= 4 and word.endswith(".") and word[:-1].replace(".", "").isalpha():
        return word[0].isupper()  # an initial: "J.", "J.R."
    core = word.strip("'’\"“”")
    if not core or not core[0].isalpha() or core[0].islower():
        return False
    return all(c.isalpha() or c in "-'’." for c in core) and not core.endswith(".")


def is_name(text: str) -> bool:
    """Whether ``text`` reads as a person's name: a few capitalised words, no sentence."""
    if not text or len(text) > vocab.NAME_MAX_CHARS:
        return False
    words = text.split(" ")
    if words[-1].casefold() in vocab.NAME_SUFFIXES and len(words) > 1:
        words = words[:-1]
    if len(words) > vocab.NAME_MAX_WORDS or words[0].casefold() in vocab.NAME_PARTICLES:
        return False
    return words[0] not in ("The", "A", "An") and all(_name_word(w) for w in words)


def split_names(text: str) -> tuple[str, ...] | None:
    """``A, B and C`` as names, keeping ``, Jr.`` with its name; None if a part is no name."""
    names: list[str] = []
    position = 0
    for match in vocab.NAME_SEPARATORS.finditer(text):
        part = text[position : match.start()]
        names.append(part)
        position = match.end()
    names.append(text[position:])
    merged: list[str] = []
    for part in names:
        if merged and part.casefold() in vocab.NAME_SUFFIXES:
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    if not all(is_name(name.replace(", ", " ")) for name in merged):
        return None
    return tuple(merged)


@attrs.frozen
class Byline:
    """A byline's names (people only), the role it states, and text after a dateline."""

    names: tuple[str, ...]
    role: str | None = None
    rest: str | None = None
    literal: bool = False
    """The canonical ``By \\Name`` form: the name as written, even if another has it too."""


def _strip_prefix(text: str) -> tuple[str, str] | None:
    key = _key(text)
    for prefix in vocab.BYLINE_PREFIXES:
        if key.startswith(prefix) and len(text) > len(prefix) and text[len(prefix)] in " :":
            return "by", text[len(prefix) + 1 :].lstrip(" :")
    for dash in vocab.SIGNATURE_DASHES:
        if text.startswith(dash):
            return "dash", text[len(dash) :].lstrip(" ")
    return None


def _dateline(text: str) -> tuple[str, str | None]:
    """``Dani Rodrik CAMBRIDGE – rest``: the names before an upper-case place and a dash."""
    words = text.split(" ")
    for i, word in enumerate(words):
        bare = word.rstrip("–—-")
        if bare == word:
            continue
        end = i if not bare else i + 1  # words[:end] hold the names and the place
        if bare:
            words[i] = bare
        start = end
        while start > 0 and is_all_caps(words[start - 1].rstrip(",")):
            start -= 1
        if start in (0, end):
            return text, None
        rest = " ".join(words[i + 1 :]).strip()
        return " ".join(words[:start]), rest or None
    return text, None


def read_byline(text: str) -> Byline | None:
    """The names a byline line credits, or None when the line is not a byline.

    Shapes: ``By A``, ``By A and B``, ``By A, B and C``, ``Opinion by A``, ``A, opinion
    contributor``, ``— A``, ``By A CAMBRIDGE –`` (a dateline), and the canonical form's literal
    ``By \\A`` (one name, as written). A sentence is no byline: "By most counts, ..." fails
    because "most" is no name word.
    """
    if len(text) > vocab.BYLINE_MAX:
        return None
    if text.startswith("By \\") and len(text) > 4:
        return Byline((text[4:],), literal=True)
    role: str | None = None
    body = text
    key = _key(text)
    for candidate in vocab.BYLINE_ROLES:
        if key.endswith(", " + candidate):
            role = text[len(text) - len(candidate) :]
            body = text[: len(text) - len(candidate) - 2]
            break
    stripped = _strip_prefix(body)
    if stripped is None and role is None:
        return None
    kind, body = stripped if stripped is not None else ("role", body)
    rest: str | None = None
    if kind == "by":
        body, rest = _dateline(body)
    elif kind == "dash":
        body = body.split(", ", 1)[0]  # "— Jane Roe, Seoul": the place is no author
    names = split_names(body)
    if names is None:
        return None
    people = tuple(n for n in names if _key(n) not in vocab.NOT_AN_AUTHOR)
    return Byline(people, role, rest)


@attrs.frozen
class Headline:
    """A headline's title and the genre or columnists it names."""

    title: str
    genre: Genre | None = None
    names: tuple[str, ...] = ()


def _people(names: tuple[str, ...] | None) -> bool:
    """Names beside a headline are people only with a first and a last name each."""
    return bool(names) and all(" " in name for name in names or ())


def read_headline(text: str) -> Headline:
    """A headline and what it says besides the title (``[Ted Gover] ...``, ``... | Editorial``)."""
    if text.startswith("[") and "]" in text[:82]:
        inside, _, rest = text[1:].partition("]")
        rest = rest.strip()
        genre = genre_label(inside.strip())
        if rest and genre is not None:
            return Headline(rest, genre)
        names = split_names(inside.strip()) if rest else None
        if _people(names) and not any(w.casefold() in vocab.NOT_A_PERSON for w in inside.split()):
            return Headline(rest, None, names or ())
    if " | " in text:
        left, _, right = text.rpartition(" | ")
        genre = genre_label(right)
        if genre is not None:
            return Headline(left, genre)
        names = split_names(right)
        if names and _people(names):
            return Headline(left, None, names)
        left, _, right = text.partition(" | ")
        genre = genre_label(left)
        if genre is not None:
            return Headline(right, genre)
    return Headline(text)


# --- Dates -------------------------------------------------------------------------------------


@attrs.frozen
class Dates:
    """What a date line says: publication and update times (aware datetime, or a day)."""

    published: date | None = None
    updated: date | None = None


def _when(value: str) -> date | None:
    value = value.strip(" ,;|-–—")
    if not value or len(value) > vocab.DATE_MAX or not vocab.YEAR.search(value):
        return None
    found: datetime | None
    try:
        found = datetime.fromisoformat(value)
    except ValueError:
        found = _parse_date(value)
    if found is None:
        return None
    return found.date() if found.utcoffset() is None else found


def _parse_date(value: str) -> datetime | None:
    """dateutil's reading of a date that names a month or reads ``2019-11-29``, all parts stated."""
    if not vocab.ISO_DATE.match(value) and not any(
        w.strip(".,") in vocab.MONTHS for w in _key(value).split()
    ):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # an unknown zone name: the day is kept, not the time
            found = _dateparser.parse(value, default=datetime(2000, 1, 1), tzinfos=vocab.ZONES)
            other = _dateparser.parse(value, default=datetime(2001, 2, 2), tzinfos=vocab.ZONES)
        found.utcoffset()  # dateutil builds an out-of-range offset lazily
    except (ValueError, OverflowError):
        return None
    if found.date() != other.date():
        return None  # a part of the day was missing: never fill it in
    return found


def read_dates(text: str) -> Dates | None:
    """The dates a line states (``Published : Nov 29, 2019 - 16:05``, ``November 29, 2019``).

    A time without a stated zone keeps only its day; a line with anything else besides dates and
    their labels is no date line.
    """
    if len(text) > 2 * vocab.DATE_MAX:
        return None
    labels = list(vocab.DATE_LABEL.finditer(text))
    if not labels:
        when = _when(text)
        return None if when is None else Dates(published=when)
    if labels[0].start() != 0:
        return None
    found: dict[str, date] = {}
    for i, label in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        when = _when(text[label.end() : end])
        if when is None:
            return None
        name = " ".join(_key(label.group(1)).split())
        found.setdefault("updated" if name in vocab.UPDATED_LABELS else "published", when)
    return Dates(found.get("published"), found.get("updated"))


# --- Bios and disclaimers ---------------------------------------------------------------------


@attrs.frozen
class Bio:
    """A closing paragraph about an author.

    ``text`` is the bio as stored (no bullet, no editor's mark, no ``About X:``); ``owner`` the
    name it opens with, as written (None for "The writer is ..."); ``strong`` is true when a
    mark (bullet, ``-- Ed.``, ``About X:``) says it is a bio even if the name is not known.
    """

    text: str
    owner: str | None
    strong: bool
    co_owners: tuple[str, ...] = ()
    """Further known authors the bio opens with (``Jane Roe and Bo Kim are ...``)."""
    everyone: bool = False
    """The bio is about all the authors (``The writers are ...``)."""


def _leading_names(text: str, names: Sequence[str]) -> tuple[str, ...]:
    """The known name(s) (or surnames) opening ``text`` before a bio verb, else a name-like run.

    ``Jane Roe and Bo Kim are ...`` opens with two known names.
    """
    known = {n: n for n in names} | {n.rsplit(" ", 1)[-1]: n for n in names if " " in n}
    openers = sorted(known, key=len, reverse=True)
    for opener in openers:
        if not text.startswith(opener):
            continue
        after = text[len(opener) :]
        if _bio_follows(after):
            return (known[opener],)
        if after.startswith(" and "):
            for second in openers:
                if after.startswith(second, 5) and _bio_follows(after[5 + len(second) :]):
                    return known[opener], known[second]
    words = text[:120].split(" ")
    for count in range(min(4, len(words) - 1), 1, -1):
        head, following = words[count - 1], words[count].casefold()
        if head.endswith(","):
            name = " ".join([*words[: count - 1], head[:-1]])
            if following in vocab.BIO_APPOSITIVES and is_name(name):
                return (name,)
        elif following in vocab.BIO_VERBS and is_name(" ".join(words[:count])):
            return (" ".join(words[:count]),)
    return ()


def _bio_follows(after: str) -> bool:
    if after.startswith(", "):
        word = after[2:].split(" ", 1)[0]
        return word.casefold() in vocab.BIO_APPOSITIVES
    if not after.startswith(" "):
        return False
    return after[1:].split(" ", 1)[0].casefold() in vocab.BIO_VERBS


def read_bio(text: str, names: Sequence[str] = ()) -> Bio | None:
    """A bio, if ``text`` reads as one; ``names`` are the authors known so far."""
    if text.startswith(vocab.ABOUT):
        for name in sorted(names, key=len, reverse=True):
            opener = f"{vocab.ABOUT}{name}: "
            if text.startswith(opener) and len(text) > len(opener):
                return Bio(text[len(opener) :], name, True)
    strong = False
    for bullet in vocab.BULLETS:
        if text.startswith(bullet):
            text = text[len(bullet) :].lstrip()
            break
    tail = text[-12:]
    mark = vocab.EDITORS_MARK.search(tail)
    if mark is not None:
        text, strong = text[: len(text) - len(tail) + mark.start()].rstrip(), True
    if not text:
        return None
    key = _key(text)
    for phrase in vocab.WRITER_PHRASES:
        if key.startswith(phrase) and _bio_follows(text[len(phrase) :]):
            return Bio(text, None, strong, everyone=phrase in vocab.PLURAL_WRITER_PHRASES)
    owners = _leading_names(text, names)
    if owners:
        return Bio(text, owners[0], strong, owners[1:])
    return Bio(text, None, True) if strong else None


def role_and_affiliation(bio: str) -> tuple[str | None, str | None]:
    """The role and affiliation a bio states (``is a professor at Yale``), where it does."""
    found = vocab.ROLE_AT.search(bio)
    if found is not None:
        words: list[str] = []
        for word in found.group("org").split(" "):
            if word and (word[0].isupper() or word in vocab.ORG_CONNECTORS):
                words.append(word)
            else:
                break
        while words and words[-1] in vocab.ORG_CONNECTORS:
            words.pop()
        role = found.group("role").strip()
        if words and role.count(" ") < vocab.ROLE_MAX_WORDS:
            return role, " ".join(words)
    only = vocab.ROLE_ONLY.search(bio)
    if only is not None and only.group("role").count(" ") < vocab.ROLE_MAX_WORDS:
        return only.group("role").strip(), None
    return None, None


def read_disclaimer(text: str) -> str | None:
    """The disclaimer a paragraph is ("The views expressed are ..."), or None."""
    key = _key(text[:80])
    if key.startswith(vocab.DISCLAIMER_LABEL):
        rest = text[len(vocab.DISCLAIMER_LABEL) :].lstrip()
        return rest or None
    if key.startswith(vocab.DISCLAIMER_CUES):
        return text
    if key.startswith(vocab.EDITORS_NOTE) and any(
        cue in _key(text) for cue in vocab.EDITORS_NOTE_DISCLAIMS
    ):
        return text
    return None


# --- Everything at once -----------------------------------------------------------------------


def is_plain(text: str, names: Sequence[str] = ()) -> bool:
    """Whether no rule could take ``text`` for anything but a body paragraph."""
    return not (
        is_boilerplate(text)
        or _key(text).strip(vocab.BOILERPLATE_TRIM) in vocab.TAIL_LABELS
        or genre_label(text) is not None
        or heading_shape(text)
        or read_disclaimer(text) is not None
        or read_byline(text) is not None
        or read_dates(text) is not None
        or read_bio(text, names) is not None
        or (text.startswith(vocab.ABOUT) and ": " in text)
    )
