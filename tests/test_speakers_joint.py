"""Words of a joint letter or statement under its first-named signer, each time the text quotes "the
letter" again (session 28, speakers8), and since session 48 (cues49) under each named signer, as "X and Y said"
is (a few signers named out of many, "including X and Y", still under the first), on articles written for these
tests."""

from __future__ import annotations

from written import actors_of, holders, report_of


def test_an_open_letter_two_people_wrote_is_both_of_theirs_each_time_it_is_quoted() -> None:
    report = report_of(
        "Tech leaders urge pause on AI\n\n"
        "WASHINGTON (AP) — Elena Marsh and Dev Kapoor, two prominent artificial intelligence researchers, wrote an "
        "open letter this week urging companies to pause the training of powerful systems.\n\n"
        "The letter, signed by more than 1,000 people, says AI labs are locked in \"an out-of-control race\".\n\n"
        "The letter also calls for independent oversight. Some experts said the letter went too far."
    )
    assert sorted(holders(report, "out-of-control race")) == ["Dev Kapoor", "Elena Marsh"]


def test_a_list_of_signers_after_including_gives_the_letter_to_the_first() -> None:
    report = report_of(
        "Activists write to PM over internet curbs\n\n"
        "NEW DELHI: A group of 150 academics and activists, including historian Romila Sen and lawyer Arvind "
        "Bhushan, wrote a letter to the Prime Minister on Sunday seeking restoration of internet services.\n\n"
        "The letter said the shutdown had \"crippled education, health care and livelihoods\".\n\n"
        "\"Democracy cannot function when citizens are cut off,\" the letter added."
    )
    assert holders(report, "crippled education") == ["Romila Sen"]
    assert holders(report, "Democracy cannot function") == ["Romila Sen"]


def test_a_statement_opening_its_sentence_is_the_subjects_through_later_mentions() -> None:
    report = report_of(
        "Councillors back new library\n\n"
        "Councillors Alice Brown and Tom Reed said the new library would open in March.\n\n"
        "In a joint statement, Labour MPs Sarah Dunn and Peter Kaye called for an inquiry. The statement said the "
        "decision was \"rushed\".\n\n"
        "The council said it would respond in writing. The statement added that the building was unsafe."
    )
    # no letter: the last name keeps the words, as the gold judges "X and Y said"; a list of people named in full
    # that opens the sentence gives them to each (brief.actors.joint_speakers)
    assert sorted(holders(report, "open in March")) == ["Alice Brown", "Tom Reed"]
    assert sorted(holders(report, "rushed")) == ["Peter Kaye", "Sarah Dunn"]
    assert sorted(holders(report, "building was unsafe")) == ["Peter Kaye", "Sarah Dunn"]


def test_a_club_statement_in_the_frame_of_its_words_goes_on() -> None:
    report = report_of(
        "Club responds to fan protest\n\n"
        "Riverside United have hit back at supporters after a protest outside the stadium on Saturday.\n\n"
        "In a statement, the club said it \"respects the right to protest\" but condemned abuse of staff.\n\n"
        "Manager Colin Bright said he understood the frustration.\n\n"
        "The statement added that the owners remain \"fully committed\" to the club."
    )
    assert holders(report, "fully committed") == ["Riverside United"]


def test_a_list_that_is_an_object_keeps_the_speaker() -> None:
    # "talks with X and Y, Z said": X and Y are whom Z met, not speakers with Z
    report = report_of(
        "Leaders meet on trade\n\n"
        "After talks with Joe Biden and Emmanuel Macron, Olaf Scholz said the deal was \"within reach\"."
    )
    assert holders(report, "within reach") == ["Olaf Scholz"]


def test_a_letter_backed_by_someone_says_nothing_by_being_backed() -> None:
    report = report_of(
        "Charities urge rethink on aid cuts\n\n"
        "In an open letter, aid workers including nurse Grace Adeyemi and doctor Paul Innes urged ministers to "
        "restore the budget.\n\n"
        "The letter – also backed by television presenter Rory Hale – warns that \"lives will be lost\"."
    )
    assert holders(report, "lives will be lost") == ["Grace Adeyemi"]
    assert all(not p.summary.startswith("backs") for a in actors_of(report) for p in a.positions)
