"""Shapes found by the lead probing articles written in new styles (session 38: an EU fine, a stabbing, a war
report, an obituary), each on text written for these tests:
- a body whose name opens with an ordinal or a common word ("First Kent", "Standard Rail") is labelled MISC
  by the tagger, as products and events are; where staff speak for it ("a spokesperson for First Kent") it is
  an organisation (employer_spans);
- "called | on | members to ..." where the cue model left "on" between the cue and its object: the demand's
  preposition is the cue's (cue_edges), not "called on Monday"; so are "pleaded | for", "complained | about";
- a school district the tagger cut after its place ("Larkfield | Unified School District") is one body's name
  (tagged_spans.with_name_tails: a service before "District" makes it a body, not an area), and "District
  officials say" opening a later sentence speak for it (officials.officials_of);
- "X, attending ... in Washington, declined A but said B": a source the model found in the aside between X and
  the first cue is no source of the second: X's next predicate (chain.conjoined_subject);
- "The Property Council estimates the country is building ...": a body's estimate before a bare clause is its
  position, though the tagger knows "estimates" mostly as a noun (plain_cues);
- "Former Chelsea midfielder Ramires, ..., warned": a club named like a given name before a player's position is
  the club (kinds.team_context, without the possessive too) at every writing (home_teams), and the one-word name
  after the position is the player (callings: striker, midfielder, defender, winger);
- "China on Monday summoned the envoy and warned Manila to ...": a country opening the sentence is the subject of a
  second verb of saying joined by "and" (opening_subject.participle_subject; before a participle a place is where
  something happened as often);
- "The United States, a treaty ally of the Philippines, said": the country before a description of a state speaks
  (apposed_names.apposed_to);
- a body's initials ("NTSB") fit "the airline" no more than the name they spell (body_reference._spelt_out), and
  a description set off before a name ("The manufacturer, Embraer, said") is that name's (referring), so neither
  is listed among the safety board's aliases;
- "Dr. Samuel Ortiz, an obstetrician in Houston, said": a job where it is done is the role, not "Dr." (roles);
- "Saudi Arabia, which is in talks to end the war in Yemen, called for restraint. The kingdom's foreign ministry
  said": the country the sentence is about, not one named in its relative clause (place_governments);
- "the Home Secretary" is not the "shadow home secretary" named since, as "the prime minister" is no "former prime
  minister" (office_holding, referring.title_holder);
- a surname the tagger's second pass typed a body at one writing ("Speaking in Dallas, Powell said"), where it read
  the full name and the surname alone as a person elsewhere, is that person (personhood._surnames_alone): as a
  body it was what "the server maker said" went back to;
- "Shares of X jumped after the entertainment company reported ... and said ...": the clause's subject is the company
  (its trade and noun), not "the entertainment" (subordinate_subjects);
- given names followed at once by a one-word place are one person ("Ana María Chile", a surname that is a
  country's name: place_surnames), not a woman "Ana María" and the country;
- "urged all | sides to ...": a quantifier the model left at the cue's end opens the object (cue_edges);
  "pledged in his first speech | to wage ...": after a promise's medium, the infinitive is what was pledged
  (content_starts.medium_left_out);
"""

from __future__ import annotations

from written import actors_of, holders, report_of

from brief.actors.attribution import Attribution
from brief.actors.content_starts import medium_left_out
from brief.actors.cue_edges import words_at_edges
from brief.actors.mentions import Mention
from brief.actors.personhood import aged_people

_STATION = (
    "Three hurt in bus station attack\n\nThree people were hurt at a bus station in Harrowgate on Saturday, police said. "
)


def test_a_spokesperson_for_a_misc_name_makes_it_a_body() -> None:
    report = report_of(_STATION + "A spokesperson for First Kent, which runs the station, said staff had followed "
                       "emergency procedures and the site would reopen on Sunday.\n")
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds.get("First Kent") == "organization"
    assert holders(report, "followed emergency procedures") == ["First Kent"]


def test_a_product_without_staff_stays_no_actor() -> None:
    report = report_of(_STATION + "Passengers filmed the attack on their First Kent tickets app, which crashed "
                       "for an hour, a witness said.\n")
    assert "First Kent" not in {a.name for a in actors_of(report)}


def _edges(text: str, cue: str, content: str) -> tuple[str, str]:
    """The cue and content ``words_at_edges`` leaves of a source-less attribution at the first ``cue``."""
    a = text.index(cue)
    start = text.index(content, a)
    found = words_at_edges(text, Attribution(cue=(a, a + len(cue)), source=None, content=(start, len(text) - 1),
                                             quote=False, sentence=0))
    return text[slice(*found.cue)], text[slice(*found.content)]


def test_called_on_keeps_its_preposition_when_the_model_leaves_it_out() -> None:
    text = "Erik Solberg said the alliance would keep its promises and called on members to raise defence spending."
    assert _edges(text, "called", "members to") == ("called on", "members to raise defence spending")


