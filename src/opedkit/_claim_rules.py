"""The rules of the claim extractor: which sentences are claims, their first kind, hedge and source.

``candidates(article)`` reads each sentence of each body paragraph (see ``_sentences``): one
regex pass per paragraph finds every cue phrase listed in ``_claim_cues`` (whose docstring says
how a sentence is judged); each sentence then takes its hedge, its source (``_claim_sources``
decides it) and a first kind from the cues inside it. A quoted sentence naming no speaker takes
the one its neighbour names, or the previous paragraph's when its paragraph opens with it, or
whom the words before a colon opening it name. Not claims: the author's questions, fragments of
fewer than ``MIN_WORDS`` words, a quotation (a quoted question too) whose speaker is named
nowhere near and sentences that only steer the reader ("Consider the numbers."). Articles in a
language whose cues it does not know ("de", "ko") get no candidates; an article without a
language is read as English. ``_claim_model`` then tells FACT from VALUE.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from . import _claim_cues as cues
from ._claim_sources import REPORTING_VERBS, introduced_speaker, named_before_colon, source_of
from ._claim_text import OPEN, SPACES, still_open, trie, word_before
from ._model import Article, ClaimKind
from ._sentences import spans

__all__ = ["Candidate", "candidates", "words"]

_NOT_A_WORD = re.compile(r"[^a-z0-9'’ -]")
_EDGE_APOSTROPHES = ("’ ", " ’", "' ", " '")


def _plain(lowered: str) -> str:
    """``lowered`` (spaces around it) with every character but a-z, 0-9, a hyphen and an
    apostrophe inside a word made a space: the same length. A cue starts after a space only (not
    "so-called"); the model's words are split at hyphens too."""
    plain = _NOT_A_WORD.sub(" ", lowered)
    for mark in _EDGE_APOSTROPHES:
        if mark in plain:
            plain = plain.replace(mark, "  ")
    return plain


# _plain without a regex: the same mapping as one bytes.translate of the text encoded to ASCII
# (a character outside ASCII becomes "?", then a space); "’", which _plain keeps, travels as NUL.
# Texts holding a NUL or a character whose lowercase is ASCII or longer ("K" Kelvin, "İ") take
# the regex way.
_PLAIN_BYTES = bytes(
    c + 32 if 65 <= c <= 90 else c if _NOT_A_WORD.match(chr(c)) is None else 32 for c in range(256)
)
_PLAIN_BYTES_CURLY = b"\0" + _PLAIN_BYTES[1:]


def _lowered_plain(padded: str) -> str | None:
    """``_plain(padded.lower())``, or None when lowercasing changes the length."""
    curly = False
    if padded.isascii():
        data = padded.encode("ascii").translate(_PLAIN_BYTES)
    elif "\u0130" in padded or "\u212a" in padded or "\0" in padded:
        lowered = padded.lower()
        return _plain(lowered) if len(lowered) == len(padded) else None
    elif "’" in padded:
        curly = True
        padded = padded.replace("’", "\0")
        data = padded.encode("ascii", "replace").translate(_PLAIN_BYTES_CURLY)
    else:
        data = padded.encode("ascii", "replace").translate(_PLAIN_BYTES)
    # The edge apostrophes of _EDGE_APOSTROPHES in the same order, each kind only where one
    # byte (found fastest) says that it may stand: "’" (NUL here) is in every curly text only.
    if curly:
        data = data.replace(b"\0 ", b"  ").replace(b" \0", b"  ")
    if 39 in data:  # "'"
        data = data.replace(b"' ", b"  ").replace(b" '", b"  ")
    plain = data.decode("ascii")
    return plain.replace("\0", "’") if curly else plain


def words(text: str) -> list[str]:
    """The words of ``text`` as the model reads them: lowercased runs of a-z, 0-9 and inner
    apostrophes ("don't")."""
    return _split(_plain(" " + text.lower() + " "))


def _split(plain: str) -> list[str]:
    return (plain.replace("-", " ") if "-" in plain else plain).split()


def _signals() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for phrases, signals in cues.CUE_SIGNALS:
        for phrase in phrases:
            found.setdefault(phrase, set()).update(signals)
    return {phrase: frozenset(signals) for phrase, signals in found.items()}


