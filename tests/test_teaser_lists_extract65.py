"""Boxes of other stories' linked headlines kept in a story's text (brief.ingest.teaser_lists), on pages
written here: the box goes, with its people; a story whose items are linked headings keeps them."""

from __future__ import annotations

from brief.ingest.html import extract_html
from brief.ingest.teaser_lists import without_teaser_lists

_STORY = """
<p>The harbour board of Kellmoor voted on Tuesday to close the old ferry pier for two years of repairs, after divers found that most of its timber piles had rotted through.</p>
<p>"We had no choice. The piles would not have lasted another winter," board chair Odile Varnsby told reporters after the vote, which passed by seven to two.</p>
<p>Ferry passengers will board at the fishing quay instead, a walk of ten minutes from the station, and the operator said its timetable would not change.</p>
<p>Traders on the quay welcomed the crowds but asked the council for more benches and a shelter before the autumn storms arrive on the coast.</p>
<p>The repairs are expected to cost four million crowns, most of it from the regional transport fund, with the rest from the harbour's own reserves.</p>
"""

_BOX = """
<div class="lineup"><h3>Coast Headlines</h3><dl>
<dt><a href="/coast/story/lighthouse.html">Lighthouse keepers mark a century at Tollan Point</a></dt>
<dd>Three generations of the Marrow family gathered at the lamp room on Sunday to mark a hundred years of keeping the light.</dd>
<dt><a href="/coast/story/trawler.html">Trawler crew rescued off Dunmere after engine fire</a></dt>
<dd>Coastguard volunteer Ingrid Salt said the five fishermen were lifted from a life raft within an hour of the alarm.</dd>
<dt><a href="/coast/story/school.html">Island school wins national science prize</a></dt>
<dd>Pupils at the Skerry primary school built a tide gauge from bicycle parts, headteacher Colm Parrish said.</dd>
<dt><a href="/coast/story/bridge.html">Council delays vote on the Ossary bridge toll</a></dt>
<dd>The vote was put off until March after councillor Wendell Brack asked for a fresh traffic count.</dd>
</dl></div>
"""


def _page(body: str) -> str:
    return (
        "<html><head><title>Harbour board closes Kellmoor ferry pier - Kellmoor Gazette</title></head><body>"
        f'<div id="content"><h1>Harbour board closes Kellmoor ferry pier</h1>{body}</div>'
        '<div id="footer"><p>Copyright Kellmoor Gazette. All rights reserved.</p></div></body></html>'
    )


def test_a_box_of_linked_headlines_after_the_story_is_not_its_text() -> None:
    text = extract_html(_page(_STORY + _BOX)).text
    assert "Odile Varnsby" in text and text.endswith("own reserves.")
    for gone in ("Coast Headlines", "Lighthouse keepers", "Ingrid Salt", "Colm Parrish", "Wendell Brack"):
        assert gone not in text


def test_a_box_of_bare_linked_headlines_before_the_story_goes_and_the_story_stays_whole() -> None:
    box = (
        "<p>Related Stories:</p><ul>"
        '<li><a href="/a.html">Ferry operator orders two new boats</a></li>'
        '<li><a href="/b.html">Kellmoor quay gets its first lifeboat station</a></li>'
        '<li><a href="/c.html">Storm damage closes the coast road again</a></li></ul>'
    )
    text = extract_html(_page(box + _STORY)).text
    assert "Ferry operator orders" not in text and "Storm damage" not in text
    assert text.startswith("The harbour board of Kellmoor voted") and text.endswith("own reserves.")


def test_a_storys_items_headed_by_links_are_kept() -> None:
    # a buyer's guide: each item's name links to its shop, and each has a paragraph of its own
    items = "".join(
        f'<h3><a href="https://shop.example/{n}">{name} (40 crowns)</a></h3><p>{name} {about} ' + " ".join(
            ["It keeps its charge for a whole week at sea, and the strap survives salt water."] * 4) + "</p>"
        for n, (name, about) in enumerate((
            ("The Gannet Lamp", "is the brightest head torch we tried on the night crossings."),
            ("The Puffin Flask", "kept our tea hot from the first ferry until the last one."),
            ("The Tern Compass", "points true even beside the engine room's steel walls."),
            ("The Skua Jacket", "shed every wave that came over the bow in a force six."),
        ))
    )
    text = extract_html(_page(_STORY[:400] + "</p>" + items)).text
    for name in ("The Gannet Lamp", "The Puffin Flask", "The Tern Compass", "The Skua Jacket"):
        assert name in text
    assert "force six" in text


def test_two_linked_lines_are_a_storys_pointers_not_a_box() -> None:
    html = '<a href="/r.html">Read the full harbour report</a><a href="/m.html">See the map of the new quay</a>'
    lines = ["The board will meet again in May.", "Read the full harbour report", "See the map of the new quay"]
    assert without_teaser_lists(html, lines) == lines


def test_the_storys_last_paragraphs_after_a_small_box_stay() -> None:
    box = (
        "<p>DON'T MISS</p>"
        '<p><a href="/a.html">Ferry operator orders two new boats</a></p>'
        '<p><a href="/b.html">Kellmoor quay gets its first lifeboat station</a></p>'
        '<p><a href="/c.html">Storm damage closes the coast road again</a></p>'
    )
    end = (
        "<p>The old pier was built in 1894 and has carried the island ferry since the first steamers.</p>"
        "<p>The board will publish the repair timetable at the customs house next week.</p>"
    )
    text = extract_html(_page(_STORY + box + end)).text
    assert "Ferry operator orders" not in text and "DON'T MISS" not in text
    assert "built in 1894" in text and text.endswith("customs house next week.")
