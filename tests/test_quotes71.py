"""A quotation with no cue of its own goes on with the speaker of the sentence before: the one who reports
there, not someone whose words that speaker relays inside their own, and not someone whose words a speaker
named after them frames. On articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_quotation_after_relayed_words_goes_on_with_the_reporter() -> None:
    """"Ostrow said since Vance told him ... that the city would sell the ground, the estates chief had not
    confirmed whether she had yet done so. | “...”": Vance's words stand inside Ostrow's; the quotation after
    is Ostrow's, though the words before "the estates chief had not confirmed" were read as what she said (a
    cue that takes its own "whether" clause frames nothing before it)."""
    ground = (
        "Football ground row goes on\n\n"
        "Club chairman Peter Ostrow has asked the city to step in over the future of the old ground.\n\n"
        "City estates chief Karen Vance said last month that she wanted the land back by the end of the season.\n\n"
        "Ostrow said since Vance told him a “few weeks ago” that the city would sell the ground, the estates "
        "chief had not confirmed whether she had yet done so.\n\n"
        "“We have played here for ninety years. We are not going to walk away because of one letter.”\n\n"
        "The next home match is on Saturday."
    )
    assert holders(report_of(ground), "played here for ninety years") == ["Peter Ostrow"]


def test_a_speaker_named_after_a_quotation_keeps_the_quotation_after() -> None:
    """"Her old friends have mocked the budget, calling the scheme “a muddy folly,” Brannigan said as she ... |
    “But it is our folly ...”": Brannigan frames the whole sentence, the friends' words too, though the
    friends' words as read run on over her cue."""
    canal = (
        "Canal scheme wins a grant\n\n"
        "The plan to reopen the old canal through Lowfield has won a grant of two million pounds.\n\n"
        "Councillor Moira Brannigan, who has led the campaign, said the money would pay for the first locks.\n\n"
        "Her old friends have mocked the council’s canal-heavy budget, calling the scheme “a muddy folly,” "
        "Brannigan said as she turned around and opened the lock gates.\n\n"
        "“But it is our folly, and the town will love it!”\n\n"
        "Work starts in the spring."
    )
    assert holders(report_of(canal), "our folly, and the town") == ["Moira Brannigan"]


def test_a_spokesmans_he_added_stays_with_the_principal_after_naming_another() -> None:
    """"Mayor Ruth Calder's spokesman said the mayor had asked Tom Bryce ... | “...,” he added": the spokesman
    speaks for Calder throughout; "the mayor had asked" inside his words is Calder's too, and the "he" who
    adds is the spokesman again, not Bryce, the man his words name."""
    harbour = (
        "Harbour wall vote delayed\n\n"
        "The town council has put off its vote on the new harbour wall until March.\n\n"
        "Mayor Ruth Calder's spokesman said the mayor had asked Tom Bryce, the harbour master, to draw up new "
        "plans.\n\n"
        "“We believe the judge got this wrong and we will say so in court,” he added.\n\n"
        "The wall was due to be finished next year."
    )
    assert holders(report_of(harbour), "say so in court") == ["Ruth Calder"]


def test_a_spokesman_for_a_titled_principal_speaks_for_them() -> None:
    """"A spokeswoman for Councillor Dan Holt said the councillor had asked Fay Moss ... | She added ...":
    the voice speaks for Holt (a title between "for" and the name), and "she" is that voice again."""
    depot = (
        "Bus depot plan shelved\n\n"
        "Plans for a new bus depot on the edge of Arnley have been shelved.\n\n"
        "A spokeswoman for Councillor Dan Holt said the councillor had asked Fay Moss, the planning officer, "
        "to look again at the site. She added that residents would be consulted before any new plan.\n\n"
        "The depot was meant to open in 2026."
    )
    assert holders(report_of(depot), "residents would be consulted") == ["Dan Holt"]
