"""The recognisers: the only functions that decide what a piece of op-ed text is.

Is this line a byline, a list of names, a date, a bio, a tail label, an ``About X:`` line, a
disclaimer, boilerplate? Text and Markdown ask through ``_blocks.assemble``; the HTML metadata
reader picks the elements that state a byline or a date and asks the same functions about their
text (:func:`credited_names`, :func:`byline_in`, :func:`read_time`, :func:`printed_days`). Every
word they apply is in ``_vocabulary``; none knows where a line stands in the article (that is
``assemble``'s job). Every function is linear in its input's length, and the costly ones first
check a length bound. :func:`is_plain` and :func:`bio_owner` are the probes of the canonical text
writer: it escapes a paragraph no rule may claim, and writes ``About X:`` before a bio that would
not read back as X's.
"""

from __future__ import annotations

import functools
import itertools
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
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
    "bio_owner",
    "byline_in",
    "co_authors",
    "credit",
    "credit_detail",
    "credited_names",
    "genre_label",
    "guess_language",
    "has_non_person_word",
    "heading_shape",
    "is_about_line",
    "is_all_caps",
    "is_boilerplate",
    "is_name",
    "is_organisation",
    "is_plain",
    "is_role",
    "is_tail_label",
    "one_printed_day",
    "owner_of",
    "person_finder",
    "plain",
    "printed_days",
    "read_bio",
    "read_byline",
    "read_dates",
    "read_disclaimer",
    "read_headline",
    "read_time",
    "role_and_affiliation",
    "same_person",
    "split_names",
    "squash",
    "strip_opener",
    "unopened_byline",
    "valid_day",
    "yearless_days",
]


def _key(text: str) -> str:
    return text.casefold()


_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u3000"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_ODD = re.compile("[" + "".join(map(chr, _SPACES | _INVISIBLE)) + "]")


def plain(text: str) -> str:
    """``text`` with non-breaking and other Unicode spaces as plain spaces and zero-width
    characters, soft hyphens and BOMs removed, as a cue is read (``By\u00a0Jane Roe``)."""
    if text.isascii() or _ODD.search(text) is None:
        return text
    return " ".join(text.translate(_SPACES | _INVISIBLE).split())


# --- Boilerplate, genres, headings ------------------------------------------------------------


def is_ad_label(text: str) -> bool:
    """Whether a casefolded line is only an ad slot's label ("advertisement", "- anzeige -")."""
    return text.strip(vocab.AD_LABEL_TRIM) in vocab.AD_LABELS


def is_credit_line(text: str, names: Iterable[str]) -> bool:
    """Whether a short casefolded line states who wrote the piece: it opens like a byline or
    holds one of the authors' casefolded ``names``."""
    return len(text) <= vocab.CREDIT_LINE_MAX and (
        text.startswith(vocab.BYLINE_STARTS) or any(name in text for name in names)
    )


def is_boilerplate(text: str) -> bool:
    """Whether the whole line is scraper leftover ("Advertisement", "© 2019 ...")."""
    if len(text) > vocab.BOILERPLATE_MAX:
        return False
    key = _key(text)
    bare = key.strip(vocab.BOILERPLATE_TRIM)
    if bare in vocab.BOILERPLATE_LINES or bare in vocab.AD_LABELS:
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

_WORD = re.compile(r"\w+")
_JOINER_WORDS = "|".join(
    sorted({re.escape(w) for words in vocab.NAME_JOINERS.values() for w in words}, key=len)[::-1]
)
_NAME_SPLIT = re.compile(
    rf"\s*(?:[,;|]\s*(?:(?:{_JOINER_WORDS})\s)?|(?<=\s)(?:{_JOINER_WORDS})(?=\s)|&)\s*"
)
_NAME_END = re.compile(
    rf"\s+(?:[-/@]|\b(?:{'|'.join(sorted(vocab.NAME_ENDINGS))})\b)\s.*$|\s*(?:[–—|·•]|@\w).*$",
    re.IGNORECASE,
)
_GLUED = re.compile(r"(\w*[a-z])([A-Z]\w*)")
_GLUED_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)")
_LABEL_WORDS = frozenset(
    word
    for labels in (*vocab.PUBLISHED_LABELS.values(), *vocab.UPDATED_LABELS.values())
    for label in labels
    for word in label.split()
    if len(word) > 2
)
"""Words of date labels: a name stops before them ("Jane RoeLast Updated")."""
_NAME_STOPS = vocab.NON_PERSON_WORDS | _LABEL_WORDS
"""Words that end a name wherever they stand in it."""
_GLUE_STOPS = _NAME_STOPS | set(vocab.MONTHS)
_NO_SITES: frozenset[str] = frozenset()
_ACCOUNT_MARK = re.compile("|".join(map(re.escape, vocab.ACCOUNT_MARKS)))
_OPENERS = {
    word: frozenset(lang for lang, words in vocab.BYLINE_OPENERS.items() if word in words)
    for words in vocab.BYLINE_OPENERS.values()
    for word in words
}
_OPENER = re.compile(
    rf"(?:(?:{'|'.join(sorted(vocab.BYLINE_LEADS))})\s+)?"
    rf"(?:(?P<word>{'|'.join(sorted(_OPENERS))})(?:\s*[:：]\s*|\s+)"
    rf"|(?P<label>{'|'.join(sorted(vocab.BYLINE_LABELS))})\s*[:：]\s*)",
    re.IGNORECASE,
)


