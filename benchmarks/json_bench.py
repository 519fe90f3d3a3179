"""Time opedkit.json against pydantic v2 and msgspec models of the same shape, in one run.

Run: ``.venv/bin/python benchmarks/json_bench.py`` (needs the ``bench`` extra). Three articles: a
seed-sized one (about 5 kB of text in 16 paragraphs, 12 claims), one ten times larger, and the
seed-sized one with curly apostrophes (not ASCII, as most published text).
Peers: pydantic v2 twice (a plain strict model, and one that also checks opedkit's clean-text
rule with a pattern on every text field) and msgspec Structs (types only). Each round times
every contender in turn (interleaved, so machine noise hits all alike); figures are medians of
CPU time.
"""

from __future__ import annotations

import enum
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Annotated

import attrs
import msgspec
import pydantic

import opedkit.json
from opedkit import Article, Section, _wire

ROUNDS = 15
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "column.json"
# opedkit's clean-text rule without look-arounds, so that pydantic's Rust regex engine runs it.
_CHAR = "\\s\x00-\x1f\x7f-\x9f\u2028\u2029"
CLEAN = f"^[^{_CHAR}]+(?:[^\\S\x00-\x1f\x7f-\x9f\u2028\u2029][^{_CHAR}]+)*$"
Clean = Annotated[str, pydantic.StringConstraints(pattern=CLEAN)]


def seed_sized() -> Article:
    """The shipped sample laid out at the seed's size: 16 paragraphs in 4 sections, 12 claims.

    Paragraphs are the sample's, in order and repeated as needed; claims keep their offsets in
    the first copy of their paragraph; the time is an aware datetime, which every peer reads.
    """
    base = opedkit.json.loads(EXAMPLE.read_bytes())
    flat = base.paragraphs
    where: dict[tuple[int, int], int] = {}
    for s, section in enumerate(base.sections):
        for p in range(len(section.paragraphs)):
            where[s, p] = len(where)
    sections = tuple(
        Section(
            heading=None if i == 0 else f"Part {i + 1}",
            paragraphs=tuple(flat[n % len(flat)] for n in range(4 * i, 4 * i + 4)),
        )
        for i in range(4)
    )
    claims = tuple(
        attrs.evolve(claim, section=n // 4, paragraph=n % 4)
        for claim in base.claims
        if (n := where[claim.section, claim.paragraph]) < 16
    )[:12]
    published = datetime(2024, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=-4)))
    return attrs.evolve(base, sections=sections, claims=claims, published=published)


def larger(article: Article, times: int = 10) -> Article:
    """``article`` with its sections and claims repeated ``times`` over (later copies titled)."""
    sections = tuple(
        attrs.evolve(section, heading=section.heading or f"Part {copy}") if copy else section
        for copy in range(times)
        for section in article.sections
    )
    width = len(article.sections)
    claims = tuple(
        attrs.evolve(claim, section=claim.section + copy * width)
        for copy in range(times)
        for claim in article.claims
    )
    return attrs.evolve(article, sections=sections, claims=claims)


def typographic(article: Article) -> Article:
    """``article`` with curly apostrophes, as most published text has: its JSON is then not ASCII,
    which takes opedkit's clean-text check off its quickest road."""
    return opedkit.json.loads(opedkit.json.encode(article).replace(b"'", "\u2019".encode()))


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


class RAuthor(pydantic.BaseModel, frozen=True, extra="forbid", strict=True):
    name: Clean
    bio: Clean | None = None
    affiliation: Clean | None = None
    role: Clean | None = None
    url: str | None = None


class RSection(pydantic.BaseModel, frozen=True, extra="forbid", strict=True):
    heading: Clean | None = None
    paragraphs: tuple[Clean, ...] = ()


class RClaim(pydantic.BaseModel, frozen=True, extra="forbid", strict=True):
    text: Clean
    kind: Kind
    section: int
    paragraph: int
    start: int
    end: int
    hedged: bool = False
    attributed_to: Clean | None = None


