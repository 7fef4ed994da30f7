"""Session 62 (kfix99): what the read L3S halves K and I missed, on pages and articles written for these tests: a
paragraph the page's source hard-wrapped, which the extractor cut into lines at each break ('"... ought to' / 'be
able to ...,"' / 'said Marta Vell, chairwoman,' / 'chief executive of ...')."""

from __future__ import annotations

from written import holders, report_of

from brief.ingest.html import extract_html

_WRAPPED_PAGE = """<html><head><title>Harbour Tools shows new routers at fair</title></head><body>
<table><tr><td class="content"><div class="newsEntry"><span id="story">
<p><o:p />Harbour Tools showed a range of new home routers at the trade fair in Lisbon on Tuesday,
and the firm said more would follow. <span> </span><o:p />

<p class="MsoNormal">&quot;Families in their flats or little shops ought to
be able to share fast internet for whatever they want,
at home or at work, from any room without any break,&quot; said Marta Vell, chairwoman,
chief executive and founder of Harbour Tools.<o:p /></p>

<p class="MsoNormal">The routers hold six aerials each and will sell from March in twelve countries.</p>

<p class="MsoNormal">Harbour Tools' newest family of routers and
adapters is built on the latest draft standard and gives the fastest speeds. <br /></p><p class="MsoNormal">The
new boxes include a storage server for photos and music, which most buyers asked for.</p>
</span></div></td></tr></table></body></html>
"""


def test_a_paragraph_hard_wrapped_in_the_source_is_one_paragraph() -> None:
    extracted = extract_html(_WRAPPED_PAGE)
    paragraphs = extracted.text.split("\n\n")
    assert "Harbour Tools' newest family of routers and adapters is built on the latest draft standard and gives the " \
        "fastest speeds." in paragraphs
    assert any(p.startswith('"Families') and p.endswith("founder of Harbour Tools.") for p in paragraphs)
    assert "The routers hold six aerials each and will sell from March in twelve countries." in paragraphs
    report = report_of(f"{extracted.title}\n\n{extracted.text}\n")
    assert holders(report, "share fast internet") == ["Marta Vell"]


def test_a_break_the_markup_makes_stays_a_break() -> None:
    page = _WRAPPED_PAGE.replace("for whatever they want,\n", "for whatever they want,<br>\n")
    paragraphs = extract_html(page).text.split("\n\n")
    assert not any(p.startswith('"Families') and p.endswith("founder of Harbour Tools.") for p in paragraphs)

