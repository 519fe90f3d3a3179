"""The HTML metadata reader: what a page states about its article, checked against what it shows."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from opedkit import Article, Genre
from opedkit._blocks import Hints
from opedkit._html._metadata import read_metadata


def read(html: str, url: str | None = None) -> Hints:
    return read_metadata(LexborHTMLParser(html), url)


def page(head: str = "", body: str = "", lang: str = "en") -> str:
    return f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>'


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Rivers Need Room to Flood",
    "author": {"@type": "Person", "name": "Mara Quist"},
    "datePublished": "2021-03-04T09:15:00+01:00",
    "publisher": {"@type": "Organization", "name": "The Lowland Courier"},
}


def test_json_ld_article_gives_title_author_date_and_publisher() -> None:
    """A NewsArticle's headline, person author, dated time and publisher are read as stated."""
    hints = read(page(ld(ARTICLE)))
    assert hints.title == "Rivers Need Room to Flood"
    assert [a.name for a in hints.authors] == ["Mara Quist"]
    assert hints.published == datetime(2021, 3, 4, 9, 15, tzinfo=timezone(timedelta(hours=1)))
    assert hints.publisher == "The Lowland Courier"
    assert hints.language == "en"


def test_offset_is_kept_and_the_day_is_the_pages_own() -> None:
    """A late-evening time with a negative offset keeps its offset: the day is not moved to UTC."""
    hints = read(page(ld({**ARTICLE, "datePublished": "2019-11-29T23:30:00-05:00"})))
    assert isinstance(hints.published, datetime)
    assert hints.published.utcoffset() == timedelta(hours=-5)
    assert hints.published.date() == date(2019, 11, 29)


def test_a_time_without_offset_gives_only_its_day() -> None:
    """No timezone is invented: a naive time becomes the date it names."""
    hints = read(page(ld({**ARTICLE, "datePublished": "2019-11-29T23:30:00"})))
    assert hints.published == date(2019, 11, 29)


def test_visible_local_day_wins_over_a_utc_timestamp() -> None:
    """A UTC timestamp of an evening story shows the next day; the page prints the real one."""
    head = '<meta property="article:published_time" content="2019-11-19T02:24:00Z">'
    body = '<h1>Late Game</h1><p class="date-published">Nov 18, 2019 at 9:24 pm ET</p>'
    assert read(page(head, body)).published == date(2019, 11, 18)


def test_visible_time_text_counts_before_its_utc_attribute() -> None:
    """``<time datetime>`` in UTC with a local day as text: the text is what readers see."""
    body = '<h1>Late Game</h1><time datetime="2019-11-19T04:10:00Z">November 18, 2019</time>'
    assert read(page("", body)).published == date(2019, 11, 18)


def test_utc_timestamp_yields_to_the_day_in_the_url() -> None:
    """Without a visible date, a UTC time one day after the URL's day gives the URL's day."""
    head = '<meta property="article:published_time" content="2019-11-19T04:58:46Z">'
    url = "https://example.org/2019/11/18/late-story/"
    assert read(page(head, "<h1>Late story</h1>"), url).published == date(2019, 11, 18)


def test_placeholder_dates_are_ignored() -> None:
    """A year-1 placeholder is no date; the next source is used."""
    head = ld({**ARTICLE, "datePublished": "0001-01-01T00:00:00Z"}) + (
        '<meta property="article:published_time" content="2020-05-06">'
    )
    assert read(page(head)).published == date(2020, 5, 6)


def test_graph_with_id_references_is_resolved() -> None:
    """An @graph whose article points at its author and publisher by @id is followed."""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "@id": "#org", "name": "Fen Weekly"},
            {
                "@type": "Person",
                "@id": "#p1",
                "name": "Oskar Lind",
                "url": "https://fen.example/people/oskar-lind",
            },
            {
                "@type": "WebPage",
                "@id": "#page",
                "datePublished": "2022-02-02",
            },
            {
                "@type": ["Article", "OpinionNewsArticle"],
                "headline": "Let the Marsh Be",
                "author": {"@id": "#p1"},
                "publisher": {"@id": "#org"},
                "isPartOf": {"@id": "#page"},
            },
        ],
    }
    hints = read(page(ld(graph)))
    assert hints.title == "Let the Marsh Be"
    assert hints.authors[0].name == "Oskar Lind"
    assert hints.authors[0].url == "https://fen.example/people/oskar-lind"
    assert hints.publisher == "Fen Weekly"
    assert hints.published == date(2022, 2, 2)
    assert hints.genre is Genre.OPINION


def test_broken_json_ld_is_repaired_when_a_small_fix_does_it() -> None:
    """Trailing commas, raw line breaks in strings and HTML comments around the JSON are mended."""
    broken = (
        '<script type="application/ld+json"><!--\n{"@type": "NewsArticle", '
        '"headline": "Salt\nMarsh", "author": {"name": "Ida Berg",},}\n--></script>'
    )
    hints = read(page(broken))
    assert hints.title == "Salt Marsh"
    assert [a.name for a in hints.authors] == ["Ida Berg"]