def squash(text: str) -> str:
    """``text`` as lower-case letters and digits only, for comparing words and site names."""
    if text.isalnum():
        return text.casefold()  # the usual word: nothing to drop
    return "".join(_WORD.findall(text.casefold()))


def _name_word(word: str) -> bool:
    """A capitalised word (or one of a caseless script), or an initial: ``Roe``, ``J.``,
    ``O'Brien``, ``Jean-Luc``, ``민수``; no possessive ``'s``."""
    if word.isalpha():
        return not word[0].islower()  # the usual word: letters only
    if len(word) <= 4 and word.endswith(".") and word[:-1].replace(".", "").isalpha():
        return word[0].isupper()  # an initial: "J.", "J.R.", or "Dr."
    core = word.strip("'’\"“”")
    if not core or not core[0].isalpha() or core[0].islower() or core.endswith(("'s", "’s")):
        return False
    return not core.endswith(".") and all(
        c.isalpha() or c in "-'’." or "\u0300" <= c <= "\u036f" or "\u0900" <= c <= "\u0e7f"
        for c in core
    )


def _dated(words: Sequence[str], i: int) -> bool:
    """Whether the month ``words[i]`` is abbreviated or before a day ("Jane Roe Nov. 29")."""
    return words[i].endswith(".") or (i + 1 < len(words) and words[i + 1][:1].isdigit())


def _unglue(text: str, sites: frozenset[str]) -> str:
    """Split words glued to a following role, outlet, date or number ("JamesStaff",
    "GarberFOXBusiness", "Campos5"), as page elements printed without a space between them
    read; "McDonald" stays whole."""

    def split(match: re.Match[str]) -> str:
        head, tail = match.group(1), match.group(2)
        stop = tail.lower() in _GLUE_STOPS or tail.lower() in sites
        return f"{head} {tail}" if stop else match[0]

    return _GLUED_DIGIT.sub(" ", _GLUED.sub(split, text))


def _name_words(words: Sequence[str], sites: frozenset[str]) -> tuple[list[str], bool]:
    """The run of name words ``words`` open with, and whether a word that ends a name (a desk,
    agency or UI word, the site's name, a month before a day) ended it."""
    run: list[str] = []
    for i, word in enumerate(words):
        key = squash(word)
        if key in _NAME_STOPS or key in sites or (key in vocab.MONTHS and _dated(words, i)):
            return run, True
        if not (_name_word(word) or (run and word.casefold() in vocab.NAME_PARTICLES)):
            break
        run.append(word)
    return run, False


def _fits(words: Sequence[str]) -> bool:
    """A name's size and shape: a few words, the first no particle or article."""
    if words and words[-1].casefold() in vocab.NAME_SUFFIXES and len(words) > 1:
        words = words[:-1]
    if not 0 < len(words) <= vocab.NAME_MAX_WORDS or words[0] in vocab.NAME_ARTICLES:
        return False
    name = " ".join(words)
    if len(name) > vocab.NAME_MAX_CHARS:
        return False
    return _ACCOUNT_MARK.search(squash(name)) is None


def is_name(text: str) -> bool:
    """Whether all of ``text`` reads as a person's name: a few capitalised words, no sentence,
    no desk, agency or rubric word."""
    if not text or len(text) > vocab.NAME_MAX_CHARS:
        return False
    words = text.split(" ")
    run, _ = _name_words(words, _NO_SITES)
    return len(run) == len(words) and _fits(words)


def is_organisation(text: str) -> bool:
    """Whether ``text`` is a credit naming a desk, agency or publication ("Herald Staff", "The
    Associated Press"): capitalised words, one of them no person's."""
    words = [w for w in text.split(" ") if w.casefold() not in vocab.ORGANISATION_FILLERS]
    return not vocab.NON_PERSON_WORDS.isdisjoint(map(squash, words)) and all(
        w[:1].isupper() or w[:1].isdigit() for w in words
    )


def has_non_person_word(text: str) -> bool:
    """Whether any word of ``text`` never stands in a person's name (``Reuters``, ``Staff``)."""
    return any(squash(word) in vocab.NON_PERSON_WORDS for word in text.split())


