"""Headlines that say what their speaker says (session 54, helper sources69), on articles written for these tests:
'Speaker: statement', 'Speaker to whom: statement' and a title-case 'Speaker Says statement' are the named
speaker's position when the body names them; a kicker ('The Latest:') or a name the body does not give is left
alone."""

from __future__ import annotations

from written import holders, report_of

COLON = (
    "Marta Kessling: Harbour Council ‘Failed Every Tenant on the Quay.’\n\n"
    "The tenants' association held its meeting in the old customs hall on Thursday night.\n\n"
    "Marta Kessling, who chairs the association, told the meeting that repairs had been promised for three years.\n\n"
    "The council has not answered the association's letters, the tenants said."
)


def test_a_name_and_a_colon_open_the_speakers_statement() -> None:
    report = report_of(COLON)
    assert holders(report, "Failed Every Tenant on the Quay") == ["Marta Kessling"]


ADDRESSED = (
    "Okafor to Dock Workers: The Port Will Not Close This Winter\n\n"
    "Harbour master Daniel Okafor spoke to about two hundred dock workers at the north gate on Monday.\n\n"
    "The workers had gathered after rumours that the port would shut for repairs in December.\n\n"
    "Okafor said the repairs would be done at night, one berth at a time."
)


def test_a_surname_and_whom_they_spoke_to_before_the_colon() -> None:
    report = report_of(ADDRESSED)
    assert holders(report, "The Port Will Not Close This Winter") == ["Daniel Okafor"]


SAYS = (
    "Ilse Brandauer Says The Ferry Fares Must Come Down As Commuters Meet\n\n"
    "Ilse Brandauer, the island's representative, spoke at a meeting of commuters in Port Elwin on Friday.\n\n"
    "The fares have risen three times in two years while the boats run late, commuters said.\n\n"
    "Brandauer has written to the transport minister about the timetable."
)


def test_a_title_case_says_headline_is_the_named_speakers_statement() -> None:
    report = report_of(SAYS)
    assert holders(report, "The Ferry Fares Must Come Down") == ["Ilse Brandauer"]


KICKER = (
    "The Latest: Storm Closes Three Bridges Over the Varne\n\n"
    "Three bridges over the Varne were closed on Sunday as the storm reached the coast.\n\n"
    "Engineer Rosa Lindqvist said the bridges would be inspected before they reopen."
)


def test_a_kicker_before_a_colon_is_no_speaker() -> None:
    report = report_of(KICKER)
    assert holders(report, "Storm Closes Three Bridges") == []


PROFILE = (
    "Marta Kessling: The Woman Who Held the Quay Together\n\n"
    "Marta Kessling has chaired the tenants' association of the quay for eleven years.\n\n"
    "She said on Thursday that she would step down in the spring."
)


def test_a_noun_phrase_after_the_colon_is_a_subtitle_not_a_statement() -> None:
    report = report_of(PROFILE)
    assert holders(report, "Held the Quay Together") == []


TOPIC = (
    "Harbour Board Chair On Okafor: ‘We Trust Him With the Port’\n\n"
    "The chair of the harbour board spoke on Tuesday about the harbour master, Daniel Okafor.\n\n"
    "Okafor has run the port for six years."
)


def test_the_name_after_a_title_case_preposition_is_the_topic_not_the_speaker() -> None:
    report = report_of(TOPIC)
    assert "Daniel Okafor" not in holders(report, "We Trust Him With the Port")


QUESTION = (
    "Marta Kessling: Tenants' Champion or Council Candidate in Waiting?\n\n"
    "Marta Kessling has chaired the tenants' association of the quay for eleven years.\n\n"
    "She said on Thursday that she had no plans to stand for the council."
)


def test_a_question_after_the_colon_is_the_pages_question_not_a_statement() -> None:
    report = report_of(QUESTION)
    assert holders(report, "Council Candidate in Waiting") == []


def test_what_happens_as_the_speaker_speaks_is_no_part_of_the_statement() -> None:
    report = report_of(SAYS)
    assert not holders(report, "As Commuters Meet")
