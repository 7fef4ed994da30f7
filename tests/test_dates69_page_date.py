"""The date brief gives a saved page: the one written at its headline or byline, read day- or month-first
as the page's other dates say, and none rather than a sidebar's, a caption's or the story's own dates."""

from __future__ import annotations

from brief.ingest.files import parse_text

STORY = """
<p>Harbour officials in the town of Westmere said on Monday that the new ferry terminal would open to
passengers next month, after two years of delays caused by flooding and a dispute over the contract.</p>
<p>The terminal, which cost the council far more than first planned, will handle up to twelve crossings a
day to the islands, and the operator said it expected the number of travellers to double by the summer.</p>
<p>"We have waited a long time for this, and the people of the islands have waited longer," said Mara
Lindqvist, who chairs the council's transport committee. "The boats are ready and the crews are trained."</p>
<p>Local traders welcomed the news, saying the old landing stage had kept visitors away for most of the
past year. Some residents, however, warned that the extra traffic would crowd the narrow harbour road.</p>
<p>The council said it would review parking around the terminal once the first season of crossings was over,
and that a shuttle bus from the station would run every half hour during the busiest weeks.</p>
"""


def page(top: str, byline: str, story: str = STORY, head: str = "") -> str:
    return f"""<html><head><title>Ferry terminal to open next month</title>{head}</head><body>
<div class="masthead">{top}</div>
<div class="nav"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></div>
<div class="article"><h1>Ferry terminal to open next month</h1>
<div class="byline">{byline}</div>
{story}
</div>
<div class="sidebar"><h3>Archive</h3><ul><li><a href="/a/1">Old pier closed for repairs</a> 13 April 2005</li>
<li><a href="/a/2">Council sets new budget</a> 2 March 2006</li></ul></div>
</body></html>"""


def date_of(html: str) -> str:
    return parse_text(html, 1, "ferry.html")[0].date


def test_the_bylines_day_first_date_not_the_mastheads_day() -> None:
    html = page("Tuesday 15 January 2008", "By Tom Reed, Transport Editor. Last Updated: 12:01am GMT 08/01/2008")
    assert date_of(html) == "2008-01-08"


def test_a_month_first_date_settled_by_the_pages_named_dates() -> None:
    html = page("Our news, every day", "By Tom Reed. Article Last Updated: 01/11/2008 09:53:03 AM EST<br>Friday, January 11, 2008")
    assert date_of(html) == "2008-01-11"


def test_the_published_line_not_the_oldest_date_of_a_sidebar() -> None:
    html = page("Westmere Weekly", "By Tom Reed | Published: Dec. 30, 2007 at 8:20 PM")
    assert date_of(html) == "2007-12-30"


def test_no_date_when_only_the_story_and_its_sidebar_write_dates() -> None:
    story = STORY.replace("after two years of delays", "after the delays of the period from 1 November 2006 to 14 September 2007")
    html = page("Westmere Weekly", "By Tom Reed", story)
    assert date_of(html) == ""


def test_the_date_the_markup_declares_is_kept() -> None:
    head = '<meta property="article:published_time" content="2024-03-08T09:00:00Z">'
    html = page("Monday 11 March 2024", "By Tom Reed. Updated: 11 March 2024", head=head)
    assert date_of(html) == "2024-03-08"