# Every cue phrase and what it signals. One pass of _CUES finds them all in the paragraph as the
# model reads it (_plain: lowercased, a space in front, every mark a space): a pattern that
# starts with a plain space lets the regex engine jump from word to word, twice as fast as \b.
_SIGNALS = _signals()
_CUES = re.compile(trie(_SIGNALS, before=" "))
# _SIGNALS keyed by a match of _CUES as it stands, its leading space included: no slice a cue
_MATCHED_SIGNALS = {" " + phrase: signals for phrase, signals in _SIGNALS.items()}
_CUES_ANY_CASE = re.compile(_CUES.pattern, re.IGNORECASE)  # when lowercasing moves characters
_OPENERS = ("“", "‘", '"', "(", "[", "—", "–", "/")
_FACT = re.compile(cues.FACT_PATTERN)
_ED = re.compile(r"ed\b")
_NOT_PAST_BEFORE = frozenset(cues.NOT_PAST_BEFORE)
_ATTRIBUTIVE_HEDGES = frozenset(cues.ATTRIBUTIVE_HEDGES)
_NOUN_HEDGES = _ATTRIBUTIVE_HEDGES | {"likely", "unlikely"}
_MATCHED_NOUN_HEDGES = frozenset(" " + hedge for hedge in _NOUN_HEDGES)
_COPULAS = frozenset(cues.COPULAS)
_DETERMINERS = frozenset(cues.DETERMINERS)
# How a sentence opens: a reader directive ("Consider ...") or an order ("Cut the tax").
_OPENING = re.compile(
    OPEN + "(?:(?P<directive>" + trie(cues.READER_DIRECTIVES) + ")|(?P<order>"
    + "(?:" + trie(cues.SEQUENCE_OPENERS) + r",\s+)?"
    + trie(cues.IMPERATIVES) + r"\s+" + trie(cues.IMPERATIVE_OBJECTS)
    + r"|(?:let['’]s|let\s+us|do\s+not|don['’]t)\b))",
    re.IGNORECASE,
)  # fmt: skip
# The first words a match of _OPENING can start with after its OPEN marks (each listed
# phrase's leading run of letters): a sentence opening with another ASCII word is not tried.
_LETTERS = re.compile(r"[A-Za-z]*")
_OPENING_STARTS = frozenset(
    _LETTERS.match(phrase).group()  # type: ignore[union-attr]
    for phrase in (*cues.READER_DIRECTIVES, *cues.SEQUENCE_OPENERS, *cues.IMPERATIVES)
) | {"let", "do", "don"}
_OPEN_MARKS = "\"'“‘(["  # what OPEN matches
_HEAD = 24


def _opening(paragraph: str, start: int, text: str) -> re.Match[str] | None:
    """``_OPENING.match(paragraph, start)``, not tried where its first word cannot match."""
    head = text.lstrip(_OPEN_MARKS)[:_HEAD]
    if head.isascii():
        word = _LETTERS.match(head).group()  # type: ignore[union-attr]
        if len(word) < len(head) and word.lower() not in _OPENING_STARTS:
            return None
    return _OPENING.match(paragraph, start)


_PLACES = ("+first paragraph", "+middle paragraph", "+last paragraph")
_CLAUSE_SIGNALS = frozenset({"policy", "future", "conditional", "past", "hedge"})
# What a clause of concession says only of itself: its hedges, modals and recommendations
_CONCEDED = frozenset({"hedge", "future", "conditional", "policy"})
_CONCESSIONS = tuple(word.capitalize() + " " for word in cues.CONCESSIONS)
_QUOTE_ONLY = re.compile(r"[\"“][^\"“”]+[\"”]")
_QUOTE_MARKS = ('"', "“")
_CLOSING_MARKS = "\"'”’)]"  # after a question mark that ends a question
_AFTER = {s: "+after " + s for s in ("past", "fact", "value", "report", "policy", "future")}
_BEFORE = {s: "+before " + s for s in _AFTER}  # the next sentence's: an anecdote goes on
_QUOTATION = re.compile(r"[\"“]([^\"“”]*)[\"”]")
_SENTENCE_LONG = 7  # spaces in a quotation after a determiner that make it speech anyway
_NAMING_DETERMINERS = _DETERMINERS - {"that"}  # 'is that "it always spills outwards."': speech


