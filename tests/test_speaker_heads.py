"""A source's head noun says who speaks, not the place, body or person that only describes it
(brief.actors.positions, speakers, chain): "an Ohio judge", "Ohio voters should", "Dunmere's public
defender's office", "scientists believe" far from the body that spoke; on articles written for
these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_judge_described_by_a_place_is_not_the_place() -> None:
    report = report_of(
        "Ada Quinn sued for custody of her two daughters in Ohio last year.\n\n"
        "She dropped the suit this month after an Ohio judge demanded that Quinn name every witness "
        "she had spoken to."
    )
    assert holders(report, "name every witness") == []


def test_a_place_s_governor_still_speaks_for_the_place() -> None:
    report = report_of(
        "Floods closed roads across Ohio on Monday, and schools stayed shut in three counties.\n\n"
        "An Ohio official said that the damage would run to millions of dollars."
    )
    assert holders(report, "run to millions of dollars") == ["Ohio"]


def test_voters_before_a_modal_are_the_head_not_the_state() -> None:
    report = report_of(
        "Senator Ivo Marten won his seat in Ohio again on Tuesday, by fewer than a thousand votes.\n\n"
        "Ohio voters should have voted him out long ago, the paper's editors argued in a column."
    )
    assert "Ohio" not in holders(report, "him out long ago")


def test_a_possessive_owned_by_another_possessor_is_not_the_speaker() -> None:
    report = report_of(
        "Three protesters died in clashes near a fuel plant in Dunmere on Tuesday.\n\n"
        "Dunmere's public defender's office said another 30 people had been injured in the clashes."
    )
    assert holders(report, "another 30 people had been injured") == []


def test_a_post_named_between_the_possessor_and_the_title_is_not_the_speaker() -> None:
    report = report_of(
        "Fighting in the east of the city stopped on Tuesday night after four weeks.\n\n"
        "The east has fallen, and military activities there have stopped, according to Russia's United "
        "Nations ambassador."
    )
    assert "United Nations" not in holders(report, "military activities there have stopped")


def test_scientists_written_bare_long_after_the_body_spoke_are_scientists_in_general() -> None:
    report = report_of(
        "The Varna Space Agency said on Monday that its telescope had found water vapour on a moon of "
        "Jupiter. The moon is a little smaller than Earth's own. It is covered in ice. Its surface is "
        "among the smoothest of any body in the solar system.\n\n"
        "In fact, scientists believe that there is a liquid ocean under the moon's thick shell of ice."
    )
    assert "Varna Space Agency" not in holders(report, "a liquid ocean under the moon")


def test_he_goes_on_with_a_student_described_where_he_studies() -> None:
    report = report_of(
        "Students at three universities told us how the election changed their campus. Daniel Ruiz, "
        "who teaches politics in Ohio, has watched the debate for years.\n\n"
        "One student at Tarnow University in Durham, North Carolina, said he had hidden his vote from "
        "his friends. In one class, he said, he was mocked for an essay about taxes."
    )
    assert holders(report, "he had hidden his vote") == []
    assert holders(report, "he was mocked for an essay") == []


def test_researchers_a_letter_writer_cites_are_not_the_writer() -> None:
    report = report_of(
        "Letters to the editor\n\n"
        "Drought is not over\n\n"
        "The rain this month fooled many of us. Researchers predicted that the state will still have to "
        "contend with the drought through the spring. We should keep saving water in every home.\n\n"
        "Ilse Marwood\n\n"
        "Walnut Creek\n"
    )
    assert "Ilse Marwood" not in holders(report, "still have to contend with the drought")


def test_a_student_named_after_a_professor_described_is_not_the_professor() -> None:
    report = report_of(
        "Ryan Dale said the campus had changed since the election. He grew nervous when a professor told "
        "the class to write down what they thought about the vote. “I did not want to write anything,” he "
        "said.\n\n"
        "Another student, Brittany Holm, said her seminar held an anonymous poll about the vote."
    )
    assert "Brittany Holm" not in holders(report, "write down what they thought")


def test_kin_speak_for_themselves_wherever_the_possessive_stands() -> None:
    """ "The Harbour Line captain's son said": the son, not the company that only describes his father
    (the possessive need not follow the name); nor when the source ends in a quote mark, as a headline
    quoting him does ("Harbour Line captain's son 'thinks ...'")."""
    report = report_of(
        "Harbour Line said on Monday that the ferry had sunk in the storm.\n\n"
        "The Harbour Line captain\u2019s son said the family was still waiting for news.\n\n"
        "Harbour Line captain\u2019s son 'thinks his father is still at sea'. Relatives have not told him."
    )
    assert holders(report, "still waiting for news") == []
    assert holders(report, "father is still at sea") == []
    assert holders(report, "ferry had sunk") == ["Harbour Line"]
