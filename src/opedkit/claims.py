"""Claims: the assertions an article makes, found by a replaceable extractor.

``extract(article)`` returns the claims the built-in rule-based extractor finds. Any callable
taking an Article and returning a tuple of Claims is an :class:`Extractor` and can be passed to
the parsers as ``claims=``.
"""

from __future__ import annotations

from typing import Protocol

import attrs

from ._model import Article, Claim

__all__ = ["Extractor", "extract", "with_claims"]


class Extractor(Protocol):
    """Anything that finds claims in an article."""

    def __call__(self, article: Article, /) -> tuple[Claim, ...]: ...


def extract(article: Article) -> tuple[Claim, ...]:
    """Find the claims ``article`` makes (placeholder until the extractor lands)."""
    return ()


def with_claims(article: Article, claims: bool | Extractor) -> Article:
    """``article`` with its claims found by ``claims`` (True: the built-in extractor; False: none)."""
    if claims is False:
        return article
    extractor: Extractor = extract if claims is True else claims
    return attrs.evolve(article, claims=extractor(article))
