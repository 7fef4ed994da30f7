"""What a user sees of a saved page before its story: the outlet's name, the title, and the furniture run
into the story's first line (a byline and date, a headline and time stamp), read from markup we wrote."""

from __future__ import annotations

from lido_story import LIDO_STORY

from brief.ingest.files import parse_article
from brief.ingest.html import extract_html
from brief.ingest.text import normalize_quotes
from brief.text.sentences import split_article

HEADLINE = "Lido to close for good after council vote"
STORY = "".join(f"<p>{p}</p>" for p in LIDO_STORY[1:])


def _first_sentence(html: str) -> str:
    article, _ = parse_article(html.encode(), 1, "page.html")
    return split_article(article)[0].text


def test_an_ad_servers_click_links_do_not_name_the_site() -> None:
    ads = "".join(f"<a href='http://ads.clickcount.net/clk;{n};77;w?http://shop{n}.example.com/'>Ad</a>" for n in range(8))
    html = (f"<html><head><title>{HEADLINE}</title></head><body>{ads}<h1>{HEADLINE}</h1>"
            f"<p>{LIDO_STORY[0]}</p>{STORY}</body></html>")
    assert "clickcount" not in extract_html(html).source


def test_a_site_name_run_together_is_spelled_as_the_page_spells_it_elsewhere() -> None:
    publisher = '{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Marlow Bay Echo"}}'
    html = (f"<html><head><title>{HEADLINE} | Marlow Bay Echo</title>"
            "<meta property='og:site_name' content='marlowbayecho'>"
            f"<script type='application/ld+json'>{publisher}</script></head><body><h1>{HEADLINE}</h1>"
            f"<p>{LIDO_STORY[0]}</p>{STORY}</body></html>")
    assert extract_html(html).source == "Marlow Bay Echo"


def _old_page(title: str, lead: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><table><tr><td>"
            f'<p><span class="headingstory">{HEADLINE}</span><br></p></td></tr><tr><td>'
            '<!-- <table><tr><td><span class="heading">More From Arts and Leisure</span></td></tr></table> -->'
            f"{lead}{STORY}</td></tr></table></body></html>")


def test_a_byline_and_date_run_into_the_first_line_are_no_story_and_the_headline_is_found_past_them() -> None:
    lead = (f'<p><span class="name">By THE MARLOW WIRE</span><br><span class="date">March 3, 2008</span><br>'
            f'<span class="body">MARLOW BAY — {LIDO_STORY[0]}</span></p>')
    html = _old_page("Marlow Bay Echo for Harbour, Cove, Holm and Upper Marlow", lead)
    article, _ = parse_article(html.encode(), 1, "page.html")
    assert article.title == HEADLINE  # the template's heading, not the site's list of towns nor a commented-out box
    assert split_article(article)[0].text == LIDO_STORY[0]


def test_a_headline_and_time_stamp_run_into_the_first_line_are_cut_with_its_dateline() -> None:
    html = (f"<html><head><title>{HEADLINE} - Marlow Bay Echo</title></head><body><table><tr><td>"
            f"<p>{HEADLINE} POSTED: 11:54 pm EST March 3, 2008 Marlow Bay, MB -- (Marlow Wire) - {LIDO_STORY[0]}</p>"
            f"{STORY}</td></tr></table></body></html>")
    assert _first_sentence(html) == LIDO_STORY[0]


def test_tex_style_single_quotes_are_shown_curly() -> None:
    assert normalize_quotes("`Lido' Up for Heritage Award") == "‘Lido’ Up for Heritage Award"
    assert normalize_quotes("`Don't close it,' she said") == "‘Don't close it,’ she said"
    assert normalize_quotes("run `make test` first") == "run `make test` first"  # code, not a quote


def test_a_title_case_headline_listing_things_is_kept_over_a_plain_heading() -> None:
    title = "Marlow Council Closes Its Lido, Selling Old Pool, Changing Rooms and Car Park"
    html = (f"<html><head><title>{title}</title></head><body><h2>More News related to Town Hall</h2>"
            f"<p>{LIDO_STORY[0]}</p>{STORY}</body></html>")
    assert extract_html(html).title == title