def test_called_on_a_day_is_not_a_demand_preposition() -> None:
    text = "Erik Solberg called on Monday for members to raise defence spending."
    assert _edges(text, "called", "Monday") == ("called", "Monday for members to raise defence spending")


def test_pleaded_for_keeps_its_preposition() -> None:
    text = "Dozens of parents pleaded for the schools to stay open."
    assert _edges(text, "pleaded", "the schools") == ("pleaded for", "the schools to stay open")


_DISTRICT = (
    "District votes to close schools\n\nLARKFIELD, Calif. — The Larkfield Unified School District board voted 4-3 late "
    "Tuesday to close three elementary schools at the end of the year. District officials say enrollment has fallen "
    "by a fifth over the past decade. \"Nobody wanted this,\" said board president Ana Ruiz.\n"
)


def test_a_school_district_is_one_body_and_its_officials_speak_for_it() -> None:
    report = report_of(_DISTRICT)
    names = {a.name for a in actors_of(report)}
    assert "Larkfield Unified School District" in names and "Larkfield" not in names
    assert holders(report, "enrollment has fallen") == ["Larkfield Unified School District"]


def test_the_lake_district_stays_an_area() -> None:
    report = report_of("Floods in the north\n\nRivers burst their banks across the Lake District on Sunday. "
                       "Cumbria County Council said roads near Keswick were closed.\n")
    assert "Lake District" not in {a.name for a in actors_of(report) if a.kind == "organization"}


def test_but_said_after_an_aside_goes_on_with_the_subject() -> None:
    report = report_of(
        "Climate talks stall\n\nNegotiations stalled on Thursday after poorer nations walked out. U.S. envoy Tom "
        "Garrick, attending what is likely to be his last summit before a change of administration in Washington, "
        "declined to commit to new funding but said American states and cities would \"keep their foot on the "
        "accelerator.\"\n")
    assert holders(report, "keep their foot") == ["Tom Garrick"]