class Candidate(NamedTuple):
    """A sentence read by the rules, before the model decides its kind and source."""

    text: str
    section: int
    paragraph: int
    start: int
    end: int
    kind: ClaimKind
    hedged: bool
    source: str | None
    signals: set[str]
    flags: list[str]
    """What the model reads of its place: "+quoted", "+speaker near", "+first" (in its
    paragraph), the signals of the sentences before and after it ("+after past", "+before
    fact") and its paragraph's place ("+last paragraph")."""
    words: list[str]
    """Its ``words`` in order, for the model."""


def candidates(article: Article) -> list[Candidate]:
    """Every sentence of ``article`` that makes a claim, as the rules read it."""
    language = article.language
    if language is not None and language.split("-", 1)[0].lower() not in cues.LANGUAGES:
        return []
    found: list[Candidate] = []
    last = sum(len(section.paragraphs) for section in article.sections) - 1
    n = before = 0
    previous = ""
    speaker: str | None = None  # whom a line before a colon ending the paragraph names
    for s, section in enumerate(article.sections):
        for p, paragraph in enumerate(section.paragraphs):
            if speaker is None and len(found) > before:
                speaker = found[-1].source
            if speaker is None and paragraph[:1] in _QUOTE_MARKS:
                speaker = _introduces_next(previous)
            before, previous = len(found), paragraph
            place = _PLACES[0 if n == 0 else 2 if n == last else 1]
            speaker = _paragraph_candidates(found, paragraph, s, p, speaker, place=place)
            n += 1
    return found


def _introduces_next(paragraph: str) -> str | None:
    """Whom the last sentence of ``paragraph``, ending with a colon, names as the speaker of
    the paragraph after it ("Here's the reply I received from the school district:")."""
    head = paragraph.rstrip(" .")
    if not head.endswith(":"):
        return None
    start = spans(head)[-1][0]
    return named_before_colon(head[start:-1])


def _cues(paragraph: str) -> tuple[list[tuple[int, int, frozenset[str]]], str | None]:
    """Every cue in ``paragraph`` as (start, end, signals), in order, and the paragraph as read
    (``_plain``; None if lowercasing moved characters)."""
    padded = " " + paragraph + " "
    pattern = _CUES
    plain = _lowered_plain(padded)
    if plain is not None:
        lowered = plain
    else:
        lowered, pattern = padded, _CUES_ANY_CASE
        for mark in _OPENERS:
            if mark in lowered:
                lowered = lowered.replace(mark, " ")
    found = []
    for match in pattern.finditer(lowered):
        matched = match.group()  # the cue with its leading space
        signals = (
            _MATCHED_SIGNALS.get(matched)
            or _SIGNALS[SPACES.sub(" ", matched[1:].lower()).replace("’", "'")]
        )
        at, end = match.span()
        end -= 1  # in the paragraph, without the leading space
        if matched == " may" and (
            paragraph[end + 1 : end + 2].isdigit() or _capital_inside(paragraph, at)
        ):
            continue  # the month: "May 5", "a vote in May"
        if matched in _MATCHED_NOUN_HEDGES and _in_noun_phrase(lowered, at, end + 1, matched[1:]):
            signals = signals - {"hedge"}
        found.append((at, end, signals))
    return found, lowered if pattern is _CUES else None


def _capital_inside(paragraph: str, at: int) -> bool:
    """Whether ``paragraph[at]`` is a capital that no sentence end or opening quote precedes."""
    before = paragraph[:at].rstrip()
    return paragraph[at].isupper() and before != "" and before[-1] not in ".?!:\"“‘'("


def _in_noun_phrase(lowered: str, at: int, end: int, phrase: str) -> bool:
    """Whether the hedge ``phrase`` at ``lowered[at + 1:end]`` is part of a noun phrase."""
    before = lowered[lowered.rfind(" ", 0, at) + 1 : at]
    if phrase in _ATTRIBUTIVE_HEDGES:
        return before not in _COPULAS and not lowered.startswith(" that", end)
    return before in _DETERMINERS


# A sentence as _paragraph_candidates reads it: start, end, text, signals, source, quoted,
# an order, speech
_Read = tuple[int, int, str, set[str], str | None, bool, bool, bool]


