"""Sentence boundaries: ``spans(paragraph)`` gives each sentence as a ``(start, end)`` span.

How: one regex finds every candidate end (``.``, ``?``, ``!`` or an ellipsis, any closing quotes
or brackets after it, then a space); the next word must open with a capital letter or a digit.
Scraped text often glues sentences ("convene.Of all"): a stop right after a lowercase word of two
letters or more and right before a capitalised word ends a sentence too (not "J.K.", "e.g.",
"www.Example.com" or "3.5"), and so does one before a quotation mark and a capital: after the
mark when it closes a quotation ('the purge."The next'), before it when it opens one ('he
said."I feel').
A ``?`` or ``!`` then always ends a sentence. A period does not after a title ("Mr.", "Gen."),
nor after "a.m." before a time zone. After a month ("Nov. 28"), an initial ("J. K. Rowling") and
words that may or may not end a sentence ("U.S.", "Inc.", "etc.", an ellipsis) it ends only when
the next word is one that usually starts a sentence ("The", "But", "He"). Decimals ("3.5")
never match: no space follows their point. Spans never include the spaces between sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain

from ._vocabulary import MONTH_WORDS, MONTHS

__all__ = ["spans"]

# Abbreviations after which a period never ends a sentence (compared case-sensitively, without
# the period): titles before names and other words that always have something after them.
NEVER_FINAL = frozenset(
    """
    Mr Mrs Ms Messrs Mme Dr Prof Sen Sens Rep Reps Gov Lt Col Gen Maj Capt Cmdr Adm Sgt Cpl Pvt
    Rev Fr Hon Pres Supt Insp Det Amb Atty St Mt Ft
    vs v cf e.g i.e viz approx Fig fig Vol vol pp p ch Ch Art art Sec sec Nos
    """.split()
)

# Words after which a period ends a sentence only when a usual sentence opener follows
# ("He moved to the U.S. The move ...", "Nov. 28" but "in Feb. That ..."); a dotted acronym
# ("U.S") counts as one of these.
SOMETIMES_FINAL = frozenset(
    "Inc Co Corp Ltd Bros Jr Sr etc al No no Ave Blvd Rd esp".split()
) | {  # month abbreviations: a short name that begins a longer one of its month ("Nov", "Sept")
    name.capitalize()
    for name, month in MONTHS.items()
    if len(name) <= 4
    and name not in MONTH_WORDS
    and any(other != name and other.startswith(name) for other, m in MONTHS.items() if m == month)
}

# Times of day end a sentence unless a time zone follows ("at 9 a.m. Eastern time").
TIMES_OF_DAY = frozenset({"a.m", "p.m"})
TIME_ZONES = frozenset(
    "ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT UTC BST CET Eastern Central Mountain "
    "Pacific Atlantic local".split()
)

# Words that usually open a sentence; they decide the ambiguous cases above.
OPENERS = frozenset(
    """
    A An The This That These Those There Their Then Thus Still Yet But And Or So Nor For
    If When While Although Though Because Since After Before As In On At By Of To From With
    I We You He She It They His Her Its Our My Your One Some Many Most Few All Each Every No
    Not None Neither Nobody Nothing What Why How Who Which Where Meanwhile However Instead
    Moreover Indeed Even Now Today Yesterday Tomorrow Last Next
    """.split()
)

# A candidate end: a terminal mark, any closing quotes or brackets, then spaces; the rest is
# checked below. One pattern per mark: one that opens with a plain character lets the regex
# engine skip ahead twice as fast as a character class, and a paragraph seldom holds
# more than the period. Their matches never overlap (none holds a mark after its first).
_CANDIDATES = tuple(
    (mark, re.compile(re.escape(mark) + r"(?:[\"'”’)\]]*(\s+)|(?=[A-Z][a-z]|[\"“”][A-Z]))"))
    for mark in ".?!…"
)
_NEXT_OPENING = "\"'“‘(["  # what may stand before the next sentence's first word
_WORD = re.compile(r"\w+")
_PERIOD = _CANDIDATES[0][1]
_DOTTED = re.compile(r"(?:\w\.)+\w")
_TERMINAL = ".?!…"
_OPENING = "\"'“‘([{"
_QUOTES = '"“”'  # a quotation mark glued between a stop and a capital


def spans(paragraph: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each sentence in ``paragraph``, trimmed of surrounding spaces."""
    found: list[tuple[int, int]] = []
    start = counted = straight = 0  # straight quotation marks before paragraph[counted]
    size = len(paragraph)
    for match in _candidates(paragraph):
        spaces = match.group(1)
        after = match.end()
        if not spaces and paragraph[after] in _QUOTES:
            straight += paragraph.count('"', counted, after)  # read once: linear time
            counted = after
            if paragraph[after] == "”" or (paragraph[after] == '"' and straight % 2 == 1):
                after += 1  # 'the purge."The next': the quotation closes, a sentence opens
        # The next word read by hand, not by a regex: any opening marks, then a word character
        # (what ``\w`` matches: ``isalnum`` or "_"); the word itself only when needed.
        word = after
        while word < size and paragraph[word] in _NEXT_OPENING:
            word += 1
        if word == size:
            continue
        first = paragraph[word]
        if first == "_" or "a" <= first <= "z" or not first.isalnum():
            continue  # a sentence starts with a capital, a digit or a non-ASCII letter
        run = match.start()
        if not spaces and not _glued_end(paragraph, run):
            continue
        while run > 0 and paragraph[run - 1] in _TERMINAL:
            run -= 1
        if _ends_here(paragraph, run, match.start() + 1, word):
            found.append((start, match.start(1) if spaces else after))
            start = match.end() if spaces else after
    end = len(paragraph.rstrip())
    if start < end:
        found.append((start, end))
    return found


