"""Article extraction on the aeb-dev pages: opedkit beside trafilatura, readability and newspaper4k.

Run ``.venv/bin/python benchmarks/extraction.py`` from the project root. Every extractor gets
the page's bytes and returns its body text; each is timed over all pages several times and its
pages per second is the median pass. opedkit's ``parse`` always reads metadata too (claims are
off), so trafilatura is also timed with its metadata on. Body quality uses the benchmark's
shingle metric; metadata (title, authors, date) is scored for the extractors that give it. Peers
that are not installed are skipped. ``--only NAME`` runs one extractor; ``--worst N`` lists its
N worst pages by F1.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.aeb import (
    Page,
    author_scores,
    body_scores,
    date_exact,
    load_pages,
    title_exact,
)


@attrs.frozen(kw_only=True)
class Metadata:
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None


@attrs.frozen(kw_only=True)
class Extractor:
    name: str
    body: Callable[[Page], str]
    """Bytes in, body text out: the timed call."""
    metadata: Callable[[Page], Metadata] | None = None
    everything: Callable[[Page], object] | None = None
    """Bytes in, body and metadata out, when the extractor can skip metadata in ``body``: timed
    too, since opedkit's ``parse`` always reads both."""


def _opedkit() -> Extractor:
    from opedkit import ParseError, html  # noqa: PLC0415 (after the path set-up above)

    def body(page: Page) -> str:
        try:
            article = html.parse(page.html, url=page.url, claims=False)
        except ParseError:
            return ""
        return "\n\n".join(
            part
            for section in article.sections
            for part in ((section.heading,) if section.heading else ()) + section.paragraphs
        )

    def metadata(page: Page) -> Metadata:
        try:
            article = html.parse(page.html, url=page.url, claims=False)
        except ParseError:
            return Metadata()
        published = article.published.isoformat()[:10] if article.published else None
        return Metadata(
            title=article.title,
            authors=tuple(author.name for author in article.authors),
            published=published,
        )

    return Extractor(name="opedkit", body=body, metadata=metadata)


def _trafilatura() -> Extractor:
    import trafilatura  # noqa: PLC0415 (an optional peer: skipped when absent)
    from trafilatura.settings import Document  # noqa: PLC0415

    def body(page: Page) -> str:
        return trafilatura.extract(page.html, url=page.url, include_comments=False) or ""

    def everything(page: Page) -> object:
        return trafilatura.bare_extraction(
            page.html, url=page.url, include_comments=False, with_metadata=True
        )

    def metadata(page: Page) -> Metadata:
        document = everything(page)
        if not isinstance(document, Document):
            return Metadata()
        authors = tuple(name.strip() for name in (document.author or "").split(";"))
        return Metadata(
            title=document.title,
            authors=tuple(name for name in authors if name),
            published=document.date,
        )

    return Extractor(name="trafilatura", body=body, metadata=metadata, everything=everything)


def _readability() -> Extractor:
    from readability import Document  # noqa: PLC0415 (an optional peer: skipped when absent)
    from selectolax.lexbor import LexborHTMLParser  # noqa: PLC0415

    def body(page: Page) -> str:
        summary = LexborHTMLParser(Document(page.html).summary(html_partial=True))
        for node in summary.css("p, div, li, h1, h2, h3, h4, h5, h6, br, tr, pre, blockquote"):
            node.insert_after("\n")
        return summary.text()

    def metadata(page: Page) -> Metadata:
        return Metadata(title=Document(page.html).short_title())

    return Extractor(name="readability", body=body, metadata=metadata)


def _newspaper() -> Extractor:
    import newspaper  # noqa: PLC0415 (an optional peer: skipped when absent)

    def article(page: Page) -> newspaper.Article:
        result = newspaper.Article(page.url)
        result.download(input_html=page.html.decode("utf-8", "replace"))
        result.parse()
        return result

    def metadata(page: Page) -> Metadata:
        result = article(page)
        published = result.publish_date.date().isoformat() if result.publish_date else None
        return Metadata(title=result.title, authors=tuple(result.authors), published=published)

    return Extractor(
        name="newspaper4k", body=lambda page: str(article(page).text), metadata=metadata
    )