def test_hopeless_json_ld_is_skipped_and_meta_tags_are_used() -> None:
    """JSON-LD that cannot be read does not stop the page: meta tags still give the facts."""
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": [</script>'
        '<meta property="og:title" content="Dunes Move">'
        '<meta name="author" content="Ruth Okafor">'
        '<meta property="article:published_time" content="2018-07-08T10:00:00+02:00">'
    )
    hints = read(page(head))
    assert hints.title == "Dunes Move"
    assert [a.name for a in hints.authors] == ["Ruth Okafor"]
    assert hints.published == datetime(2018, 7, 8, 10, tzinfo=timezone(timedelta(hours=2)))


def test_author_shapes_string_list_and_nested_lists() -> None:
    """An author as a string, a list of objects, or a list wrongly nested in a list is read."""
    shapes = [
        ("Ann Lee", ["Ann Lee"]),
        ([{"@type": "Person", "name": "Ann Lee"}, {"name": "Bo Chan"}], ["Ann Lee", "Bo Chan"]),
        ([[{"@type": "Person", "name": "Ann Lee"}]], ["Ann Lee"]),
        ("By Ann Lee and Bo Chan", ["Ann Lee", "Bo Chan"]),
    ]
    for author, names in shapes:
        hints = read(page(ld({**ARTICLE, "author": author})))
        assert [a.name for a in hints.authors] == names, author


def test_agencies_and_staff_are_no_authors_but_the_publisher() -> None:
    """A page credited to an agency or "Staff" has no person author; the organisation is kept."""
    agency = read(page(ld({**ARTICLE, "author": {"@type": "Organization", "name": "Reuters"}})))
    assert agency.authors == ()
    for credit in ("Associated Press", "Staff", "Editorial Board", "Newsroom Staff"):
        body = f'<h1>Port Reopens</h1><div class="byline">By {credit}</div>'
        assert read(page("", body)).authors == (), credit
    no_publisher = {k: v for k, v in ARTICLE.items() if k != "publisher"}
    hints = read(page(ld({**no_publisher, "author": {"@type": "Organization", "name": "AFP"}})))
    assert hints.publisher == "AFP"


def test_byline_names_lose_by_roles_outlets_dates_and_handles() -> None:
    """Visible bylines give the names only."""
    cases = {
        "By Tess Amari - 11/19/19 06:56 AM EST": ["Tess Amari"],
        "By Lena Voss, Staff Writer": ["Lena Voss"],
        '<span class="author">Carl Ek and Dana Fitch</span> Valley Gazette': [
            "Carl Ek",
            "Dana Fitch",
        ],
        "By Noor Haddad @noorwrites": ["Noor Haddad"],
        "Von Jonas Weber publiziert am 25. September 2018": ["Jonas Weber"],
        "By Paul Rand, Harbor Staff": ["Paul Rand"],
        "by Regan": ["Regan"],
    }
    for byline, names in cases.items():
        body = f'<article><h1>Tide Tables</h1><div class="byline">{byline}</div></article>'
        assert [a.name for a in read(page("", body)).authors] == names, byline


def test_site_accounts_and_url_fragments_are_not_people() -> None:
    """ "admin", account handles and URLs are not names."""
    for credit in ("admin", "jdadmin", "rmb8090", "https://example.org/author/x"):
        body = f'<h1>Notes</h1><span class="author">by {credit}</span>'
        assert read(page(f'<meta name="author" content="{credit}">', body)).authors == ()


def test_comment_and_sidebar_names_are_not_authors() -> None:
    """Names in comment threads and related-story lists belong to others."""
    body = (
        "<article><h1>Garden Walls</h1><p>Text.</p>"
        '<div class="comments"><span class="comment-author">Pat Rowe</span></div></article>'
        '<aside><div class="byline">By Sam Hill</div></aside>'
        '<div class="related-posts"><span class="author">Lou Grant</span></div>'
    )
    assert read(page("", body)).authors == ()


def test_visible_byline_adds_co_authors_the_metadata_leaves_out() -> None:
    """JSON-LD naming one of three writers is completed by the visible byline."""
    body = (
        '<article><h1>Rivers Need Room to Flood</h1><p class="byline">By Mara Quist, '
        "Ines Roth and Tomas Vik</p></article>"
    )
    hints = read(page(ld(ARTICLE), body))
    assert [a.name for a in hints.authors] == ["Mara Quist", "Ines Roth", "Tomas Vik"]


def test_author_url_and_bio_come_from_the_page() -> None:
    """rel=author gives the profile URL; an author box gives the bio."""
    body = (
        "<article><h1>Rivers Need Room to Flood</h1>"
        '<a rel="author" href="/people/mq">Mara Quist</a>'
        "<p>Body.</p></article>"
        '<div class="author-bio"><b>Mara Quist</b><p>Mara Quist writes about water and land '
        "use for the Courier.</p></div>"
    )
    hints = read(page(ld(ARTICLE), body), "https://courier.example/a/1")
    author = hints.authors[0]
    assert author.url == "https://courier.example/people/mq"
    assert author.bio == "Mara Quist writes about water and land use for the Courier."


