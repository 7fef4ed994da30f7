"""A page's two trafilatura extractions share one parse, one metadata reading and one pruning
(brief.ingest.extraction): what they give must be what two calls of ``bare_extraction`` on the HTML
give, and the furniture found in Python what the furniture XPath selects."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief.ingest.extraction import extract_twice, furniture_elements
from brief.ingest.markup import furniture_xpath

PAGES = sorted((Path(__file__).resolve().parent / "data" / "pages").glob("*.html"))
DATE_PARAMS = {"extensive_search": False, "original_date": True}
FIELDS = ("text", "title", "sitename", "date", "hostname", "url", "author", "description")

BOXES = """<html><head><title>Ferry fares to rise - Harbour Post</title></head><body class="social-page">
<article><h1>Ferry fares to rise</h1>
<p>The ferry company said on Monday that fares would rise by a tenth from April, the first rise in six years.</p>
<div class="Share-Bar">Share this story on X and Facebook</div>
<aside><p>Read more: Bridge plans shelved</p></aside>
<div role="complementary">Most read this week</div>
<div id="NEWSLETTER-box">Sign up for our morning newsletter</div>
<div class="related-stories"><p>One related story.</p><p>Another related story.</p></div>
<div class="promo">""" + "A promotion far longer than a box. " * 30 + """</div>
<div class="pro-mo">Not a hint: the class is split</div>
<div class="SOCİAL">A dotted capital I is not lower-cased by XPath's translate</div>
<p>Passengers with season tickets keep the old fare <span><img src="a.jpg"><a href="/a">Ann Lee</a>
<a href="/b">Her stories</a></span> until June, the company added.</p>
<pre>ferry --fares</pre>
</article></body></html>"""


def _xpath_selection(html: str) -> list[object]:
    from lxml.etree import XPath
    from trafilatura.utils import load_html

    tree = load_html(html)
    return [(e.tag, e.get("class"), e.get("id"), e.text) for e in XPath(furniture_xpath(html)[0])(tree)]


@pytest.mark.parametrize("html", [BOXES, *(p.read_text(encoding="utf-8") for p in PAGES)])
def test_the_furniture_found_in_python_is_what_the_xpath_selects(html: str) -> None:
    from trafilatura.utils import load_html

    found = [(e.tag, e.get("class"), e.get("id"), e.text) for e in furniture_elements(load_html(html))]
    assert found == _xpath_selection(html)


def test_the_furniture_of_the_boxes_page() -> None:
    from trafilatura.utils import load_html

    found = [(e.tag, e.get("class"), e.get("id"), e.get("role")) for e in furniture_elements(load_html(BOXES))]
    assert ("div", "Share-Bar", None, None) in found
    assert ("div", None, "NEWSLETTER-box", None) in found
    assert ("aside", None, None, None) in found
    assert ("div", None, None, "complementary") in found
    assert ("pre", None, None, None) in found  # a listing
    assert ("span", None, None, None) in found  # a card in a paragraph
    assert not {"related-stories", "promo", "pro-mo", "SOCİAL", "social-page"} & {cls for _, cls, _, _ in found}


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_the_shared_extractions_are_two_bare_extractions(page: Path) -> None:
    from trafilatura import bare_extraction

    html = page.read_text(encoding="utf-8")
    common = {"url": None, "with_metadata": True, "include_comments": False, "include_images": False,
              "include_links": False, "prune_xpath": furniture_xpath(html), "date_extraction_params": DATE_PARAMS}
    balanced = bare_extraction(html, **common)
    precise = bare_extraction(html, favor_precision=True, **common)
    doc, strict, _ = extract_twice(html, furniture_xpath(html), {"url": None, "comments": False, "images": False, "links": False,
                                       "date_params": DATE_PARAMS})
    assert (doc is None) == (balanced is None) and (strict is None) == (precise is None)
    if balanced is not None:
        assert [getattr(doc, f) for f in FIELDS] == [getattr(balanced, f) for f in FIELDS]
    if precise is not None:
        assert strict.text == precise.text
