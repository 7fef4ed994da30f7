"""brief.ingest.story_headline: the headline a page sets over its story, where its <title> is the site's
name, a section, or the headline with the site's decorations."""

from __future__ import annotations

from brief.ingest.html import extract_html
from brief.ingest.story_headline import headline_title, story_headline

_PROSE = (
    "<p>The harbour board of Port Kessing voted on Thursday to close the old ferry slip for repairs, "
    "after divers found the timber piles had rotted through in several places.</p>"
    "<p>Board chair Odile Marchetti said the work would take most of the spring and cost about four "
    "hundred thousand dollars, paid from the port's reserve fund.</p>"
    "<p>Ferry passengers will board at the fishing pier until the slip reopens, the board said, and "
    "the timetable will not change during the repairs.</p>"
)


def _page(title: str, head: str) -> str:
    nav = '<div class="nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>'
    return (f"<html><head><title>{title}</title></head><body>{nav}"
            f'<div class="main">{head}<p class="byline">By Staff</p>{_PROSE}</div>'
            "</body></html>")


def test_a_site_name_title_gives_way_to_the_headline_its_layout_names() -> None:
    html = _page("Kessing Coast Online", '<div class="article_headline">Old ferry slip to close for repairs</div>')
    assert extract_html(html).title == "Old ferry slip to close for repairs"


def test_a_section_title_gives_way_to_a_plain_heading_over_the_story() -> None:
    html = _page("Kessing Daily: Harbour", "<h3>Old ferry slip to close for repairs</h3>")
    assert extract_html(html).title == "Old ferry slip to close for repairs"


def test_the_sites_decoration_is_cut_from_a_title_the_heading_shows_alone() -> None:
    html = _page("KCO News :: Old ferry slip to close for repairs", '<span class="storytitle">Old ferry slip to close for repairs</span>')
    assert extract_html(html).title == "Old ferry slip to close for repairs"
    long_tail = "Old ferry slip to close for repairs | Kessing Coast news, sport, weather, jobs, homes and classifieds"
    assert extract_html(_page(long_tail, "<h2>Old ferry slip to close for repairs</h2>")).title == "Old ferry slip to close for repairs"


def test_a_title_read_from_a_script_is_no_title() -> None:
    html = _page("this.section = 'news'; var page = 'story';", "<h2>Old ferry slip to close for repairs</h2>")
    assert extract_html(html).title == "Old ferry slip to close for repairs"


def test_a_headline_title_is_kept_over_a_heading_that_is_no_headline() -> None:
    # the same page under a section's name is titled by its heading; under a headline, it keeps it
    assert extract_html(_page("Kessing Daily: Harbour", "<h3>Ferry slip repairs approved</h3>")).title == "Ferry slip repairs approved"
    title = "Port Kessing will close its old ferry slip"
    assert extract_html(_page(title, "<h3>Most Read Stories</h3>")).title == title
    assert extract_html(_page(title, "<h2>By Marta Quell, Harbour Reporter</h2>")).title == title


def test_a_name_like_headline_is_not_put_for_a_name_like_title_unless_named_so() -> None:
    lines = [_PROSE.split("</p>")[0].removeprefix("<p>")]
    plain = _page("Kessing Coast Online", "<h2>Most Emailed Stories</h2>")
    assert headline_title("Kessing Coast Online", plain, lines) == "Kessing Coast Online"
    assert story_headline(plain, lines) == ("Most Emailed Stories", False, False)


def test_a_standfirst_set_as_a_heading_is_passed_over_for_the_headline_above_it() -> None:
    # a 2008 template heads the story with an <h1> and its first paragraph, two sentences, in an <h2>
    # under it, on a page titled by the site's motto: the <h1> is the title, the <h2> stays the lead
    stand = ("<h2>Port Kessing's old ferry slip has closed for good, announced the Kessing Port "
             "Authority. It was built in 1911.</h2>")
    html = ("<html><head><title>Kessing's Independent Newspaper</title></head><body>"
            '<div class="nav"><a href="/">Home</a> <a href="/news">News</a></div><div class="content">'
            f'<div class="left"><div class="label"> </div><h1>Old ferry slip closes after a century</h1>{stand}</div>'
            f'<br class="clear-all" />{_PROSE}</div></body></html>')
    extracted = extract_html(html)
    assert extracted.title == "Old ferry slip closes after a century"
    assert "announced the Kessing Port Authority" in extracted.text
    # where the extractor leaves the <h2> out of the text, the heading over the story is still the <h1>
    lines = [p.removeprefix("<p>") for p in _PROSE.split("</p>") if p]
    assert story_headline(html, lines) == ("Old ferry slip closes after a century", False, False)
    assert headline_title("Kessing's Independent Newspaper", html, lines) == "Old ferry slip closes after a century"