def _parts(text: str, *, suffixes: bool = True) -> list[str]:
    """``A, B and C`` cut into its parts; ``, Jr.`` stays with its name, and a joiner that is a
    name particle stays inside a compound surname before one word (``José da Silva y Pérez``)."""
    if _NAME_SPLIT.search(text) is None:
        return [text]  # one name
    parts: list[str] = []
    position = 0
    for match in _NAME_SPLIT.finditer(text):
        if match.group().strip() in vocab.NAME_PARTICLES:
            after = _NAME_SPLIT.search(text, match.end())
            if " " not in text[match.end() : after.start() if after else len(text)].strip():
                continue
        parts.append(text[position : match.start()])
        position = match.end()
    parts.append(text[position:])
    if not suffixes:
        return parts
    merged: list[str] = []
    for part in parts:
        if merged and part.casefold() in vocab.NAME_SUFFIXES:
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    return merged


def split_names(text: str) -> tuple[str, ...] | None:
    """``A, B and C`` as names (people or organisations), keeping ``, Jr.`` with its name;
    None if a part is neither."""
    names = tuple(_parts(text))
    ok = all(is_name(n.replace(", ", " ")) or is_organisation(n) for n in names)
    return names if ok else None


def strip_opener(text: str) -> tuple[str, frozenset[str]] | None:
    """``text`` without the words opening a byline (``By``, ``Opinion by``, ``Von``, ``Text:``)
    and the languages in which they open one (empty: every language); None without them."""
    match = _OPENER.match(text)
    if match is None:
        return None
    word = match.group("word")
    languages = _OPENERS[word.casefold()] if word is not None else frozenset()
    return text[match.end() :], frozenset() if "" in languages else languages


_RECENT_TEXTS = 32
"""How many recent texts' readings the pure readers below keep (``functools.lru_cache``): a
page's date, header and byline texts are read by several readers in turn, so each is read once
a page. Few on purpose: repeats within a page are caught, not the same page read again."""


def credited_names(
    text: str, sites: frozenset[str] = frozenset(), known: Iterable[str] = ()
) -> list[str]:
    """The people a credit printed on a page names (``By Ann Lee and Bo Chan, Staff Writers``).

    Each part's name is the run of name words it opens with, up to a role, outlet, date or
    handle; a one-word name counts only first after an opener, or when ``known``. Agencies,
    desks, the site itself (``sites``, squashed) and site accounts are no one.
    """
    text = _after_leading_day(plain(text))
    stripped = strip_opener(text)
    body, _ = stripped if stripped is not None else (text, None)
    known_keys = {name.casefold() for name in known}
    names: list[str] = []
    for i, part in enumerate(_parts(body, suffixes=False)):
        alone = (stripped is not None and i == 0) or part.strip(" .,").casefold() in known_keys
        name = _credited_name(part, sites, alone=alone)
        if name is not None and name.casefold() not in (n.casefold() for n in names):
            names.append(name)
    return names


_DAY_SEPARATOR = re.compile(r"\s*[·•|–—-]\s*")


def _leading_day(text: str) -> re.Match[str] | None:
    """The day printed at the very start of ``text``, if one is."""
    return next((m for m, _ in _printed(text[: vocab.DATE_MAX]) if m.start() == 0), None)


def _after_leading_day(text: str) -> str:
    """A credit printed after its day and a separator ("Dec. 19, 2025 · Jane Roe"): the part
    after them; any other text as it is."""
    if not text[:1].isalnum() or not any(c.isdigit() for c in text[:20]):
        return text
    day = _leading_day(text)
    separator = _DAY_SEPARATOR.match(text, day.end()) if day is not None else None
    return text[separator.end() :] if separator is not None else text


@functools.lru_cache(maxsize=_RECENT_TEXTS)  # a page's byline elements repeat their parts
def _credited_name(part: str, sites: frozenset[str], *, alone: bool) -> str | None:
    part = _NAME_END.sub("", part.strip()).strip(" .:,")
    lead = next((w for w in vocab.CREDIT_LEADS if part[: len(w)].casefold() == w), None)
    if lead is not None:
        part = part[len(lead) :]
    half = len(part) // 2
    if part[:half] == part[-half:] and part[half:-half] in ("", " "):
        part = part[:half]  # the same name printed twice, as hidden and visible copies
    words = _unglue(part, sites).split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]  # the two copies glued ("Ann LeeAnn Lee")
    run, stopped = _name_words(words, sites)
    if stopped and not run:
        return None
    alone = alone and not (stopped and len(run) == 1)
    if not _fits(run) or (len(run) == 1 and not alone):
        return None
    name = " ".join(run).strip(" .,")
    return name.title() if name.isupper() and len(name) > 3 else name


