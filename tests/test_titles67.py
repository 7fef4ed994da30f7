"""Titles of saved 2008-style pages: a station's name, sections or a site's keywords around the headline,
cut where the page shows the headline alone over its story (task titles67)."""

from __future__ import annotations

from brief.ingest.files import parse_article

_STORY = (
    "<p>Ferry crews at Marrowby harbour walked out on Tuesday after talks over night shifts broke down, "
    "leaving hundreds of island commuters without a crossing for the morning.</p>"
    "<p>Union organiser Petra Kallvik said the crews had waited three months for an answer on rosters "
    "and would stay off the boats until the operator returned to the table.</p>"
    "<p>The operator, Gullane Ferries, said it regretted the disruption and hoped to run a reduced "
    "timetable by Thursday, using relief crews from its northern routes.</p>"
)


def _title(title: str, heading: str) -> str:
    page = (f"<html><head><title>{title}</title></head><body><table><tr><td>Home</td><td>News</td></tr></table>"
            f"<div class='big'><b>{heading}</b></div>{_STORY}</body></html>")
    return parse_article(page.encode(), 1, "page.html")[0].title


def test_names_around_the_headline_the_page_shows_alone_are_cut() -> None:
    headline = "Ferry crews walk out at Marrowby"
    assert _title(f"KMRB Marrowby - {headline}", headline) == headline  # the station's name before
    assert _title(f"Spotlight | {headline}", headline) == headline  # a section before
    assert _title(f"{headline} - World - General", headline) == headline  # a section and its sub-section after
    assert _title(f"Gazette - Travel - {headline}", headline) == headline
    assert _title(f"{headline} @ Quayside Media", headline) == headline  # the site after an "@"
    assert _title(f"{headline} | Ferry News, Harbour News, Timetables, Fares, Island Routes", headline) == headline  # keywords


def test_a_headline_s_own_second_half_stays() -> None:
    from brief.ingest.title_echo import echoed_headline

    page = "<html><body><div><b>Ferry crews walk out</b></div>" + _STORY + "</body></html>"
    # the part cut would be a sentence's words, not a name
    assert echoed_headline("Ferry crews walk out - commuters stranded at dawn", page) == (
        "Ferry crews walk out - commuters stranded at dawn")
    # the page shows the title whole, or nothing of it alone: nothing is cut
    assert echoed_headline("Ferry crews walk out - Marrowby", page.replace("walk out<", "walk out - Marrowby<")) == (
        "Ferry crews walk out - Marrowby")
    assert echoed_headline("Island ferries strike - World - General", page) == "Island ferries strike - World - General"


def test_a_headline_linked_to_its_own_page_is_no_masthead() -> None:
    from brief.ingest.markup import logo_names, marked_headlines

    page = ("<html><body><h1><a href=\"\">Ferry crews walk out at Marrowby</a></h1>" + _STORY
            + "<h1>More on:</h1><ul><li>Ferries</li></ul></body></html>")
    assert marked_headlines(page)[0] == "Ferry crews walk out at Marrowby"
    assert "Ferry crews walk out at Marrowby" not in logo_names(page)
    assert parse_article(page.encode(), 1, "page.html")[0].title == "Ferry crews walk out at Marrowby"
    home = "<html><body><h1><a href=\"/\">Marrowby Gazette</a></h1>" + _STORY + "</body></html>"
    assert marked_headlines(home) == []  # a link to the site's home page is its masthead


def _shared_page(title: str, shared: str, shown: str, head: str = "") -> str:
    links = "".join(f"<a href='http://{site}.example/submit?url=http://gazette.example/1.html&amp;title={shared}'>{site}</a> "
                    if "'" not in shared else
                    f'<a href="http://{site}.example/submit?url=http://gazette.example/1.html&amp;title={shared}">{site}</a> '
                    for site in ("digg", "reddit", "delicious"))
    return (f"<html><head>{head}<title>{title}</title></head><body><div class='nav'>Home News Sport</div>"
            f"<div class='big'>{shown}</div>{_STORY}<p>{links}</p></body></html>")


