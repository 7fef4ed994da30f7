"""Session 64 kgold103: what K4 (the fourth blind gold of half K) showed, each on invented text."""

from __future__ import annotations

from written import holders, report_of

from brief.ingest.html import extract_html
from brief.ingest.inline_splits import with_inline_splits_joined
from brief.ingest.loose_lead import with_loose_lead

_BOLD_NAMES_PAGE = """<html><head><title>Harbour notebook: Vell out for a week</title></head><body>
<div><p>A day after hurting her ankle against the Tidewater Gulls, Marta Vell needed crutches to walk around the
rink. But the defender seemed cheerful about it and said she would be back soon.</p><hr />Despite the injuries to
the team &#8212; <b>Ola Brandt</b> is out with a broken hand, while <b>Ivo Sand</b> will have surgery &#8212; the
club hopes that <b>Tom Rask</b> will play on Friday.<br /><br />&#8220;We will let him tell us where he is once the
doctors clear him,&#8221; said head coach <b>Jonas Kell</b>. &#8220;If he feels good on Thursday, he plays on
Friday.&#8221;<br /><br /><b>Ola Brandt</b>, who was punched in the last game, missed practice.<br /><br />
&#8220;This week is fairly important for the club,&#8221; said Kell, who may be under pressure with the club's
president <b>Rita Moss</b> also on the trip.</div>
<div><a href="/a">Harbour wins again</a> <a href="/b">Gulls sign a new keeper</a></div>
</body></html>""".replace("\n", " ")
"""(one source line: a hard-wrapped source is brief.ingest.wrapped_lines' case)"""


def test_a_story_in_bare_text_with_its_names_in_bold_keeps_its_sentences_whole() -> None:
    """K4 l3s-e93bdd8d: the extractor cut the story's bare text at each bold name ('said head coach' /
    'Paul Maurice' / '. "If he ..."'), so the coach's quotations had no speaker."""
    paragraphs = extract_html(_BOLD_NAMES_PAGE).text.split("\n\n")
    assert ("Despite the injuries to the team — Ola Brandt is out with a broken hand, while Ivo Sand will have "
            "surgery — the club hopes that Tom Rask will play on Friday.") in paragraphs
    assert "Ola Brandt, who was punched in the last game, missed practice." in paragraphs
    assert any(p.endswith("said head coach Jonas Kell. “If he feels good on Thursday, he plays on Friday.”")
               for p in paragraphs)
    extracted = extract_html(_BOLD_NAMES_PAGE)
    report = report_of(f"{extracted.title}\n\n{extracted.text}\n")
    assert holders(report, "We will let him tell us") == ["Jonas Kell"]
    assert holders(report, "This week is fairly important") == ["Jonas Kell"]


def test_two_links_side_by_side_stay_two_lines() -> None:
    """A closing tag then an opening one (``</a> <a>``) parts two elements: a list of headlines stays a list."""
    links = '<div><a href="/a">Harbour wins again</a> <a href="/b">Gulls sign a new keeper</a></div>'
    assert with_inline_splits_joined(links, ["Harbour wins again", "Gulls sign a new keeper"]) == [
        "Harbour wins again", "Gulls sign a new keeper"]
    bold = "<div>said head coach <b>Jonas Kell</b>. The club</div>"
    assert with_inline_splits_joined(bold, ["said head coach", "Jonas Kell", ". The club"]) == [
        "said head coach Jonas Kell. The club"]
    broken = "<div>said head coach<br><b>Jonas Kell</b></div>"
    assert with_inline_splits_joined(broken, ["said head coach", "Jonas Kell"]) == ["said head coach", "Jonas Kell"]


def test_a_short_opening_of_a_quotation_resumed_after_a_manner_verb_is_the_speakers() -> None:
    """K4 l3s-c7eba89c: "''Back then,'' he chuckled, ''nobody gave players eye exams ...''": the frame's verb is
    one the tagger does not know, and the quotation's first half alone was too short to count as a statement."""
    text = ("Mara Velik played for the Harbour Gulls for 21 years.\n\n"
            "\"Back then,\" she chuckled, \"nobody gave players eye exams. Desire will take you a long way.\"\n\n"
            "She now coaches children.")
    assert holders(report_of(text), "nobody gave players eye exams") == ["Mara Velik"]
    title = "Mara Velik played for the Harbour Gulls.\n\n\"In the Plex,\" Velik got, \"a fine review\" from the paper."
    assert holders(report_of(title), "a fine review") == []