def credit(text: str) -> str:
    """A credit without its opener and without the date, place or role after it."""
    stripped = strip_opener(text)
    body, _ = stripped if stripped is not None else (text, None)
    words = []
    for word in _NAME_END.sub("", body).split():
        if any(c.isdigit() for c in word) or squash(word) in vocab.MONTHS:
            break
        words.append(word)
    return " ".join(words).strip(" ,;:")


def same_person(a: str, b: str) -> bool:
    """Whether two printed names are one person's (the words of one hold the other's)."""
    ta, tb = set(_WORD.findall(a.casefold())), set(_WORD.findall(b.casefold()))
    return bool(ta and tb) and (ta <= tb or tb <= ta)


_INDEXED_WORDS = 6
"""Names of up to this many words are indexed by :func:`person_finder` (a credited name has at
most five); longer ones are compared one by one."""


def person_finder(names: Sequence[str]) -> Callable[[str], int | None]:
    """A function giving the index of the first of ``names`` that :func:`same_person` matches
    with a name, in time that does not grow with how many ``names`` there are: every set of
    words some name holds is indexed (at most 63 for a name of six words)."""
    holding: dict[frozenset[str], int] = {}  # words -> the first name holding them all
    whole: dict[frozenset[str], int] = {}  # words -> the first name of exactly these words
    unindexed: list[tuple[int, frozenset[str]]] = []
    for i, name in enumerate(names):
        words = frozenset(_WORD.findall(name.casefold()))
        if not words:
            continue  # matches no name
        if len(words) > _INDEXED_WORDS:
            unindexed.append((i, words))
            continue
        whole.setdefault(words, i)
        for size in range(1, len(words) + 1):
            for part in itertools.combinations(sorted(words), size):
                holding.setdefault(frozenset(part), i)

    def find(name: str) -> int | None:
        words = frozenset(_WORD.findall(name.casefold()))
        if not words:
            return None
        found = [i for i, other in unindexed if words <= other or other <= words]
        if words in holding:
            found.append(holding[words])  # a name holding all of these words
        if len(words) <= _INDEXED_WORDS:
            parts = (
                frozenset(part)
                for size in range(1, len(words) + 1)
                for part in itertools.combinations(sorted(words), size)
            )
            found.extend(whole[part] for part in parts if part in whole)  # a name within it
        else:
            found.extend(i for other, i in whole.items() if other <= words)
        return min(found, default=None)

    return find


def co_authors(bylines: Sequence[Sequence[str]], *, every: bool = False) -> list[str]:
    """The first byline's names, joined by those of later bylines that share a name with them
    (or of ``every`` later byline).

    A byline and the credits inside it often list the same people split differently ("Ann Lee
    and Bo Chan Springfield Gazette" around "Ann Lee and Bo Chan"); the shorter form of a
    name is the tighter one.
    """
    chosen = list(bylines[0])
    for names in bylines[1:]:
        if not every and not any(same_person(a, b) for a in names for b in chosen):
            continue
        for name in names:
            same = [i for i, b in enumerate(chosen) if same_person(name, b)]
            if not same:
                chosen.append(name)
            elif len(name) < len(chosen[same[0]]) and " " in name:
                chosen[same[0]] = name  # an inner credit names the person without the outlet
    return chosen


@functools.cache
def _printed_opener(language: str) -> re.Pattern[str]:
    """Openers of every language and of ``language``, printed inside a longer text."""
    everywhere = vocab.BYLINE_OPENERS[""]  # in any case: "by", "By", "BY"
    local = vocab.BYLINE_OPENERS.get(language, frozenset()) - everywhere
    forms = [form for w in sorted(everywhere) for form in (w, w.capitalize(), w.upper())]
    forms += [form for w in sorted(local) for form in (w.capitalize(), w.upper())]
    labels = "|".join(label.capitalize() for label in sorted(vocab.BYLINE_LABELS))
    return re.compile(
        rf"(?:(?<![^\W\d_])|(?<=[a-z.!?]))(?:(?:{'|'.join(forms)})\s+|(?:{labels})\s*[:：]\s*)"
        r"[^\W\d_].{2,80}"
    )


_UNOPENED = re.compile(r"([^\W\d_][^|·•,–—]{2,60}?)\s*[|·•,–—]\s*([^|·•]{2,80})")


def unopened_byline(text: str) -> str | None:
    """The name opening ``text`` (the words after a headline) when a role or a day follows it
    after a separator: ``Jane Roe | Senior Writer | July 2, 2025``, ``Jane Roe · Nov 18,
    2019``; a name of two words or more, else None."""
    match = _UNOPENED.match(text)
    if match is None:
        return None
    name, rest = match.group(1).strip(), match.group(2).strip()
    if " " not in name or not is_name(name):
        return None
    role, _ = credit_detail(rest)
    return name if role is not None or _leading_day(rest) is not None else None