def _mention(text: str, name: str, kind: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(1, 0, start, start + len(name), name, name, kind)


def test_a_surname_typed_a_body_once_is_the_person_named_in_full() -> None:
    text = ("Fed Chair Martin Calder said rates would stay high. Speaking in Dallas, Calder said the economy was strong. "
            "\"Calder just took the good news away,\" an analyst said.")
    mentions = [_mention(text, "Martin Calder", "person"), _mention(text, "Calder", "organization", 1),
                _mention(text, "Calder", "person", 2)]
    assert [m.kind for m in aged_people(text, mentions)] == ["person", "person", "person"]


def test_a_company_named_after_its_founder_stays_a_company() -> None:
    text = ("Henry Vance founded the carmaker in 1920. Vance said its profits rose, and shares of Vance rose 3%. "
            "Vance was a shy man, his biographer said.")
    mentions = [_mention(text, "Henry Vance", "person"), _mention(text, "Vance", "organization", 1),
                _mention(text, "Vance", "organization", 2), _mention(text, "Vance", "person", 3)]
    assert [m.kind for m in aged_people(text, mentions)][1:3] == ["organization", "organization"]


def test_a_company_described_by_its_trade_in_an_after_clause_speaks() -> None:
    report = report_of(
        "Stocks slide\n\nWall Street fell on Thursday. Shares of Lumora jumped 6% after the entertainment company "
        "reported better-than-expected quarterly profit and said its streaming business had turned a profit.\n")
    assert holders(report, "streaming business had turned") == ["Lumora"]


def test_a_surname_that_is_a_country_stays_the_persons() -> None:
    report = report_of(
        "Congress ousts president\n\nLIMA — Congress voted to remove the president early Friday. Her lawyer, Ana "
        "María Chile, called the vote unconstitutional and said they would challenge it in court.\n")
    actors = {a.name: a for a in actors_of(report)}
    assert "Ana María Chile" in actors and "Chile" not in actors
    assert holders(report, "challenge it in court") == ["Ana María Chile"]


def test_a_quantifier_at_the_cue_end_opens_the_object() -> None:
    text = "The embassy said it was following events and urged all sides to respect the constitutional order."
    assert _edges(text, "urged all", "sides") == ("urged", "all sides to respect the constitutional order")


def test_a_pledge_after_its_medium_is_the_infinitive() -> None:
    text = "Jerome Vale pledged in his first speech to wage a war against crime."
    a = text.index("pledged")
    found = medium_left_out(text, Attribution(cue=(a, a + 7), source=None, content=(text.index("his first"), len(text) - 1),
                                              quote=False, sentence=0))
    assert text[slice(*found.content)] == "to wage a war against crime"


def test_said_in_a_speech_to_an_audience_keeps_the_medium() -> None:
    text = "Jerome Vale said in a speech to supporters in Lima."
    a = text.index("said")
    found = medium_left_out(text, Attribution(cue=(a, a + 4), source=None, content=(text.index("a speech"), len(text) - 1),
                                              quote=False, sentence=0))
    assert text[slice(*found.content)] == "a speech to supporters in Lima"


def test_a_body_estimates_a_bare_clause() -> None:
    report = report_of(
        "Housing shortfall\n\nRents rose again in March. Housing supply remains the bigger problem, many analysts say. "
        "The Building Council estimates the country is building 50,000 fewer homes a year than it needs, and builders "
        "say they cannot find enough workers.\n")
    assert holders(report, "fewer homes a year") == ["Building Council"]


_SIGNING = (
    "Club completes signing of teenage winger\n\nChelsea have completed the signing of Brazilian teenager Joao Mendes "
    "from Santos in a deal that could rise to £40m, the club announced on Tuesday.\n\n\"I'm very happy to be here. "
    "Chelsea is a club with a lot of history,\" Mendes told the club's website.\n\n"
)


def test_a_club_before_a_position_and_the_player_after_it() -> None:
    report = report_of(_SIGNING + "Former Chelsea midfielder Ramires, who also joined from a Brazilian club, warned "
                       "that the Premier League would be a big adjustment. \"The intensity is something you cannot "
                       "prepare for,\" he told a Brazilian broadcaster.\n")
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds.get("Chelsea") == "organization" and kinds.get("Ramires") == "person"
    assert holders(report, "a big adjustment") == ["Ramires"]
    assert holders(report, "cannot prepare for") == ["Ramires"]


def test_a_woman_named_chelsea_in_full_stays_a_person() -> None:
    report = report_of("Charity run\n\nChelsea Reyes, 34, finished the run in under three hours. Former Harlow "
                       "midfielder Tom Bell, who ran beside her, said Chelsea had trained for a year.\n")
    assert {a.name: a.kind for a in actors_of(report)}.get("Chelsea Reyes") == "person"


def test_a_country_warns_with_its_second_verb() -> None:
    report = report_of(
        "Reef standoff\n\nChina on Monday summoned the Philippine ambassador and warned Manila to "
        "\"stop playing with fire\" after a collision near a disputed reef.\n\nThe United States, a treaty ally of "
        "the Philippines, said it stood with Manila.\n")
    assert holders(report, "stop playing with fire") == ["China"]
    assert holders(report, "stood with Manila") == ["United States"]


def test_a_place_described_as_a_venue_is_no_speaker() -> None:
    report = report_of("Summit\n\nLeaders met on Monday. Geneva, a city of bankers, said it would host the next round.\n")
    assert holders(report, "host the next round") == []


def test_initials_and_an_apposed_description_take_the_right_aliases() -> None:
    report = report_of(
        "Black boxes recovered\n\nInvestigators have recovered both flight recorders from the jet that crashed on "
        "Sunday, the National Transportation Safety Board said on Tuesday. NTSB board member Alan Reed said the "
        "recorders had been sent to Washington.\n\nThe manufacturer, Veltro Aero, said it was sending a team to "
        "assist the NTSB.\n\nRelatives gathered at a hotel near the airport, where the airline had set up a family "
        "assistance centre.\n")
    aliases = {a.name: a.aliases for a in actors_of(report)}
    assert "the airline" not in aliases["National Transportation Safety Board"]
    assert "the manufacturer" not in aliases["National Transportation Safety Board"]


def test_a_doctors_job_in_a_city_is_the_role() -> None:
    report = report_of("Panel backs pill\n\nAn FDA panel voted 9-4 on Thursday. Dr. Samuel Ortega, an obstetrician in "
                       "Houston, said many patients would be reluctant to take the drug.\n")
    assert {a.name: a.role for a in actors_of(report)}.get("Samuel Ortega") == "obstetrician in Houston"


def test_the_kingdoms_ministry_is_not_the_country_in_a_relative_clause() -> None:
    report = report_of(
        "Red Sea attacks\n\nShips were attacked again on Tuesday. Saudi Arabia, which has been in talks to end the war "
        "in Yemen, called for restraint. The kingdom's foreign ministry said it was following the situation with "
        "great concern.\n")
    assert holders(report, "following the situation") == ["Saudi Arabia"]


def test_a_name_after_the_meantime_takes_no_alias() -> None:
    report = report_of("Soda tax\n\nThe city council voted for the tax on Monday. In the meantime, Fizzco, the "
                       "largest bottler, said it would raise prices.\n")
    assert all("the meantime" not in a.aliases for a in actors_of(report))


def test_the_home_secretary_is_not_the_shadow_one() -> None:
    report = report_of(
        "Asylum overhaul\n\nHome Secretary Ruth Dane told MPs on Monday that the system was out of control. The "
        "shadow home secretary, Colin Marsh, said the measures were too little, too late. A spokesman said the Prime "
        "Minister had full confidence in the Home Secretary.\n")
    aliases = {a.name: a.aliases for a in actors_of(report)}
    assert "the Home Secretary" not in aliases["Colin Marsh"]
