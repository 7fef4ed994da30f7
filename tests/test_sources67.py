"""Sources of news English that lost their statements (session 53, helper sources67), on articles written for these
tests: a broadcast's exchange printed with its speakers' names in capitals and nowhere else ("KATE ODUM: ... |
ODUM: ..."); a quotation after the circumstance of its saying ("said of the vote, “We ...”"); "according to X"
after an opener, before a clause whose subject holds a number ("On Monday, according to X, some 12,500 riders ...");
a speaker named by home town and state with no comma after the state ("Stacy Webb of Columbia, South Carolina
says"); a full name the tagger missed, its surname a common word, beside "Mr. Prince"."""

from __future__ import annotations

from written import holders, report_of, said_by

EXCHANGE = (
    "Port Elwin mayor defends the ferry timetable\n\n"
    "Exchange from the morning programme:\n\n"
    "The port's new timetable has drawn complaints from commuters on the island.\n\n"
    "KATE ODUM: Why not wait until the summer?\n\n"
    "PETER LAMBRECHT: The island has waited four years for a morning boat. The timetable starts in March, and "
    "the crews are already hired.\n\n"
    "ODUM: Commuters say the evening boats are too late for the schools.\n\n"
    "LAMBRECHT: The school boat will leave at half past three from the north pier. Parents will not have to "
    "wait any longer.\n\n"
    "Will the island get its boat? Tell us below."
)


def test_a_transcript_in_capitals_names_its_speakers_in_its_labels() -> None:
    report = report_of(EXCHANGE)
    assert holders(report, "waited four years for a morning boat") == ["Peter Lambrecht"]
    assert holders(report, "school boat will leave at half past three") == ["Peter Lambrecht"]


FARES = (
    "Harbor board splits over the ferry fares\n\n"
    "The harbor board voted on Monday to raise ferry fares for the first time in a decade.\n\n"
    "Board member Tomas Ruiz said of the vote, \u201cWe had no choice once the fuel bill doubled.\u201d\n\n"
    "Ruiz told reporters in Linford last week, \u201cThe riders will understand when they see the new boats.\u201d\n\n"
    "Ana Kessler wrote in her newsletter, \u201cThis board keeps asking the poorest riders to pay for its "
    "mistakes.\u201d\n\n"
    "Kessler said that if the fares rise, \u201cThe board will have to answer for the empty boats.\u201d\n\n"
    "Ruiz said the board had failed the riders, \u201cAnd they will remember it in November.\u201d"
)


def test_a_quotation_after_the_circumstance_of_its_saying_is_the_position() -> None:
    said = said_by(FARES)
    assert "\u201cWe had no choice once the fuel bill doubled.\u201d" in said["Tomas Ruiz"]
    assert "\u201cThe riders will understand when they see the new boats.\u201d" in said["Tomas Ruiz"]
    assert any(text.startswith("\u201cThis board keeps asking") for text in said["Ana Kessler"])
    assert any("if the fares rise" in text for text in said["Ana Kessler"])  # a condition is part of what is said
    assert any("had failed the riders" in text for text in said["Tomas Ruiz"])  # so is a clause


BUSES = (
    "City buses run late again\n\n"
    "The city's buses ran late on most routes last week, the transit board said on Friday.\n\n"
    "On Monday alone, according to Mayor Lena Strand, some 12,500 riders switched to the tram."
)


def test_according_to_after_an_opener_holds_a_clause_that_opens_with_a_number() -> None:
    assert holders(report_of(BUSES), "12,500 riders switched to the tram") == ["Lena Strand"]


BOND = (
    "Voters weigh the water bond\n\n"
    "Voters across the state will decide in November whether to borrow four billion dollars for reservoirs.\n\n"
    "Martha Quill of Dayton, Ohio says the bond is the only way to keep the farms in her county alive.\n\n"
    "Stacy Webb of Columbia, South Carolina says she thinks the bond can pass if the farmers keep campaigning."
)


def test_a_speaker_named_by_home_town_and_state_is_the_source() -> None:
    report = report_of(BOND)
    assert holders(report, "keep the farms in her county alive") == ["Martha Quill"]
    assert holders(report, "the bond can pass") == ["Stacy Webb"]


ROUTERS = (
    "Security firm warns of attack wave\n\n"
    "Small banks have been hit by a record wave of attacks this month, security firms said on Tuesday.\n\n"
    "Adrian Prince, chief executive of Northgate, a Denver company, said that the attacks came from a network of "
    "hijacked home routers in three countries.\n\n"
    '"We have never seen traffic like this aimed at lenders so small," Mr. Prince said.'
)


def test_a_full_name_whose_surname_is_a_common_word_is_the_person_of_its_courtesy_title() -> None:
    report = report_of(ROUTERS)
    assert holders(report, "hijacked home routers") == ["Adrian Prince"]
    assert holders(report, "never seen traffic like this") == ["Adrian Prince"]
