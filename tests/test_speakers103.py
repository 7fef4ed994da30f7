"""Session 63 (speakers103): K3's described speakers and messages, on articles written for these tests: a
message used to say something ("The Prime Minister used her New Year message to say ...") is the user's saying,
not the possessive's before the message; a message used for a deed with the speaker's words quoted in it ("used
his own message to ... defeat Ms Vale's "clueless and weak" government") is a statement; "The admitted terrorist
said" is the one just named, or, in a lead that names no one before it, the one named next ("the rebels said" ...
The Revolutionary Armed Forces of Colombia); a roundup's "Piers Handling: The current co-director ... said" is the
label's person."""

from __future__ import annotations

from written import holders, report_of

_NEW_YEAR = (
    "Vale promises a year of reform\n\n"
    "Ada Vale promised \"deep and lasting reform\" from her government in 2009.\n\n"
    "The Prime Minister used her New Year message to say her top priority would be steering the country through "
    "a year of slow growth.\n\n"
    "Opposition leader Tom Brill used his own message to put his party on a war footing to defeat Ms Vale's "
    "\"clueless and weak\" government.\n"
)


def test_a_message_used_to_say_is_its_users_saying() -> None:
    assert holders(report_of(_NEW_YEAR), "her top priority would be steering") == ["Ada Vale"]


def test_words_quoted_in_a_message_used_for_a_deed_are_the_users() -> None:
    assert holders(report_of(_NEW_YEAR), "clueless and weak") == ["Tom Brill"]



_SENTENCED = (
    "Plotter sentenced\n\n"
    "\"I am not a monster,\" said Omar Zaid, who was 19 when he was caught in Oman.\n\n"
    "The admitted terrorist said he had been a naive teenager brainwashed into plotting to bomb embassies.\n\n"
    "But Judge Ann Cole sentenced Zaid to life in prison.\n"
)


def test_the_admitted_terrorist_is_the_one_just_named() -> None:
    assert holders(report_of(_SENTENCED), "naive teenager brainwashed") == ["Omar Zaid"]


def test_an_alleged_one_is_not_taken_for_the_one_just_named() -> None:
    report = report_of("Siege ends\n\nChief Ann Cole said the siege ended at noon.\n\n"
                       "The alleged gunman said he had acted alone.\n")
    assert holders(report, "acted alone") == []


_LEAD = (
    "Plotter sentenced\n\n"
    "The admitted terrorist said he had been a naive teenager brainwashed into plotting to bomb embassies. He "
    "called himself a changed man.\n\n"
    "But a federal judge sentenced Omar Zaid to life in prison.\n\n"
    "\"Actions speak louder than words,\" U.S. District Judge Ann Cole said.\n"
)


def test_a_lead_that_describes_its_speaker_before_naming_him_is_his() -> None:
    assert holders(report_of(_LEAD), "naive teenager brainwashed") == ["Omar Zaid"]


def test_the_rebels_in_a_lead_are_the_group_named_next() -> None:
    report = report_of("Hostage deal collapses\n\nA mission to free three hostages appeared to collapse on Monday.\n\n"
                       "\"It would put the lives of these people at grave risk,\" the rebels said in a letter sent to "
                       "President Hugo Chavez.\n\n"
                       "The Revolutionary Armed Forces of Colombia, or FARC, promised this month to free the three.\n")
    assert holders(report, "grave risk") == ["Revolutionary Armed Forces of Colombia"]


def test_a_description_is_not_one_named_later_with_a_role_of_his_own() -> None:
    report = report_of("Siege ends\n\nThe victim said she had been held for two days.\n\n"
                       "Police Chief Ann Cole said the siege ended at noon.\n")
    assert holders(report, "held for two days") == []


_TRIBUTES = (
    "Tributes pour in\n\n"
    "Friends remembered the late promoter Dan Cole on Sunday.\n\n"
    "Piers Handling: The current co-director of the Harbour film festival said this: \"The hat said it all. He "
    "was the festival.\"\n\n"
    "Late update: The promoter's daughter said Cole had raised money for the hospital for thirty years.\n"
)


def test_a_roundups_label_names_the_one_its_paragraph_describes() -> None:
    assert holders(report_of(_TRIBUTES), "The hat said it all") == ["Piers Handling"]


def test_a_label_shaped_as_no_name_is_no_speaker() -> None:
    assert holders(report_of(_TRIBUTES), "raised money for the hospital") == []


def test_a_description_goes_back_to_the_speaker_not_one_named_in_her_quotation() -> None:
    report = report_of("Comic leaves the house\n\n"
                       "Joan Halloway, 74, joined the house on Monday.\n\n"
                       "\"I gotta tell you who I picked,\" announced Halloway as the housemates sat on the sofas.\n\n"
                       "\"First one is Jeremy. The final one is Emilia Arata. You're too nice,\" she added.\n\n"
                       "The age-defying comedian then ended her stint with a fond farewell to the housemates: \"I wish "
                       "you all well. Just cross over.\"\n")
    assert holders(report, "I wish you all well") == ["Joan Halloway"]
