"""A table-laid page's lead parted by <br>s before the story's first <p> (brief.ingest.cell_paragraphs):
its kicker, standfirst, byline and caption are paragraphs of their own, not one run into the story's first
sentence (a 2007 sports page's summary opened "First Test, day four, ... Staff and agencies Saturday ...
Photograph by ... The visitors beat ...")."""

from __future__ import annotations

from brief.ingest.html import extract_html

_BODY = [
    "Harbour Town beat Eastbrook by six wickets on the final day at the Quayside ground to win their first "
    "series in four years.",
    "Chasing a target of 214, the home side were steadied by Rohan Baptiste, who made an unbeaten 88 before "
    "the light began to fade in the last hour.",
    "Eastbrook had resumed on 190 for seven in the morning and added only 21 runs, the last three wickets "
    "falling to the left-arm spinner Dev Mahabir inside nine overs.",
    "The sides meet again in the one-day series next month, when Eastbrook expect to have their captain "
    "back from the hamstring injury that kept him out of the whole tour.",
]
_BYLINE = "Staff and agencies Saturday March 14, 2009 Harbour Herald"
_CAPTION = ("Rohan Baptiste celebrates reaching his fifty at the Quayside ground in Harbour Town. "
            "Photograph by Lena Ortiz / Coast Wire.")


def _page() -> str:
    body = "<P>".join(_BODY[1:])
    return ("<html><head><title>Harbour Town clinch series</title></head><body><table><tr><td>"
            "<font>Second Test, day five, Harbour Town</font><br><hr><h1>Harbour Town clinch series</h1><br><br>"
            "<font>Eastbrook 301 &amp; 211; Harbour Town 299 &amp; 214-4<br>Harbour Town win by six wickets</font>"
            "<br><br><font><b>Staff and agencies<br>Saturday March 14, 2009<br><a href='/'>Harbour Herald</a></b>"
            "<br><br></font><img src='x.jpg'><br><font>" + _CAPTION + "<br>&nbsp;</font><br><br>"
            f"<div id='body'>{_BODY[0]}<P>{body}<P></div></td></tr></table></body></html>")


def test_a_cells_lead_parted_by_breaks_is_not_run_into_the_story() -> None:
    lines = extract_html(_page()).text.split("\n\n")
    assert _CAPTION in lines
    assert _BYLINE in lines
    assert not any(line.endswith(_BODY[0]) and line != _BODY[0] and _CAPTION in line for line in lines)
    assert _BODY[1] in lines and _BODY[3] in lines
