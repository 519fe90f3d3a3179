"""Claims: the assertions an article makes, found by a replaceable extractor.

``extract(article)`` returns the claims the built-in extractor finds. Any callable taking an
Article and returning a tuple of Claims is an :class:`Extractor` and can be passed to the parsers
as ``claims=``; ``trained(path)`` is the built-in extractor with weights of one's own.

The built-in extractor is a hybrid: rules (``_claim_rules``, who a sentence reports in
``_claim_sources``, cue lists in ``_claim_cues``) read each sentence of each body paragraph for
whether it is a claim, its hedge, its source and whether it recommends or predicts; a linear
model (``_claim_model``, weights shipped in ``claims_model.json``) tells FACT from VALUE among
the rest. No downloads, no dependency beyond the standard library.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

import attrs

from ._claim_model import decide, read_weights, shipped
from ._claim_rules import candidates
from ._model import Article, Claim

__all__ = ["Extractor", "extract", "trained", "with_claims"]

_WEIGHTS = shipped()


class Extractor(Protocol):
    """Anything that finds claims in an article."""

    def __call__(self, article: Article, /) -> tuple[Claim, ...]: ...


def extract(article: Article) -> tuple[Claim, ...]:
    """Find the claims ``article`` makes, sentence by sentence, in reading order."""
    return decide(candidates(article), _WEIGHTS)


def trained(path: str | os.PathLike[str]) -> Extractor:
    """The built-in extractor with the weights ``scripts/train_claims.py`` wrote to ``path``."""
    weights = read_weights(Path(path).read_text(encoding="utf-8"))

    def extract_with(article: Article) -> tuple[Claim, ...]:
        return decide(candidates(article), weights)

    return extract_with


def with_claims(article: Article, claims: bool | Extractor) -> Article:
    """``article`` with claims found by ``claims`` (True: the built-in extractor; False: none)."""
    if claims is False:
        return article
    extractor: Extractor = extract if claims is True else claims
    return attrs.evolve(article, claims=extractor(article))
