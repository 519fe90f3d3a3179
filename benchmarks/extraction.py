"""Article extraction on aeb-dev and wcxb-dev: opedkit beside trafilatura, readability, newspaper4k.

Run ``.venv/bin/python benchmarks/extraction.py`` from the project root. Every extractor gets
the page's bytes and returns its body text and what metadata it gives, once per page; on aeb-dev
each is then timed over all pages several times and its pages per second is the median pass.
opedkit's ``parse`` always reads metadata too (claims are off), so trafilatura is also timed with
its metadata on. aeb-dev body quality uses that benchmark's shingle metric, wcxb-dev its word F1
per page type with the shares of ``with`` snippets found and ``without`` snippets leaked, and on
both the title, authors and date are scored (on wcxb-dev, over its article pages). wcxb-dev is
also reported by halves (a hash of the page id), one tuned on and one held out. Peers that are
not installed are skipped. ``--only NAME`` runs one extractor, ``--corpus`` one corpus,
``--types``/``--sample N`` a quick subset of wcxb-dev, ``--worst N`` lists the N worst pages.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from statistics import fmean
from typing import Protocol

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import wcxb
from benchmarks.aeb import (
    author_scores,
    body_scores,
    date_exact,
    load_pages,
    title_exact,
)


class Source(Protocol):
    """What every extractor reads: a page's bytes and address."""

    @property
    def html(self) -> bytes: ...
    @property
    def url(self) -> str: ...


@attrs.frozen(kw_only=True)
class Result:
    body: str = ""
    """Empty when the extractor found nothing (or refused the page)."""
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    refused: bool = False
    """The extractor said the page holds no article (opedkit's ``ParseError``)."""
    kind: str | None = None
    """The page type the extractor names (``"article"`` for an article or an unknown kind),
    ``None`` when it names none."""


@attrs.frozen(kw_only=True)
class Extractor:
    name: str
    read: Callable[[Source], Result]
    """Bytes in, body and whatever metadata the extractor gives out."""
    body: Callable[[Source], object]
    """Bytes in, body text out: the timed call."""
    everything: Callable[[Source], object] | None = None
    """Bytes in, body and metadata out, when the extractor can skip metadata in ``body``: timed
    too, since opedkit's ``parse`` always reads both."""
    metadata: bool = True
    """Whether it gives authors and dates (readability gives a title only)."""


def _opedkit() -> Extractor:
    from opedkit import ParseError, html  # noqa: PLC0415 (after the path set-up above)

    kinds = wcxb.PAGE_TYPES - {"article"}

    def read(page: Source) -> Result:
        try:
            article = html.parse(page.html, url=page.url, claims=False)
        except ParseError as error:
            named = re.search(r"it is an? (\w+) page", str(error))
            return Result(refused=True, kind=named.group(1) if named else "article")
        body = "\n\n".join(
            part
            for section in article.sections
            for part in ((section.heading,) if section.heading else ()) + section.paragraphs
        )
        return Result(
            body=body,
            title=article.title,
            authors=tuple(author.name for author in article.authors),
            published=article.published.isoformat()[:10] if article.published else None,
            kind=genre if (genre := article.genre and article.genre.value) in kinds else "article",
        )

    return Extractor(name="opedkit", read=read, body=read)


def _trafilatura() -> Extractor:
    import trafilatura  # noqa: PLC0415 (an optional peer: skipped when absent)
    from trafilatura.settings import Document  # noqa: PLC0415

    def body(page: Source) -> str:
        return trafilatura.extract(page.html, url=page.url, include_comments=False) or ""

    def everything(page: Source) -> object:
        return trafilatura.bare_extraction(
            page.html, url=page.url, include_comments=False, with_metadata=True
        )

    def read(page: Source) -> Result:
        document = everything(page)
        if not isinstance(document, Document):
            return Result()
        authors = (name.strip() for name in (document.author or "").split(";"))
        return Result(
            body=document.text or "",
            title=document.title,
            authors=tuple(name for name in authors if name),
            published=document.date,
        )

    return Extractor(name="trafilatura", read=read, body=body, everything=everything)


def _readability() -> Extractor:
    from readability import Document  # noqa: PLC0415 (an optional peer: skipped when absent)
    from selectolax.lexbor import LexborHTMLParser  # noqa: PLC0415

    def read(page: Source) -> Result:
        document = Document(page.html)
        summary = LexborHTMLParser(document.summary(html_partial=True))
        for node in summary.css("p, div, li, h1, h2, h3, h4, h5, h6, br, tr, pre, blockquote"):
            node.insert_after("\n")
        return Result(body=summary.text(), title=document.short_title())

    return Extractor(name="readability", read=read, body=read, metadata=False)


def _newspaper() -> Extractor:
    import newspaper  # noqa: PLC0415 (an optional peer: skipped when absent)

    def read(page: Source) -> Result:
        result = newspaper.Article(page.url, fetch_images=False)  # no network
        result.download(input_html=page.html.decode("utf-8", "replace"))
        result.parse()
        published = result.publish_date.date().isoformat() if result.publish_date else None
        return Result(
            body=str(result.text),
            title=result.title,
            authors=tuple(result.authors),
            published=published,
        )

    return Extractor(name="newspaper4k", read=read, body=read)


