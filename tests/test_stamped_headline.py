"""A headline, its "POSTED:" stamp and a tagged dateline run into the first paragraph are the template's."""

from __future__ import annotations

from pathlib import Path

from brief.ingest.files import load_articles
from brief.ingest.stamped_headline import without_stamped_headline

HEADLINE = "Harbour Gulls Edge Past Rivals In Overtime"
STORY = ("Mara Linden scored 31 points to lead the Harbour Gulls past the Eastport Rivals, 99-97, in overtime on "
         "Tuesday night.")
PAGE = """<html><head><title>{h}</title></head><body>
<table><tr><td><p>{h} POSTED: 11:54 pm EST January 9, 2008 Harbour City, ME -- (Coast Sports Wire) - {s}</p>
<p>Jon Abara added 20 points and eight assists for the Gulls, who have won four straight games at home.</p>
<p>"We kept going to her every time down the floor," Gulls coach Pia Sorell said after the game.</p>
<p>The Rivals have lost three of their last four games and play at Northgate on Friday night.</p>
</td></tr></table></body></html>"""


def test_the_stamped_headline_and_tagged_dateline_are_cut() -> None:
    line = f"{HEADLINE} POSTED: 11:54 pm EST January 9, 2008 Harbour City, ME -- (Coast Sports Wire) - {STORY}"
    assert without_stamped_headline(line, [HEADLINE]) == STORY


def test_a_stamp_with_the_date_first_and_no_dateline() -> None:
    line = f"{HEADLINE} Updated: Jan 9, 2008 at 11:54 PM {STORY}"
    assert without_stamped_headline(line, [HEADLINE]) == STORY


def test_a_headline_without_a_stamp_stays() -> None:
    line = f"{HEADLINE} as the Gulls won again on Tuesday."
    assert without_stamped_headline(line, [HEADLINE]) == line


def test_the_page_summary_opens_with_the_story(tmp_path: Path) -> None:
    path = tmp_path / "gulls.html"
    path.write_text(PAGE.format(h=HEADLINE, s=STORY), encoding="utf-8")
    (article,) = load_articles([str(path)]).articles
    assert article.text.startswith("Mara Linden scored 31 points")