def _paragraph_candidates(
    found: list[Candidate],
    paragraph: str,
    section: int,
    index: int,
    speaker: str | None,
    *,
    place: str,
) -> str | None:
    """Add the candidate claims of each sentence of ``paragraph`` to ``found``, each flagged
    with the paragraph's ``place`` in the article.

    A quoted sentence that names no speaker takes the one its neighbour names, along a run of
    quoted sentences; a quotation standing alone is a claim only when a neighbour names whose.
    A paragraph opening with a quotation that names no speaker goes on with ``speaker``, the
    source of the paragraph before's last sentence. A short line before a colon ("Irene McC
    said:", "You will need:") is no claim; ending the paragraph, its source is returned, for the
    paragraph after it.
    """
    hits, lowered = _cues(paragraph)
    h, count = 0, len(hits)
    read: list[_Read] = []
    # What the whole paragraph lacks no sentence of it holds: no quotation mark, no question
    # mark (most paragraphs), and the checks per sentence are skipped.
    quotes = '"' in paragraph or "“" in paragraph or "”" in paragraph
    asks = "?" in paragraph
    inside = False  # in a quotation opened by an earlier sentence
    unsourced = False  # some sentence of speech names no speaker: it may borrow one
    for start, end in spans(paragraph):
        signals: set[str] = set()
        reports: list[tuple[int, int]] = []
        conceded = _concession_end(paragraph, start, end)
        while h < count and hits[h][0] < end:
            at, to, cue = hits[h]
            signals |= cue - _CONCEDED if at < conceded else cue
            if "report" in cue:
                reports.append((at - start, to - start))
            h += 1
        text = paragraph[start:end]
        quoted = speech = was_inside = inside
        if quotes and ('"' in text or "“" in text or "”" in text):
            quoted = True
            inside = still_open(text, inside)
            speech = was_inside or inside or _speaks(text)
            if reports:
                reports = [r for r in reports if not still_open(text[: r[0]], was_inside)]
        elif inside:
            reports = []
        if (text.count(" ") + 1 < _MIN_WORDS and signals.isdisjoint(_CLAUSE_SIGNALS)) or (
            asks and not speech and text.rstrip(_CLOSING_MARKS).endswith("?")
        ):
            continue  # a fragment or the author's question
        opening = _opening(paragraph, start, text)
        if opening is not None and opening.lastgroup == "directive":
            continue  # it steers the reader
        source = source_of(text, reports) if reports else None
        if source is None and speech:
            source = introduced_speaker(text)
            unsourced = unsourced or source is None
        read.append((start, end, text, signals, source, quoted, opening is not None, speech))
    sources = [r[4] for r in read]
    borrowed = [False] * len(read)
    if unsourced:  # else nothing is borrowed: _borrow changes only speech with no source
        _borrow(read, sources, borrowed, [*range(1, len(read)), *range(len(read) - 2, -1, -1)])
        opens_quoting = read[0][0] == 0 and read[0][7] and paragraph[0] in _QUOTE_MARKS
        if speaker and opens_quoting and sources[0] is None:  # it goes on from the one before
            sources[0], borrowed[0] = speaker, True
            _borrow(read, sources, borrowed, range(1, len(read)))
    last = len(read) - 1
    for n, (start, end, text, signals, _, quoted, order, speech) in enumerate(read):
        source = sources[n]
        if text[-1] == ":" and text.count(" ") + 1 < _MIN_WORDS:
            if n == last:
                return source  # "Irene McC said:" claims nothing; it names who speaks next
            continue
        if source is None and (
            (text[0] in _QUOTE_MARKS and _QUOTE_ONLY.fullmatch(text))
            or (asks and speech and text.rstrip(_CLOSING_MARKS).endswith("?"))
        ):
            continue  # a quotation or a question someone asks, but no one is named
        flags = ["+quoted"] if quoted else []
        if borrowed[n]:
            flags.append("+speaker near")
        if n == 0:
            flags.append("+first")
        else:
            flags.extend(filter(None, map(_AFTER.get, read[n - 1][3])))  # in C: no flag is ""
        if n < last:
            flags.extend(filter(None, map(_BEFORE.get, read[n + 1][3])))
        flags.append(place)  # an op-ed's last paragraph tends to conclude
        kind = ClaimKind.POLICY if order else _kind(paragraph, start, end, signals)
        read_words = _split(lowered[start + 1 : end + 1]) if lowered is not None else words(text)
        # The tuple made in C: a NamedTuple's own __new__ is a Python function.
        found.append(
            _new_candidate(
                Candidate,
                (
                    text,
                    section,
                    index,
                    start,
                    end,
                    kind,
                    "hedge" in signals,
                    source,
                    signals,
                    flags,
                    read_words,
                ),
            )
        )
    return None