FACTORIES: dict[str, Callable[[], Extractor]] = {
    "opedkit": _opedkit,
    "trafilatura": _trafilatura,
    "readability": _readability,
    "newspaper4k": _newspaper,
}


def pages_per_second(
    call: Callable[[Source], object], pages: Sequence[Source], passes: int
) -> float:
    """The median over ``passes`` timed runs of ``call`` over every page."""
    seconds = []
    for _ in range(passes):
        start = time.perf_counter()
        for page in pages:
            with contextlib.suppress(Exception):  # a peer's failure was reported when scored
                call(page)
        seconds.append(time.perf_counter() - start)
    return len(pages) / statistics.median(seconds)


def _safely(extractor: Extractor, page: Source) -> Result:
    """A peer that crashes on a page scores that page as empty (and says so)."""
    try:
        return extractor.read(page)
    except Exception as error:
        print(f"  {extractor.name} failed on {page.url}: {type(error).__name__}")
        return Result()


def aeb(extractors: Sequence[Extractor], passes: int, worst: int) -> None:
    """Body, metadata and speed on aeb-dev."""
    pages = load_pages()
    print(f"aeb-dev: {len(pages)} pages, speed as the median of {passes} passes\n")
    print(f"{'':12} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'pages/s':>8}")
    speeds, found = {}, {}
    for extractor in extractors:
        found[extractor.name] = results = [_safely(extractor, page) for page in pages]
        scores = body_scores(
            (page.body, result.body) for page, result in zip(pages, results, strict=True)
        )
        speeds[extractor.name] = pages_per_second(extractor.body, pages, passes)
        print(
            f"{extractor.name:12} {scores.f1:6.3f} {scores.precision:6.3f} {scores.recall:6.3f}"
            f" {scores.accuracy:6.3f} {speeds[extractor.name]:8.1f}"
        )
        if worst:
            ranked = sorted(
                (body_scores([(page.body, result.body)]).f1, page.id[:10], page.url)
                for page, result in zip(pages, results, strict=True)
            )
            for f1, page_id, url in ranked[:worst]:
                print(f"    {f1:.3f} {page_id} {url}")
    if "opedkit" in speeds and "trafilatura" in speeds:
        ratio = speeds["opedkit"] / speeds["trafilatura"]
        print(f"\nopedkit pages/s ÷ trafilatura pages/s (body only): {ratio:.1f}")
        peer = next(e for e in extractors if e.name == "trafilatura")
        if peer.everything is not None:
            full = pages_per_second(peer.everything, pages, passes)
            print(
                f"trafilatura with metadata: {full:.1f} pages/s;"
                f" opedkit (always with metadata) ÷ that: {speeds['opedkit'] / full:.1f}"
            )
    print(f"\n{'':12} {'title':>6} {'auth P':>6} {'auth R':>6} {'auth F1':>7} {'date':>6}")
    for extractor in extractors:
        pairs = list(zip(pages, found[extractor.name], strict=True))
        authors = author_scores((p.authors, r.authors) for p, r in pairs)
        title = title_exact((p.title, r.title) for p, r in pairs)
        day = date_exact((p.published, r.published) for p, r in pairs)
        print(
            f"{extractor.name:12} {title:6.3f} {authors.precision:6.3f} {authors.recall:6.3f}"
            f" {authors.f1:7.3f} {day:6.3f}" + ("" if extractor.metadata else "  (title only)")
        )