def test_title_drops_the_site_name_suffix() -> None:
    """``| Site``, `` - Site`` and `` — Site`` endings naming the site are cut."""
    for title in (
        "Winter Wheat Returns | Field Notes",
        "Winter Wheat Returns - Field Notes",
        "Winter Wheat Returns — fieldnotes.example",
    ):
        head = f'<title>{title}</title><meta property="og:site_name" content="Field Notes">'
        assert read(page(head), "https://fieldnotes.example/x").title == "Winter Wheat Returns"
    dash_in_title = "<title>Jedi review – bold, uneven - Field Notes</title>"
    head = dash_in_title + '<meta property="og:site_name" content="Field Notes">'
    assert read(page(head)).title == "Jedi review – bold, uneven"


def test_visible_headline_in_the_article_beats_a_logo_h1_and_og_title() -> None:
    """The h1 of the article, worded as readers see it, is the title; the site logo h1 is not."""
    head = (
        '<meta property="og:title" content="Moon plumes confirmed, NASA says">'
        '<meta property="og:site_name" content="Sky Daily">'
    )
    body = (
        '<header><h1><a href="/">Sky Daily</a></h1></header>'
        "<article><h1>NASA confirms water plumes above the moon Europa</h1></article>"
    )
    assert read(page(head, body)).title == "NASA confirms water plumes above the moon Europa"


def test_headline_in_h2_when_the_only_h1_is_the_blog_name() -> None:
    """A blog whose h1 is its name shows the headline in a title element that matches og:title."""
    head = (
        '<meta property="og:title" content="Quiet Harbours">'
        '<meta property="og:site_name" content="Coast Log">'
    )
    body = '<h1>Coast Log</h1><h2 class="entry-title">Quiet Harbours</h2>'
    assert read(page(head, body)).title == "Quiet Harbours"


def test_language_url_genre_and_tags() -> None:
    """lang (underscores mended), canonical URL resolved, opinion from the section, clean tags."""
    head = (
        '<link rel="canonical" href="/opinion/2020/01/02/x">'
        '<meta property="article:section" content="Opinion">'
        '<meta name="keywords" content="water, @post-id:12, land use">'
    )
    hints = read(page(head, lang="pt_BR"), "https://paper.example/a?id=1")
    assert hints.language == "pt-BR"
    assert hints.url == "https://paper.example/opinion/2020/01/02/x"
    assert hints.genre is Genre.OPINION
    assert hints.tags == ("water", "land use")


def test_genre_from_the_url_path_and_no_genre_without_a_cue() -> None:
    """/editorials/ says editorial; a plain news URL says nothing."""
    assert read(page(), "https://p.example/editorials/x").genre is Genre.EDITORIAL
    assert read(page(), "https://p.example/news/x").genre is None


def test_only_http_urls_are_kept() -> None:
    """A javascript: or relative URL without a base is no URL."""
    head = '<link rel="canonical" href="javascript:alert(1)">'
    assert read(page(head)).url is None
    assert read(page('<link rel="canonical" href="/x">')).url is None


def test_invalid_language_is_dropped() -> None:
    """A lang attribute that is not a BCP 47 tag gives no language."""
    assert read(page(lang="english (US)")).language is None
    assert read(page(lang="en-abcdefgh-ab")).language is None


@given(st.text(max_size=300), st.sampled_from(["", ld(ARTICLE), '<h1 class="byline">']))
def test_any_input_gives_valid_hints(noise: str, extra: str) -> None:
    """Whatever the page holds, the hints are valid model values (an Article accepts them)."""
    html = f"<html><head>{extra}<title>{noise}</title></head><body>{noise}{extra}</body></html>"
    hints = read(html, "https://x.example/2020/01/02/a")
    Article(
        title=hints.title or "t",
        subtitle=hints.subtitle,
        authors=hints.authors,
        published=hints.published,
        updated=hints.updated,
        url=hints.url,
        publisher=hints.publisher,
        language=hints.language,
        genre=hints.genre,
        tags=hints.tags,
    )


def test_a_by_line_printed_beside_the_headline_is_found_without_a_class() -> None:
    """ "By Name - date" next to the headline, in an unnamed element, gives the author."""
    body = "<div><h1>Rates Hold Steady</h1><div><span>By Tess Amari - 11/19/19</span></div></div>"
    assert [a.name for a in read(page("", body)).authors] == ["Tess Amari"]


def test_a_role_glued_to_the_name_is_split_off() -> None:
    """Elements printed without a space ("Meg Lee" + "Staff Writer") still give the name."""
    body = '<h1>Streams Stall</h1><div class="byline">By <b>Meg Lee</b><i>Staff Writer</i></div>'
    assert [a.name for a in read(page("", body)).authors] == ["Meg Lee"]