def test_a_body_with_a_relative_clause_set_off_by_dashes_before_its_cue_speaks() -> None:
    """K4 l3s-b8a4c562: 'Last night, The Alliance - which represents 70 local councils ... - said: "..."': the model
    took "represents 70 local councils" for the source, and the quotation went to no one."""
    text = ("Up to 15m could be lost from village halls, it was claimed.\n\n"
            "Last night, The Harbour Alliance - which represents 70 local councils in coastal areas - said: "
            "\"The fund has thrown a lifeline to small groups.\"")
    assert holders(report_of(text), "thrown a lifeline") == ["Harbour Alliance"]
    dashes = "Up to 15m could be lost.\n\nThe Harbour Council — which represents 70 local towns — said the fund helps."
    assert holders(report_of(dashes), "the fund helps") == ["Harbour Council"]


_LOOSE_LEAD_UNDER_ADS = (
    "<html><head><title>Vell raring to go again</title></head><body><div id=\"item\"><font size=\"2\">"
    "<h1>Vell raring to go again</h1><div>Monday, 07 Jan 2008 22:36</div><div style=\"float:right\"><div><i>Mara Vell "
    "attended the launch of the new Harbour boat in Lisbon</i></div><ul><li><h4><a href=\"/ad1\">sport clothes</a></h4>"
    "Shop for sport clothes. Great style and great prices at our online store.</li><br /><a href=\"/ad1\">"
    "www.example-shop.co.uk</a></ul></div><b></b>Mara Vell is ready to sail again after a turbulent first season saw her "
    "miss out on the sailing title by a single point.<br/><br/>The 23-year-old Portuguese sailor, speaking at the launch "
    "of the team's boat, is hopeful that she can still win the title.<br/><br/>&quot;I honestly feel stronger. I feel "
    "great right now and I believe it is a fresh start for all of us,&quot; she said.</font></div></body></html>")
_LINES_OVER_THE_STORY = [  # as the extractor gave them: its template's labels, a caption and an advert over the story
    "Breaking News:", "Your source for news", "Web:", "Site:", "Monday, 07 Jan 2008 22:36",
    "Mara Vell attended the launch of the new Harbour boat in Lisbon",
    "sport clothes Shop for sport clothes. Great style and great prices at our online store.", "www.example-shop.co.uk",
    "The 23-year-old Portuguese sailor, speaking at the launch of the team's boat, is hopeful that she can still win "
    "the title.",
    "\"I honestly feel stronger. I feel great right now and I believe it is a fresh start for all of us,\" she said."]


def test_a_loose_lead_is_found_under_a_stack_of_labels_and_adverts() -> None:
    """K4 l3s-63264f14: the story's first paragraph, bare text after an empty <b>, which the extractor drops, was
    under four short labels (a ticker, a search box's "Web:", a date), a caption and an advert's blurb: the story's
    first line of prose was past the lines looked through, and the advert read as prose before it, so the lede (who
    the story is about) was lost and the quotation's "she said" had no one to go to."""
    lines = with_loose_lead(_LOOSE_LEAD_UNDER_ADS, _LINES_OVER_THE_STORY, lambda text: " ".join(text.split()))
    assert lines[8] == ("Mara Vell is ready to sail again after a turbulent first season saw her miss out on the "
                        "sailing title by a single point.")
    assert lines[9:] == _LINES_OVER_THE_STORY[8:]


def test_a_quotation_carried_on_into_a_paragraph_that_then_announces_anothers_words_stays_the_speakers() -> None:
    """K4 l3s-6d75323d: 'Chairman Chris Mort told the club's official website: "... (¶) "A new manager has not yet
    been appointed ..." Allardyce added: "..."': the paragraph's cue, which announces the manager's own words after a
    colon, kept the chairman's carried-on quotation from him, and it was no one's."""
    text = ("Sam Hardy has parted company with Harbour United.\n\n"
            "Chairman Chris Vale told the club's official website: \"Mike and I would like to thank Sam for his efforts "
            "and wish him well for the future.\n\n"
            "\"A new manager has not yet been appointed at Harbour United. We will make a further announcement when "
            "appropriate.\" Hardy added: \"I am disappointed to be leaving Harbour United.\"")
    report = report_of(text)
    assert holders(report, "A new manager has not yet been appointed") == ["Chris Vale"]
    assert holders(report, "I am disappointed to be leaving") == ["Sam Hardy"]
    closing = ("Ada Quinn opened the new bridge on Monday.\n\n"
               "\"It is a great day for the town. We waited a long time,\" Mayor Tom Rask added.")
    assert holders(report_of(closing), "It is a great day") == ["Tom Rask"]
