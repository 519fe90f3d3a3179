"""Time opedkit.json against pydantic v2 and msgspec models of the same shape.

Run: ``.venv/bin/python benchmarks/json_bench.py`` (needs the ``bench`` extra). The article is
seed-sized (about 5.5 kB of text in 18 paragraphs, 12 claims). Each round times every contender
in turn (interleaved, so machine noise hits all alike); the figures are medians over rounds.
"""

from __future__ import annotations

import enum
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import attrs
import msgspec
import pydantic

import opedkit.json
from opedkit import Article, Section

ROUNDS = 15
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "column.json"


def seed_sized() -> Article:
    """The shipped sample grown to seed size: ~5 kB of text, 16 paragraphs, 12 claims.

    Each paragraph is written twice over (claims keep their offsets in the first copy) and the
    sections are repeated under new headings.
    """
    base = opedkit.json.loads(EXAMPLE.read_bytes())
    sections = tuple(
        Section(
            heading=None if i == 0 else f"{section.heading or 'Part'} ({i})",
            paragraphs=tuple(f"{p} {p}" for p in section.paragraphs),
        )
        for i, section in enumerate(base.sections * 2)
    )
    return attrs.evolve(base, sections=sections, claims=(base.claims * 2)[:12])


class Kind(enum.Enum):
    FACT = "fact"
    VALUE = "value"
    POLICY = "policy"
    PREDICTION = "prediction"


class PAuthor(pydantic.BaseModel, frozen=True, extra="forbid", strict=True):
    name: str
    bio: str | None = None
    affiliation: str | None = None
    role: str | None = None
    url: str | None = None


class PSection(pydantic.BaseModel, frozen=True, extra="forbid", strict=True):
    heading: str | None = None
    paragraphs: tuple[str, ...] = ()


class PClaim(pydantic.BaseModel, frozen=True, extra="forbid", strict=True):
    text: str
    kind: Kind
    section: int
    paragraph: int
    start: int
    end: int
    hedged: bool = False
    attributed_to: str | None = None


class PArticle(pydantic.BaseModel, frozen=True, extra="forbid", strict=True):
    opedkit: int = 1
    title: str
    subtitle: str | None = None
    authors: tuple[PAuthor, ...] = ()
    published: datetime | date | None = None
    updated: datetime | date | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = None
    genre: str | None = None
    tags: tuple[str, ...] = ()
    disclaimer: str | None = None
    sections: tuple[PSection, ...] = ()
    claims: tuple[PClaim, ...] = ()


class MAuthor(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    name: str
    bio: str | None = None
    affiliation: str | None = None
    role: str | None = None
    url: str | None = None


class MSection(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    heading: str | None = None
    paragraphs: tuple[str, ...] = ()


class MClaim(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    text: str
    kind: Kind
    section: int
    paragraph: int
    start: int
    end: int
    hedged: bool = False
    attributed_to: str | None = None


class MArticle(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    title: str
    opedkit: int = 1
    subtitle: str | None = None
    authors: tuple[MAuthor, ...] = ()
    published: datetime | None = None
    updated: datetime | None = None
    url: str | None = None
    publisher: str | None = None
    language: str | None = None
    genre: str | None = None
    tags: tuple[str, ...] = ()
    disclaimer: str | None = None
    sections: tuple[MSection, ...] = ()
    claims: tuple[MClaim, ...] = ()


def per_call(function: Callable[[], object], budget: float = 0.05) -> float:
    """Seconds per call, over as many calls as fit in ``budget`` seconds."""
    calls, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < budget:
        for _ in range(50):
            function()
        calls += 50
    return elapsed / calls


def main() -> None:
    article = seed_sized()
    data = opedkit.json.dumps(article).encode()
    text_chars = sum(map(len, article.paragraphs))
    print(f"article: {len(article.paragraphs)} paragraphs, {text_chars} characters of text, "
          f"{len(article.claims)} claims, {len(data)} bytes of JSON")  # fmt: skip
    p_article = PArticle.model_validate_json(data)
    m_decoder = msgspec.json.Decoder(MArticle)
    m_encoder = msgspec.json.Encoder()
    m_article = m_decoder.decode(data)
    assert opedkit.json.loads(data) == article
    contenders: dict[str, Callable[[], object]] = {
        "opedkit loads": lambda: opedkit.json.loads(data),
        "pydantic model_validate_json": lambda: PArticle.model_validate_json(data),
        "msgspec decode": lambda: m_decoder.decode(data),
        "opedkit dumps": lambda: opedkit.json.dumps(article),
        "pydantic model_dump_json": lambda: p_article.model_dump_json(exclude_defaults=True),
        "msgspec encode": lambda: m_encoder.encode(m_article),
    }
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(ROUNDS):
        for name, function in contenders.items():
            samples[name].append(per_call(function))
    median = {name: statistics.median(values) for name, values in samples.items()}
    versions = f"pydantic {pydantic.VERSION}, msgspec {msgspec.__version__}"
    print(f"python {sys.version.split()[0]}, {versions}")
    print(f"{'':32} {'median µs':>10}")
    for name, seconds in median.items():
        print(f"{name:32} {seconds * 1e6:10.1f}")
    print()
    loads_ratio = median["opedkit loads"] / median["pydantic model_validate_json"]
    dumps_ratio = median["opedkit dumps"] / median["msgspec encode"]
    print(f"loads: opedkit / pydantic = {loads_ratio:.2f}x  (goal <= 1.0)")
    print(f"loads: opedkit / msgspec  = {median['opedkit loads'] / median['msgspec decode']:.2f}x")
    print(f"dumps: opedkit / msgspec  = {dumps_ratio:.2f}x  (goal <= 1.5)")
    to_pydantic = median["opedkit dumps"] / median["pydantic model_dump_json"]
    print(f"dumps: opedkit / pydantic = {to_pydantic:.2f}x")


if __name__ == "__main__":
    main()