def test_a_meta_author_no_byline_shows_yields_to_the_visible_byline() -> None:
    """``<meta name=author>`` naming the company loses to the byline readers see."""
    head = '<meta name="author" content="Conde Holdings Group">'
    body = '<article><h1>Cash Is Gone</h1><div class="byline">Molly Stone</div></article>'
    assert [a.name for a in read(page(head, body)).authors] == ["Molly Stone"]


def test_pages_wrapped_in_a_form_are_read() -> None:
    """A whole page inside one <form> (as some frameworks write it) is not a form widget."""
    body = '<form><h1>Moon Bids</h1><p class="byline">by Laura Winter</p></form>'
    assert [a.name for a in read(page("", body)).authors] == ["Laura Winter"]


def test_todays_date_in_the_header_is_outvoted_by_the_article() -> None:
    """Without a stated time, the day the article's byline and time show wins over a header."""
    body = (
        '<div class="header-date">November 20, 2019</div>'
        '<article><h1>Kickoff</h1><div class="byline">By Ann Lee Nov. 18, 2019 7:04 pm ET</div>'
        '<time class="timestamp">Nov. 18, 2019 7:04 pm ET</time></article>'
    )
    assert read(page("", body)).published == date(2019, 11, 18)


def test_update_lines_and_yearless_days_near_a_stated_time() -> None:
    """ "Posted Nov 18" counts in the stated year; "Updated Nov 19" is not publication."""
    head = '<meta property="article:published_time" content="2019-11-19T01:19:34Z">'
    body = (
        '<h1>Hold My Beer</h1><span class="dateline__updated">Updated Nov 19, 9:41 AM</span>'
        '<span class="dateline__published">Posted Nov 18, 8:19 PM</span>'
    )
    assert read(page(head, body)).published == date(2019, 11, 18)


def test_a_day_shown_that_is_the_stated_update_is_not_the_publication() -> None:
    """A visible date equal to dateModified does not replace datePublished."""
    data = {**ARTICLE, "datePublished": "2018-09-15", "dateModified": "2018-09-16"}
    body = '<h1>Light Festival</h1><span class="entry-date">2018-09-16</span>'
    assert read(page(ld(data), body)).published == date(2018, 9, 15)


def test_odd_json_ld_values_do_not_crash() -> None:
    """Lists as ids, numbers as names, dicts as types: read what can be read, skip the rest."""
    data = {
        "@type": {"x": 1},
        "@graph": [
            {"@type": "NewsArticle", "headline": 5, "author": {"@id": ["a"]}, "keywords": [1]},
            {"@type": "Person", "@id": ["a"], "name": {"first": "x"}},
        ],
        "datePublished": {"@value": "2020-01-01"},
    }
    hints = read(page(ld(data) + ld([[[]]]) + ld("text")))
    assert hints.authors == ()


def test_an_unsigned_editorial_is_an_editorial() -> None:
    """A byline crediting "Editorial" under an opinion section makes the piece an editorial."""
    head = '<meta property="article:section" content="Opinion">'
    body = '<article><h1>The Harbour Must Stay Public</h1><span class="byline">Editorial</span>'
    hints = read(page(head, body + "</article>"))
    assert hints.genre is Genre.EDITORIAL
    assert hints.authors == ()


def test_an_agency_byline_becomes_the_publisher_without_its_date() -> None:
    """ "By Associated Press November 19, 2019" credits the agency, not a person."""
    body = '<h1>Finals</h1><div class="byline">By Associated Press November 19, 2019</div>'
    hints = read(page("", body))
    assert hints.authors == ()
    assert hints.publisher == "Associated Press"


def test_names_in_indic_scripts_and_glued_digits() -> None:
    """Vowel signs belong to the name; a reading time glued to a name is split off."""
    body = '<h1>Monsoon</h1><div class="byline">By राहुल शर्मा</div>'
    assert [a.name for a in read(page("", body)).authors] == ["राहुल शर्मा"]
    body = '<h1>Oil</h1><div class="byline">Rodrigo Campos<span>5 Min Read</span></div>'
    assert [a.name for a in read(page("", body)).authors] == ["Rodrigo Campos"]


_FIELD = st.one_of(st.text(max_size=40), st.integers(), st.none(), st.lists(st.text(max_size=10)))


