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
