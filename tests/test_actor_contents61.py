"""What a position says (session 51, helper contents61), on articles written for these tests: the clause around
an "according to" set off inside it, the statement before a frame that a participle or the speech's occasion
follows, a fronted phrase of when before what was said, number ranges and lists kept whole, and cue words read
in a sense that states nothing."""

from __future__ import annotations

from written import cues_by, said_by, summaries_by

HEAD = "Harbour budget set for vote\n\n"


def test_an_according_to_set_off_after_a_copula_keeps_the_complement() -> None:
    said = said_by(HEAD + "The ferry contract with roughly 4,000 workers is, according to the Dockers Guild, the largest "
                   "transport contract in the region, and it will expire in June.")
    assert said["Dockers Guild"] == ["The ferry contract with roughly 4,000 workers is the largest transport contract in the region"]


def test_an_according_to_set_off_with_the_source_described_keeps_its_subject_and_predicate() -> None:
    said = said_by(HEAD + "The figures, according to Mara Kellen, deputy director of the Coastal Planning Office at the "
                   "Western Institute of Portwick University, were disappointing.")
    assert said["Mara Kellen"] == ["The figures were disappointing"]


def test_an_according_to_set_off_after_a_semicolon_takes_only_its_own_clause() -> None:
    said = said_by(HEAD + "The union posted a warning about layoffs on Monday. The guild held a vote; Brenna's cousin Ollie "
                   "Varga, according to the Portwick Herald, objected and left the docks.")
    texts = [t for texts in said.values() for t in texts]
    assert "Brenna's cousin Ollie Varga objected and left the docks" in texts
    assert not any("held a vote" in t for t in texts)


def test_a_sentence_opening_according_to_ends_its_source_before_a_pronoun_subject() -> None:
    said = said_by(HEAD + "According to Adv Rennick, these rules unfairly limit the freedom to gather and protest and "
                   "speak without fear, as set out in the charter.")
    assert said["Rennick"] == ["these rules unfairly limit the freedom to gather and protest and speak without fear, "
                               "as set out in the charter"]


def test_a_sentence_opening_according_to_without_its_comma_ends_the_name_before_a_determiner() -> None:
    said = said_by(HEAD + "According to Tobias the cheapest time to visit the islands is usually in October as the "
                   "crowds thin out by then.")
    assert said["Tobias"] == ["the cheapest time to visit the islands is usually in October as the crowds thin out by then"]


def test_a_participle_after_a_closing_frame_is_no_statement() -> None:
    said = said_by(HEAD + "Mayor Elspeth Rowe opened the budget debate on Monday. Every harbour fee will be cut by half, "
                   "Rowe said, poking at Dara Lynd whose port levies caused chaos in the markets and were blamed for job losses.")
    assert "Every harbour fee will be cut by half" in said["Elspeth Rowe"]
    assert not any("poking" in t for t in said["Elspeth Rowe"])
    said = said_by(HEAD + "Mayor Elspeth Rowe recalled the last handover. Though that handover went smoothly, Rowe said, "
                   "replacing the harbour master would be far harder and could split the board.")
    assert any(t.startswith("replacing the harbour master would be far harder") for t in said["Elspeth Rowe"])


def test_the_occasion_of_a_speech_after_the_frame_leaves_the_statement_before_it() -> None:
    said = said_by(HEAD + "The new board will focus on 'safety, trade and jobs for all', Mayor Elspeth Rowe said in her "
                   "speech for the opening of the Portwick Assembly 2025.")
    assert said["Elspeth Rowe"] == ["The new board will focus on 'safety, trade and jobs for all'"]


def test_a_fronted_phrase_of_when_after_said_runs_on_to_its_clause() -> None:
    said = said_by("Speaker recalls night\n\nSpeaker Tomas Beyer said in the early hours of Sunday morning while still "
                   "asleep, he received a call that the mayor had died.")
    assert said["Tomas Beyer"] == ["in the early hours of Sunday morning while still asleep, he received a call that the "
                                   "mayor had died"]