@given(
    author=_FIELD,
    published=st.one_of(_FIELD, st.sampled_from(["2019-11-29T23:30:00-05:00", "2019-02-30"])),
    url=_FIELD,
    lang=st.text(max_size=12),
    byline=st.text(max_size=60),
    when=st.text(max_size=30),
)
def test_any_stated_values_give_valid_hints(
    *, author: object, published: object, url: object, lang: str, byline: str, when: str
) -> None:
    """Random values in JSON-LD, lang, bylines and date elements never crash nor break the model."""
    data = {**ARTICLE, "author": author, "datePublished": published, "url": url}
    body = f'<h1>A</h1><p class="byline">{byline}</p><time datetime="{when}">{when}</time>'
    html = f'<html lang="{lang}"><head>{ld(data)}</head><body>{body}</body></html>'
    hints = read(html, "https://x.example/a")
    Article(
        title=hints.title or "t",
        authors=hints.authors,
        published=hints.published,
        url=hints.url,
        language=hints.language,
        publisher=hints.publisher,
    )


def test_each_author_in_its_own_byline_element() -> None:
    """Two stated authors shown in two separate byline elements are both kept."""
    data = {**ARTICLE, "author": [{"@type": "Person", "name": n} for n in ("Ann Lee", "Bo Chan")]}
    body = (
        '<article><h1>Rivers Need Room to Flood</h1><span class="author">Ann Lee</span> and '
        '<span class="author">Bo Chan</span></article>'
    )
    assert [a.name for a in read(page(ld(data), body)).authors] == ["Ann Lee", "Bo Chan"]


def test_a_bare_year_is_no_publication_day() -> None:
    """``<meta name=date content=2019>`` names no day."""
    assert read(page('<meta name="date" content="2019">')).published is None


def test_the_json_ld_article_about_this_page_is_chosen() -> None:
    """A page listing related stories in JSON-LD is described by the node with its URL."""
    related = {**ARTICLE, "headline": "Other Story", "url": "https://c.example/other"}
    own = {**ARTICLE, "url": "https://c.example/rivers/"}
    head = ld([related, own]) + '<link rel="canonical" href="https://c.example/rivers">'
    assert read(page(head)).title == "Rivers Need Room to Flood"


def test_readers_reviews_are_not_the_article() -> None:
    """A recipe's Review nodes name commenters, not the writer."""
    review = {"@type": "Review", "author": {"@type": "Person", "name": "Cherry Moss"}}
    assert read(page(ld(review))).authors == ()


def test_printed_day_formats() -> None:
    """Slashed, dotted and CJK days are read; "Last updated" lines are not publication."""
    for printed, day in (
        ("2019/11/19 10:00", date(2019, 11, 19)),
        ("19.11.2019", date(2019, 11, 19)),
        ("기사입력 2018년 8월 25일", date(2018, 8, 25)),
        ("20 de setembro de 2018", date(2018, 9, 20)),
    ):
        body = f'<h1>Notes</h1><span class="date">{printed}</span>'
        assert read(page("", body)).published == day, printed
    body = (
        '<h1>Notes</h1><span class="date">Last updated Nov 20, 2019</span>'
        '<span class="date">Nov 18, 2019</span>'
    )
    assert read(page("", body)).published == date(2019, 11, 18)


def test_a_section_kicker_before_the_stated_title_is_dropped() -> None:
    """``Opinion | Headline`` in og:title gives the headline."""
    head = '<meta property="og:title" content="Opinion | Fewer Cars, Better Towns">'
    assert read(page(head)).title == "Fewer Cars, Better Towns"


def test_a_byline_stops_at_the_element_after_the_name() -> None:
    """A role or section in the next element is not part of the name; joiners still join."""
    body = (
        '<h1>Tide Tables</h1><div class="author-line"><a href="/a/1">Ivo Marsh</a>'
        "<span>Fitness Trends</span></div>"
    )
    assert [a.name for a in read(page("", body)).authors] == ["Ivo Marsh"]
    body = (
        '<h1>Tide Tables</h1><div class="byline"><span>By</span><a>Ann Lee</a> and '
        "<a>Bo Chan</a><span>Senior Editors</span></div>"
    )
    assert [a.name for a in read(page("", body)).authors] == ["Ann Lee", "Bo Chan"]


def test_a_personal_site_named_after_its_author_keeps_the_author() -> None:
    """A blog on ivomarsh.com, or one whose JSON-LD publisher is a person, keeps its author."""
    data = {**ARTICLE, "author": "Ivo Marsh", "publisher": {"@type": "Person", "name": "Ivo Marsh"}}
    hints = read(page(ld(data), "<h1>Rivers Need Room to Flood</h1>"), "https://ivomarsh.com/p/1")
    assert [a.name for a in hints.authors] == ["Ivo Marsh"]
    head = '<meta property="og:site_name" content="Lowland Courier">'
    data = {**ARTICLE, "author": "Lowland Courier"}
    assert read(page(head + ld(data), "<h1>Rivers Need Room to Flood</h1>")).authors == ()


def test_a_one_word_person_needs_json_ld_and_a_meta_tag() -> None:
    """ "Gabo" typed Person and named by meta author is a person; typed Person alone is not."""
    data = {**ARTICLE, "author": {"@type": "Person", "name": "Gabo"}}
    head = '<meta name="author" content="Gabo">'
    assert [a.name for a in read(page(head + ld(data))).authors] == ["Gabo"]
    assert read(page(ld(data))).authors == ()


