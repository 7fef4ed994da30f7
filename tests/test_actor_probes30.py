"""Shapes found by probing articles written in new styles (session 37, probes29, fixed by probes30), each on text
written for these tests:
- a plural for people in no list, written with a capital only where it opens a sentence ("Organisers said",
  "Campaigners said"), is a group that speaks, not a name shaped like "loggers" (groups._opening_capital_only);
  "critics" and the lines of work whose plural no ending marks ("nurses", "pilots") are people's plurals too
  (groups.people_noun).
"""

from __future__ import annotations

from written import holders, report_of, said_by

_MARCH = ("Bakers protest flour tax in Tollmere\n\n"
          "TOLLMERE - Police in Tollmere broke up a protest against a new tax on flour on Saturday. Finance Minister "
          "Odile Brasse said the tax would stay.\n\n"
          "{group} said they would march again next week and called for the minister to resign.\n")


def test_a_plural_for_people_opening_a_sentence_is_a_group() -> None:
    for group in ("Organisers", "Campaigners", "Critics", "Nurses"):
        report = report_of(_MARCH.format(group=group))
        assert holders(report, "march again next week") == [group.lower()], group


def test_a_surname_shaped_as_a_plural_is_no_group() -> None:
    text = ("Tax row in Tollmere\n\n"
            "Finance Minister Odile Brasse met opposition leader Harold Summers on Friday.\n\n"
            "Summers said the tax would hurt small bakeries.\n")
    assert holders(report_of(text), "hurt small bakeries") == ["Harold Summers"]


def test_the_government_is_not_an_office_named_for_its_field() -> None:
    text = ("Storm Brannoch reaches the west coast\n\n"
            "The Coastal Weather Office raised its storm warning to amber on Sunday, its second-highest level.\n\n"
            "Opposition leader Rhona Vail accused ministers of leaving rural roads unsalted. The government denied "
            "the charge, saying gritters had been out since Friday.\n")
    report = report_of(text)
    assert "Coastal Weather Office" not in holders(report, "gritters had been out")


def test_a_wire_of_two_words_in_brackets_ends_a_dateline() -> None:
    text = ("Velmont mayor re-elected\n\n"
            "PORT ASHBY, May 6 (Coastal Newswire) - Mayor Iris Carden won a third term in Port Ashby on Tuesday, "
            "according to projections by the Halden Press Agency.\n")
    positions = [p for texts in said_by(text).values() for p in texts if "third term" in p]
    assert positions and all("PORT ASHBY" not in p and "Newswire" not in p for p in positions)
