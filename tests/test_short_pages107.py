"""Short pages of 2008 (L3S-GN1's short pages, gold M): a story the extractor passed over for the page's
footer, found by the page's description of itself; an agency's other stories listed after its story's end."""

from __future__ import annotations

from brief.ingest.described_story import described_story
from brief.ingest.markup import descriptions
from brief.ingest.wire_sidebar import without_wire_sidebar

_STORY = ("DUNMERE, Ore., Jan. 11 Tam Orrin led a balanced attack with 14 points Thursday, helping lift Dunmere "
          "to a 70-52 win over Harbour State.<br><br>"
          "Ada Velik added 12 points for Dunmere, which won for the eighth time in nine games.<br><br>"
          "Harbour State was paced by Rik Moss with 11. The Gulls have lost four in a row.<br><br>"
          "Dunmere went on a 16-2 run to open the game and never looked back after that.")
_DESCRIPTION = ("Tam Orrin led a balanced attack with 14 points Thursday, helping lift Dunmere to a 70-52 win "
                "over Harbour State. Ada Velik added 12 points for Dunmere, which won for the ...")
_FOOTER = ["Home \\", "Archives \\", "About us \\",
           "(c) 2008 Harbour Times, All Rights Reserved. The views expressed are not necessarily ours."]


def _page(story_cell: str, description: str = _DESCRIPTION, quoted: bool = True) -> str:
    name = '"description"' if quoted else "DESCRIPTION"
    menu = "".join(f"<tr><td><a href='/s{n}'>Section {n}</a></td></tr>" for n in range(30))
    sidebar = "".join(f"<tr><td><a href='/x{n}'>Gulls sign a new coach for the season {n}</a></td></tr>" for n in range(20))
    return (f'<html><head><title>Dunmere 70, Harbour St. 52</title><meta name={name} content="{description}"></head>'
            f"<body><table>{menu}</table><table><tr><td><div><font size='2'>{story_cell}</font></div></td></tr>"
            f"<tr><td><a href='/print'>Print this article</a></td></tr></table><table>{sidebar}</table>"
            "<table><tr><td><p>Home</p><p>Archives</p><p>About us</p>"
            "<p>(c) 2008 Harbour Times, All Rights Reserved. The views expressed are not necessarily ours.</p>"
            "</td></tr></table></body></html>")


def test_the_story_the_description_opens_replaces_the_footer_read_instead() -> None:
    html = _page(_STORY)
    story = described_story(html, _FOOTER, descriptions(html))
    assert story[0].startswith("DUNMERE, Ore., Jan. 11 Tam Orrin led a balanced attack")
    assert story[-1].startswith("Dunmere went on a 16-2 run")
    assert len(story) == 4
    assert not any("All Rights Reserved" in line for line in story)


def test_an_extraction_that_holds_the_descriptions_opening_stands() -> None:
    html = _page(_STORY)
    lines = ["Tam Orrin led a balanced attack with 14 points Thursday, helping lift Dunmere to a 70-52 win.", "More."]
    assert described_story(html, lines, descriptions(html)) is lines
    # a description that is no sentence of the page's, or too short to look for, changes nothing
    other = _page(_STORY, description="The latest scores and reports from the Harbour Times sports desk, every night.")
    assert described_story(other, _FOOTER, descriptions(other)) is _FOOTER
    short = _page(_STORY, description="Tam Orrin led Dunmere")
    assert described_story(short, _FOOTER, descriptions(short)) is _FOOTER


def test_paragraphs_of_the_story_the_extraction_missed_come_before_it() -> None:
    paragraphs = _STORY.split("<br><br>")
    # a lead set apart from the story read: the lead, then the story
    html = (f'<html><head><meta name="description" content="{_DESCRIPTION}"></head><body><div><div class="dek">'
            f'<p>{"<br><br>".join(paragraphs[:3])}</p></div><div><p>{paragraphs[3]}</p></div></div></body></html>')
    assert described_story(html, paragraphs[3:], descriptions(html)) == paragraphs
    # the story read from its second paragraph on: its first before it, not the page's footer after it
    html = _page(_STORY)
    read = [*paragraphs[1:], "Gulls sign a new coach for the season 1"]
    assert described_story(html, read, descriptions(html)) == [paragraphs[0], *read]