def byline_in(text: str, language: str | None = None) -> str | None:
    """The byline printed inside a longer ``text`` (a page's header block), from its opener:
    ``By`` in any case, and capitalised openers of ``language`` (``Von``); also glued to the
    word before it (``...HeadlineBy Jane Roe``), as text of adjacent elements reads."""
    match = _printed_opener((language or "").split("-", 1)[0].lower()).search(text)
    return match.group() if match is not None else None


@attrs.frozen
class Byline:
    """A byline's names (people only), the role it states, and text after a dateline."""

    names: tuple[str, ...]
    role: str | None = None
    rest: str | None = None
    literal: bool = False
    """The canonical ``By \\Name`` form: the name as written, even if another has it too."""
    languages: frozenset[str] = frozenset()
    """The languages whose opener the line has ("Von": German); empty for every language."""


def _strip_prefix(text: str) -> tuple[str, str, frozenset[str]] | None:
    stripped = strip_opener(text)
    if stripped is not None:
        rest, languages = stripped
        return "by", rest.lstrip(" :"), languages
    for dash in vocab.SIGNATURE_DASHES:
        if text.startswith(dash):
            return "dash", text[len(dash) :].lstrip(" "), frozenset()
    return None


def _dateline(text: str) -> tuple[str, str | None]:
    """``Dani Rodrik CAMBRIDGE – rest``: the names before an upper-case place and a dash."""
    if "-" not in text and "–" not in text and "—" not in text:
        return text, None
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


_ROLE_ENDINGS = tuple(", " + role for role in vocab.BYLINE_ROLES)
_LITERAL_BYLINE = vocab.BYLINE_WRITTEN + "\\"


def read_byline(text: str) -> Byline | None:
    """The names a byline line credits, or None when the line is not a byline.

    Shapes: ``By A``, ``By A and B``, ``By A, B and C``, ``Opinion by A``, ``Von A``, ``Text:
    A``, ``A, opinion contributor``, ``— A``, ``By A CAMBRIDGE –`` (a dateline), and the
    canonical form's literal ``By \\A`` (one name, as written). A sentence is no byline: "By
    most counts, ..." fails because "most" is no name word. A credit naming a desk or agency
    ("By Herald Staff") is a byline that names no one. ``languages`` says where the opener
    is one.
    """
    if len(text) > vocab.BYLINE_MAX:
        return None
    if text.startswith(_LITERAL_BYLINE) and len(text) > len(_LITERAL_BYLINE):
        return Byline((text[len(_LITERAL_BYLINE) :],), literal=True)
    text = plain(text)
    role: str | None = None
    body = text
    key = _key(text)
    if key.endswith(_ROLE_ENDINGS):
        for candidate in vocab.BYLINE_ROLES:
            if key.endswith(", " + candidate):
                role = text[len(text) - len(candidate) :]
                body = text[: len(text) - len(candidate) - 2]
                break
    stripped = _strip_prefix(body)
    if stripped is None and role is None:
        return None
    kind, body, languages = stripped if stripped is not None else ("role", body, frozenset())
    rest: str | None = None
    if kind == "by":
        body, rest = _dateline(body)
    elif kind == "dash":
        body = body.split(", ", 1)[0]  # "— Jane Roe, Seoul": the place is no author
    names = split_names(body)
    if names is None:
        return None
    people = tuple(n for n in names if not is_organisation(n))
    return Byline(people, role, rest, languages=languages)


