"""The WCXB development pages (``../shared/corpus/wcxb-dev``) and the benchmark's word metric.

:func:`load_pages` reads every page with its page type and ground truth. :func:`word_f1` is the
benchmark's own score (lowercase ``\\w+`` token multisets, per page); :func:`snippets` counts the
``with`` snippets found and the ``without`` snippets leaked; :func:`same_authors` compares an
author list with the benchmark's one-string credit. :func:`half` splits the pages in two by a
hash of their id, to tune on one half and check on the other.
"""

from __future__ import annotations

import ast
import gzip
import hashlib
import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import attrs

__all__ = [
    "PAGE_TYPES",
    "WCXB_DEV",
    "WcxbPage",
    "half",
    "load_pages",
    "same_authors",
    "snippets",
    "word_f1",
]

WCXB_DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wcxb-dev"
"""The development pages, beside the project checkout."""

PAGE_TYPES = frozenset(
    {"article", "collection", "documentation", "forum", "listing", "product", "service"}
)
"""The benchmark's page types."""

_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")
_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b)\s*")


@attrs.frozen(kw_only=True)
class WcxbPage:
    """One page: its bytes as crawled, its type and what the reviewed ground truth says."""

    id: str
    html: bytes
    url: str
    type: str
    body: str
    title: str | None
    author: str | None
    published: str | None
    with_: tuple[str, ...]
    without: tuple[str, ...]


def _snippet_list(value: object) -> tuple[str, ...]:
    """The benchmark stores its snippet lists as Python literals in a string (or as lists)."""
    if isinstance(value, str):
        value = ast.literal_eval(value) if value.strip() else []
    return tuple(str(item) for item in value) if isinstance(value, list) else ()


def load_pages(root: Path = WCXB_DEV, types: Sequence[str] = (), sample: int = 0) -> list[WcxbPage]:
    """The pages under ``root`` sorted by id, only of ``types`` if given, and only every
    ``sample``-th one if given (a quick, deterministic subset)."""
    kinds = json.loads((root / "metadata.json").read_text(encoding="utf-8"))["files"]
    ids = sorted(
        page_id for page_id, kind in kinds.items() if not types or kind["page_type"] in types
    )
    if sample > 1:
        ids = ids[::sample]
    pages = []
    for page_id in ids:
        record = json.loads((root / "ground-truth" / f"{page_id}.json").read_text(encoding="utf-8"))
        truth = record["ground_truth"]
        pages.append(
            WcxbPage(
                id=page_id,
                html=gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes()),
                url=record.get("url") or kinds[page_id].get("url") or "",
                type=record["_internal"]["page_type"]["primary"],
                body=truth.get("main_content") or "",
                title=truth.get("title"),
                author=truth.get("author"),
                published=truth.get("publish_date"),
                with_=_snippet_list(truth.get("with")),
                without=_snippet_list(truth.get("without")),
            )
        )
    return pages


def half(page_id: str) -> str:
    """``"tune"`` or ``"held-out"``, by a hash of the page id (about half each)."""
    return "tune" if hashlib.sha256(page_id.encode()).digest()[0] < 128 else "held-out"


def word_f1(truth: str, prediction: str) -> float:
    """The benchmark's per-page word F1 over lowercase ``\\w+`` token multisets."""
    true, predicted = (
        Counter(_WORD.findall(truth.lower())),
        Counter(_WORD.findall(prediction.lower())),
    )
    if not true:
        return 0.0 if predicted else 1.0
    if not predicted:
        return 0.0
    shared = sum((true & predicted).values())
    precision, recall = shared / sum(predicted.values()), shared / sum(true.values())
    return 2 * precision * recall / (precision + recall) if shared else 0.0


def snippets(page: WcxbPage, prediction: str) -> tuple[int, int]:
    """How many of the page's ``with`` snippets the prediction holds, and how many ``without``
    snippets it leaks (case-insensitive substrings, whitespace collapsed)."""
    text = _SPACES.sub(" ", prediction).lower()
    found = sum(_SPACES.sub(" ", snippet).lower().strip() in text for snippet in page.with_)
    leaked = sum(_SPACES.sub(" ", snippet).lower().strip() in text for snippet in page.without)
    return found, leaked


_CREDENTIAL = re.compile(r"(?:[A-Z]{2,6}|Ph\.? ?D\.?|M\.?D\.?)®?")
"""Post-nominal letters ("MS", "RD", "Ph.D.", "CFP®") after a name: no name of their own."""


def _names(credit: str) -> set[str]:
    """The names in a credit, split at its separators; post-nominal letters after the first
    part are not names (``"Dylan Bailey, MS, RD"`` credits one person)."""
    parts = [part.strip() for part in _NAME_SEPARATORS.split(credit) if part.strip()]
    return {
        _SPACES.sub(" ", part).casefold()
        for i, part in enumerate(parts)
        if i == 0 or not _CREDENTIAL.fullmatch(part)
    }


def same_authors(truth: str | None, prediction: Sequence[str]) -> bool:
    """Whether the predicted names are the credited ones (the credit split at commas, ``;``,
    ``&`` and "and"; case and whitespace ignored); no credit matches no names."""
    predicted = set().union(*(_names(name) for name in prediction)) if prediction else set()
    return _names(truth or "") == predicted
