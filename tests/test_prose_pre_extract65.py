"""A press release set in <pre> (brief.ingest.prose_pre), on pages written here: read as its paragraphs,
while a program's listing in <pre> stays out of the text."""

from __future__ import annotations

from brief.ingest.html import extract_html
from brief.ingest.prose_pre import is_prose, paragraphs

_RELEASE = """Tollan Marine Unveils Quiet Electric Outboard
     Harbour Models Offered in Three Sizes

DUNMERE--(Coast Wire)--Tollan Marine (TLM) today unveiled the Kestrel
electric outboard motor, a quiet engine for harbour launches and small
ferries, at the Dunmere boat show. The company said the first motors
would reach dealers in the spring.
   "Harbour towns have asked us for years for an engine that does not
wake the whole quay at dawn," said Maren Hollis, chief executive of
Tollan Marine. "The Kestrel is our answer, and it runs for a full day
on one charge."
   The Kestrel comes in three sizes:
    --  Kestrel 5, for tenders and dinghies, weighing twelve kilos
    --  Kestrel 10, for launches of up to six metres
    --  Kestrel 20, for small passenger ferries
   Tollan Marine employs 340 people at its yard in Dunmere and sells its
motors in eleven countries.
"""


def _page(pre: str) -> str:
    return (
        "<html><head><title>Tollan Marine Unveils Quiet Electric Outboard</title></head><body>"
        "<div id='nav'><a href='/'>Home</a> | <a href='/news'>News</a></div>"
        f"<div id='story'><h1>Tollan Marine Unveils Quiet Electric Outboard</h1><pre>{pre}</pre></div>"
        "<div id='footer'><p>Copyright Coast Wire. All rights reserved.</p></div></body></html>"
    )


def test_a_release_in_pre_is_read_as_its_paragraphs() -> None:
    text = extract_html(_page(_RELEASE)).text
    assert "unveiled the Kestrel electric outboard motor, a quiet engine" in text
    assert '"Harbour towns have asked us for years for an engine that does not wake the whole quay at dawn," said Maren Hollis' in text
    assert "Tollan Marine employs 340 people at its yard in Dunmere and sells its motors in eleven countries." in text.split("\n\n")


def test_a_listing_in_pre_stays_out() -> None:
    listing = "\n".join(["def harbour_tides(port):", "    levels = read_gauge(port)", "    return max(levels)"] * 6)
    assert listing not in extract_html(_page(listing)).text
    assert not is_prose(paragraphs(listing))


def test_paragraphs_begin_at_an_indented_line_or_a_bullet_and_go_on_over_flush_and_deeper_lines() -> None:
    text = "   First line\nwraps here.\n   Second one.\n    --  A bullet\n        that wraps.\n\nAfter a gap."
    assert paragraphs(text) == ["First line wraps here.", "Second one.", "--  A bullet that wraps.", "After a gap."]
    # a line that begins with a dash at the margin goes on the sentence it is in
    assert paragraphs("Its report, \"The Future of Ferries\n- 2009 Edition,\" came out.") == [
        "Its report, \"The Future of Ferries - 2009 Edition,\" came out."
    ]