def test_a_byline_running_on_past_the_stated_name_gives_the_stated_name() -> None:
    """A header line "By Ivo Marsh Travel insurance ..." with JSON-LD "Ivo Marsh" gives him."""
    data = {**ARTICLE, "author": {"@type": "Person", "name": "Ivo Marsh"}}
    body = "<div><h1>Rivers Need Room to Flood</h1><p>By Ivo Marsh Travel insurance pays</p></div>"
    assert [a.name for a in read(page(ld(data), body)).authors] == ["Ivo Marsh"]


def test_links_to_authors_pages_are_bylines() -> None:
    """A link into /authors/ shows the author's name."""
    body = '<h1>Quiet Servers</h1><span><a href="/authors/tove-lind">Tove Lind</a></span>'
    assert [a.name for a in read(page("", body)).authors] == ["Tove Lind"]


def test_a_layout_class_around_the_headline_is_no_sidebar() -> None:
    """A date and byline beside the headline count even when their wrapper says "sidebar"."""
    body = (
        '<div class="story-sidebar-mode"><h1>Skin Care Basics</h1>'
        '<div class="story-date">May 31, 2024</div><div class="byline">By Ada Voss</div></div>'
        '<aside class="sidebar"><span class="date">June 2, 2024</span></aside>'
    )
    hints = read(page("", body))
    assert hints.published == date(2024, 5, 31)
    assert [a.name for a in hints.authors] == ["Ada Voss"]


def test_roles_and_page_labels_after_a_byline_are_no_co_authors() -> None:
    """ "Chief Marketing Officer", "Trial Attorney", "Full Bio" and "Sign In" are nobody."""
    for role in ("Chief Marketing Officer", "Trial Attorney", "Full Bio", "Sign In"):
        body = f'<h1>Rates</h1><div class="byline">By Ada Voss, {role}</div>'
        assert [a.name for a in read(page("", body)).authors] == ["Ada Voss"], role


def test_the_day_printed_after_the_headline_when_no_element_names_it() -> None:
    """ "Ada Voss • Oct 20, 2025" in plain elements after the headline gives the day."""
    body = (
        "<div><div><div><div><div><h1>Top Rental Firms</h1></div></div></div></div></div>"
        "<p>Which firm renters rate best this year.</p><p>Ada Voss • Oct 20, 2025</p>"
    )
    assert read(page("", body)).published == date(2025, 10, 20)


def test_a_list_of_teaser_timestamps_is_one_witness() -> None:
    """Eleven related stories' timestamps a day later do not outvote the article's date."""
    head = '<meta property="article:published_time" content="2025-12-18T09:30:00+00:00">'
    teasers = '<time class="timestamp">December 19, 2025</time>' * 11
    body = f'<h1>Plans Balk</h1><p class="date">Dec. 18, 2025</p><div class="x">{teasers}</div>'
    assert read(page(head, body)).published == datetime(2025, 12, 18, 9, 30, tzinfo=timezone.utc)


def test_a_date_glued_to_the_byline_name_is_read() -> None:
    """ "By Ada Voss" + "Dec. 18, 2025" printed without a space still shows the day."""
    byline = "By <a>Ada Voss</a><span>Dec. 18, 2025</span>"
    body = f'<h1>Plans Balk</h1><div class="byline">{byline}</div>'
    assert read(page("", body)).published == date(2025, 12, 18)


def test_a_bare_author_name_described_as_a_person_elsewhere_is_a_person() -> None:
    """On sam.ivo.com, JSON-LD author "Sam Ivo" with a Person node "Sam Ivo" keeps him."""
    head = '<meta property="og:site_name" content="Sam Ivo">'
    graph = {"@graph": [{**ARTICLE, "author": "Sam Ivo"}, {"@type": "Person", "name": "Sam Ivo"}]}
    hints = read(
        page(head + ld(graph), "<h1>Rivers Need Room to Flood</h1>"), "https://sam.ivo.com/"
    )
    assert [a.name for a in hints.authors] == ["Sam Ivo"]


def test_a_meta_name_that_says_published_states_the_time() -> None:
    """A meta name the reader has no entry for but that says "published" is read."""
    hints = read(page('<meta name="w-published-date" content="2025-05-27T06:03:43Z">'))
    assert isinstance(hints.published, datetime)
    assert hints.published.date() == date(2025, 5, 27)


def test_a_day_in_the_url_may_name_its_month() -> None:
    """``/2023/october/03/`` in the URL gives the day when the page states none."""
    hints = read(
        page(body="<h1>Wine styles</h1>"), "https://example.org/blog/2023/october/03/wine/"
    )
    assert hints.published == date(2023, 10, 3)