def guess_language(texts: Iterable[str]) -> str | None:
    """The language whose frequent words ``texts`` use most (of those in ``FUNCTION_WORDS``),
    from their first few hundred words; None when no language's words stand out."""
    counts = dict.fromkeys(vocab.FUNCTION_WORDS, 0)
    seen = 0
    for text in texts:
        for word in text.casefold().split()[:400]:
            for language, words in vocab.FUNCTION_WORDS.items():
                if word in words:
                    counts[language] += 1
            seen += 1
        if seen >= 400:
            break
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= max(3, seen // 20) else None


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
        if _people(names) and not has_non_person_word(inside):
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


def valid_day(year: int, month: int, day: int) -> date | None:
    """The day, if it is one and its year is no placeholder (``0001-01-01``)."""
    if not vocab.EARLIEST_YEAR <= year <= vocab.LATEST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _readings(*candidates: tuple[int, int, int]) -> tuple[date, ...]:
    return tuple(day for c in candidates if (day := valid_day(*c)) is not None)


@functools.lru_cache(maxsize=_RECENT_TEXTS)
def _printed(text: str) -> tuple[tuple[re.Match[str], tuple[date, ...]], ...]:
    """Each day printed in ``text`` (with its year, or all in digits), as its match and its
    valid readings, in the order the patterns find them."""
    return tuple(_scan_printed(text))


def _scan_printed(text: str) -> Iterator[tuple[re.Match[str], tuple[date, ...]]]:
    if vocab.YEAR.search(text) is not None:
        for pattern in vocab.PRINTED_DAYS:
            for match in pattern.finditer(text):
                month_text = match.group("m")
                month = (
                    int(month_text)
                    if month_text.isdigit()
                    else vocab.MONTHS.get(month_text.casefold())
                )
                if month is not None:
                    yield match, _readings((int(match["y"]), month, int(match["d"])))
    for match in vocab.NUMERIC_DAY.finditer(text):
        first, second, year_text = match.groups()
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        yield match, _readings((year, int(second), int(first)), (year, int(first), int(second)))


def printed_days(text: str) -> Iterator[tuple[date, ...]]:
    """Each day printed in ``text`` with its year, as its valid readings (``11/05/2019`` has
    two, ``29.11.2019`` one)."""
    for _, readings in _printed(text):
        yield readings


def yearless_days(text: str, year: int) -> Iterator[tuple[date, ...]]:
    """Each ``Nov 18`` printed in ``text`` without a year, read in ``year``."""
    for match in vocab.YEARLESS_DAY.finditer(text):
        month = vocab.MONTHS.get(match.group("m").casefold())
        if month is not None:
            yield _readings((year, month, int(match["d"])))


def one_printed_day(text: str, year: int | None = None) -> tuple[tuple[date, ...], bool] | None:
    """The readings of the one day ``text`` prints and whether it printed the year (a day
    without one is read in ``year``), or None (no day, or several)."""
    found = list(dict.fromkeys(printed_days(text)))
    if not found and year is not None:
        found = list(dict.fromkeys(yearless_days(text, year)))
        return (found[0], False) if len(found) == 1 else None
    return (found[0], True) if len(found) == 1 else None


_TIME = re.compile(r"[0-2]?\d[:.h][0-5]\d(?::[0-5]\d)?")


def _only_day(value: str) -> date | None:
    """The day a line prints when it prints nothing else but a weekday and a time of day."""
    found = [(match, readings) for match, readings in _printed(value) if readings]
    if len(found) != 1:
        return None
    ((match, readings),) = found
    if len(readings) != 1:
        return None
    (day,) = readings
    rest = value[: match.start()] + " " + value[match.end() :]
    for raw in rest.replace(",", " ").split():
        word = raw.strip("().|-–—").casefold()
        if word and not (
            word in vocab.WEEKDAYS
            or word.rstrip(".") in vocab.WEEKDAYS
            or word in vocab.TIME_WORDS
            or word.upper() in vocab.ZONES
            or _TIME.fullmatch(word)
        ):
            return None
    return day


def _iso(value: str, *, stated: bool) -> date | None:
    try:
        found = datetime.fromisoformat(value)
    except ValueError:
        return None
    if stated and not vocab.EARLIEST_YEAR <= found.year <= vocab.LATEST_YEAR:
        return None  # a page's placeholder, where a text line says what it means
    return found.date() if found.utcoffset() is None else found


def read_time(value: str, *, anywhere: bool = False) -> date | None:
    """The time a date text states: an aware ``datetime`` when it states a time and a known
    zone, else its day. A date line (the default) states nothing else; ``anywhere`` reads the
    one day a stated value prints among other words ("19 Nov 2019 07:09 GMT").
    """
    value = value.strip(" ,;|-–—")
    if not value or len(value) > vocab.DATE_MAX or not vocab.YEAR.search(value):
        return None
    if value[:4].isdigit():
        found = _iso(value, stated=anywhere)
        if found is not None:
            return found
    if anywhere:
        days = {day for readings in printed_days(value) for day in readings}
        return days.pop() if len(days) == 1 else None
    dated = _parse_date(value)
    if dated is not None:
        return dated.date() if dated.utcoffset() is None else dated
    return _only_day(value)


def _parse_date(value: str) -> datetime | None:
    """dateutil's reading of an English date or ``2019-11-29``, every part stated."""
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


def _labels() -> re.Pattern[str]:
    labels = [
        *(label for labels in vocab.PUBLISHED_LABELS.values() for label in labels),
        *(label for labels in vocab.UPDATED_LABELS.values() for label in labels),
    ]
    words = "|".join(r"\s+".join(map(re.escape, label.split())) for label in labels)
    links = "|".join(sorted(vocab.LABEL_LINKS))
    return re.compile(rf"\b({words})(?:\s+(?:{links}))?\s*:?\s*", re.IGNORECASE)


_DATE_LABEL = _labels()
_UPDATED = frozenset(label for labels in vocab.UPDATED_LABELS.values() for label in labels)


_LABEL_TO_DAY = 30
"""How far after a "Published" label its day may start (``Published on Monday, July 18``)."""


@functools.lru_cache(maxsize=_RECENT_TEXTS)  # a date element is also read in its header block
def labelled_day(text: str) -> date | None:
    """The day a "Published"/"Posted" label in ``text`` introduces (``By Jane Roe Published
    on July 18, 2025``, ``Posted Nov 21, 2018 Updated Dec 10, 2025``): printed with its year,
    starting soon after the label, with one reading; else None."""
    if vocab.YEAR.search(text) is None:
        return None
    labels = list(_DATE_LABEL.finditer(text))
    for i, label in enumerate(labels):
        if " ".join(_key(label.group(1)).split()) in _UPDATED:
            continue
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        segment = text[label.end() : end]
        found = min(((m.start(), r) for m, r in _printed(segment)), default=None)
        if found is not None and found[0] <= _LABEL_TO_DAY and len(set(found[1])) == 1:
            return found[1][0]
    return None


def read_dates(text: str) -> Dates | None:
    """The dates a line states (``Published : Nov 29, 2019 - 16:05``, ``29 novembre 2019``,
    ``Aktualisiert am 29.11.2019``).

    A time without a stated zone keeps only its day; a line with anything else besides dates,
    their labels, a weekday and a time of day is no date line.
    """
    if len(text) > 2 * vocab.DATE_MAX or vocab.YEAR.search(text) is None:
        return None  # every date a line may state has a year
    text = plain(text)
    labels = list(_DATE_LABEL.finditer(text))
    if not labels:
        when = read_time(text)
        return None if when is None else Dates(published=when)
    if labels[0].start() != 0:
        return None
    found: dict[str, date] = {}
    for i, label in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        when = read_time(text[label.end() : end])
        if when is None:
            return None
        name = " ".join(_key(label.group(1)).split())
        found.setdefault("updated" if name in _UPDATED else "published", when)
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
    ordinal: int | None = None
    """``About Jane Roe (2): ...``: the bio of the second author so named."""


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
    words = text[:120].split(" ", 5)  # the first five words, whole
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


_PHRASE_MAX = max(map(len, vocab.WRITER_PHRASES))


def read_bio(text: str, names: Sequence[str] = ()) -> Bio | None:
    """A bio, if ``text`` reads as one; ``names`` are the authors known so far."""
    if text.startswith(vocab.ABOUT):
        for name in sorted(names, key=len, reverse=True):
            opener = f"{vocab.ABOUT}{name}"
            if not text.startswith(opener):
                continue
            after = vocab.ABOUT_ORDINAL.match(text, len(opener))
            if after is not None and len(text) > after.end():
                ordinal = int(after.group(1)) if after.group(1) else None
                return Bio(text[after.end() :], name, True, ordinal=ordinal)
    strong = False
    if text.startswith(vocab.BULLETS):
        for bullet in vocab.BULLETS:
            if text.startswith(bullet):
                text = text[len(bullet) :].lstrip()
                break
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()  # "(Jane Roe teaches law at Yale.)"
    tail = text[-12:]
    mark = vocab.EDITORS_MARK.search(tail)
    if mark is not None:
        text, strong = text[: len(text) - len(tail) + mark.start()].rstrip(), True
    if not text:
        return None
    head = _key(text[:_PHRASE_MAX])  # casefold never shortens: the head holds any phrase
    if head.startswith(vocab.WRITER_PHRASES):
        for phrase in vocab.WRITER_PHRASES:
            if head.startswith(phrase) and _bio_follows(text[len(phrase) :]):
                return Bio(text, None, strong, everyone=phrase in vocab.PLURAL_WRITER_PHRASES)
    owners = _leading_names(text, names)
    if owners:
        return Bio(text, owners[0], strong, owners[1:])
    return Bio(text, None, True) if strong else None


def owner_of(bio: Bio, names: Sequence[str]) -> int | None:
    """Which of ``names`` ``bio`` belongs to: the first one so named (or the one its ordinal
    says), or the only one for "The writer"."""
    if bio.owner is None:
        return 0 if len(names) == 1 or (bio.everyone and names) else None
    key = bio.owner.casefold()
    matches = [i for i, name in enumerate(names) if name.casefold() == key]
    if bio.ordinal is not None:
        return matches[bio.ordinal - 1] if bio.ordinal <= len(matches) else None
    return matches[0] if matches else None


def bio_owner(bio: str, names: Sequence[str]) -> int | None:
    """Which of ``names`` a closing paragraph ``bio`` is read as the bio of, as it stands, if
    any: the probe the canonical text writer uses to decide whether a bio needs ``About X:``."""
    if (
        is_boilerplate(bio)
        or is_tail_label(bio)
        or read_disclaimer(bio) is not None
        or read_byline(bio) is not None
        or is_about_line(bio)
    ):
        return None
    found = read_bio(bio, names)
    if found is None or found.text != bio or found.co_owners or found.everyone:
        return None
    return owner_of(found, names)


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


_DETAIL_END = re.compile(
    r"\s*(?:[|•·;/@]|\s[-–—]\s|[–—]|(?<!\w)\d)|\s+(?:published|posted|updated|last updated|on)\b.*",
    re.IGNORECASE,
)
_DETAIL_TRIM = " ,;:|-–—·•"


def is_role(text: str) -> bool:
    """Whether ``text`` reads as a role a person holds (``Senior Editor``, ``opinion
    contributor``, ``professor of hydrology``): a few words, one of them a role word, those
    before an "of" capitalised or qualifiers."""
    words = text.split()
    if not 0 < len(words) <= vocab.ROLE_MAX_WORDS:
        return False
    keys = [word.strip(".,()").casefold() for word in words]
    if text.casefold() in vocab.CREDIT_ONLY_ROLES or not vocab.NOT_ROLE_WORDS.isdisjoint(keys):
        return False
    if not any(key in vocab.ROLE_WORDS for key in keys):
        return False
    field = keys.index("of") if "of" in keys else len(keys)  # "professor of hydrology"
    return all(
        word[:1].isupper()
        or key in vocab.ROLE_WORDS
        or key in vocab.ROLE_QUALIFIERS
        or key in vocab.ORG_CONNECTORS
        for word, key in zip(words[:field], keys[:field], strict=True)
    )


def _is_affiliation(text: str, sites: frozenset[str], *, linked: bool) -> bool:
    """Whether ``text`` names a publication, agency or institution: capitalised words, one of
    them an organisation's, or the site's name, or any such words after "at" (``linked``)."""
    words = [w for w in text.split() if w.casefold() not in vocab.ORG_CONNECTORS]
    if not words or len(words) > vocab.ROLE_MAX_WORDS:
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    return (
        linked or squash(text) in sites or any(squash(w) in vocab.AFFILIATION_WORDS for w in words)
    )


def credit_detail(text: str, sites: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """The role and the affiliation a credit prints after a name: ``Senior Editor``, ``The
    Example Times``, ``Senior Editor at The Example Times``, ``Staff Writer, Lowland Post``;
    ``(None, None)`` for anything else (a place, a credential, a date). ``sites``: the site's
    names, squashed, which are affiliations too."""
    text = plain(text).strip(_DETAIL_TRIM)
    end = _DETAIL_END.search(text)
    text = (text[: end.start()] if end is not None else text).strip(_DETAIL_TRIM)
    if not text or len(text) > vocab.CREDIT_DETAIL_MAX:
        return None, None
    role: str | None = None
    affiliation: str | None = None
    for part in (part.strip() for part in text.split(",")):
        link = vocab.ROLE_LINK.search(part)
        if role is None and link is not None and is_role(part[: link.start()]):
            held = part[link.end() :]
            if affiliation is None and _is_affiliation(held, sites, linked=True):
                return part[: link.start()], held
        if role is None and affiliation is None and is_role(part):
            role = part
        elif affiliation is None and _is_affiliation(part, sites, linked=False):
            affiliation = part
        else:
            break
    return role, affiliation


_TAIL_LABEL_MAX = max(map(len, vocab.TAIL_LABELS))


def is_tail_label(text: str) -> bool:
    """Whether the line labels the closing bios ("About the author")."""
    bare = text.strip(vocab.BOILERPLATE_TRIM)  # casefold makes and takes no trim character
    return len(bare) <= _TAIL_LABEL_MAX and _key(bare) in vocab.TAIL_LABELS


def is_about_line(text: str) -> bool:
    """Whether the line has the canonical form's explicit bio shape, ``About X: <bio>``."""
    return text.startswith(vocab.ABOUT) and ": " in text


_DISCLAIMER_STARTS = (vocab.DISCLAIMER_LABEL, *vocab.DISCLAIMER_CUES, *vocab.EDITORS_NOTE)


def read_disclaimer(text: str) -> str | None:
    """The disclaimer a paragraph is ("The views expressed are ..."), or None."""
    key = _key(text[:80])
    if not key.startswith(_DISCLAIMER_STARTS):
        return None  # most paragraphs
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
        or is_tail_label(text)
        or genre_label(text) is not None
        or heading_shape(text)
        or read_disclaimer(text) is not None
        or read_byline(text) is not None
        or read_dates(text) is not None
        or read_bio(text, names) is not None
        or is_about_line(text)
    )
