"""News written in formats other than a plain story (session 47 round 2, formats48), on articles written for
these tests: a county's name the tagger ran into its sheriff's ("said Harlan County Sheriff Dwayne Etheridge"),
a newsletter's greeting after an emoji ("👋 Hi there.") and a fact-check's verdict ("FACTS: False.") read as
bodies' names, which then took the statements of "the health agency" or "the governor's office"."""

from __future__ import annotations

from written import actors_of, report_of

_BRIDGE = (
    "Bridge collapse in Pellston: What we know and don't know\n\n"
    "One worker is dead and a county investigation is under way after a section of the Mill Creek bridge "
    "gave way on Thursday.\n\n"
    "What we know\n\n"
    "One of them was pulled from the water and died at Pellston General Hospital, said Harlan County Sheriff "
    "Dwayne Etheridge.\n\n"
    "Etheridge said the two other workers swam to the bank.\n\n"
    "Etheridge also said there is no sign of foul play."
)


def test_the_sheriff_is_named_without_the_county_and_its_seat() -> None:
    people = {a.name: a for a in actors_of(report_of(_BRIDGE)) if a.kind == "person"}
    assert "Dwayne Etheridge" in people
    assert people["Dwayne Etheridge"].role == "Harlan County Sheriff"
    assert not any("Sheriff" in name for name in people)


def test_a_club_and_its_manager_keep_the_manager_alone() -> None:
    text = (
        "Rovers held at home\n\n"
        "The draw was a fair result, said Wexley County Manager Paul Brennagh after the match on Saturday. "
        "Brennagh said his side had tired late on."
    )
    names = [a.name for a in actors_of(report_of(text)) if a.kind == "person"]
    assert "Paul Brennagh" in names


_NEWSLETTER = (
    "Tuesday's briefing: The harbour vote, a heat warning and a very late train\n\n"
    "The harbour vote goes ahead. A heat warning covers the valley. And how one train ran nine hours late. "
    "👋 Hi there. Priya Nandakumar here. Let's get into Tuesday's news!\n\n"
    "Heat warning for the valley\n"
    "Forecasters warned that temperatures could reach 38C on Wednesday. The health agency urged older "
    "people to stay indoors."
)


def test_a_greeting_after_an_emoji_is_no_body() -> None:
    names = [a.name for a in actors_of(report_of(_NEWSLETTER))]
    assert "Hi" not in names


_FACT_CHECK = (
    "Budget speech fact check: What the governor said, and what the numbers show\n\n"
    "Governor Lydia Carrow used her budget address on Tuesday to make the case for a second term.\n\n"
    "Classroom spending\n\n"
    "CLAIM: We have raised classroom spending every single year I have been in office.\n\n"
    "FACTS: False. Spending per pupil fell in 2023, according to the state education department.\n\n"
    "The governor's office said the figure counted a one-off building grant."
)


def test_a_fact_checks_verdict_is_no_body() -> None:
    actors = actors_of(report_of(_FACT_CHECK))
    assert not any(a.name == "False" for a in actors)


_RELEASE = (
    "Halvern Media Group to Acquire Brightfold Learning\n\n"
    "CHICAGO--(BUSINESS WIRE)--Sept. 9, 2024--Halvern Media Group announced today that it has agreed to acquire "
    "Brightfold Learning, an online tutoring service, in an all-cash deal valued at about $260 million.\n\n"
    '"Brightfold gives us a direct line to families who want help at home," said Arthur Penhaligon, chairman '
    "and chief executive of Halvern Media Group."
)


def test_two_lower_case_titles_joined_before_of_are_the_role() -> None:
    people = {a.name: a for a in actors_of(report_of(_RELEASE)) if a.kind == "person"}
    assert people["Arthur Penhaligon"].role == "chairman and chief executive of Halvern Media Group"


def test_a_calling_and_a_word_no_title_are_no_joined_office() -> None:
    text = (
        "Council backs mural\n\n"
        '"The wall belongs to the street," said Ada Brennick, a painter and activist from Dunmore, on Friday.'
    )
    people = {a.name: a for a in actors_of(report_of(text)) if a.kind == "person"}
    assert "of" not in people["Ada Brennick"].role


def test_a_live_pages_label_is_no_body() -> None:
    text = (
        "Breaking News LIVE March 4: Home minister rejects charge that police are used against critics\n\n"
        "Breaking News LIVE March 4: Union Home Minister Rajiv Chandran rejected on Sunday the charge that the "
        'police were being used against the government\'s critics. At a press conference in Pune, he said, "The '
        'police act on complaints."'
    )
    names = [a.name for a in actors_of(report_of(text))]
    assert "Rajiv Chandran" in names
    assert not any("Breaking" in name for name in names)