def test_a_teaser_of_a_few_words_is_no_story() -> None:
    html = _page("Tam Orrin led a balanced attack with 14 points Thursday, helping lift Dunmere to a 70-52 win.")
    assert described_story(html, _FOOTER, descriptions(html)) is _FOOTER


def test_a_description_named_without_quotes_is_read() -> None:
    html = _page(_STORY, quoted=False)
    assert descriptions(html) == [_DESCRIPTION]
    assert described_story(html, _FOOTER, descriptions(html))[0].startswith("DUNMERE, Ore.")


def test_an_agencys_other_stories_after_its_storys_end_are_cut() -> None:
    lines = ["Harbour Chief Minister Tam Orrin is all set to meet Ada Velik today over lunch.",
             "''The Assembly is really shocked by our victory,'' he said outside the temple. (HNA)",
             "© 2008 HNA TAGS: Harbour Orrin to meet Velik",
             "More in Harbour news",
             "Rik Moss attends reception Dunmere, Jan 15 (HNA): In her first public appearance, Rik Moss looked well.",
             "Court lifts ban Dunmere, Jan 15 (HNA): The court today lifted the ban it imposed on the sport."]
    assert without_wire_sidebar(lines) == lines[:2]
    # one later report of the agency is the story's own matter; no end line, nothing cut
    assert without_wire_sidebar(lines[:5]) == lines[:5]
    assert without_wire_sidebar([lines[0], *lines[3:]]) == [lines[0], *lines[3:]]
    wire = ["Storm hits the coast, officials said. (Reuters)", "More news",
            "DUNMERE (Reuters) - Ports closed on Tuesday as the storm moved north.",
            "HARBOUR CITY (Reuters) - Shares fell on Tuesday."]
    assert without_wire_sidebar(wire) == wire[:1]


def test_a_titles_part_that_is_the_stations_self_description_is_no_headline() -> None:
    from brief.ingest.html import extract_html

    story = "".join(f"<p>The storm closed the coast road on Tuesday and the ferries stayed in port, officials said ({n}).</p>"
                    for n in range(6))
    html = ("<html><head><title>KHBR Fox 9 Harbour Valley News Source in Dunmere, Oregon  Entertainment, News, Sports and Weather"
            " | Nine aboard Harbour Air flight hurt after the plane hits turbulence</title></head><body><table><tr><td><font><b>Nine aboard Harbour Air flight hurt after the plane hits turbulence</b></font>"
            f"</td></tr><tr><td>{story}</td></tr></table></body></html>")
    assert extract_html(html).title == "Nine aboard Harbour Air flight hurt after the plane hits turbulence"


def test_sections_down_to_the_site_run_on_after_the_headline_are_cut() -> None:
    from brief.ingest.title_marks import strip_template_marks

    assert strip_template_marks("Port to be named after Ada Velik- Travel-News By Region-News-The Harbour Times") == (
        "Port to be named after Ada Velik")
    assert strip_template_marks("Storm hits the coast road(The Harbour Times)") == "Storm hits the coast road"
    # a headline's own hyphens and brackets stay
    assert strip_template_marks("Win-win deal for Harbour-Cove-Bay") == "Win-win deal for Harbour-Cove-Bay"
    assert strip_template_marks("Storm hits the coast road (The Harbour Times)") == "Storm hits the coast road (The Harbour Times)"


def test_a_broken_heads_script_is_mended() -> None:
    from brief.ingest.broken_head import mend_head

    glued = mend_head('<html><head><title>Storm hits the coast road(The Harbour Times)ntById("font");\nobj.size = 1;\n}')
    assert '<title>Storm hits the coast road(The Harbour Times)</title>ntById' in glued
    lost = ("<html><head><script src=\"/te.color='red';\n}\n//-->\n</script>\n<script>var a = 1;</script></head>"
            "<body><p>Story.</p></body></html>")
    assert "<script src=\"\"></script>\n<script>var a = 1;</script>" in mend_head(lost)
    whole = '<html><head><script src="/a.js"></script></head><body></body></html>'
    assert mend_head(whole) == whole


def test_a_list_of_the_sites_keywords_over_a_named_headline_gives_way() -> None:
    from brief.ingest.story_headline import _name_like

    assert _name_like("Football Transfer News, Live Football Scores, FA Cup Scores", 5, lists=True)
    assert not _name_like("Football Transfer News, Live Football Scores, FA Cup Scores", 5, lists=False)
    assert not _name_like("Acme Expands Its Range, Unveiling New Monitors, Optical Drives", 5, lists=True)
