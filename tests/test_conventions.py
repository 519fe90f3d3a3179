"""Op-ed conventions read the same in every format: text, Markdown and HTML.

Each convention is a small original article: the lines under its headline (bylines, datelines),
its body, and the lines closing it (bios). It is written out as plain text, as Markdown and as a
web page (the front lines in the page's header, the rest in its body), and every format must
give the same title, authors with their bios, dates and paragraphs.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from datetime import date, datetime

import attrs
import pytest

import opedkit.html
import opedkit.markdown
import opedkit.text
from opedkit import Article

TITLE = "The river needs room to flood"
EN = (
    "Every spring the river rises over the old meadows, and every spring the town pays to pump "
    "the water back behind walls that were built for a smaller river.",
    "Giving the meadows back to the water would cost less than one more season of pumping, and "
    "the farmers upstream have already offered to sell the low fields.",
    "The council votes next month; it should choose the cheaper plan that also works.",
)
DE = (
    "Jedes Frühjahr steigt der Fluss über die alten Wiesen, und jedes Frühjahr zahlt die Stadt "
    "dafür, das Wasser hinter Mauern zurückzupumpen, die für einen kleineren Fluss gebaut sind.",
    "Die Wiesen dem Wasser zurückzugeben ist billiger als eine weitere Saison mit Pumpen, und "
    "die Bauern oben am Fluss wollen die tiefen Felder schon verkaufen.",
)
FR = (
    "Chaque printemps, la rivière monte sur les vieilles prairies, et chaque printemps la ville "
    "paie pour pomper l'eau derrière des murs qui sont trop bas pour la crue.",
    "Rendre les prairies à l'eau coûte moins cher que une saison de plus de pompage, et les "
    "paysans en amont sont prêts à vendre les champs bas.",
)
ES = (
    "Cada primavera el río sube sobre los viejos prados, y cada primavera la ciudad paga para "
    "bombear el agua detrás de los muros que se construyeron para un río más pequeño.",
    "Devolver los prados al agua cuesta menos que otra temporada de bombeo, y los campesinos "
    "de arriba ya ofrecen vender los campos bajos para que el río tenga espacio.",
)
NL = (
    "Elk voorjaar stijgt de rivier over de oude weiden, en elk voorjaar betaalt de stad om het "
    "water terug te pompen achter muren die voor een kleinere rivier zijn gebouwd.",
    "Het is goedkoper om de weiden aan het water terug te geven dan nog een seizoen te pompen, "
    "en de boeren stroomopwaarts willen de lage velden al verkopen.",
)
IT = (
    "Ogni primavera il fiume sale sui vecchi prati, e ogni primavera la città paga per pompare "
    "l'acqua dietro muri che sono stati costruiti per un fiume più piccolo.",
    "Restituire i prati all'acqua costa meno di una stagione di pompe, e gli agricoltori a "
    "monte sono già pronti a vendere i campi bassi che il fiume non usa.",
)


@attrs.frozen
class Convention:
    """An article in one convention and what every format must read from it."""

    front: tuple[str, ...] = ()
    body: tuple[str, ...] = EN
    closing: tuple[str, ...] = ()
    language: str = "en"
    authors: tuple[tuple[str, str | None], ...] = ()
    published: date | None = None
    updated: date | None = None


NOV_29 = date(2019, 11, 29)
CONVENTIONS = {
    "by": Convention(front=("By Mara Quist",), authors=(("Mara Quist", None),)),
    "von": Convention(("Von Jana Rohde",), DE, language="de", authors=(("Jana Rohde", None),)),
    "par": Convention(
        ("Par Jeanne Roussel",), FR, language="fr", authors=(("Jeanne Roussel", None),)
    ),
    "por": Convention(("Por Lucía Ferrer",), ES, language="es", authors=(("Lucía Ferrer", None),)),
    "door": Convention(("Door Joris Smit",), NL, language="nl", authors=(("Joris Smit", None),)),
    "di": Convention(("Di Giulia Conti",), IT, language="it", authors=(("Giulia Conti", None),)),
    "text label": Convention(("Text: Ola Brenn",), authors=(("Ola Brenn", None),)),
    "words label": Convention(("Words: Tam Okafor",), authors=(("Tam Okafor", None),)),
    "invisible characters": Convention(
        ("\ufeffBy\u00a0Mara\u00a0Quist\u200b", "\u200bNov.\u00a029, 2019"),
        authors=(("Mara Quist", None),),
        published=NOV_29,
    ),
    "particles and compound surnames": Convention(
        ("By José da Silva y Pérez and Anke van der Berg",),
        authors=(("José da Silva y Pérez", None), ("Anke van der Berg", None)),
    ),
    "three authors": Convention(
        ("By Ann Lee, Bo Kim & Cy Dunn",),
        authors=(("Ann Lee", None), ("Bo Kim", None), ("Cy Dunn", None)),
    ),
    "american dateline": Convention(
        ("By Mara Quist", "Nov. 29, 2019"), authors=(("Mara Quist", None),), published=NOV_29
    ),
    "weekday and time": Convention(("Friday, Nov. 29, 2019 4:05 p.m.",), published=NOV_29),
    "french day": Convention(("29 novembre 2019",), FR, language="fr", published=NOV_29),
    "dotted day": Convention(("29.11.2019",), DE, language="de", published=NOV_29),
    "iso day and update": Convention(
        ("2019-11-29", "Updated Nov. 30, 2019"), published=NOV_29, updated=date(2019, 11, 30)
    ),
    "named bio": Convention(
        ("By Mara Quist",),
        closing=("Mara Quist is a hydrologist at the Lowland Water Institute.",),
        authors=(("Mara Quist", "Mara Quist is a hydrologist at the Lowland Water Institute."),),
    ),
    "the writer is": Convention(
        ("By Mara Quist",),
        closing=("The writer is a retired dike engineer.",),
        authors=(("Mara Quist", "The writer is a retired dike engineer."),),
    ),
    "the author is": Convention(
        ("By Mara Quist",),
        closing=("The author is a retired dike engineer.",),
        authors=(("Mara Quist", "The author is a retired dike engineer."),),
    ),
    "the writers are": Convention(
        ("By Ann Lee and Bo Kim",),
        closing=("The writers are farmers on the upper river.",),
        authors=(
            ("Ann Lee", "The writers are farmers on the upper river."),
            ("Bo Kim", "The writers are farmers on the upper river."),
        ),
    ),
    "parenthesised bio": Convention(
        ("By Mara Quist",),
        closing=("(Mara Quist teaches river engineering at Northfield.)",),
        authors=(("Mara Quist", "Mara Quist teaches river engineering at Northfield."),),
    ),
    "editor's mark": Convention(
        ("By Mara Quist",),
        closing=("Mara Quist advises towns on floods. -- Ed.",),
        authors=(("Mara Quist", "Mara Quist advises towns on floods."),),
    ),
    "agency": Convention(("By The Associated Press",)),
    "desk": Convention(("By Herald Staff",)),
    "site account": Convention(("Posted by Admin",)),
    "agency credit after a name": Convention(
        ("By Mara Quist and Reuters",), authors=(("Mara Quist", None),)
    ),
}


def _text(c: Convention) -> str:
    return "\n\n".join((TITLE, *c.front, *c.body, *c.closing)) + "\n"


def _markdown(c: Convention) -> str:
    return "\n\n".join((f"# {TITLE}", *c.front, *c.body, *c.closing)) + "\n"


def _html(c: Convention) -> str:
    front = "".join(f"<p>{line}</p>" for line in c.front)
    body = "".join(f"<p>{line}</p>" for line in (*c.body, *c.closing))
    return (
        f'<!doctype html><html lang="{c.language}"><head><title>{TITLE}</title></head><body>'
        f"<header><h1>{TITLE}</h1>{front}</header><div class=story>{body}</div></body></html>"
    )


FORMATS: dict[str, Callable[[Convention], Article]] = {
    "text": lambda c: opedkit.text.parse(_text(c), claims=False),
    "markdown": lambda c: opedkit.markdown.parse(_markdown(c), claims=False),
    "html": lambda c: opedkit.html.parse(_html(c), claims=False),
}


@pytest.mark.parametrize("reader", FORMATS)
@pytest.mark.parametrize("name", CONVENTIONS)
def test_every_format_reads_the_convention_alike(name: str, reader: str) -> None:
    """The title, authors with their bios, dates and paragraphs are the convention's own."""
    convention = CONVENTIONS[name]
    article = FORMATS[reader](convention)
    published = article.published
    day = published.date() if isinstance(published, datetime) else published
    assert article.title == TITLE
    assert tuple((a.name, a.bio) for a in article.authors) == convention.authors
    assert day == convention.published
    assert article.updated == convention.updated
    assert article.paragraphs == convention.body