_new_candidate = tuple.__new__
_MIN_WORDS = cues.MIN_WORDS


def _concession_end(paragraph: str, start: int, end: int) -> int:
    """Where the clause of concession opening the sentence at ``paragraph[start:end]`` ends (its
    comma), or ``start`` if it opens with none: "may" in "While Washington may view the deadline
    as artificial, some watchers believe ..." hedges the concession, not the claim, and does not
    make it a prediction."""
    if not paragraph.startswith(_CONCESSIONS, start):
        return start
    return max(paragraph.find(",", start, end), start)


def _borrow(
    read: list[_Read], sources: list[str | None], borrowed: list[bool], order: Iterable[int]
) -> None:
    """Give each sentence of speech in ``read`` that names no speaker, in ``order``, the one
    its neighbour names when that neighbour is quoted or ends with a colon."""
    for n in order:
        if sources[n] is None and read[n][7] and _is_quotation(read[n][2]):
            for m in (n - 1, n + 1):
                if 0 <= m < len(read) and sources[m] and (read[m][5] or read[m][2][-1] == ":"):
                    sources[n], borrowed[n] = sources[m], True
                    break


def _is_quotation(text: str) -> bool:
    """Whether a sentence of speech is the quotation itself rather than the author's sentence
    quoting a phrase ('David Cameron laid out his vision for "a new age of government"'): it
    opens with a quotation mark, holds none (a quotation open before goes on through it), opens
    or closes one that goes past it, or its quoted words are at least half of it."""
    if text[0] in _QUOTE_MARKS or text.count('"') % 2 or text.count("“") != text.count("”"):
        return True
    quoted = sum(len(m.group()) for m in _QUOTATION.finditer(text))
    return quoted == 0 or 2 * quoted >= len(text)


def _speaks(text: str) -> bool:
    """Whether ``text`` quotes speech: a quotation of four words or more, not a scare-quoted
    word or phrase ("the so-called "moderates"") nor a phrase named after a determiner (the
    "city of brotherly love"), unless it is as long as a sentence."""
    return any(
        quoted.count(" ") >= 3
        and (
            quoted.count(" ") >= _SENTENCE_LONG or word_before(text, at) not in _NAMING_DETERMINERS
        )
        for at, quoted in ((m.start(), m.group(1)) for m in _QUOTATION.finditer(text))
    )


def _kind(paragraph: str, start: int, end: int, signals: set[str]) -> ClaimKind:
    if "policy" in signals:
        return ClaimKind.POLICY
    if "future" in signals:
        return ClaimKind.PREDICTION
    if "value" in signals:
        return ClaimKind.VALUE
    if "conditional" in signals and "past" not in signals:
        return ClaimKind.PREDICTION
    if (
        "fact" in signals
        or _FACT.search(paragraph, start, end)
        or _past_tense(paragraph, start, end)
    ):
        return ClaimKind.FACT
    return ClaimKind.VALUE


def _past_tense(paragraph: str, start: int, end: int) -> bool:
    """Whether a regular past tense ("skipped") stands in ``paragraph[start:end]``."""
    for match in _ED.finditer(paragraph, start, end):
        word_start = max(paragraph.rfind(" ", start, match.start()) + 1, start)
        if match.start() - word_start < 2 or not paragraph[word_start].isalpha():
            continue
        if paragraph[word_start : match.end()].lower() in REPORTING_VERBS:
            continue  # "we have long argued": the kind is what is argued
        before_start = max(paragraph.rfind(" ", start, max(word_start - 1, start)) + 1, start)
        if paragraph[before_start:word_start].strip().lower() not in _NOT_PAST_BEFORE:
            return True
    return False
