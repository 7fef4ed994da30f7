"""Session 62 (kfix99): what the read L3S halves K and I missed, on pages and articles written for these tests: a
paragraph the page's source hard-wrapped, which the extractor cut into lines at each break ('"... ought to' / 'be
able to ...,"' / 'said Marta Vell, chairwoman,' / 'chief executive of ...'); a quotation in single marks run on over
paragraphs past a phrase quoted inside it; a father and son of one name ("Jr.", "Sr.") kept apart; a headline run into
the story's first line of a table-laid page; a body named by a common word after its kind's noun ("the union
Equity"); a body's initials the tagger left untagged and the article never defines."""

from __future__ import annotations

from written import actors_of, holders, kinds_of, line_sentences, report_of, tagged_mentions

from brief.actors.spelled_initials import spelled_initials
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


_RADAR = (
    "Navy plans new radar by 2010\n\n"
    "Portsmouth, Jan 7 - By 2010 the navy will have a new radar to track small boats, a senior official said here "
    "Monday.\n\n"
    "'We are building a coastal radar that will see boats at long range. We have already tested it at sea,' chief "
    "engineer Tom Marsh told reporters at the fair.\n\n"
    "The radar is at a design stage and will go on trial in 2009.\n\n"
    "'With our stated policy of caution at sea, we may not go on 'blue water' patrol far from home despite having "
    "ships able to sail for months.\n\n"
    "'At the same time, we will be ready to defend the coast when asked,' Marsh said.\n\n"
    "The navy has six ships in the region.\n"
)


def test_a_quotation_in_single_marks_runs_on_over_paragraphs_past_a_phrase_quoted_inside() -> None:
    report = report_of(_RADAR)
    assert holders(report, "caution at sea") == ["Tom Marsh"]
    assert holders(report, "ready to defend the coast") == ["Tom Marsh"]


def test_a_single_mark_quotation_closed_in_its_paragraph_is_not_carried_on() -> None:
    report = report_of(_RADAR.replace("sail for months.\n", "sail for months,' the navy's plan says.\n"))
    assert "Tom Marsh" not in holders(report, "caution at sea")


_BEAR = (
    "Bear attack at park leaves teen dead\n\n"
    "Dan Holt, 19, told the father of Tom Reeves Jr., 17, who was killed, that the three never threw anything at the "
    "bear.\n\n"
    "Reeves's father, Tom Reeves Sr., said Holt told him the three stood on a railing near the pit. \"They were only "
    "looking,\" Reeves Sr. said.\n\n"
    "Park officials said the fence met every rule. Tom Reeves Jr. was a student at Hill High School.\n"
)


def test_a_father_and_son_of_one_name_are_two_actors() -> None:
    report = report_of(_BEAR)
    names = {a.name for a in actors_of(report)}
    assert "Tom Reeves" not in names
    assert holders(report, "They were only looking") == ["Tom Reeves Sr."]
    assert holders(report, "stood on a railing") == ["Tom Reeves Sr."]


def test_a_headline_run_into_the_storys_first_line_titles_a_page_titled_by_its_site() -> None:
    page = (
        "<html><head><title>Kessing Coast Daily for Harbour, Bay, Cove and Point Kessing - Arts</title></head><body>"
        '<table><tr><td><a href="/">Home</a> | <a href="/arts">Arts</a></td></tr><tr><td>'
        '<p><span class="headingstory">A quiet film about a loud family</span><br></p>'
        '<p><span class="name">By ANNA ROE<br>Kessing Coast Daily</span><br>'
        '<span class="date">January 17, 2008</span><br>'
        '<span class="body2">I saw the film "Tide" last week at the old harbour cinema, and it stayed with me for days. '
        "The story is about a family of nine who run a bakery by the sea.<br><br>"
        "What stands out most is what the film leaves unsaid about the father and his long silences at the table."
        "</span></td></tr></table></body></html>"
    )
    assert extract_html(page).title == "A quiet film about a loud family"


_CUTS = (
    "Actors protest arts cuts\n\n"
    "To cries of shame, Tom Hale, the council's chief executive, tried to justify the cuts at the meeting organised by "
    "the union Equity.\n\n"
    "Ann Lowe, general secretary of Equity, welcomed the extra money the Government had made available.\n\n"
    "The union General Secretary spoke last. The party Leader did not come.\n"
)


def test_a_body_named_by_a_common_word_after_its_kinds_noun_is_an_actor() -> None:
    kinds = kinds_of(_CUTS)
    assert kinds.get("Equity") == "organization"
    assert not any(name.startswith(("General", "Leader")) for name in kinds)



def test_an_untagged_word_in_capitals_that_spells_a_named_bodys_initials_is_that_body() -> None:
    text = ("Chua kept his post in the Harbour Chinese Association, a party. HPA and HCA President Ong Ka Ting "
            "called a meeting. The HCA's board met. The HCAX met.")
    sentences = line_sentences(text)
    mentions = tagged_mentions(text, {"Harbour Chinese Association": "organization", "Ong Ka Ting": "person"})
    added = [m for m in spelled_initials(1, text, sentences, mentions) if m not in mentions]
    assert [(m.name, m.kind) for m in added] == [("HCA", "organization"), ("HCA", "organization")]