def wcxb_dev(
    extractors: Sequence[Extractor], types: Sequence[str], sample: int, worst: int
) -> None:
    """Word F1 per page type, snippet shares, metadata on articles, by halves, on wcxb-dev."""
    pages = wcxb.load_pages(types=types, sample=sample)
    print(f"\nwcxb-dev: {len(pages)} pages (word F1; with = share of `with` snippets found,")
    print("without = share of `without` snippets leaked; one pass each, pages/s below)\n")
    groups: dict[str, list[int]] = defaultdict(list)
    for index, page in enumerate(pages):
        groups[page.type].append(index)
    rows = [*sorted(groups, key=lambda kind: -len(groups[kind])), "all"]
    groups["all"] = list(range(len(pages)))
    for index, page in enumerate(pages):
        groups[f"all, {wcxb.half(page.id)}"].append(index)
        if page.type == "article":
            groups[f"article, {wcxb.half(page.id)}"].append(index)
    rows += [
        name
        for name in ("all, tune", "all, held-out", "article, tune", "article, held-out")
        if name in groups
    ]
    f1s: dict[str, list[float]] = {}
    shares: dict[str, list[tuple[int, int]]] = {}
    results: dict[str, list[Result]] = {}
    speed: dict[str, float] = {}
    for extractor in extractors:
        start = time.perf_counter()
        results[extractor.name] = found = [_safely(extractor, page) for page in pages]
        speed[extractor.name] = len(pages) / (time.perf_counter() - start)
        f1s[extractor.name] = [
            wcxb.word_f1(p.body, r.body) for p, r in zip(pages, found, strict=True)
        ]
        shares[extractor.name] = [
            wcxb.snippets(p, r.body) for p, r in zip(pages, found, strict=True)
        ]
    names = [extractor.name for extractor in extractors]
    header = f"{'':18} {'pages':>5} " + " ".join(f"{name:>25}" for name in names)
    print(header)
    print(f"{'':18} {'':>5} " + " ".join(f"{'F1   with without':>25}" for _ in names))
    for row in rows:
        members = groups[row]
        cells = []
        for name in names:
            f1 = fmean(f1s[name][i] for i in members)
            wanted = sum(len(pages[i].with_) for i in members)
            unwanted = sum(len(pages[i].without) for i in members)
            got = sum(shares[name][i][0] for i in members)
            leaked = sum(shares[name][i][1] for i in members)
            cells.append(
                f"{f1:.3f} {got / wanted if wanted else 1:6.3f}"
                f" {leaked / unwanted if unwanted else 0:6.3f}"
            )
        print(f"{row:18} {len(members):5} " + " ".join(f"{cell:>25}" for cell in cells))
    print(
        f"{'nothing found':18} {'':5} "
        + " ".join(f"{sum(not r.body for r in results[name]):>25}" for name in names)
    )
    print(f"{'pages/s':18} {'':5} " + " ".join(f"{speed[name]:>25.1f}" for name in names))
    articles = [i for i, page in enumerate(pages) if page.type == "article"]
    if articles:
        print(f"\nwcxb-dev articles ({len(articles)}), exact match")
        print(f"{'':12} {'title':>6} {'author':>6} {'date':>6}")
        for extractor in extractors:
            found = results[extractor.name]
            title = fmean(_same_text(pages[i].title, found[i].title) for i in articles)
            author = fmean(wcxb.same_authors(pages[i].author, found[i].authors) for i in articles)
            day = fmean((pages[i].published or None) == found[i].published for i in articles)
            print(
                f"{extractor.name:12} {title:6.3f} "
                + (f"{author:6.3f} {day:6.3f}" if extractor.metadata else "(title only)")
            )
    for extractor in extractors:
        if any(result.kind is not None for result in results[extractor.name]):
            _kind_table(extractor.name, pages, results[extractor.name])
    if worst:
        for extractor in extractors[:1]:
            ranked = sorted(
                zip(
                    f1s[extractor.name], (p.id for p in pages), (p.type for p in pages), strict=True
                )
            )
            print(f"\n{extractor.name}: worst {worst} wcxb-dev pages")
            for f1, page_id, kind in ranked[:worst]:
                print(f"    {f1:.3f} {page_id} {kind}")


def _kind_table(name: str, pages: Sequence[wcxb.WcxbPage], found: Sequence[Result]) -> None:
    """How often the extractor names each page's type (an article: no other kind), by halves,
    and what it names instead."""
    kinds = ["article", *sorted(wcxb.PAGE_TYPES - {"article"})]
    print(f"\n{name}: page kind named (share right; tune / held-out; what was named)")
    print(
        f"{'':14} {'pages':>5} {'right':>6} {'tune':>6} {'held':>6}  "
        + " ".join(f"{kind[:6]:>6}" for kind in kinds)
    )
    rows: dict[str, list[int]] = defaultdict(list)
    for index, page in enumerate(pages):
        rows[page.type].append(index)
    rows["all"] = list(range(len(pages)))
    for row in [*kinds, "all"]:
        members = rows.get(row, [])
        if not members:
            continue
        right = [found[i].kind == pages[i].type for i in members]
        halves = [
            [ok for i, ok in zip(members, right, strict=True) if wcxb.half(pages[i].id) == h]
            for h in ("tune", "held-out")
        ]
        named = Counter(found[i].kind for i in members)
        print(
            f"{row:14} {len(members):5} {fmean(right):6.3f} "
            + " ".join(f"{fmean(h) if h else 0:6.3f}" for h in halves)
            + "  "
            + " ".join(f"{named[kind]:6}" for kind in kinds)
        )


def _same_text(truth: str | None, prediction: str | None) -> bool:
    return " ".join((truth or "").split()) == " ".join((prediction or "").split())


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--passes", type=int, default=3, help="timed passes on aeb-dev (median)")
    parser.add_argument("--only", choices=sorted(FACTORIES), action="append", help="extractor")
    parser.add_argument("--corpus", choices=("aeb", "wcxb", "both"), default="both")
    parser.add_argument("--types", nargs="*", default=(), help="wcxb-dev page types to read")
    parser.add_argument("--sample", type=int, default=0, help="every N-th wcxb-dev page only")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages by F1")
    args = parser.parse_args(argv)
    extractors = []
    for name, factory in FACTORIES.items():
        if args.only and name not in args.only:
            continue
        try:
            extractors.append(factory())
        except ImportError:
            print(f"{name}: not installed, skipped")
    if args.corpus in ("aeb", "both"):
        aeb(extractors, args.passes, args.worst)
    if args.corpus in ("wcxb", "both"):
        wcxb_dev(extractors, args.types, args.sample, args.worst)


if __name__ == "__main__":
    main()
