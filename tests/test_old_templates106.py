"""A 2007-style template: a credited caption, the site named only by its <title> and its link home
(brief.ingest.photo_credits, linked_site)."""

from __future__ import annotations

from pathlib import Path

from brief.ingest.files import load_articles
from brief.ingest.linked_site import linked_site_name
from brief.ingest.photo_credits import is_credited_caption

HEADLINE = "Gulls seal famous win"
LEDE = "The Harbour Gulls beat Eastport by 128 runs at Northgate to seal their first win in nearly three years."
PAGE = """<html><head><title>Rowing: {h} |  Rowing | Harbour Unlimited Sport</title></head><body>
<table><tr><td>
<a href="/">Home</a> | <a href="/rowing/">Rowing</a> | <a href="/sailing/">Sailing</a> | <a href="/golf/">Golf</a>
</td></tr><tr><td>
<div id="Article">
<font size="2">First regatta, day four, Northgate</font><br><hr>
<h1>{h}</h1><br><br>
<font size="3">Gulls 408 & 175; Eastport 195 & 260<br>Gulls win by 128 runs</font><br><br>
<font size="2"><b>Staff and agencies<br>Saturday December 29, 2007<br><a href="http://www.harbour.example/">Harbour Unlimited</a></b><br><br></font>
<img src="gulls.jpg" alt="Mara Linden"><br><font size="1">Mara Linden celebrates during the Gulls' famous victory over Eastport at Northgate. Photograph by Jon Abara / AFP.<br>&nbsp;</font><br><br>
<div id="ArticleBody">{lede}<p>Chasing a target of 389, the key moment came when Eastport's captain Pia Sorell was given out for 85 when the oar appeared to clip the buoy.</p>
<p>Resuming on the morning of day four, the Gulls were quickly cleaned up by the visitors' bowlers, who held a first innings lead, and were all out for 175 in their second knock.</p>
<p>The Eastport chase got off to a terrible start as the Gulls' quick bowlers ripped through the top order to put the hosts in control before lunch.</p>
<p>Sorell and her deputy put on 112 for the fifth wicket before the captain departed after a questionable decision by the umpire.</p>
</div></div></td></tr></table></body></html>"""


def test_a_caption_closing_on_its_photograph_credit() -> None:
    assert is_credited_caption("Saved ... police guard the recovered paintings. Photograph: Jon Abara/EPA")
    assert is_credited_caption("Mara Linden celebrates at Northgate. Photograph by Jon Abara / AFP.")
    assert not is_credited_caption("Mara Linden said the photograph was taken by her coach.")


def test_the_site_named_by_the_title_and_its_link_home() -> None:
    html = '<a href="/">Home</a><a href="http://www.harbour.example/">Harbour Unlimited</a>'
    assert linked_site_name("Gulls win | Rowing | Harbour Unlimited Sport", html) == "Harbour Unlimited"
    assert linked_site_name("Harbour Unlimited : World : Gulls win", html) == "Harbour Unlimited"
    assert linked_site_name("Gulls win | Rowing", html) == ""  # no part is the linked name
    assert linked_site_name("Gulls win - Breaking News", '<a href="/">Breaking News</a>') == ""  # a section


def test_the_page_reads_from_the_story_with_its_outlet(tmp_path: Path) -> None:
    path = tmp_path / "gulls.html"
    path.write_text(PAGE.format(h=HEADLINE, lede=LEDE), encoding="utf-8")
    (article,) = load_articles([str(path)]).articles
    assert article.source == "Harbour Unlimited"
    assert "celebrates" not in " ".join(article.text[a:b] for a, b in article.paragraphs)