def _candidates(paragraph: str) -> Iterable[re.Match[str]]:
    """The matches of the candidate ends of ``paragraph``, in order."""
    if "?" not in paragraph and "!" not in paragraph and "…" not in paragraph:
        return _PERIOD.finditer(paragraph)  # most paragraphs: one pattern, nothing to sort
    found = [pattern.finditer(paragraph) for mark, pattern in _CANDIDATES if mark in paragraph]
    if len(found) == 1:
        return found[0]
    return sorted(chain(*found), key=re.Match.start)


def _glued_end(paragraph: str, at: int) -> bool:
    """Whether the mark at ``paragraph[at]``, a capital right after it, ends a sentence.

    Only after a lowercase word of two letters or more ("convene.Of all"): not after an
    initial ("J.K."), an abbreviation or a domain name ("Example.Com" has a capital before).
    """
    word_start = at
    while word_start > 0 and paragraph[word_start - 1].isalpha():
        word_start -= 1
    word = paragraph[word_start:at]
    return (
        len(word) >= 2
        and (word.islower() or paragraph[at] in "?!")
        and (word_start == 0 or paragraph[word_start - 1] in ' "“‘(')
        and word not in NEVER_FINAL
    )


def _ends_here(paragraph: str, at: int, after: int, word: int) -> bool:
    """Whether the terminal marks ``paragraph[at:after]`` before the word at ``paragraph[word]``
    end a sentence."""
    terminal = paragraph[at:after]
    if "?" in terminal or "!" in terminal:
        return True
    if terminal == ".":
        before = paragraph[paragraph.rfind(" ", 0, at) + 1 : at].lstrip(_OPENING)
        if before in NEVER_FINAL:
            return False
        if before in TIMES_OF_DAY:
            return _following(paragraph, word) not in TIME_ZONES
        initial = len(before) == 1 and before.isupper()
        dotted = "." in before and _DOTTED.fullmatch(before) is not None  # no regex without a dot
        if not initial and before not in SOMETIMES_FINAL and not dotted:
            return True
    # An ellipsis, an initial, a dotted acronym or a "sometimes final" word: the next word decides.
    return _following(paragraph, word) in OPENERS


def _following(paragraph: str, word: int) -> str:
    """The word that starts at ``paragraph[word]``."""
    return _WORD.match(paragraph, word).group()  # type: ignore[union-attr]
