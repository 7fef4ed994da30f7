"""Which of a page's titles is its headline, and what of it is the site's (issue 11, item 8): a site
name guessed from the <title> is no site name; the site's name where the headline belongs gives way
to the <title>; the <title>'s own quotation marks are kept; a bracketed label before the headline
and a site name after a full-width separator are decoration. Pages are written here."""

from __future__ import annotations

import pytest

from brief.ingest.html import extract_html
from brief.ingest.titles import clean_title, strip_bracket_label, trim_to_headline

BODY = (
    "<p>The regional council voted on Tuesday to close the old harbour bridge to cars from next spring, "
    "after engineers found cracks in two of its supporting arches.</p>"
    "<p>Buses and bicycles will still be allowed across, the council said, and a ferry will run every "
    "twenty minutes during the morning and evening rush hours.</p>"
    "<p>Shop owners on the harbour front said they feared losing customers and asked for a lower rate of "
    "local business tax while the works last.</p>"
)


def _page(title: str, head: str = "", h1: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            f"<body><article>{h1}{BODY}</article></body></html>")


def test_the_site_name_in_the_headline_slot_gives_way_to_the_title() -> None:
    html = _page("Council closes harbour bridge to cars - Gazette", "<meta property='og:title' content='Gazette'>")
    assert extract_html(html, url="https://www.gazette.example/news/1").title == "Council closes harbour bridge to cars"


def test_a_title_half_is_not_taken_for_the_site_name() -> None:
    # no site name in the metadata: the part after the colon is the headline's, not the site's
    html = _page("“Harbour Song” Lyrics : The Quay Singers (Ft. Ana Roe)")
    title = extract_html(html, url="https://lyricsplace.example/harbour-song").title
    assert title == "“Harbour Song” Lyrics : The Quay Singers (Ft. Ana Roe)"


def test_the_titles_own_quotation_marks_are_kept() -> None:
    html = _page("‘Harbour Lights’: A Film About a Town | The Review",
                 "<meta property='og:title' content='Harbour Lights : A Film About a Town'>"
                 "<meta property='og:site_name' content='The Review'>")
    assert extract_html(html).title == "‘Harbour Lights’: A Film About a Town"


@pytest.mark.parametrize(("title", "expected"), [
    ("[News] Council closes harbour bridge to cars", "Council closes harbour bridge to cars"),
    ("[PR] 新しいキーボードを発売しました", "新しいキーボードを発売しました"),
    ("[The Palace: Tale of a Queen] Musical opens downtown", "[The Palace: Tale of a Queen] Musical opens downtown"),
    ("[2019] Council closes harbour bridge", "[2019] Council closes harbour bridge"),
])
def test_a_bracketed_label_before_the_headline_is_cut(title: str, expected: str) -> None:
    assert strip_bracket_label(title) == expected
    assert clean_title(title, []) == expected


def test_a_site_name_after_a_full_width_separator_is_cut_at_the_marked_headline() -> None:
    assert trim_to_headline("メディア芸術祭の賞が決まる：港新聞デジタル", ["メディア芸術祭の賞が決まる"]) == "メディア芸術祭の賞が決まる"
    assert trim_to_headline("新製品を発表｜港電機", ["新製品を発表"]) == "新製品を発表"
    # without the markup's headline nothing is cut: "速報：…" may be the headline's own
    assert trim_to_headline("速報：港で火災", []) == "速報：港で火災"


def test_a_known_site_name_after_a_full_width_separator_is_cut() -> None:
    assert clean_title("新製品を発表しました｜港電機", ["港電機"]) == "新製品を発表しました"
    assert clean_title("メディア芸術祭の賞が決まる：港新聞デジタル", ["港新聞デジタル", "minato.example"]) == "メディア芸術祭の賞が決まる"
    assert clean_title("速報：港で火災", ["港電機"]) == "速報：港で火災"