FACTORIES: dict[str, Callable[[], Extractor]] = {
    "opedkit": _opedkit,
    "trafilatura": _trafilatura,
    "readability": _readability,
    "newspaper4k": _newspaper,
}


def pages_per_second(call: Callable[[Page], object], pages: Sequence[Page], passes: int) -> float:
    """The median over ``passes`` timed runs of ``call`` over every page."""
    seconds = []
    for _ in range(passes):
        start = time.perf_counter()
        for page in pages:
            call(page)
        seconds.append(time.perf_counter() - start)
    return len(pages) / statistics.median(seconds)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--passes", type=int, default=3, help="timed passes (median is kept)")
    parser.add_argument("--only", choices=sorted(FACTORIES), help="run one extractor")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages by F1")
    args = parser.parse_args(argv)
    pages = load_pages()
    extractors = []
    for name, factory in FACTORIES.items():
        if args.only and name != args.only:
            continue
        try:
            extractors.append(factory())
        except ImportError:
            print(f"{name}: not installed, skipped")
    print(f"{len(pages)} pages, median of {args.passes} passes\n")
    print(f"{'':12} {'F1':>6} {'prec':>6} {'recall':>6} {'acc':>6} {'pages/s':>8}")
    speeds = {}
    for extractor in extractors:
        texts = [extractor.body(page) for page in pages]
        scores = body_scores(zip((page.body for page in pages), texts, strict=True))
        speeds[extractor.name] = pages_per_second(extractor.body, pages, args.passes)
        print(
            f"{extractor.name:12} {scores.f1:6.3f} {scores.precision:6.3f} {scores.recall:6.3f}"
            f" {scores.accuracy:6.3f} {speeds[extractor.name]:8.1f}"
        )
        if args.worst:
            _print_worst(pages, texts, args.worst)
    if "opedkit" in speeds and "trafilatura" in speeds:
        ratio = speeds["opedkit"] / speeds["trafilatura"]
        print(f"\nopedkit pages/s ÷ trafilatura pages/s (body only): {ratio:.1f}")
        peer = next(e for e in extractors if e.name == "trafilatura")
        if peer.everything is not None:
            full = pages_per_second(peer.everything, pages, args.passes)
            print(
                f"trafilatura with metadata: {full:.1f} pages/s;"
                f" opedkit (always with metadata) ÷ that: {speeds['opedkit'] / full:.1f}"
            )
    print(f"\n{'':12} {'title':>6} {'auth P':>6} {'auth R':>6} {'auth F1':>7} {'date':>6}")
    for extractor in extractors:
        if extractor.metadata is None:
            continue
        found = [extractor.metadata(page) for page in pages]
        pairs = list(zip(pages, found, strict=True))
        authors = author_scores((p.authors, m.authors) for p, m in pairs)
        title = title_exact((p.title, m.title) for p, m in pairs)
        day = date_exact((p.published, m.published) for p, m in pairs)
        print(
            f"{extractor.name:12} {title:6.3f} {authors.precision:6.3f} {authors.recall:6.3f}"
            f" {authors.f1:7.3f} {day:6.3f}"
        )


def _print_worst(pages: Sequence[Page], texts: Sequence[str], count: int) -> None:
    ranked = sorted(
        ((body_scores([(page.body, text)]), page) for page, text in zip(pages, texts, strict=True)),
        key=lambda pair: pair[0].f1,
    )
    for scores, page in ranked[:count]:
        print(
            f"    {scores.f1:.3f} P {scores.precision:.3f} R {scores.recall:.3f}"
            f"  {page.id[:10]} {page.url}"
        )


if __name__ == "__main__":
    main()
