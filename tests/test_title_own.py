"""The page's own <title>, its site's name cut, over a title written for sharing (session 31's kinds7): the
story is named by what the site's template put in its <title> ("… | Harbour Post") when the og:title and
the <h1> reword it; not a <title> whose first part is not the headline, one still holding an unknown
decoration, or one written for search engines that says its keywords twice. Pages are written here."""

from __future__ import annotations

from brief.ingest.html import extract_html
from brief.ingest.own_title import titled_apart

BODY = (
    "<p>The regional council voted on Tuesday to close the old harbour bridge to cars from next spring, "
    "after engineers found cracks in two of its supporting arches.</p>"
    "<p>Buses and bicycles will still be allowed across, the council said, and a ferry will run every "
    "twenty minutes during the morning and evening rush hours.</p>"
    "<p>Shop owners on the harbour front said they feared losing customers and asked for a lower rate of "
    "local business tax while the works last.</p>"
)


def _page(title: str, social: str) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='og:title' content='{social}'><meta property='og:site_name' content='Harbour Post'>"
            f"</head><body><article><h1>{social}</h1>{BODY}</article></body></html>")


def test_the_sites_title_over_a_reworded_sharing_title() -> None:
    html = _page("Council to close the old harbour bridge to cars next spring | Harbour Post",
                 "From buses to ferries, what the bridge closure means for you")
    assert extract_html(html).title == "Council to close the old harbour bridge to cars next spring"


def test_a_keyword_title_gives_way_to_the_headline() -> None:
    html = _page("Harbour Bridge Closure: Bridge Closure Dates, Harbour Ferry Times | Harbour Post",
                 "Council to close the old harbour bridge to cars next spring")
    assert extract_html(html).title == "Council to close the old harbour bridge to cars next spring"


def test_what_is_not_a_cleaned_headline_is_not_preferred() -> None:
    page = "Bridge to close | News | Harbour Post"
    assert not titled_apart(page, "Bridge to close", "Council to close the old bridge")  # too short for a headline
    page = "Council to close the old harbour bridge - Harbour Notes"
    assert not titled_apart(page, page, "Bridge closure: what it means")  # nothing was cut
    page = "Bridge news | Our coast, our stories, every day of the year | Harbour Post"
    assert not titled_apart(page, "Our coast, our stories, every day of the year", "Council closes bridge")
