"""The Article Extraction Benchmark pages (``../shared/corpus/aeb-dev``) and its metrics.

:func:`load_pages` reads every page with its true body and metadata. The metrics follow the
corpus README exactly: :func:`body_scores` compares multisets of 4-gram token shingles per page and
averages precision and recall over pages; :func:`title_exact`, :func:`author_scores` and
:func:`date_exact` score the metadata a careful reader finds on each page.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from statistics import fmean

import attrs

__all__ = [
    "AEB_DEV",
    "AuthorScores",
    "BodyScores",
    "Page",
    "author_scores",
    "body_scores",
    "date_exact",
    "load_pages",
    "shingle_counts",
    "title_exact",
    "tokens",
]

AEB_DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "aeb-dev"
"""The development pages, beside the project checkout."""

_TOKEN = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")


@attrs.frozen(kw_only=True)
class Page:
    """One page of the corpus: its bytes as crawled and what a careful reader finds on it."""

    id: str
    html: bytes
    url: str
    body: str
    title: str
    authors: tuple[str, ...]
    published: str
    """The publication day as ``YYYY-MM-DD``."""
    uncertain: bool


def load_pages(root: Path = AEB_DEV) -> list[Page]:
    """Every page under ``root``, sorted by id."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    metadata = json.loads((root / "metadata.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        meta = metadata[page_id]
        pages.append(
            Page(
                id=page_id,
                html=gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes()),
                url=truth[page_id]["url"],
                body=truth[page_id]["articleBody"],
                title=meta["title"],
                authors=tuple(meta["authors"]),
                published=meta["published"],
                uncertain=bool(meta.get("uncertain", False)),
            )
        )
    return pages


def tokens(text: str) -> list[str]:
    """The ``\\w+`` tokens of ``text``."""
    return _TOKEN.findall(text)


def shingle_counts(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of ``n``-grams of consecutive tokens (fewer tokens than ``n``: one shingle)."""
    words = tokens(text)
    if not words:
        return Counter()
    if len(words) < n:
        return Counter([tuple(words)])
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


@attrs.frozen
class BodyScores:
    precision: float
    recall: float
    f1: float
    accuracy: float


def _page_counts(truth: str, prediction: str) -> tuple[int, int, int]:
    true, predicted = shingle_counts(truth), shingle_counts(prediction)
    tp = sum((true & predicted).values())
    return tp, sum(predicted.values()) - tp, sum(true.values()) - tp


def body_scores(pairs: Iterable[tuple[str, str]]) -> BodyScores:
    """Score ``(truth, prediction)`` body texts, one pair per page, as the benchmark does.

    Per page, tp/fp/fn count shared, extra and missing shingles (the benchmark's division of
    all three by their sum changes no ratio, so it is left out). Precision is averaged over
    pages that predicted something, recall over pages whose truth has something; F1 is the
    harmonic mean of those averages; accuracy is the share of pages whose token lists match.
    """
    precisions: list[float] = []
    recalls: list[float] = []
    equal = total = 0
    for truth, prediction in pairs:
        total += 1
        equal += tokens(truth) == tokens(prediction)
        tp, fp, fn = _page_counts(truth, prediction)
        if tp + fp:
            precisions.append(tp / (tp + fp))
        if tp + fn:
            recalls.append(tp / (tp + fn))
    precision = fmean(precisions) if precisions else 0.0
    recall = fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return BodyScores(precision, recall, f1, equal / total if total else 0.0)


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def title_exact(pairs: Iterable[tuple[str, str | None]]) -> float:
    """The share of ``(truth, prediction)`` titles equal after collapsing whitespace."""
    results = [
        prediction is not None and _collapse(truth) == _collapse(prediction)
        for truth, prediction in pairs
    ]
    return sum(results) / len(results) if results else 0.0


@attrs.frozen
class AuthorScores:
    precision: float
    recall: float
    f1: float


def author_scores(pairs: Iterable[tuple[Sequence[str], Sequence[str]]]) -> AuthorScores:
    """Micro-averaged precision/recall/F1 of author names over all ``(truth, prediction)`` pages.

    Names are compared case-insensitively after collapsing whitespace. A page with no true and
    no predicted author adds nothing; predicting none where there are none is simply no error.
    """
    tp = fp = fn = 0
    for truth, prediction in pairs:
        true = Counter(_collapse(name).casefold() for name in truth)
        predicted = Counter(_collapse(name).casefold() for name in prediction)
        shared = sum((true & predicted).values())
        tp += shared
        fp += sum(predicted.values()) - shared
        fn += sum(true.values()) - shared
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return AuthorScores(precision, recall, f1)


def date_exact(pairs: Iterable[tuple[str, str | None]]) -> float:
    """The share of ``(truth, prediction)`` pages whose predicted ``YYYY-MM-DD`` day is true."""
    results = [truth == prediction for truth, prediction in pairs]
    return sum(results) / len(results) if results else 0.0
