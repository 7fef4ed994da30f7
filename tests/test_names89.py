"""Actors whose names were cut or swollen, the same actor listed twice, and teasers read as the story
(session 59, names89), on articles and pages written for these tests: a legal form makes a company
(brief.actors.legal_form_people), a junior's given name is his (generation_given_names), a plural possessive
opens a body's name (plural_possessive_names), a club's town and nickname are the club (club_cities), a
definite name refers back to the body named before it (definite_antecedents, definite_names), and teasers run
together in one paragraph are dropped (brief.ingest.run_teasers)."""

from __future__ import annotations

from written import actors_of, report_of, tagged_mentions

from brief.actors.generation_given_names import generation_given_names
from brief.ingest.html import extract_html


def _names(*texts: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {a.name: (a.kind, a.aliases) for a in actors_of(report_of(*texts))}


def test_a_company_with_its_legal_form_is_no_alias_of_its_founder() -> None:
    names = _names(
        "Studio settles with its animators\n\n"
        "The animators' union reached a deal on Friday with the Marlowe Co., the studio run by Dana Marlowe.\n\n"
        "\"This is a fair contract and we are glad to have everyone back,\" Marlowe said in a statement.\n\n"
        "Marlowe added that the first new films would be finished by the summer.\n"
    )
    assert "Dana Marlowe" in names
    assert not any("Co" in alias for alias in names["Dana Marlowe"][1])


def test_a_juniors_given_name_cut_by_the_tagger_is_his() -> None:
    text = "Rosalind Okafor waited outside. Tobias Okafor Jr., 19, died at the scene on Saturday night."
    mentions = generation_given_names(text, tagged_mentions(text, {"Rosalind Okafor": "person", "Okafor Jr": "person"}))
    assert [m.name for m in mentions] == ["Rosalind Okafor", "Tobias Okafor"]


def test_a_body_named_for_children_keeps_its_whole_name() -> None:
    names = _names(
        "Orphan flown abroad for surgery\n\n"
        "An eight-year-old orphan arrived on Tuesday for surgery at Westbrook Children's Clinic.\n\n"
        "The trip was paid for by the Children's Lantern Foundation, said its director, Hana Greaves.\n\n"
        "Donations to the Children's Lantern Foundation will cover the rest of the cost, Greaves said.\n"
    )
    assert "Children's Lantern Foundation" in names
    assert "Lantern Foundation" not in names


def test_a_clubs_town_and_nickname_are_the_club() -> None:
    names = _names(
        "Late goal lifts Harwick\n\n"
        "The Harwick Blue Herons beat the Dunmore Otters 3-2 on Saturday.\n\n"
        "Harwick scored twice in the third period. \"We never stopped skating,\" the Blue Herons said in a "
        "statement.\n\n"
        "Harwick have now won four games in a row, and the Otters have lost three.\n"
    )
    assert "Harwick Blue Herons" in names
    assert "Harwick" not in names and "Blue Herons" not in names


def test_a_definite_name_joins_the_body_whose_name_it_heads() -> None:
    names = _names(
        "Rebels deny losses\n\n"
        "The Northern Lions of Karavan said on Sunday that none of their fighters had been killed.\n\n"
        "The army said 40 Lions were killed in the clashes. The Lions rejected the figure, and a spokesman "
        "for the Lions said the army had lost more.\n"
    )
    assert "Northern Lions of Karavan" in names
    assert "Lions" not in names


_STORY = (
    "<p>The water board of Kellmoor voted on Tuesday to close the old reservoir for two years of repairs, after "
    "divers found cracks in its dam wall.</p>"
    "<p>\"We had no choice. The wall would not have lasted another winter,\" board chair Odile Varnsby told "
    "reporters after the vote, which passed by seven to two.</p>"
    "<p>Households will be supplied from the river works instead, and the board said prices would not change.</p>"
)
_RUN = (
    '<p>Other News</p><p><a href="/a.html">Lighthouse keepers mark a century at Tollan Point</a> Three generations '
    "of the Marrow family gathered at the lamp room on Sunday to mark a hundred years of keeping... "
    '<a href="/b.html">Trawler crew rescued off Dunmere after engine fire</a> Coastguard volunteer Ingrid Salt said '
    'the five fishermen were lifted from a life raft within an hour of... <a href="/c.html">Island school wins '
    "national science prize</a> Pupils at the Skerry primary school built a tide gauge, headteacher Colm Parrish "
    "said...</p>"
)
_STAMPED = (
    '<p><a href="/d.html">Regulator seeks injunction against ticket reseller</a> 08/10/2007 16:03:26 The Coastal '
    "Trade Commission is seeking an injunction to stop the reseller Quellwood from selling tickets.</p>"
)


def _page(body: str) -> str:
    return (
        "<html><head><title>Water board closes Kellmoor reservoir</title></head><body>"
        f'<div id="content"><h1>Water board closes Kellmoor reservoir</h1>{body}</div></body></html>'
    )


def test_teasers_run_together_in_one_paragraph_are_not_the_story() -> None:
    text = extract_html(_page(_STORY + _RUN)).text
    assert "Odile Varnsby" in text
    assert "Ingrid Salt" not in text and "Colm Parrish" not in text


def test_a_teaser_with_its_time_stamp_is_not_the_story() -> None:
    text = extract_html(_page(_STORY + _STAMPED)).text
    assert "Odile Varnsby" in text
    assert "Quellwood" not in text
