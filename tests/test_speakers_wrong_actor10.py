"""Descriptions resolved to the wrong actor, or to no one (session 29, speakers10), on articles
written for these tests."""

from __future__ import annotations

from written import holders, report_of

from brief.actors.mentions import Mention
from brief.actors.sentence_openings import after_title, sentence_opening
from brief.actors.sitting_bodies import may_be_called


def test_the_council_the_story_never_named_is_not_the_last_speaker() -> None:
    # "Haldane" the tagger may read as a body; the council was never named: no one, not Haldane
    report = report_of(
        "Haldane said the bypass plan was sound and fully costed.\n\n"
        "Though the mayor insisted the lanes were safe, the council voted to shut them for a month."
    )
    assert holders(report, "lanes were safe") == []
    assert holders(report, "bypass plan") != []


def test_the_council_named_by_its_kind_keeps_its_statement() -> None:
    report = report_of(
        "Brindle Borough Council approved a housing plan for the old mill site on Monday.\n\n"
        "Neighbours had fought the scheme for two years. The council said the first homes would be ready by 2029."
    )
    assert holders(report, "first homes would be ready") == ["Brindle Borough Council"]


def test_a_sitting_body_is_called_so_only_by_a_name_of_its_kind_or_initials() -> None:
    def body(name: str) -> Mention:
        return Mention(0, 0, 0, len(name), name, name, "organization")

    assert may_be_called(body("Brindle Borough Council"), "council")
    assert may_be_called(body("ICJ"), "court")
    assert not may_be_called(body("Quarry"), "council")
    assert not may_be_called(body("Orla Foods Ltd"), "court")
    assert may_be_called(body("Quarry"), "company")  # a company goes by a bare name


def test_a_name_after_in_is_no_apposition_of_the_description_after_it() -> None:
    # "Speaking at ... in Ashby Marton, the chief executive said": not Ashby Marton, whatever its kind
    report = report_of(
        "Speaking at the launch event in Ashby Marton, the chief executive said the firm would double "
        "its spending on batteries next year.\n\nThe company, Ostrava Cells, was founded in 2015."
    )
    assert "Ashby Marton" not in holders(report, "double its spending")


def test_a_name_after_an_abbreviated_courtesy_opening_a_sentence_is_the_speaker() -> None:
    report = report_of(
        "State television dismissed the leaked memo on Tuesday.\n\n"
        "Ms. Avetisyan, the channel's chief editor, says the memo was forged."
    )
    assert holders(report, "memo was forged") == ["Avetisyan"]


def test_a_sentence_opens_before_a_title_not_at_its_full_stop() -> None:
    text = "It rained. Dr. Ode, the chief, said no."
    assert sentence_opening(text, text.index("said")) == text.index("Dr.")
    assert after_title(text, text.index("Dr.")) == text.index("Ode")
    assert after_title(text, text.index("It")) == text.index("It")


def test_a_demonym_epithet_with_a_relative_clause_is_the_player_just_named() -> None:
    # the source tagger ran "The Welshman, who" on into the clause: the epithet still stands for Carrow
    report = report_of(
        "Coach Ian Pryce named prop Dafydd Carrow in his squad on Tuesday.\n\n"
        "Carrow said he was delighted with the call.\n\n"
        "The Welshman, who has two caps, added that he was ready to start against France."
    )
    assert holders(report, "ready to start") == ["Dafydd Carrow"]


def test_a_title_is_not_the_last_speaker_whose_apposed_role_is_another() -> None:
    # "the minister said" went to the chief executive just quoted: his role is written beside his name
    report = report_of(
        "PERTH — The state court on Friday dismissed an appeal by the miner Ironvale Resources.\n\n"
        "Ironvale's chief executive, Dean Kellaway, said the firm was \"disappointed\". "
        "The review panel will meet again in March, the minister said."
    )
    assert "Dean Kellaway" not in holders(report, "meet again in March")
    assert holders(report, "disappointed") == ["Dean Kellaway"]


def test_a_title_goes_back_to_the_speaker_whose_apposed_role_it_is() -> None:
    report = report_of(
        "Ada Quellan, the transport minister, said the bridge would reopen in May.\n\n"
        "Buses will run from June, the minister said."
    )
    assert holders(report, "Buses will run") == ["Ada Quellan"]


def test_the_ministry_may_be_a_ministry_with_a_bare_name() -> None:
    report = report_of(
        "Opposition leader Jomo Wekesa called the new levy theft.\n\n"
        "The Treasury said the levy would raise 60 billion shillings. In a statement, the ministry added "
        "that workers would benefit."
    )
    assert holders(report, "workers would benefit") == ["Treasury"]


def test_a_person_described_by_age_is_the_person_just_named_not_the_company() -> None:
    report = report_of(
        "Startup founder on the cloud boom\n\n"
        "Rhea Solanki founded Brightmesh Labs in Pune in 2020.\n\n"
        "The 34-year-old, who previously worked at a bank, said investors were cautious.\n\n"
        "The 34-year-old said hiring would slow this year.\n"
    )
    assert holders(report, "investors were cautious") == ["Rhea Solanki"]
    assert holders(report, "hiring would slow") == ["Rhea Solanki"]
