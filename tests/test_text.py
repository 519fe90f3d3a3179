"""opedkit.text: reading op-ed text as scrapers save it, and the canonical text form."""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given

from opedkit import Article, strategies, text
from tests.conftest import CORPUS

FIXTURES = Path(__file__).parent / "fixtures" / "text"
SEED = CORPUS / "seed" / "000_0be67fb59dd569d7.txt"


def test_the_seed_column_parses_as_the_corpus_readme_says() -> None:
    """Title without the bracket, one author with bio and affiliation, 15 clean body paragraphs."""
    article = text.parse(SEED.read_text(encoding="utf-8"), claims=False)
    assert article.title == "NK's frustrations indicate Trump is holding the line"
    (author,) = article.authors
    assert author.name == "Ted Gover"
    assert author.bio is not None
    assert author.bio.startswith("Ted Gover writes on US-Asian relations")
    assert author.bio.endswith("at Claremont Graduate University.")
    assert "Ed." not in author.bio
    assert author.affiliation == "Claremont Graduate University"
    paragraphs = article.paragraphs
    assert len(paragraphs) == 15
    assert paragraphs[0].startswith("North Korea’s Nov. 28 test-firing")
    assert any(p.startswith("By most counts,") for p in paragraphs)
    for p in paragraphs:
        assert p != "Back To Top"
        assert p != "By Ted Gover"
        assert "Claremont" not in p


def _key(article: Article) -> tuple[object, ...]:
    return (
        article.title,
        article.subtitle,
        tuple((a.name, a.bio) for a in article.authors),
        tuple((s.heading, s.paragraphs) for s in article.sections),
        article.published,
        article.updated,
        article.genre,
        article.disclaimer,
    )


@given(strategies.articles())
def test_render_then_parse_keeps_what_the_text_form_carries(article: Article) -> None:
    """Title, subtitle, genre, author names and bios, sections, dates and disclaimer survive."""
    names = [a.name.casefold() for a in article.authors]
    assume(len(set(names)) == len(names))
    assert _key(text.parse(text.render(article), claims=False)) == _key(article)