SAVED = Convention(
    ("By Mara Quist", "Nov. 29, 2019"),
    closing=("Mara Quist is a hydrologist at the Lowland Water Institute.",),
    authors=(("Mara Quist", "Mara Quist is a hydrologist at the Lowland Water Institute."),),
    published=NOV_29,
)


def _wrapped(c: Convention) -> str:
    return "\n\n".join(textwrap.fill(line, 72) for line in (TITLE, *c.front, *c.body, *c.closing))


LAYOUTS: dict[str, Callable[[Convention], str]] = {
    "hard-wrapped at 72": _wrapped,
    "one paragraph per line": lambda c: "\n".join((TITLE, *c.front, *c.body, *c.closing)),
    "windows line endings": lambda c: _text(c).replace("\n", "\r\n"),
    "leading byte-order mark": lambda c: "\ufeff" + _text(c),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_text_as_scrapers_save_it_reads_like_the_clean_form(layout: str) -> None:
    """Hard-wrapped lines, unseparated lines, CRLF and a BOM give the same article as the
    blank-line form, in text and (where the layout is Markdown too) in Markdown."""
    source = LAYOUTS[layout](SAVED)
    sources: dict[Callable[..., Article], str] = {opedkit.text.parse: source}
    if layout != "one paragraph per line":  # Markdown joins unseparated lines by its own rule
        sources[opedkit.markdown.parse] = source.replace(TITLE, f"# {TITLE}", 1)
    for parse, text in sources.items():
        article = parse(text, claims=False)
        assert article.title == TITLE
        assert tuple((a.name, a.bio) for a in article.authors) == SAVED.authors
        assert article.published == NOV_29
        assert article.paragraphs == SAVED.body
