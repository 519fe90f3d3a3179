"""The learned half of the claim extractor: a linear model of "is a checkable fact".

``features`` names what a candidate sentence shows (its words and word pairs, the rule cues it
holds, the kind and source the rules give it, digits, quotation marks, the share of its words
written with a capital (names, mostly), the first person and the first person with a past tense
(an anecdote: "I met her in 2009"), its place in the paragraph and the cues of its neighbours,
its length); ``Weights`` holds one weight per feature and a bias. A sentence is a fact when the
bias plus the weights of its features is above zero. The shipped weights, ``claims_model.json``,
were fitted by ``scripts/train_claims.py`` (a logistic regression); inference is plain Python.

``Weights.is_fact`` adds the same weights ``features`` names without writing the feature names:
at load, the weights become whole numbers (the file holds at most four decimals, so sums are
exact and order-free), words and word pairs (tuple keys) get tables of their own, and the kind's
weight joins the bias.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from importlib.resources import files
from itertools import pairwise, repeat

import attrs

from ._claim_rules import Candidate
from ._model import Claim, ClaimKind, trusted_claim

__all__ = ["Weights", "decide", "features", "read_weights", "shipped"]

_DIGIT = re.compile(r"\d")
# A year: \b(?:1[89]|20)\d\d\b, written to open with a digit so the regex engine skips ahead fast.
_YEAR = re.compile(r"(?:1[89]|20)(?<!\w..)\d\d\b")
_PRONOUNS = frozenset("i we you he she they it this that someone one".split())
_DETERMINERS = frozenset(
    "the a an this that these those its his her their our my your some".split()
)
_QUOTES = ('"', "“", "”")
_FIRST_PERSON = frozenset("i we me us my our".split())
# A sentence's shape in ASCII bytes: capitals "A" (but "I"), small letters "a", an opening mark
# "'" (quotation marks, brackets, any character outside ASCII: the "?" of encode), spaces " ",
# ASCII digits "0" (so that one ``in`` finds any of them).
_SHAPES = bytes.maketrans(
    b'ABCDEFGHJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"([?\t\n0123456789',
    b"A" * 25 + b"a" * 26 + b"'" * 4 + b"  " + b"0" * 10,
)
_NAME_OPENINGS = (b" A", b" 'A", b" Ia", b" IA", b" 'Ia", b" 'IA")  # not "I", "I'm"
_NAMES = tuple(tuple(f"+names {n}0%" for n in range(1, top + 1)) for top in range(5))
_DECIDED = (ClaimKind.FACT, ClaimKind.VALUE, ClaimKind.PREDICTION)
_SCALE = 10_000  # weights have three decimals and the bias four: whole units of 1e-4
_ZEROS = repeat(0)
_ASCII = bytes(range(128))


_SIZES = ("+short", "+mid", "+long")


def _length(words: Sequence[str]) -> str:
    return _SIZES[_size(words)]


def _size(words: Sequence[str]) -> int:
    """Where ``len(words)`` falls in ``_SIZES``: short below 10 words, long above 25."""
    return 2 if len(words) > 25 else 0 if len(words) < 10 else 1


def _pairs_weight(pairs: dict[tuple[str, str], int], words: Sequence[str]) -> int:
    """The weights of the distinct word pairs of ``words``. Most pairs have none: only those
    that have one are put in a set (a pair twice in a sentence counts once)."""
    return sum(map(pairs.__getitem__, set(filter(pairs.__contains__, pairwise(words)))))


@attrs.frozen
class Weights:
    """Per-feature weights of the fact model and its bias."""

    fact: dict[str, float]
    bias: float
    _table: dict[str, int] = attrs.field(init=False, repr=False, eq=False)
    _pairs: dict[tuple[str, str], int] = attrs.field(init=False, repr=False, eq=False)
    _bias_of: dict[ClaimKind, int] = attrs.field(init=False, repr=False, eq=False)
    _marks: dict[str, int] = attrs.field(init=False, repr=False, eq=False)
    # the weight of each length feature and of each names feature's run (see _SIZES, _NAMES)
    _sizes: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _names: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        table: dict[str, int] = {}
        pairs: dict[tuple[str, str], int] = {}
        for name, weight in self.fact.items():
            if name[0] not in "+=" and " " in name:
                first, second = name.split(" ")
                pairs[first, second] = round(weight * _SCALE)
            else:
                table[name] = round(weight * _SCALE)
        bias = round(self.bias * _SCALE)
        bias_of = {kind: bias + table.get("=" + kind.value, 0) for kind in ClaimKind}
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_pairs", pairs)
        object.__setattr__(self, "_bias_of", bias_of)
        marks = {name: table[name] for name in self.fact if name[0] == "+"}
        marks.update({name[1:]: weight for name, weight in marks.items()})  # a signal's, bare
        object.__setattr__(self, "_marks", marks)
        sizes = tuple(table.get(size, 0) for size in _SIZES)
        object.__setattr__(self, "_sizes", sizes)
        names = tuple(sum(table.get(name, 0) for name in run) for run in _NAMES)
        object.__setattr__(self, "_names", names)

    def is_fact(self, candidate: Candidate) -> bool:
        """Whether the weights of ``features(candidate)`` and the bias add up above zero."""
        get = self._table.get
        text, words, source = candidate.text, candidate.words, candidate.source
        seen = set(words)
        total = self._bias_of[candidate.kind] + sum(map(get, seen, _ZEROS))
        total += _pairs_weight(self._pairs, words)
        marks = self._marks.get
        total += sum(map(marks, candidate.signals, _ZEROS))
        total += sum(map(marks, candidate.flags, _ZEROS))
        shape = _shape(text)
        total += self._sizes[_size(words)] + self._names[_tenths(shape, words)]
        if source is not None:
            total += get("+source", 0) + get(_source_form(source), 0)
        if not _FIRST_PERSON.isdisjoint(seen):
            total += get("+first person", 0)
            if "past" in candidate.signals:
                total += get("+first person past", 0)
        if _has_digit(text, shape):
            total += get("+digit", 0)
            if _YEAR.search(text):
                total += get("+year", 0)
        if '"' in text or "“" in text or "”" in text:
            total += get("+quote", 0)
            if text[0] in _QUOTES:
                total += get("+opens quoted", 0)
        return total > 0

    def dumps(self) -> str:
        data = {"bias": self.bias, "fact": self.fact}
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def shipped() -> Weights:
    """The weights shipped with opedkit."""
    return read_weights(files("opedkit").joinpath("claims_model.json").read_text(encoding="utf-8"))


def read_weights(text: str) -> Weights:
    """The weights written by ``Weights.dumps``."""
    data = json.loads(text)
    return Weights(fact=data["fact"], bias=data["bias"])


def features(candidate: Candidate) -> set[str]:
    """The features of one candidate sentence: what the model reads of it."""
    text, words, source = candidate.text, candidate.words, candidate.source
    found = {*words, *map(" ".join, pairwise(words)), *candidate.flags}
    found.add("=" + candidate.kind.value)
    found.update("+" + s for s in candidate.signals)
    if source is not None:
        found.add("+source")
        found.add(_source_form(source))
    if not _FIRST_PERSON.isdisjoint(words):
        found.add("+first person")
        if "past" in candidate.signals:
            found.add("+first person past")
    shape = _shape(text)
    if _has_digit(text, shape):
        found.add("+digit")
        if _YEAR.search(text):
            found.add("+year")
    if '"' in text or "“" in text or "”" in text:
        found.add("+quote")
        if text[0] in _QUOTES:
            found.add("+opens quoted")
    found.add(_length(words))
    found.update(_names(shape, words))
    return found


def decide(found: Sequence[Candidate], weights: Weights | None) -> tuple[Claim, ...]:
    """The claims of ``found``: fact or not by ``weights``, or by the rules alone if None.

    The rules' POLICY stands (a recommendation with a number is still one); the model tells a
    FACT from a VALUE among the rest, and a FACT among the rules' PREDICTIONs that no one else
    is said to make (a dated event already scheduled, "Iraq will hold its parade on January 6",
    or a past narrative with a future word in it, "I knew I was going to die"); a reported
    prediction ("Opponents warned that crime would rise") stays one.
    """
    claims = []
    for c in found:
        kind = c.kind
        if (
            weights is not None
            and kind in _DECIDED
            and (kind is not ClaimKind.PREDICTION or c.source is None)
        ):
            if weights.is_fact(c):
                kind = ClaimKind.FACT
            elif kind is ClaimKind.FACT:
                kind = ClaimKind.VALUE
        claims.append(
            trusted_claim(
                text=c.text,
                kind=kind,
                section=c.section,
                paragraph=c.paragraph,
                start=c.start,
                end=c.end,
                hedged=c.hedged,
                attributed_to=c.source,
            )
        )
    return tuple(claims)


def _shape(text: str) -> bytes:
    """``text`` in ``_SHAPES``: one byte a character (``encode`` makes each character outside
    ASCII one "?")."""
    return text.encode("ascii", "replace").translate(_SHAPES)


def _has_digit(text: str, shape: bytes | None = None) -> bool:
    """``_DIGIT.search(text) is not None``, without a regex scan of the whole text: one ``in``
    for the ASCII digits of ``shape`` (``_shape(text)``, made here if not given; ten ``in``
    checks of the text then), then the regex over the few characters outside ASCII only."""
    if b"0" in shape if shape is not None else any(map(text.__contains__, "0123456789")):
        return True
    if text.isascii():
        return False
    others = text.encode("utf-8", "surrogatepass").translate(None, _ASCII)
    return _DIGIT.search(others.decode("utf-8", "surrogatepass")) is not None


def _names(shape: bytes, words: Sequence[str]) -> tuple[str, ...]:
    """The names features of a sentence: ``_NAMES[_tenths(shape, words)]``."""
    return _NAMES[_tenths(shape, words)]


def _tenths(shape: bytes, words: Sequence[str]) -> int:
    """Which shares of ``words`` (10%, 20%, 30%, 40%: 1 to 4) the words after the first that
    open with a capital reach: a sentence dense with names, "Coltrane then married Naima
    Grubbs", tends to state a fact. A word counts by its letter after a quotation mark or
    bracket; "I" is not a name, nor are capitals outside ASCII (``_openings``)."""
    return min(10 * _openings(shape) // max(len(words), 1), 4)


def _openings(shape: bytes) -> int:
    """How many name openings (``_NAME_OPENINGS``) the sentence's ``shape`` (``_shape``)
    holds, without a regex scan or a loop: with an opening mark after a space dropped, three
    kinds are left (" A", " Ia", " IA"), each counted by one ``count`` in C. A space starts
    every opening, so no two overlap; the mark dropped only joins its space to the word."""
    bare = shape.replace(b" '", b" ")
    return bare.count(b" A") + bare.count(b" Ia") + bare.count(b" IA")


def _source_form(source: str) -> str:
    """What kind of words name ``source``: a pronoun, a name, a phrase."""
    first = source.split(" ", 1)[0].lower()
    if first in _PRONOUNS:
        return "+source pronoun"
    if first in _DETERMINERS:
        return "+source the"
    return "+source name" if source[0].isupper() else "+source other"