def test_a_date_in_a_posts_own_sidebar_is_read_when_none_other_is() -> None:
    """The post's own meta sidebar shows its day; a related card's day elsewhere does not count."""
    body = (
        '<div class="post-content"><h1>Top analytics firms</h1><div class="post-sidebar">'
        '<div class="post-date">July 8, 2025</div></div><p>Text.</p></div>'
        '<div class="related-posts"><span class="card-date">Dec 19, 2025</span></div>'
    )
    assert read(page(body=body)).published == date(2025, 7, 8)


def test_a_day_labelled_published_wins_over_a_stated_later_one() -> None:
    """ "Published Apr 26, 2023 Updated Aug 21, 2025" beside the byline gives the first day,
    even when JSON-LD states the update as the publication."""
    head = ld({**ARTICLE, "datePublished": "2025-08-21"})
    body = (
        '<h1>Rivers Need Room to Flood</h1><div class="meta">By Mara Quist, '
        "Published Apr 26, 2023 Updated Aug 21, 2025</div>"
    )
    assert read(page(head, body)).published == date(2023, 4, 26)


def test_an_earlier_printed_day_is_the_original_publication() -> None:
    """A stated time no visible date confirms yields to an earlier day the article prints
    (the stated one is a republication)."""
    head = ld({**ARTICLE, "datePublished": "Jun 24, 2025"})
    body = '<h1>Rivers Need Room to Flood</h1><p class="post-date">August 25, 2024</p>'
    assert read(page(head, body)).published == date(2024, 8, 25)


def test_without_a_stated_time_the_header_day_beats_other_date_elements() -> None:
    """The day printed beside the headline is the article's; other date elements below are
    other stories' (a product list, a newsletter)."""
    body = (
        "<div><h1>The best keyboards</h1><p>June 10, 2025 | 13 min read</p></div>"
        '<div><span class="date">July 12, 2025</span><span class="date">July 12, 2025</span>'
        "</div>"
    )
    assert read(page(body=body)).published == date(2025, 6, 10)


def test_a_blog_named_after_its_owner_credits_the_owner() -> None:
    """The site's own name, when it reads as a person's and is the only credit, is the author."""
    head = (
        '<meta property="og:site_name" content="Ivo Marsh"><meta name="author" content="Ivo Marsh">'
    )
    hints = read(page(head, "<h1>Notes on rivers</h1>"), "https://notes.example/p/1")
    assert [a.name for a in hints.authors] == ["Ivo Marsh"]


def test_the_site_name_beside_an_author_is_no_co_author() -> None:
    """ "By Ina Roth, Lowland Post" credits Ina Roth; the site she writes for is not a person."""
    head = '<meta property="og:site_name" content="Lowland Post">'
    body = '<h1>Notes on rivers</h1><p class="byline">By Ina Roth, Lowland Post</p>'
    assert [a.name for a in read(page(head, body)).authors] == ["Ina Roth"]


def test_json_ld_job_title_and_employer_are_the_role_and_affiliation() -> None:
    """An author's JSON-LD ``jobTitle`` is the role and ``worksFor`` (followed by ``@id``) the
    affiliation; the author's ``url`` is the profile."""
    graph = {
        "@graph": [
            {
                **ARTICLE,
                "author": {
                    "@type": "Person",
                    "name": "Mara Quist",
                    "url": "https://courier.example/people/mara-quist",
                    "jobTitle": "Climate Editor",
                    "worksFor": {"@id": "#org"},
                },
            },
            {"@id": "#org", "@type": "Organization", "name": "Lowland Courier"},
        ]
    }
    author = read(page(ld(graph))).authors[0]
    assert (author.role, author.affiliation) == ("Climate Editor", "Lowland Courier")
    assert author.url == "https://courier.example/people/mara-quist"


def test_a_role_printed_after_the_name_is_the_role() -> None:
    """ "Ina Roth, Senior Editor" in a byline gives Ina Roth the role "Senior Editor"."""
    body = '<h1>Notes on rivers</h1><p class="byline">By Ina Roth, Senior Editor</p>'
    author = read(page(body=body)).authors[0]
    assert (author.name, author.role, author.affiliation) == ("Ina Roth", "Senior Editor", None)


def test_a_publication_printed_after_the_name_is_the_affiliation() -> None:
    """ "By Ina Roth, The Fenland Times" names where she works, not a role."""
    body = '<h1>Notes on rivers</h1><p class="byline">By Ina Roth, The Fenland Times</p>'
    author = read(page(body=body)).authors[0]
    assert (author.role, author.affiliation) == (None, "The Fenland Times")


def test_a_role_at_an_organisation_gives_both() -> None:
    """A name element followed by "Staff Writer at Fenland Gazette" in its own element gives the
    role and the affiliation, and a date after a bar is neither."""
    body = (
        '<h1>Notes on rivers</h1><div class="author"><span class="name">Ina Roth</span>'
        '<span class="title">Staff Writer at Fenland Gazette</span> | <time>Nov 18, 2019</time>'
        "</div>"
    )
    author = read(page(body=body)).authors[0]
    assert (author.role, author.affiliation) == ("Staff Writer", "Fenland Gazette")


