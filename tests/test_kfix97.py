"""Session 61 (kfix97): what half K's blind actor gold missed, on articles written for these tests: a given name
that is a month's ("April Galway, a resident, said"); a police rank's abbreviation ("Const.", "Supt.") before the
officer's name, no body of its own; a relative clause about the speaker closed before a time and the cue ("Dr X,
who ... until the end of the Super 14, on Monday said")."""

from __future__ import annotations

from written import actors_of, holders, report_of

_WINTER = (
    "Winter storms hit Dunmore\n\n"
    "April Galway, a lifelong resident of Dunmore, said she can withstand brutal winters by focusing on \"the "
    "kindness of her neighbours and the long summer evenings.\"\n\n"
    "The town council met on Tuesday to discuss snow removal budgets for the coming year. In April the council "
    "will vote on the plan.\n"
)


def test_a_month_that_is_a_given_name_opens_the_speakers_name() -> None:
    report = report_of(_WINTER)
    assert holders(report, "kindness of her neighbours") == ["April Galway"]
    assert all(a.name != "April" for a in actors_of(report))


_CHECKS = (
    "Police target drunk drivers on highways\n\n"
    "Police across the province will set up roadside checks this weekend to catch drunk drivers.\n\n"
    "\"We're going to be city-wide,\" said Const. Mig Roberts, with the Harbour City Police Traffic Services.\n\n"
    "\"We've got two separate collisions here,\" said Ontario Provincial Police Const. Dave Woodford.\n\n"
    "\"Nobody was hurt in either crash,\" said Harbour City Police Supt. Ann Pilsen.\n"
)


def test_a_police_rank_abbreviation_is_the_officers_rank_not_a_body() -> None:
    report = report_of(_CHECKS)
    assert holders(report, "city-wide") == ["Mig Roberts"]
    assert holders(report, "two separate collisions") == ["Dave Woodford"]
    assert holders(report, "Nobody was hurt") == ["Ann Pilsen"]
    assert not any(a.name.endswith(("Const", "Supt")) for a in actors_of(report))


_INJURY = (
    "Lions lose flyhalf for six weeks\n\n"
    "Team doctor Pieter Marais, who will stay on with the Lions until the end of the Super 14, on Monday said "
    "Julies had to undergo an operation on his knee.\n\n"
    "The squad would name a replacement later in the week, the club said.\n"
)


def test_a_relative_clause_closed_before_a_time_and_the_cue_describes_the_speaker() -> None:
    assert holders(report_of(_INJURY), "Julies had to undergo an operation") == ["Pieter Marais"]


_INJURIES = (
    "Lions lose two more forwards\n\n"
    "The Lions will be without two forwards for the opening rounds of the new season, team doctor Pieter Marais "
    "said on Monday.\n\n"
    "Marais says the other injured players at this stage are Sam Riet (wrist) and Jan Botha (ankle).\n\n"
    "\"Sam as well as Jan will probably start playing in March, but we are confident both will be back soon.\" - "
    "Sapa\n"
)


def test_a_wire_agencys_sign_off_leaves_the_quotation_paragraph_in_the_story() -> None:
    assert holders(report_of(_INJURIES), "will probably start playing in March") == ["Pieter Marais"]


_LECTURE = (
    "Holm warns of climate threat\n\n"
    "OSLO, Dec. 10 - He has said it again and again, with increasing urgency, to anyone who will listen. And on "
    "Monday, former Vice President Bert Holm used the occasion of his 2007 Peace Prize lecture here to tell the "
    "world in powerful, stark language: Climate change is a \"real, rising and universal\" threat to the Earth.\n\n"
    "Saying that \"our planet is drifting out of balance\" and that \"the fabric of living things is being torn "
    "apart,\" Mr. Holm warned that \"we are running out of time to act.\"\n"
)


def test_the_one_who_used_the_occasion_says_what_follows() -> None:
    assert holders(report_of(_LECTURE), "real, rising and universal") == ["Bert Holm"]


def test_a_fronted_saying_clause_is_the_main_subjects() -> None:
    assert holders(report_of(_LECTURE), "drifting out of balance") == ["Bert Holm"]


_FREEZE = (
    "Cold snap to hit the coast\n\n"
    "Although readings in most coastal areas should bottom out in the upper 20s, winds should remain strong "
    "enough to keep the region just above hard-freeze warning criteria, with less than five hours below 26 "
    "degrees, forecasters at the National Weather Service in Mobile said Monday.\n\n"
    "\"It will be a cold night,\" said Ann Lutz, a meteorologist with the National Weather Service in Mobile.\n"
)


def test_forecasters_at_a_service_give_the_service_the_clause_before_them() -> None:
    report = report_of(_FREEZE)
    assert holders(report, "less than five hours below 26 degrees") == ["National Weather Service"]
    assert "National Weather Service in Mobile" not in {a.name for a in actors_of(report)}


_BROWSER = (
    "EU widens browser probe\n\n"
    "BRUSSELS (Reuters) - The European Commission said on Thursday it had opened an investigation into a software "
    "maker after a complaint from Opera (OPERA.OL: Quote, Profile, Research), a Norwegian maker of a Web browser.\n\n"
    "Opera said in its complaint that the software maker was abusing its dominant position.\n"
)


def test_a_name_before_a_ticker_is_a_company_not_a_place() -> None:
    kinds = {a.name: a.kind for a in actors_of(report_of(_BROWSER))}
    assert kinds["Opera"] == "organization"
