"""A summing-up appositive with another's verdict after what was said (", a step the union described as
“overdue”", ", a move welcomed by commuters") is no part of the holder's content:
brief.actors.summary_appositives.before_summary_appositive, on an article written for these tests."""

from __future__ import annotations

from written import said_by

_FERRIES = ("Harbour board approves ferry fare rise\n\n"
            "The Port Avalon harbour board has approved a 12 per cent rise in ferry fares from January.\n\n"
            "Board chairman Gideon Marsh said the increase would pay for two new vessels, a step the ferry workers' "
            "union described as \"long overdue.\" He said fares had not risen since 2019.\n\n"
            "The Island Traders Association rejected the rise, a decision its president Mona Keel called \"a kick in "
            "the teeth for small shops.\" The association demanded a freeze for residents, a demand the board has "
            "already turned down.\n\n"
            "Transport officer Ravi Dunn announced a new timetable for the summer, a move welcomed by commuters. "
            "He said the plan was a step towards fewer cancelled sailings, a change passengers had asked for.\n")


def test_content_stops_before_a_judged_summary_appositive() -> None:
    said = said_by(_FERRIES)
    assert "the increase would pay for two new vessels" in said["Gideon Marsh"]
    assert "a freeze for residents" in said["Island Traders Association"]
    assert "a new timetable for the summer" in said["Ravi Dunn"]
    assert not any("described" in t or "turned down" in t for ts in said.values() for t in ts)


def test_the_judge_of_the_summed_up_act_keeps_its_own_position() -> None:
    assert any("a kick in the teeth" in t for t in said_by(_FERRIES).get("Mona Keel", []))


def test_a_summary_noun_without_a_judging_verb_stays_in_the_content() -> None:
    assert any("a step towards fewer cancelled sailings" in t for t in said_by(_FERRIES)["Ravi Dunn"])


_WITNESS = ("Witness denies keeping cash\n\n"
            "A driver for the contractor told the court on Tuesday that he carried cash to the mayor's house.\n\n"
            "Defence lawyer Rena Moss suggested that the driver had kept some of the money, which he denied.\n\n"
            "Harbour master Lena Ruiz said the fee, which the union opposed, would fund two new ferries. Mayor Tom Bell "
            "said the plan, a move the union described as \"overdue\", would start in May.\n")


def test_a_which_clause_with_another_judge_ends_the_content() -> None:
    assert "that the driver had kept some of the money" in said_by(_WITNESS)["Rena Moss"]


def test_a_judged_aside_inside_the_content_is_kept() -> None:
    said = said_by(_WITNESS)
    assert any(t.endswith("would fund two new ferries") for t in said["Lena Ruiz"])
    assert any(t.endswith("would start in May") for t in said["Tom Bell"])


_ROVERS = ("Club sacks manager after poor run\n\n"
           "Rovers sacked manager Dan Price on Monday, a decision chairman Tom Smith described as \"painful but the "
           "right thing for the club.\"\n\n"
           "Price had won only two of his last 14 league games. He said he was proud of his players. Smith thanked "
           "him for his work.\n")


def test_the_judge_of_a_summed_up_deed_is_given_the_verdict_not_the_deed() -> None:
    said = said_by(_ROVERS)
    assert 'as "painful but the right thing for the club."' in said["Tom Smith"]
    assert not any("sacked" in t for ts in said.values() for t in ts)


def test_the_summary_noun_is_no_part_of_the_judges_role() -> None:
    from written import actor_named, report_of
    assert actor_named(report_of(_ROVERS), "Tom Smith").role == "chairman"


_LIBRARY = ("Library shut after cuts\n\n"
            "The council closed the Eastfield library on Friday, a decision union chief Nia Hale described as "
            "\"shameful.\"\n\n"
            "The council said the building would be sold. Readers were told to use the town centre branch.\n")


def test_a_one_word_verdict_after_a_verb_of_naming_keeps_the_judge_listed() -> None:
    assert 'as "shameful."' in said_by(_LIBRARY).get("Nia Hale", [])


def test_a_label_after_a_participle_of_naming_is_no_short_position() -> None:
    from brief.actors.short_positions import short_stance
    assert short_stance("described", 'as "shameful."')
    assert not short_stance("described as", "“Nordic ravioli.”")  # "Or dumplings, described as “Nordic ravioli.”"


_BORDER = ("Border talks stall\n\n"
           "Talks between Osterland and Norland stalled again on Monday.\n\n"
           "A senior official in Osterland said the country would insist on new checks at every crossing, a demand "
           "Norland has repeatedly rejected. The official spoke on condition of anonymity.\n")


def test_a_judge_with_no_verdict_after_the_cue_judges_the_report_not_its_frame() -> None:
    said = said_by(_BORDER).get("Norland", [])
    assert any(t.startswith("the country would insist on new checks") for t in said)
