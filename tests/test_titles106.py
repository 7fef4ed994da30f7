"""Titles of saved 2008-style pages whose template puts the site's description of itself before the headline:
its host, or the news and weather it brings ("KMRB.com, Marrowby News and Weather - Ferry crews walk out")."""

from __future__ import annotations

from test_titles67 import _STORY, _title

from brief.ingest.title_echo import echoed_headline

HEADLINE = "Ferry crews walk out at Marrowby harbour"


def test_the_site_describing_itself_around_the_headline_is_cut() -> None:
    # two items after a comma are no keyword list, but a host and "News and Weather" are only a site's words
    assert _title(f"KMRB.com, Marrowby News and Weather - {HEADLINE}", HEADLINE) == HEADLINE
    # a station's motto: a sentence, but one about the news it brings
    assert _title(f"KMRB - Where your news comes first. - Marrowby, Gullane, Kells | {HEADLINE}", HEADLINE) == HEADLINE
    assert _title(f"{HEADLINE} | LOCAL | Breaking Marrowby News, Weather, Sports, Video from KMRB.com", HEADLINE) == HEADLINE


def test_a_second_half_that_only_mentions_news_stays_when_the_page_shows_the_title_whole() -> None:
    title = f"{HEADLINE} - union brings news of a deal"
    page = f"<html><body><div><b>{title}</b></div>{_STORY}</body></html>"
    assert echoed_headline(title, page) == title
    # and a sentence's second half the page does not show is kept when it says nothing of a site
    page = f"<html><body><div><b>{HEADLINE}</b></div>{_STORY}</body></html>"
    assert echoed_headline(f"{HEADLINE} - commuters stranded at dawn", page) == f"{HEADLINE} - commuters stranded at dawn"
