"""Half I's missed quotations, in shapes written for these tests: a passive "was quoted as saying" after the
quotation, a quotation a colon frame announces as someone other than the sentence's last speaker, and a
quotation opened by "For example," before its cue."""

from __future__ import annotations

from written import actors_of, holders, report_of


def test_the_subject_of_was_quoted_as_saying_is_the_speaker() -> None:
    report = report_of(
        "Dunmere have dropped their threat to leave the league if the appeal against their captain's ban fails.\n\n"
        "\"There is no question of the season being abandoned,\" league chairman Tomas Veyland was quoted as saying.\n\n"
        "The appeal is due to be heard before the next round of fixtures."
    )
    assert holders(report, "no question of the season being abandoned") == ["Tomas Veyland"]


def test_a_quotation_a_colon_frame_announces_is_the_frame_subjects_not_the_sites() -> None:
    report = report_of(
        "Harbour News Online is opening a new politics section before the election, with blogs and polls.\n\n"
        "Harbour News Online recently named Senator Ada Quinn its Person of the Year, and in her interview, "
        "this is what she had to say:\n\n"
        "\"I did not run for this office to settle an old score. I ran because the harbour towns "
        "deserve a voice in the capital, and I intend to give them one.\"\n\n"
        "The section will open on Monday."
    )
    assert holders(report, "did not run for this office") == ["Ada Quinn"]


def test_for_example_before_a_quotation_leaves_the_quotation_to_its_speaker() -> None:
    report = report_of(
        "Marek Dunst says the singing contest is going to have its best season ever.\n\n"
        "But when the blunt Dunst says something, viewers take him at his word.\n\n"
        "For example, \"Last season wasn't one of our better ones,\" he said during a telephone call with reporters."
    )
    assert holders(report, "Last season wasn't one of our better ones") == ["Marek Dunst"]
    dunst = next(a for a in actors_of(report) if a.name == "Marek Dunst")
    assert not any(p.text.startswith("For example") for p in dunst.positions)  # the writer's joint, not his words


def test_a_gerund_after_in_goes_with_its_clauses_subject_not_its_object() -> None:
    report = report_of(
        "The rowing federation has been criticised for the conduct of its crews at the regatta.\n\n"
        "Tomas Veyland, who won three world titles, chairs the sport's hall of fame.\n\n"
        "Veyland has joined the respected oarsmen Ivo Marten and Pieter Dunst in believing that the crews are too arrogant.\n\n"
        "\"Sport is only sport,\" he said, \"it is not war.\""
    )
    assert holders(report, "the crews are too arrogant") == ["Tomas Veyland"]
    assert holders(report, "Sport is only sport") == ["Tomas Veyland"]


def test_he_goes_on_with_the_subject_after_fronted_phrases_not_the_last_speaker() -> None:
    report = report_of(
        "Opposition leader Pavel Dunst demanded the resignation of the elections chief, Marek Tarnov, on Sunday.\n\n"
        "Tarnov responded by telling him to take his complaints to the courts.\n\n"
        "\"This is pressure and threats,\" he said, in footage shown on state television.\n\n"
        "Later, at a protest against alleged media bias outside the offices of the state broadcaster in the capital, "
        "Mr Dunst addressed a message to the president and the speaker of parliament.\n\n"
        "\"I will not stop until you listen to me,\" he said."
    )
    assert holders(report, "I will not stop until you listen to me") == ["Pavel Dunst"]
    assert holders(report, "This is pressure and threats") == ["Marek Tarnov"]


def test_a_rugby_player_called_by_his_place_in_the_pack_is_the_player_just_named() -> None:
    report = report_of(
        "Harlow Rovers confirmed on Sunday that their coaching staff will help the national side this spring.\n\n"
        "Tomas Veyland joked, \"I did tell the coach my retirement means I had given up my chance to play against him!\"\n\n"
        "The no-nonsense back rower, who is likely to take an informal mentoring role with the squad, added, "
        "\"It is about sharing information and getting better as coaches.\""
    )
    assert holders(report, "It is about sharing information") == ["Tomas Veyland"]
