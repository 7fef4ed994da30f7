"""A page's standfirst (the "dek" between its headline and its story) is part of the text, once.

trafilatura leaves a standfirst set in the article's header out of the text; brief reads it back when
the page's description of itself (og:description) is shown whole before the story, and only then:
not a description that only a link card shows, one cut short, one shown after the story, or one that
is the story's first paragraph already.
"""

from __future__ import annotations

from brief.ingest.html import extract_html

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Ferry operator cuts winter sailings to the islands | Harbour Gazette</title>
<meta property="og:title" content="Ferry operator cuts winter sailings to the islands">
<meta property="og:description" content="{description}">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<header class="article-header"><h1>Ferry operator cuts winter sailings to the islands</h1>
{dek}
<div class="byline">By Morag Reid, transport reporter</div></header>
<div class="article-body">
<p>Island Link will run two crossings a day instead of five from November, the company told councillors at a
meeting in Portree on Monday evening.</p>
<p>Chief executive Duncan Fraser said the cut was forced by the cost of fuel and a shortage of qualified crew
across the west coast fleet this year.</p>
<p>"We have looked at every other option and none of them keeps the service safe," Mr Fraser told the meeting,
adding that the timetable would be reviewed in March.</p>
<p>Councillor Ailsa Munro said families on the smaller islands would be cut off for days when storms cancelled
the remaining sailings.</p>
<p>The Scottish Government said it was in talks with the operator about extra funding for the route before the
winter timetable begins.</p>
<p>Passengers with tickets booked on the cancelled crossings will be offered a refund or a place on another
sailing, the company said.</p>
</div>
{after}
<footer><p>Harbour Gazette, 12 Quay Street.</p></footer>
</body></html>"""

DEK = "Islanders warn they will be cut off for days as Island Link drops three of its five daily crossings from November."
FIRST = "Island Link will run two crossings a day instead of five from November"


def _paragraphs(description: str, dek: str = "", after: str = "") -> list[str]:
    return extract_html(PAGE.format(description=description, dek=dek, after=after)).text.split("\n\n")


def test_a_standfirst_in_the_header_opens_the_text() -> None:
    paragraphs = _paragraphs(DEK, dek=f'<p class="article-dek">{DEK}</p>')
    assert paragraphs[0] == DEK
    assert paragraphs[1].startswith(FIRST)
    assert sum(DEK in p for p in paragraphs) == 1


def test_a_description_that_is_the_first_paragraph_is_not_repeated() -> None:
    first = " ".join(_paragraphs(DEK)[0].split())
    paragraphs = _paragraphs(first, dek=f'<div class="summary">{first}</div>')
    assert paragraphs[0].startswith(FIRST)
    assert sum(FIRST in p for p in paragraphs) == 1


def test_a_description_shown_only_on_a_link_card_or_after_the_story_is_not_the_standfirst() -> None:
    card = f'<div class="more"><a href="/ferry"><h3>Ferry cuts</h3><p>{DEK}</p></a></div>'
    assert _paragraphs(DEK, dek=card)[0].startswith(FIRST)
    assert not any(DEK in p for p in _paragraphs(DEK, after=f'<div class="box"><p>{DEK}</p></div>')[:1])


def test_a_description_cut_short_or_too_short_is_no_standfirst() -> None:
    cut = "Islanders warn they will be cut off for days as Island Link drops..."
    assert _paragraphs(cut, dek=f'<p class="dek">{cut}</p>')[0].startswith(FIRST)
    short = "Fewer sailings this winter."
    assert _paragraphs(short, dek=f'<p class="dek">{short}</p>')[0].startswith(FIRST)
