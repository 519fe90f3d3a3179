"""The learned half of the claim extractor: a linear model of "is a checkable fact".

``features`` names what a sentence shows (its words and word pairs, the rule cues it holds, the
kind and source the rules give it, digits, quotation marks, its place in the paragraph, its
length); ``Weights`` holds one weight per feature and a bias. A sentence is a fact when the bias
plus the weights of its features is above zero. The shipped weights, ``claims_model.json``, were
fitted by ``scripts/train_claims.py`` (a logistic regression); inference is plain Python.
"""

from __future__ import annotations

import json
import re
from importlib.resources import files
from itertools import pairwise
from math import fsum

import attrs

__all__ = ["Weights", "features", "read_weights", "shipped"]

_WORDS = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_PRONOUNS = frozenset("i we you he she they it this that someone one".split())
_DETERMINERS = frozenset(
    "the a an this that these those its his her their our my your some".split()
)
_QUOTES = ('"', "“", "”")


@attrs.frozen
class Weights:
    """Per-feature weights of the fact model and its bias."""

    fact: dict[str, float]
    bias: float

    def is_fact(self, found: set[str]) -> bool:
        weights = self.fact
        return self.bias + fsum(map(weights.__getitem__, weights.keys() & found)) > 0

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


def features(
    text: str, signals: set[str], kind: str, source: str | None, flags: list[str]
) -> set[str]:
    """The features of one sentence, given the cues, kind, source and flags the rules found."""
    words = _WORDS.findall(text.lower())
    found = {*words, *map(" ".join, pairwise(words)), *flags, "=" + kind}
    found.update("+" + s for s in signals)
    if source is not None:
        found.add("+source")
        found.add(_source_form(source))
    if _DIGIT.search(text):
        found.add("+digit")
        if _YEAR.search(text):
            found.add("+year")
    if '"' in text or "“" in text or "”" in text:
        found.add("+quote")
        if text[0] in _QUOTES:
            found.add("+opens quoted")
    found.add("+long" if len(words) > 25 else "+short" if len(words) < 10 else "+mid")
    return found


def _source_form(source: str) -> str:
    """What kind of words name ``source``: a pronoun, a name, a phrase."""
    first = source.split(" ", 1)[0].lower()
    if first in _PRONOUNS:
        return "+source pronoun"
    if first in _DETERMINERS:
        return "+source the"
    return "+source name" if source[0].isupper() else "+source other"
