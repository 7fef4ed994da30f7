"""Reference shapes left open in session 47 and fixed by helper refs48, each on an article written for these
tests: a capitalised title described by its seat ("The North Ferry MLA said:") with no one named so; a head
described by the body they lead ("the head of the league said"); "the press secretary" after a spokesman;
"The operator said" after a calling set beside a name, no organisation "Forklift Operator";
"the Avante member reported" after the party's politician is named; "The Ardania mission to the UN did not
respond": no refusal of the UN's."""

from __future__ import annotations

from written import actors_of, holders, report_of

_ROAD = (
    "Flooded road closed near Ashby\n\n"
    "A stretch of the coast road near Ashby was closed on Thursday after heavy rain washed away part of the "
    "surface, said county engineer Martin Greally.\n\n"
    "\"We expect the repairs to take at least three weeks,\" Greally said.\n\n"
    "Bus driver Tomas Lund turned back twice on Thursday morning.\n\n"
    "The North Ferry MLA said:\n\n"
    "\"People in the villages cannot wait three weeks for a road they need every day, and I will ask the county "
    "for a temporary route.\""
)


def test_a_seat_title_named_of_no_one_is_not_the_last_person_quoted() -> None:
    """No one is named an MLA: the engineer quoted before is not the seat's member."""
    assert "Martin Greally" not in holders(report_of(_ROAD), "cannot wait three weeks")


def test_a_seat_title_goes_back_to_the_one_named_with_it() -> None:
    text = _ROAD.replace("Bus driver Tomas Lund turned back", "Alliance MLA Nora Keane drove the route")
    assert holders(report_of(text), "cannot wait three weeks") == ["Nora Keane"]


_LEAGUE = (
    "Coastal league says it can guard its ports - Orrin\n\n"
    "Halden. June 9. NORDWIRE - The Coastal Security League Secretary General Mara Orrin said that the league has "
    "every vessel it needs to guard the ports of its members.\n\n"
    "\"We have crews, patrol boats and radar on every stretch of coast,\" the head of the league said at a news "
    "conference on Tuesday after a video call of defence ministers.\n\n"
    "\"We keep adjusting and we spend far more than we did,\" Orrin added.\n\n"
    "Presidential spokesman Lev Danko said on Wednesday that Tessaly regarded the patrols as \"a provocation.\"\n\n"
    "\"We will answer in kind,\" the press secretary added."
)


def test_the_head_of_the_body_is_the_one_named_with_a_role_in_it() -> None:
    assert holders(report_of(_LEAGUE), "patrol boats and radar") == ["Mara Orrin"]


def test_the_press_secretary_is_the_spokesman_not_a_secretary_general() -> None:
    assert holders(report_of(_LEAGUE), "answer in kind") == ["Lev Danko"]


_HEAT = (
    "Heatwave live: rail lines slowed as temperatures climb\n\n"
    "14:10\n\n"
    "Norland Rail has imposed speed limits on all lines south of Karsby for the rest of Friday. A spokeswoman for the "
    "company said track safety \"comes before timetables\".\n\n"
    "13:45\n\n"
    "The forklift operator at the Karsby depot, Dara Quill, said the heat had made the loading bays unbearable. "
    "The operator said she had asked for extra breaks.\n\n"
    "13:20\n\n"
    "Around 9,000 customers have lost water pressure, according to Vale Water. A spokesman for the supplier said "
    "engineers were working to restore it."
)


def test_a_calling_beside_a_name_makes_no_organisation() -> None:
    report = report_of(_HEAT)
    assert not any(a.kind == "organization" and "Operator" in a.name for a in actors_of(report)), [
        a.name for a in actors_of(report)]
    assert holders(report, "engineers were working") == ["Vale Water"]


_SUNDAYS = (
    "Governor-elect says cabinet will meet on Sundays\n\n"
    "Porto Velas.- Governor-elect Iria Saldanha announced that her cabinet meetings will be held at 8:00 p.m. on "
    "Sundays, after the weekly budget review.\n\n"
    "During her rally, Saldanha said that her rivals would say her government will be the same as the last one, but "
    "she argued that the Sunday meetings \"set the week.\"\n\n"
    "\"Nobody will get a free weekend. I have decided to hold the budget review at 6 and the cabinet at 8,\" the "
    "Avante member reported.\n\n"
    "Saldanha added that she is still deciding with her husband where the family will live."
)


def test_the_party_member_is_the_politician_just_named() -> None:
    assert holders(report_of(_SUNDAYS), "free weekend") == ["Iria Saldanha"]


def test_a_mission_to_the_un_that_gives_no_comment_is_not_the_un() -> None:
    text = (
        "Talks on Lorne river dam stall as shelling resumes\n\n"
        "GENEVA - Mediators said on Wednesday that talks over the Lorne river dam had stalled after shelling "
        "resumed near the spillway overnight.\n\n"
        "\"Both delegations left the room without agreeing on a date to return,\" UN mediator Ines Tavora told "
        "reporters at UN offices in Geneva.\n\n"
        "Tavora said the mediators would travel to both capitals next week.\n\n"
        "The Ardania mission to the UN did not respond to a request for comment.\n\n"
        "Ardania's mission to the United Nations declined to comment on Thursday."
    )
    report = report_of(text)
    assert holders(report, "request for comment") == [] and holders(report, "declines to comment") == [], [
        (a.name, [p.summary for p in a.positions]) for a in actors_of(report)]
