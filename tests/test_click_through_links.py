"""A saved page's own site is not the ad server its click-through links pass through."""

from __future__ import annotations

from pathlib import Path

from brief.ingest.files import load_articles
from brief.ingest.markup import main_link_host, root_link_hosts

_AD = '<a href="http://ads.adnet-example.net/clk;{n};77;w?http://www.shop-example.com/offer{n}">Offer</a>'
_OWN = '<a href="http://www.rivertown-gazette.com/{part}/">{part}</a>'
_BODY = " ".join(
    f"<p>The Rivertown council voted {n} times on the bridge plan, the clerk said, and the mayor spoke.</p>"
    for n in range(12))


def _page(ads: int, own: int) -> str:
    links = [_AD.format(n=n) for n in range(ads)] + [_OWN.format(part=f"section{n}") for n in range(own)]
    return (f"<html><head><title>Bridge plan passes council vote</title></head><body>"
            f"<h1>Bridge plan passes council vote</h1>{_BODY}<div>{' '.join(links)}</div></body></html>")


def test_click_through_links_are_not_the_pages_own_site() -> None:
    assert main_link_host(_page(ads=16, own=0)) == ""
    assert "ads.adnet-example.net" not in root_link_hosts(_page(ads=16, own=0))


def test_the_own_site_still_wins_beside_click_throughs() -> None:
    assert main_link_host(_page(ads=16, own=8)) == "rivertown-gazette.com"


def test_an_encoded_carried_address_is_a_click_through_too() -> None:
    page = _page(ads=0, own=0).replace(
        "</body>", " ".join(f'<a href="https://t.example.org/r?u=https%3A%2F%2Fnews.example%2F{n}">x</a>'
                            for n in range(8)) + "</body>")
    assert main_link_host(page) == ""


def test_a_page_of_ad_links_is_not_sourced_to_the_ad_server(tmp_path: Path) -> None:
    path = tmp_path / "wire.html"
    path.write_text(_page(ads=16, own=0), encoding="utf-8")
    (article,) = load_articles([str(path)]).articles
    assert "adnet" not in (article.source or "")
