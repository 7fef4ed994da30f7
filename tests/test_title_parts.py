"""A <title>'s parts that are not the headline (session 25, titles3): a later part that trafilatura or the
markup put in the headline's place (the site's name when the headline holds a full stop, a logo in the
<h1>, a motto), a byline part, a domain name, a section set off by dashes. Pages are written here."""

from __future__ import annotations

import pytest

from brief.ingest.html import extract_html
from brief.ingest.titles import clean_title, is_later_part

BODY = (
    "<p>The county board voted on Monday to move the weekly farmers' market from the old square to the "
    "riverside car park while the square is repaved over the summer.</p>"
    "<p>Stallholders said the new site had more room but less passing trade, and asked for signs on the "
    "main road pointing shoppers to the river.</p>"
    "<p>The board said the market would return to the square in September, when the paving and new "
    "drains are finished, and that parking would be free on market days until then.</p>"
)
SITE = "<meta property='og:site_name' content='Valley Courier'>"


def _page(title: str, head: str = "", h1: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            f"<body><article>{f'<h1>{h1}</h1>' if h1 else ''}{BODY}</article></body></html>")


@pytest.mark.parametrize(
    ("title", "head", "h1"),
    [
        ("St. Anne's market moves to the river for the summer | Valley Courier", SITE, ""),  # a full stop in the headline
        ("St. Anne's market moves to the river for the summer | Valley Courier - News for the valley", SITE, ""),
        ("St. Anne's market moves to the river for the summer | Valley Courier", SITE, "VALLEY COURIER"),  # a logo's <h1>
        ("St. Anne's market moves to the river for the summer - Valley Courier", SITE, "Valley Courier"),
    ],
)
def test_a_later_part_of_the_title_is_not_the_headline(title: str, head: str, h1: str) -> None:
    assert extract_html(_page(title, head, h1)).title == "St. Anne's market moves to the river for the summer"


def test_a_headline_after_a_short_label_is_no_later_part() -> None:
    assert not is_later_part("Market moves to the river for the summer", "Opinion | Market moves to the river for the summer")
    assert is_later_part("Valley Courier", "Market moves to the river for the summer | Valley Courier")


@pytest.mark.parametrize(
    ("title", "sites"),
    [
        ("Why the market had to move - by Jo Marsh - Valley Notes", []),
        ("Why the market had to move | by Jo Marsh | Medium", []),
        ("Why the market had to move | ValleyCourier.com - Local news", []),  # a domain names the site
        ("Why the market had to move - News - Valley Courier", ["Valley Courier"]),  # a section between dashes
    ],
)
def test_bylines_domains_and_dashed_sections_are_cut(title: str, sites: list[str]) -> None:
    assert clean_title(title, sites) == "Why the market had to move"


@pytest.mark.parametrize(
    "title",
    [
        "Market moves - and stallholders are not happy",  # the headline's own dash, lower-case after it
        "Market moves by the river - Valley Courier",  # "by" inside the headline, not a part of its own
        "Biden - Trump debate - Valley Courier",  # a headline too short to leave a section off it
    ],
)
def test_a_headlines_own_parts_are_kept(title: str) -> None:
    assert clean_title(title, ["Valley Courier"]) == title.removesuffix(" - Valley Courier")


@pytest.mark.parametrize("mark", ["::", "»", "|"])
def test_a_template_mark_leaves_the_much_longer_first_part_when_no_site_is_known(mark: str) -> None:
    assert clean_title(f"Market moves to the river for the summer {mark} Valley Courier", []) == "Market moves to the river for the summer"
    # a dash may be the headline's own: left whole when the site is not known
    assert clean_title("Market moves to the river for the summer - Valley Courier", []).endswith("Valley Courier")
