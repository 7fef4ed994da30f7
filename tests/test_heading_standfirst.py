"""brief.ingest.heading_standfirst: a standfirst set in a heading between the headline and the story, which
the extractor dropped with the page's headings, is the story's first paragraph again."""

from __future__ import annotations

from brief.ingest.heading_standfirst import heading_standfirst

_PROSE = [
    "The slip was closed on Thursday after divers found that the timber piles had rotted through in places.",
    "Board chair Odile Marchetti said the repairs would take most of the spring and cost about four hundred "
    "thousand dollars.",
]


def _page(head: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _PROSE)
    return ("<html><head><title>Kessing's Independent Newspaper</title></head><body>"
            '<div class="nav"><a href="/">Home</a> <a href="/news">News</a></div>'
            f'<div class="left"><h1>Old ferry slip closes after a century</h1>{head}</div>'
            f'<br class="clear-all" /><br class="clear-all" />{paragraphs}</body></html>')


def test_a_prose_heading_under_the_headline_is_the_standfirst() -> None:
    stand = "Port Kessing's old ferry slip has closed for good, announced the Kessing Port Authority. It was built in 1911."
    assert heading_standfirst(_page(f"<h2>{stand}</h2>"), _PROSE) == stand


def test_a_headline_a_question_a_byline_or_a_text_already_read_is_no_standfirst() -> None:
    assert heading_standfirst(_page(""), _PROSE) == ""  # the <h1> headline
    assert heading_standfirst(_page("<h2>Will the old ferry slip ever reopen after this winter's storms?</h2>"), _PROSE) == ""
    assert heading_standfirst(_page("<h2>By Marta Quell, harbour reporter for the Kessing Daily since 1990.</h2>"), _PROSE) == ""
    stand = "Port Kessing's old ferry slip has closed for good, announced the Kessing Port Authority."
    assert heading_standfirst(_page(f"<h2>{stand}</h2>"), [stand, *_PROSE]) == ""
