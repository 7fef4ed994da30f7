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


@pytest.mark.parametrize(
    "paragraph",
    [
        "Update, 9:05 am: Added the council's response.",
        "UPDATE (March 3, 4:10 p.m. ET): This story has been updated with comment from the ferry operator.",
        "Our Standards: The Harbour Wire Trust Principles.",
        "Good morning and welcome to our live coverage of the budget vote in Ostra.",
        "Gadgetly may earn a commission when you buy through links on our site.",
        "This release contains forward-looking statements within the meaning of Section 27A of the Securities Act.",
        "Suscríbete a El Faro del Norte por 2 euros al mes.",
        "This interview has been edited for length and clarity.",
        "(This conversation has been condensed and lightly edited.)",
    ],
)
def test_the_page_speaking_about_itself_is_furniture(paragraph: str) -> None:
    from brief.ingest.furniture import is_boilerplate

    assert is_boilerplate(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "UPDATE 2:30 p.m.: Police said the driver had been arrested near the station.",
        "Update: On May 2, the ferry operator told us the engines had been replaced.",
        "Updates to the timetable were made on Monday: the first boat now leaves at six.",
        "Brokers earn a commission on each sale, the regulator said in its report.",
        "Welcome to the club, the coach told the new signing on Friday.",
        "The interview with the minister was broadcast on Monday, and parts were edited out, critics said.",
    ],
)
def test_news_in_an_update_and_prose_like_the_notes_stay(paragraph: str) -> None:
    from brief.ingest.furniture import is_boilerplate

    assert not is_boilerplate(paragraph)


def _release(block: str, intro: str = "Transport Minister Odile Varga said:") -> str:
    return (
        "<html><head><title>Minister opens new ferry terminal - GOV.EX</title></head><body><main>"
        "<h1>Minister opens new ferry terminal</h1>"
        "<p>A new ferry terminal at Kessel Bay opened today, cutting crossing times to the islands by half, the "
        "Department for Transport announced.</p>"
        f"<p>{intro}</p>{block}"
        "<p>The terminal cost 40 million euros and was finished a year early, the department said.</p>"
        "</main></body></html>"
    )


def test_a_block_quotation_announced_by_a_colon_is_set_in_quotation_marks() -> None:
    block = ("<blockquote><p>The islands have waited thirty years for this terminal.</p>"
             "<p>From today, no family will need a whole day to reach the mainland.</p></blockquote>")
    text = extract_html(_release(block)).text
    assert "“The islands have waited thirty years for this terminal." in text, text
    assert "“From today, no family will need a whole day to reach the mainland.”" in text, text


def test_a_quoted_block_or_one_no_colon_announces_is_left_as_it_is() -> None:
    quoted = '<blockquote><p>"The islands have waited thirty years for this terminal," she said.</p></blockquote>'
    assert '"The islands have waited thirty years for this terminal," she said.' in extract_html(_release(quoted)).text
    plain = "<blockquote><p>The islands have waited thirty years for this terminal.</p></blockquote>"
    text = extract_html(_release(plain, intro="The terminal was opened by the minister on Monday.")).text
    assert "“" not in text, text


def test_a_title_that_is_the_site_s_home_link_gives_way_to_the_sharing_headline() -> None:
    html = (
        "<html><head><title>Wexmoor Echo</title>"
        '<meta property="og:title" content="Tram depot fire halts services across the city"></head><body>'
        '<header><a href="/">Wexmoor Echo</a></header><article>'
        "<p>A fire at the main tram depot halted every service across Wexmoor on Tuesday morning, leaving thousands "
        "of commuters to find other ways to work.</p>"
        "<p>The fire service said nobody was hurt and the cause was being investigated.</p></article></body></html>"
    )
    assert extract_html(html).title == "Tram depot fire halts services across the city"
