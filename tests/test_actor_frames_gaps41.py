"""A setting between an "As X noted" frame's cue and its comma ("As Voss pointed out in the Review in 2019, it is
...") leaves the report the main clause after the comma (brief.actors.as_frames.framed_start); a relative clause
with no pronoun ("the pledges he repeats at every town hall") reports nothing after its cue
(brief.actors.relative_gaps.zero_relative); a passive with "also" before its participle ("was also ticketed for")
is no statement; "the transition team" is not the company the story follows. On articles written for these tests."""

from __future__ import annotations

from written import actor_named, holders, report_of

_WALLS = ("Harbour towns rethink their sea walls\n\n"
          "Coastal councils along the estuary are weighing whether to raise their flood defences before next winter.\n\n"
          "As marine geographer Helena Voss pointed out in the Coastal Review in 2019, it is not hard to see why older "
          "towns resisted new walls that blocked the view of the water.\n\n"
          "As engineer Tobias Rank noted in a report last spring, the cheapest barrier is often the one that is never "
          "built.\n\n"
          "The council's planning chief, Marta Ellery, said the vote would take place in March.\n")

_PLEDGES = ("Mayor faces questions over housing pledge\n\n"
            "Mayor Daniel Okafor has been under pressure over the city's housing record since the spring.\n\n"
            "Okafor has defended the programme, and the figures he cites in his speeches have been disputed by the "
            "housing office.\n\n"
            "He reminded the council he warned in 2019 that the old estates needed repair.\n\n"
            "Okafor said the city would open 400 new homes by the end of the year.\n")


def test_a_setting_before_the_frames_comma_is_not_what_was_said() -> None:
    report = report_of(_WALLS)
    voss = [p.text for p in actor_named(report, "Helena Voss").positions]
    assert voss == ["it is not hard to see why older towns resisted new walls that blocked the view of the water"]
    rank = [p.text for p in actor_named(report, "Tobias Rank").positions]
    assert rank == ["the cheapest barrier is often the one that is never built"]


def test_a_relative_clause_without_its_pronoun_reports_nothing() -> None:
    texts = [p.text for p in actor_named(report_of(_PLEDGES), "Daniel Okafor").positions]
    assert not any("have been disputed" in t for t in texts)
    assert "that the old estates needed repair" in texts  # a verb before the noun: no relative clause
    assert "the city would open 400 new homes by the end of the year" in texts


_CRASH = ("Driver hurt in crash on county road\n\n"
          "A 34-year-old driver was taken to hospital after her car left the road near Millbrook on Friday night, the "
          "county sheriff's office said.\n\n"
          "Deputies said Marla J. Quint was driving too fast for the icy conditions when she lost control. She was also "
          "ticketed for failure to wear a seat belt.\n\n"
          "Sheriff Alan Dorsey said the road would be gritted before the weekend.\n")


def test_a_passive_with_also_before_its_participle_is_no_statement() -> None:
    """brief.actors.statements._passive passes over "also" as over "-ly" adverbs."""
    report = report_of(_CRASH)
    assert "Marla J. Quint" not in holders(report, "seat belt")
    assert [p.text for p in actor_named(report, "Alan Dorsey").positions] == ["the road would be gritted before the weekend"]


_CHIEF = ("Harwell Foods names new chief\n\n"
          "Harwell Foods said on Monday that it had named Dana Mercer as its chief executive after a year of falling "
          "sales.\n\n"
          "The company said Mercer would start in June. Harwell Foods has struggled since a recall of its frozen meals "
          "last spring, and Harwell Foods shares fell again this week.\n\n"
          "The transition team declined to say whether the firm's bakery in Leeds would be sold.\n")


def test_a_team_with_a_word_before_it_is_not_the_company_followed() -> None:
    """brief.actors.body_reference.body_described: "the transition team" is no "the team" of a club."""
    report = report_of(_CHIEF)
    assert "Harwell Foods" not in holders(report, "bakery in Leeds")
    assert "Harwell Foods" in holders(report, "Mercer would start in June")
