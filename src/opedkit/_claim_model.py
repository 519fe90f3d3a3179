"""The learned half of the claim extractor: two linear models over a sentence's features.

``features`` names what a sentence shows (its words and word pairs, the rule cues it holds, the
kind and source the rules give it, digits, quotation marks, first person, its place in the
paragraph); ``Weights`` holds one weight per feature for "is a checkable fact" and for "reports
someone else", plus a bias each. A sentence is a fact when its fact score (bias plus the weights of
its features) is above zero; likewise for a source. The shipped weights, ``claims_model.json``,
were fitted by ``scripts/train_claims.py``; inference is plain Python.
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
    """Per-feature weights of the fact and source models and their biases."""

    fact: dict[str, float]
    source: dict[str, float]
    bias: dict[str, float]

    def is_fact(self, found: list[str]) -> bool:
        weights = self.fact
        return self.bias["fact"] + sum([weights.get(f, 0.0) for f in found]) > 0

    def is_reported(self, found: list[str]) -> bool:
        weights = self.source
        return self.bias["source"] + sum([weights.get(f, 0.0) for f in found]) > 0

    def dumps(self) -> str:
        data = {"bias": self.bias, "fact": self.fact, "source": self.source}
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def shipped() -> Weights:
    """The weights shipped with opedkit."""
    return read_weights(files("opedkit").joinpath("claims_model.json").read_text(encoding="utf-8"))


def read_weights(text: str) -> Weights:
    """The weights written by ``Weights.dumps``."""
    data = json.loads(text)
    return Weights(fact=data["fact"], source=data["source"], bias=data["bias"])


def features(
    text: str, signals: set[str], kind: str, source: bool, first: bool, flags: list[str]
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
