"""Shapes of real sites' templates brief met on pages written for session 43 (helper pages48): a
<title> holding the headline between a section and the site's name, and others added below."""

from __future__ import annotations

import pytest

from brief.ingest.html import extract_html
from brief.ingest.titles import trim_to_headline


@pytest.mark.parametrize(
    ("title", "marked", "expected"),
    [
        # a section before the headline and the site's name after it; the headline has a full stop
        ("Comment | The tram line is late. Nobody should be surprised - The Wexmoor Echo",
         ["The tram line is late. Nobody should be surprised"], "The tram line is late. Nobody should be surprised"),
        ("Sport | Rovers sign keeper on loan | Harbour Post", ["Rovers sign keeper on loan"], "Rovers sign keeper on loan"),
        # more before the headline than the headline: not a decoration
        ("A long story of the years the town waited for its tram | Tram late | Post", ["Tram late"],
         "A long story of the years the town waited for its tram | Tram late | Post"),
        # the headline's words inside a longer headline, with no separator round them: kept whole
        ("Why the tram is late again - Harbour Post", ["the tram is late"], "Why the tram is late again - Harbour Post"),
    ],
)
def test_title_cut_to_the_headline_between_two_decorations(title: str, marked: list[str], expected: str) -> None:
    assert trim_to_headline(title, marked) == expected


def test_opinion_page_titled_with_its_section_and_site_gets_its_headline() -> None:
    headline = "The tram line is late. Nobody should be surprised"
    html = (
        f"<html><head><title>Comment | {headline} - The Wexmoor Echo</title>"
        f'<meta property="og:title" content="{headline}"></head><body>'
        '<header><a href="/">The Wexmoor Echo</a> <a href="/comment">Comment</a></header>'
        f'<article><p class="label">Comment</p><h1>{headline}</h1><div class="byline">Orla Penhallow</div>'
        "<p>When the Wexmoor tram was approved in 2019, the council promised trains by the spring of 2024. "
        "Two years on, not one passenger has ridden it.</p>"
        "<p>The contractor blames the weather, the council blames the contractor, and the residents of "
        "Castle Row, who have lived beside a building site for five years, blame both of them.</p>"
        "<p>None of this should surprise anyone who read the original plan, which set aside no money at all "
        "for moving the pipes and cables under the high street.</p></article></body></html>"
    )
    page = extract_html(html)
    assert page.title == headline
    assert not page.text.startswith(headline)