def test_a_number_range_and_a_list_of_numbers_do_not_cut_what_was_said() -> None:
    said = said_by("Harbour plan unveiled\n\n"
                   "In May, Portwick's Mayor Elspeth Rowe announced plans to cut harbour emissions by 7–10% from "
                   "'peak levels' by 2035. Rival councillor Ben Ashdown spoke later. However, Ashdown warns that "
                   "Sections 21, 24, and 26 of the harbour bill are “vague, broad, and open to abuse” in a way that "
                   "could punish dockers.")
    assert "plans to cut harbour emissions by 7–10% from 'peak levels' by 2035" in said["Elspeth Rowe"]
    assert any(t.startswith("that Sections 21, 24, and 26 of the harbour bill are") for t in said["Ben Ashdown"])


def test_cue_words_in_a_sense_that_states_nothing_give_no_position() -> None:
    cues = cues_by(
        "Tennis stars advance in Portwick\n\n"
        "“I hope I set the tone today,” Mara Kellen told reporters afterwards, and that proved true, with Ollie Varga, "
        "Ben Ashdown and Tomas Beyer all going on to record easy wins before Elspeth Rowe completed the set.\n\n"
        "Researcher Dr Ada Obi writes in a report published on the Harbour Trust website titled ‘Building Safer "
        "Streets for Workers’ that “Night workers face constant risk on the roads.”\n\n"
        "On Tuesday, Lady Rowe attended Idris Lamb’s Portwick Fashion Week show in a gown lent to her by the designer.\n\n"
        "She has complaints related to Article 12 of the harbour contract, which says she gets no extra pay for night "
        "shifts.\n\n"
        "Mayor Elspeth Rowe praised the dockers on Monday, going on to say that the harbour budget would protect every job.\n\n"
        'Opposition leader Idris Lamb has already called the harbour vote "a trick to dodge the audit."'
    )
    given = {cue for pairs in cues.values() for cue, _ in pairs}
    assert not given & {"going on", "show", "has complaints related"}
    assert "writes" in {cue for cue, _ in cues["Ada Obi"]}
    assert any("protect every job" in text for _, text in cues["Elspeth Rowe"])  # "going on to say" says it
    assert any("a trick to dodge the audit" in text for _, text in cues["Idris Lamb"])  # naming a vote, not holding one



def test_results_posted_with_a_relative_clause_about_them_are_no_statement() -> None:
    said = said_by("Bank results\n\nThe Kestrel Group posted earnings that beat forecasts on Tuesday.\n\n"
                   "Chief executive Mirta Sorensen said the harbour loans had done well.")
    assert not any("beat forecasts" in t for texts in said.values() for t in texts)
    assert "the harbour loans had done well" in said["Mirta Sorensen"]


def test_a_fronted_as_frame_with_it_gives_the_clause_after_its_comma() -> None:
    said = said_by("Harbour software\n\nAs Varga explained it to me, Dock Ledger is designed to improve the accuracy of "
                   "cargo records by converting paper manifests into a format that is easier to search.")
    assert said["Varga"] == ["Dock Ledger is designed to improve the accuracy of cargo records by converting paper "
                             "manifests into a format that is easier to search"]
    summaries = summaries_by("Harbour software\n\nAs Varga explained it to me, Dock Ledger is designed to improve the "
                             "accuracy of cargo records.")
    assert summaries["Varga"] == ["explains Dock Ledger is designed to improve the accuracy of cargo records"]
    said = said_by("Harbour software\n\nAs Varga explained it to me, Dock Ledger is designed to improve the accuracy of "
                   "cargo records — both paper and digital — by converting manifests into a format that is easier to search.")
    assert said["Varga"] == ["Dock Ledger is designed to improve the accuracy of cargo records — both paper and digital — by "
                             "converting manifests into a format that is easier to search"]
