"""The headline after a blog's or a site's name that the page's <h1> shows in the headline's place.

A blog hosted by a newspaper (2008) heads every post with the blog's name in the <h1> ("Harbour Post:
Island Notes") and sets the post's headline in a lower heading; its <title> holds both, the name first
("Harbour Post: Island Notes : Ferry keeps its winter timetable"). trafilatura reads the <h1>, which
the <title> shows to be the part before the headline: the site's name in it tells it from a headline
that a longer site's name follows in the <title> ("Storm hits coast - Harbour Post Online Edition").
"""

from __future__ import annotations

from collections.abc import Iterable

from brief.ingest.titles import cut_from_headline, is_site, last_part, site_keys


def headline_after_masthead(raw_title: str, page_title: str, site_names: Iterable[str]) -> str:
    """The <title>'s last part when ``raw_title`` (trafilatura's title) is the part before it and names
    the site, and that last part does not ("Ferry keeps its winter timetable"); else ``raw_title``."""
    if not raw_title or not cut_from_headline(raw_title, page_title):
        return raw_title
    keys = site_keys(site_names)
    headline = last_part(page_title)
    if keys and is_site(raw_title, keys) and not is_site(headline, keys):
        return headline
    return raw_title