def test_a_place_or_credential_after_the_name_is_neither_role_nor_affiliation() -> None:
    """ "By Ina Roth, Seoul" and "Ina Roth, MS, RD" state no role and no affiliation."""
    for credit in ("By Ina Roth, Seoul", "By Ina Roth, MS, RD", "By Ina Roth | View Profile"):
        body = f'<h1>Notes on rivers</h1><p class="byline">{credit}</p>'
        author = read(page(body=body)).authors[0]
        assert (author.name, author.role, author.affiliation) == ("Ina Roth", None, None)


def test_a_byline_link_on_the_name_is_the_profile() -> None:
    """A link in the byline whose text is the author's name gives the author's url."""
    body = (
        '<h1>Notes on rivers</h1><p class="byline">By '
        '<a class="author-link" href="/staff/ina-roth">Ina Roth</a></p>'
    )
    author = read(page(body=body), "https://fen.example/2019/notes").authors[0]
    assert author.url == "https://fen.example/staff/ina-roth"


def test_a_bio_stating_a_role_at_an_institution_fills_both() -> None:
    """Without a stated role, the author box's "is a professor at ..." gives role and
    affiliation."""
    bio = "Ina Roth is a professor of hydrology at Fenland University. She writes on rivers."
    body = (
        '<h1>Notes on rivers</h1><p class="byline">By Ina Roth</p>'
        f'<div class="author-bio"><p>{bio}</p></div>'
    )
    author = read(page(body=body)).authors[0]
    assert (author.role, author.affiliation) == ("professor of hydrology", "Fenland University")


def test_a_date_in_an_author_block_named_in_camel_case_is_read() -> None:
    """Class names are matched whatever their case: an ``authorDateBlock`` or an author box
    printing the day shows the publication day."""
    body = '<div class="authorDateBlock">By Ina Roth Published on July 18, 2025</div>'
    assert read(page(body=f"{body}<h1>Notes on rivers</h1>")).published == date(2025, 7, 18)
    body = '<div class="resource-author">Ina Roth December 17, 2025</div>'
    assert read(page(body=f"{body}<h1>Notes on rivers</h1>")).published == date(2025, 12, 17)


def test_a_date_labelled_updated_by_its_parent_is_not_the_publication() -> None:
    """``<div>Updated <span class="date">...</span></div>``: the label in the parent makes the
    day an update, so the stated publication time stands."""
    head = ld({**ARTICLE, "datePublished": "2025-02-26T10:00:00+00:00"})
    body = (
        '<h1>Rivers Need Room to Flood</h1><div class="history">Updated '
        '<span class="date">Feb. 27, 2025</span></div>'
    )
    assert read(page(head, body)).published == datetime(2025, 2, 26, 10, tzinfo=timezone.utc)


def test_a_byline_padded_by_indented_markup_is_read() -> None:
    """A byline whose markup is indented with many spaces is still a short byline."""
    pad = " " * 200
    body = f'<h1>Notes on rivers</h1><div class="byline">{pad}By{pad}<a>Ina Roth</a>{pad}</div>'
    assert [a.name for a in read(page(body=body)).authors] == ["Ina Roth"]


def test_an_author_box_title_is_the_name_without_about() -> None:
    """ "About Ina Roth" heading an author box credits Ina Roth."""
    body = '<h1>Notes on rivers</h1><div class="author-box"><h4>About Ina Roth</h4></div>'
    assert [a.name for a in read(page(body=body)).authors] == ["Ina Roth"]


def test_a_byline_printed_after_its_day_is_read() -> None:
    """ "Dec. 19, 2025 · Ina Roth" in a date-and-author element credits Ina Roth."""
    body = '<h1>Notes on rivers</h1><div class="date-author">Dec. 19, 2025 · Ina Roth</div>'
    assert [a.name for a in read(page(body=body)).authors] == ["Ina Roth"]


def test_a_byline_no_class_names_is_found_by_its_opener() -> None:
    """A short "Written by Ina Roth" element the markup does not name is the byline when no
    other shows one."""
    body = (
        "<h1>Notes on rivers</h1><p>The river rose again this spring, as it does.</p>"
        "<section><h3>Written by Ina Roth</h3></section>"
    )
    assert [a.name for a in read(page(body=body)).authors] == ["Ina Roth"]


def test_a_name_before_a_role_and_day_under_the_headline_is_the_byline() -> None:
    """ "Ina Roth | Senior Writer | July 2, 2025" under the headline credits Ina Roth; a menu
    line of the same shape ("Home | News") does not."""
    body = "<header><h1>Notes on rivers</h1><p>Ina Roth | Senior Writer | July 2, 2025</p></header>"
    assert [a.name for a in read(page(body=body)).authors] == ["Ina Roth"]
    body = "<header><h1>Notes on rivers</h1><p>Home | News | July 2, 2025</p></header>"
    assert read(page(body=body)).authors == ()