def test_the_share_links_headline_with_an_apostrophe_is_read_whole() -> None:
    from brief.ingest.share_links import shared_title

    page = _shared_page("x", "Ferry strike 'ruins' island holidays", "Ferry strike 'ruins' island holidays")
    assert shared_title(page) == "Ferry strike 'ruins' island holidays"


def test_the_share_links_headline_the_page_shows_replaces_a_title_that_is_not_it() -> None:
    headline = "Ferry strike 'ruins' island holidays"
    article = parse_article(_shared_page("Ferry strike", headline, headline).encode(), 1, "page.html")[0]
    assert article.title == headline  # a title cut short of the headline
    article = parse_article(_shared_page("Marrowby Online Navigation", headline, headline).encode(), 1, "page.html")[0]
    assert article.title == headline  # a title naming no word of it


def test_a_title_stays_when_the_share_links_add_only_the_site_or_the_page_names_its_headline() -> None:
    from brief.ingest.share_links import over_title

    shared = "Ferry crews walk out - Marrowby Gazette"
    assert over_title("Ferry crews walk out", _shared_page("Ferry crews walk out", shared, shared)) == "Ferry crews walk out"
    headline = "Ferry strike ruins island holidays"
    page = _shared_page("Ferry strike", headline, "Island news")
    assert over_title("Ferry strike", page) == "Ferry strike"  # the page does not show the shared headline
    page = _shared_page("Ferry strike", headline, headline, head='<meta property="og:title" content="Ferry strike">')
    assert over_title("Ferry strike", page) == "Ferry strike"  # its metadata names its headline


def test_a_domain_and_a_story_kind_are_no_title() -> None:
    from brief.ingest.titles import is_generic

    assert is_generic("Marrowby.com :: News Article") and is_generic("News Story - marrowby.com")
    assert not is_generic("Marrowby.com - News") and not is_generic("Ferry strike - Article")
    page = ("<html><head><title>Marrowby.com :: News Article</title></head><body><div class='nav'>Home</div>"
            "<h3>Ferry crews walk out at Marrowby</h3><div>Tuesday January 8, 2008</div>" + _STORY + "</body></html>")
    assert parse_article(page.encode(), 1, "page.html")[0].title == "Ferry crews walk out at Marrowby"


def test_a_five_word_site_name_gives_way_to_a_headline_the_template_names() -> None:
    page = ("<html><head><title>The Harbour Star Update Service</title></head><body><div>Home</div>"
            "<font class=storyhead size=4><b>Ferry crews walk out at Marrowby</b></font><br>" + _STORY + "</body></html>")
    assert parse_article(page.encode(), 1, "page.html")[0].title == "Ferry crews walk out at Marrowby"


def test_a_title_of_the_site_s_description_gives_way_to_the_heading_over_the_story() -> None:
    title = "Island Ferries. All the harbour news daily. News from every port. Timetables, fares, routes."
    page = (f"<html><head><title>{title}</title></head><body><div>Home</div>"
            "<h2>Ferry crews walk out at Marrowby</h2>" + _STORY + "</body></html>")
    assert parse_article(page.encode(), 1, "page.html")[0].title == "Ferry crews walk out at Marrowby"


def test_two_names_after_a_comma_are_no_list_of_the_site_s_keywords() -> None:
    from brief.ingest.title_echo import echoed_headline

    page = "<html><body><h3>Pop-Up Story Books</h3>" + _STORY + "</body></html>"
    title = "Pop-Up Story Books | Glow-In-The-Dark, Interactive Gifts"
    assert echoed_headline(title, page) == title  # two capitalised phrases may be the headline's own words
    assert echoed_headline(title + ", Toys", page) == "Pop-Up Story Books"  # three are a keyword list