class RArticle(pydantic.BaseModel, frozen=True, extra="forbid", strict=True):
    opedkit: int = 1
    title: Clean
    subtitle: Clean | None = None
    authors: tuple[RAuthor, ...] = ()
    published: datetime | date | None = None
    updated: datetime | date | None = None
    url: str | None = None
    publisher: Clean | None = None
    language: str | None = None
    genre: str | None = None
    tags: tuple[Clean, ...] = ()
    disclaimer: Clean | None = None
    sections: tuple[RSection, ...] = ()
    claims: tuple[RClaim, ...] = ()


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
    """CPU seconds per call, over as many calls as fit in ``budget`` seconds.

    CPU time of this thread (``time.thread_time``), not the wall clock: on a busy machine the
    time spent waiting for a core is then not counted, which halves the spread of the medians.
    """
    calls, start = 0, time.thread_time()
    while (elapsed := time.thread_time() - start) < budget:
        for _ in range(50):
            function()
        calls += 50
    return elapsed / calls


def measure(article: Article) -> dict[str, float]:
    """Median seconds per call of every contender on ``article``."""
    data = opedkit.json.encode(article)
    text_chars = sum(map(len, article.paragraphs))
    print(f"article: {len(article.paragraphs)} paragraphs, {text_chars:,} characters of text, "
          f"{len(article.claims)} claims, {len(data):,} bytes of JSON"
          f"{'' if data.isascii() else ' (not ASCII)'}")  # fmt: skip
    p_article = PArticle.model_validate_json(data)
    assert RArticle.model_validate_json(data) is not None
    m_decoder = msgspec.json.Decoder(MArticle)
    m_encoder = msgspec.json.Encoder()
    m_article = m_decoder.decode(data)
    assert opedkit.json.loads(data) == article
    contenders: dict[str, Callable[[], object]] = {
        "opedkit loads": lambda: opedkit.json.loads(data),
        "pydantic same rules": lambda: RArticle.model_validate_json(data),
        "pydantic model_validate_json": lambda: PArticle.model_validate_json(data),
        "msgspec decode": lambda: m_decoder.decode(data),
        "opedkit encode (bytes)": lambda: opedkit.json.encode(article),
        "opedkit dumps (str)": lambda: opedkit.json.dumps(article),
        "pydantic model_dump_json": lambda: p_article.model_dump_json(exclude_defaults=True),
        "msgspec encode": lambda: m_encoder.encode(m_article),
    }
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(ROUNDS):
        for name, function in contenders.items():
            samples[name].append(per_call(function))
    median = {name: statistics.median(values) for name, values in samples.items()}
    for name, seconds in median.items():
        print(f"  {name:30} {seconds * 1e6:10.1f} µs")
    ratios = [
        ("loads / pydantic same rules", "opedkit loads", "pydantic same rules", "<= 1.0"),
        ("loads / pydantic", "opedkit loads", "pydantic model_validate_json", "<= 1.0"),
        ("loads / msgspec", "opedkit loads", "msgspec decode", ""),
        ("encode / msgspec", "opedkit encode (bytes)", "msgspec encode", "<= 1.5"),
        ("dumps / msgspec", "opedkit dumps (str)", "msgspec encode", ""),
        ("encode / pydantic", "opedkit encode (bytes)", "pydantic model_dump_json", ""),
    ]
    for label, ours, theirs, goal in ratios:
        note = f"  (goal {goal})" if goal else ""
        print(f"  {label:30} {median[ours] / median[theirs]:8.2f}x{note}")
    return median


def main() -> None:
    versions = f"pydantic {pydantic.VERSION}, msgspec {msgspec.__version__}"
    print(f"python {sys.version.split()[0]}, {versions}; medians of {ROUNDS} interleaved rounds")
    path = "pure Python (OPEDKIT_PURE or no build)" if _wire._cwire is None else "compiled helper"
    print(f"opedkit.json runs on its {path}")
    seed = seed_sized()
    for article in (seed, larger(seed), typographic(seed)):
        print()
        measure(article)


if __name__ == "__main__":
    main()
