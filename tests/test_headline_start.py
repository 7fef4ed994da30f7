"""Menus and teasers above the story's headline in the extracted text (brief.ingest.headline_start)."""

from lido_story import LIDO_STORY

from brief.ingest.headline_start import from_the_headline
from brief.ingest.html import extract_html

HEADLINE = "Lido to close for good after council vote"
STORY = [*LIDO_STORY, "Swimmers said they would meet on Saturday to decide whether to take the council to court."]


def test_a_menu_and_a_teaser_above_the_headline_go() -> None:
    menu = "".join(f"<p><a href='/{n}'>{w}</a></p>" for n, w in enumerate(["Home", "News", "Sport", "Weather"]))
    teaser = ("<p>Today's Echo</p><p><a href='/t'>Ferry held in port after fault</a></p>"
              "<p>The town's new ferry stayed at its berth on Monday while...</p><p>Latest News</p>")
    html = (f"<html><head><title>{HEADLINE} - Marlow Bay Echo</title>"
            "<meta property='og:site_name' content='Marlow Bay Echo'></head><body><table><tr><td>"
            f"{menu}{teaser}<p><b>{HEADLINE}</b></p><p>By Jon Pell, Staff Reporter</p>"
            + "".join(f"<p>{p}</p>" for p in STORY) + "</td></tr></table></body></html>")
    page = extract_html(html)
    assert page.title == HEADLINE
    assert page.text.split("\n\n") == ["By Jon Pell, Staff Reporter", *STORY]


def test_the_story_above_a_repeated_headline_stays() -> None:
    lines = [*STORY, *STORY, HEADLINE, "Related stories"]  # the headline again in a box after the story
    assert from_the_headline(lines, [HEADLINE]) == lines


def test_a_short_title_is_not_looked_for() -> None:
    lines = ["Menu", "News", *STORY]
    assert from_the_headline(lines, ["News"]) == lines
