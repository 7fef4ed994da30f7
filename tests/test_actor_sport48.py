"""Shapes of the sports press (match reports, press conferences, transfer news, club statements;
session 47, helper sport48), on articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of, summaries_by

_SIGNING = (
    "Done deal: Tane Wilder joins Ashgrove Forest on permanent contract\n\n"
    "Ashgrove Forest have completed the permanent signing of striker Tane Wilder from Kilbride United for a "
    "fee believed to be £14m, according to sources.\n\n"
    "After the deal was confirmed, Wilder spoke for the first time about the move.\n\n"
    "He said on the club website:\n\n"
    "\"I am grateful to be here and it is a wonderful feeling.\n\n"
    "\"Ashgrove is a huge club and the project is heading in the right direction.\"\n"
)


def test_a_colon_after_where_it_was_said_leaves_the_quotation_in_the_next_paragraph_as_the_words() -> None:
    """ "He said on the club website:" then the quotation in its own paragraph: the words are the quotation,
    not "on the club website: ...", and a paragraph that runs on into the next one is still a quotation."""
    lines = summaries_by(_SIGNING)["Tane Wilder"]
    assert "says “I am grateful to be here and it is a wonderful feeling”" in lines
    assert not any("club website" in line for line in lines)


def test_told_the_press_the_following_announces_the_quotation_after_it() -> None:
    text = (
        "Team bosses say drivers free to skip Rhaman Grand Prix\n\n"
        "Several teams have told their drivers they can choose not to race in the Rhaman Grand Prix if they "
        "feel unsafe after a fire at a nearby fuel depot.\n\n"
        "Corvane team principal Henrik Marek, told press the following:\n\n"
        "\"You cannot force someone to drive who does not want to drive.\n\n"
        "\"If a driver had concerns, we would listen and try to find an agreement.\"\n"
    )
    lines = summaries_by(text)["Henrik Marek"]
    assert "says “You cannot force someone to drive who does not want to drive”" in lines
    assert not any("the following" in line for line in lines)


_PRESS_CONFERENCE = (
    "FIA Team Principals press conference – Valdora\n\n"
    "TEAM REPRESENTATIVES: Henrik MAREK (Corvane), Lucia FERRANTE (Delmar Racing)\n\n"
    "Q: Henrik, can we start with you? One of your drivers reaches 300 starts this weekend. What makes him "
    "special?\n\n"
    "Henrik MAREK: I think you could ask many people in the paddock that question. He has worked with several "
    "teams. I wish I could give him a winning car on Sunday.\n\n"
    "Q: Lucia, your team has struggled with tyre wear. Is there a fix coming?\n\n"
    "Lucia FERRANTE: We have a new floor arriving in two races. We are not hiding from the problem.\n"
)


def test_a_transcripts_speaker_with_the_surname_in_capitals_is_one_whole_person() -> None:
    """ "Henrik MAREK: ..." as motor racing's transcripts write a speaker: the whole name, a person, holds
    the turn (not "Henrik", an organisation)."""
    report = report_of(_PRESS_CONFERENCE)
    assert holders(report, "paddock") == ["Henrik MAREK"]
    assert holders(report, "new floor") == ["Lucia FERRANTE"]
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds["Henrik MAREK"] == "person"
    assert kinds["Lucia FERRANTE"] == "person"


def test_a_short_form_in_capitals_after_a_name_is_not_read_as_a_surname() -> None:
    """ "Roth IRA", "Tata AIG": capitals of three or four letters after a word the census does not know as a
    given name stay a short form."""
    from brief.actors.name_endings import capital_surname

    assert not capital_surname(["Roth", "IRA"], 1)
    assert not capital_surname(["Velco", "AIG"], 1)
    assert capital_surname(["Henrik", "MAREK"], 1)
    assert capital_surname(["Lucia", "ROSS"], 1)


def test_a_club_that_takes_a_plural_verb_at_its_sentences_start_is_a_body_not_a_person() -> None:
    """ "Ashgrove Forest have completed the signing": British copy gives a club a plural verb, which no person
    takes; the club is an organisation, and "Ashgrove" alone in a quote is its short form."""
    kinds = {a.name: a.kind for a in actors_of(report_of(_SIGNING))}
    assert kinds["Ashgrove Forest"] == "organization"
    assert "Ashgrove" not in kinds


def test_a_team_named_before_its_players_position_is_a_body() -> None:
    text = (
        "QB injury roundup: latest on Dalton and Ruiz\n\n"
        "Harborough Hawks quarterback Reese Dalton took first-team reps in Saturday's walkthrough, sources say, "
        "and is expected to start Sunday against the Miners. Hawks head coach Glen Ostrow said on Friday that "
        "Dalton \"looked sharp,\" but the team wanted to see how he handled a full workload.\n\n"
        "Denton Stags quarterback Marco Ruiz will sit out Sunday's game with a dislocated thumb.\n"
    )
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Harborough Hawks", "organization") == "organization"
    assert kinds["Reese Dalton"] == "person"

