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

import attrs

__all__ = ["Weights", "features", "read_weights", "shipped"]

_WORDS = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_QUOTES = ('"', "“", "”")


@attrs.frozen
class Weights:
    """Per-feature weights of the fact model and its bias."""

    fact: dict[str, float]
    bias: float

    def is_fact(self, found: list[str]) -> bool:
        weights = self.fact
        return self.bias + sum([weights.get(f, 0.0) for f in found]) > 0

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
    text: str, signals: set[str], kind: str, *, source: bool, first: bool, flags: list[str]
) -> list[str]:
    """The features of one sentence, given what the rules found in it."""
    words = _WORDS.findall(text.lower())
    found = [*words, *[a + " " + b for a, b in pairwise(words)]]
    found.extend("+" + s for s in signals)
    found.append("=" + kind)
    if source:
        found.append("+source")
    if _DIGIT.search(text):
        found.append("+digit")
        if _YEAR.search(text):
            found.append("+year")
    if any(q in text for q in _QUOTES):
        found.append("+quote")
        if text[0] in _QUOTES:
            found.append("+opens quoted")
    found.extend(flags)
    if first:
        found.append("+first")
    found.append("+long" if len(words) > 25 else "+short" if len(words) < 10 else "+mid")
    return found