@pytest.mark.parametrize(("title", "head", "expected"), [
    # no <h1> and no og:title: trafilatura takes the <title> up to its last separator, here a label
    # or the site's name, and what it cut off was the headline
    ("Analysis — Why the quay bridge deal took three years", "", "Analysis — Why the quay bridge deal took three years"),
    ("Gazette » Council closes harbour bridge to cars", "<meta property='og:site_name' content='Gazette'>",
     "Council closes harbour bridge to cars"),
    ("Gazette | Local | Council closes harbour bridge to cars", "<meta property='og:site_name' content='Gazette'>",
     "Council closes harbour bridge to cars"),
    # a short site name after the headline is still cut as before
    ("Council closes harbour bridge to cars - Gazette", "<meta property='og:site_name' content='Gazette'>",
     "Council closes harbour bridge to cars"),
])
def test_a_headline_after_the_last_separator_is_not_cut_off(title: str, head: str, expected: str) -> None:
    assert extract_html(_page(title, head)).title == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Gazette | Opinion | The harbour bridge must stay open to cars", "The harbour bridge must stay open to cars"),
    ("Opinion | The harbour bridge must stay open to cars | Gazette", "The harbour bridge must stay open to cars"),
    # with no site's name cut, a short first part may be the headline and the rest the site's motto
    ("Opinion | The harbour bridge must stay open to cars", "Opinion | The harbour bridge must stay open to cars"),
])
def test_a_section_between_the_sites_name_and_the_headline_is_cut(title: str, expected: str) -> None:
    assert clean_title(title, ["Gazette"]) == expected


def test_a_placeholder_title_gives_way_to_the_pages_headline() -> None:
    html = _page("Home", h1="<h1>Council closes harbour bridge to cars</h1>")
    assert extract_html(html, url="https://www.gazette.example/news/1").title == "Council closes harbour bridge to cars"
    kept = _page("News from the harbour: bridge to close", h1="<h1>Council closes harbour bridge to cars</h1>")
    assert extract_html(kept, url="https://www.gazette.example/news/1").title != "Home"


@pytest.mark.parametrize("title, masthead, head", [
    # Blogger and WordPress themes: "Blog: Headline" under the blog's name in an <h1> linking home
    ("Quay Notes: Council closes harbour bridge to cars", "<h1 class='title'><a href='https://quaynotes.example/'>Quay Notes</a></h1>", ""),
    ("Quay Notes: Council closes harbour bridge to cars", "<h1 class='site-logo'>Quay Notes</h1>", ""),
    # the <title> the site's name alone: the story's JSON-LD headline
    ("Quay Notes", "<h1><a href='/'>Quay Notes</a></h1>",
     "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Council closes harbour bridge to cars\"}</script>"),
])
def test_a_masthead_h1_is_the_sites_name_not_the_headline(title: str, masthead: str, head: str) -> None:
    html = _page(title, head).replace("<body>", f"<body><header>{masthead}</header><h2>Council closes harbour bridge to cars</h2>")
    assert extract_html(html).title == "Council closes harbour bridge to cars"


def test_a_headline_h1_linking_elsewhere_is_no_masthead() -> None:
    html = _page("Council closes harbour bridge to cars", h1="<h1><a href='/news/bridge'>Council closes harbour bridge to cars</a></h1>")
    assert extract_html(html).title == "Council closes harbour bridge to cars"


@pytest.mark.parametrize("title, expected", [
    ("Quay Notes » Blog Archive » Council closes harbour bridge to cars", "Council closes harbour bridge to cars"),
    ("Council closes harbour bridge to cars | Page 2 of 3", "Council closes harbour bridge to cars"),
    ("Council closes harbour bridge to cars - Page 2", "Council closes harbour bridge to cars"),
    ("Quay Notes » Bridge", "Quay Notes » Bridge"),  # no part much the longest: left whole
])
def test_a_templates_parts_around_an_unknown_sites_headline_are_cut(title: str, expected: str) -> None:
    assert clean_title(title, []) == expected


def test_a_page_named_only_by_its_masthead_is_not_dropped_for_it() -> None:
    # no headline marked anywhere (the story's in an <h2>): the page is kept, as before masthead <h1>s were read
    html = _page("Quay Notes").replace("<body>", "<body><h1><a href='/'>Quay Notes</a></h1><h2>Council closes harbour bridge to cars</h2>")
    assert extract_html(html).headline


@pytest.mark.parametrize("title", [
    "港湾橋の車両通行を来春から禁止、議会が決定 | 社会 | ニュース | みなと日報",
    "港湾橋の車両通行を来春から禁止、議会が決定 | 社会 | ニュース",
])
def test_an_unknown_sites_bars_are_cut_from_a_headline_written_without_spaces(title: str) -> None:
    assert clean_title(title, []) == "港湾橋の車両通行を来春から禁止、議会が決定"


def test_short_parts_written_without_spaces_are_left_whole() -> None:
    assert clean_title("港湾橋 | みなと日報", []) == "港湾橋 | みなと日報"


def test_a_part_the_title_repeats_is_the_sites_name() -> None:
    html = _page("Council closes harbour bridge to cars - Quay Post - Quay Post")
    assert extract_html(html).title == "Council closes harbour bridge to cars"
