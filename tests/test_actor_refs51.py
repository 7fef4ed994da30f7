"""Reference shapes left open in session 48 and fixed by helper refs51, each on an article written for these
tests: a proxy that speaks for a list ("The lawyer for Whitlock and Oster said ...") speaks for each of them,
as a proxy for one gives that one the words; one who only knows the list ("a friend of") does not."""

from __future__ import annotations

from written import holders, report_of

_QUARRY = (
    "Two Ferrow councillors charged over quarry deal\n\n"
    "Two councillors in Ferrow have been charged with bribery over a quarry licence, prosecutors said on Monday.\n\n"
    "Councillors Dana Whitlock and Raymond Oster were bailed after a short hearing in Calder.\n\n"
    "A spokesman for Oster said he would fight the charge.\n\n"
    "The lawyer for Whitlock and Oster said both were innocent.\n\n"
    "A spokeswoman for Whitlock and Oster said the pair would resign."
)


def test_a_lawyer_for_two_speaks_for_both() -> None:
    assert sorted(holders(report_of(_QUARRY), "both were innocent")) == ["Dana Whitlock", "Raymond Oster"]


def test_a_spokeswoman_for_two_speaks_for_both() -> None:
    assert sorted(holders(report_of(_QUARRY), "the pair would resign")) == ["Dana Whitlock", "Raymond Oster"]


def test_a_proxy_for_one_still_speaks_for_that_one() -> None:
    assert holders(report_of(_QUARRY), "fight the charge") == ["Raymond Oster"]


def test_a_friend_of_two_speaks_for_neither() -> None:
    text = _QUARRY.replace("The lawyer for Whitlock and Oster", "A friend of Whitlock and Oster")
    assert "Dana Whitlock" not in holders(report_of(text), "both were innocent")


_WINTER = (
    "Health chief urges caution over winter virus\n\n"
    "Chief Medical Officer Dr Orla Brennock has warned that flu cases could double by Christmas.\n\n"
    "Dr Brennock said hospitals in the west were already under pressure and urged people to get vaccinated.\n\n"
    "The CMO told Health Minister Declan Tuohig that the next fortnight would be critical. "
    "She also warned that older people should avoid crowded indoor events."
)


def test_an_office_by_its_initials_is_the_holder_named_with_its_title_before() -> None:
    report = report_of(_WINTER)
    assert holders(report, "crowded indoor events") == ["Orla Brennock"]
    assert holders(report, "next fortnight would be critical") == ["Orla Brennock"]


_LETTER = (
    "Health chief urges caution over winter virus\n\n"
    "Flu cases could double by Christmas, health officials have warned.\n\n"
    "Hospitals in the west were already under pressure, according to a letter seen by this newspaper.\n\n"
    "The CMO told Declan Tuohig that the next fortnight would be critical. "
    "He also warned that older people should avoid crowded indoor events."
)


def test_the_one_an_office_tells_is_not_its_holder() -> None:
    """Tuohig is told; the CMO, named nowhere, keeps the words and the "He also warned"."""
    report = report_of(_LETTER)
    assert "Declan Tuohig" not in holders(report, "crowded indoor events")
    assert "Declan Tuohig" not in holders(report, "next fortnight would be critical")


_LIBRARY = (
    "Library hours cut in Brannock\n\n"
    "Opening hours at three branch libraries in Brannock will be cut from April, the county council said on Tuesday.\n\n"
    "\"We have had to make savings across every service,\" said library manager Colm Hastry.\n\n"
    "Readers say the evening closures will hit students hardest.\n\n"
    "The Upper Brannock TD said:\n\n"
    "\"I have written to the council to ask that the evening hours be kept until the exams are over.\""
)


def test_a_seat_before_its_title_is_no_person() -> None:
    """No TD is named: the seat "Upper Brannock" does not speak."""
    report = report_of(_LIBRARY)
    assert "Upper Brannock" not in holders(report, "evening hours be kept")


def test_a_seat_title_still_goes_to_the_one_named_with_it() -> None:
    text = _LIBRARY.replace("Readers say the evening closures will hit students hardest.",
                            "Local TD Maeve Dorran has raised the cuts in the Dáil.")
    assert holders(report_of(text), "evening hours be kept") == ["Maeve Dorran"]


_FESTIVAL = (
    "Singer Talia Vorne hits back at festival critics\n\n"
    "Pop star Talia Vorne has responded to criticism of her headline set at the Marsh Lane festival on Saturday.\n\n"
    "Fans complained that the show started almost an hour late and ended after just 40 minutes.\n\n"
    "The 'Paper Lanterns' hitmaker later posted: \"I gave everything I had on that stage and I am sorry it was "
    "not longer.\""
)


def test_a_hitmaker_described_by_her_song_is_the_singer_named_before() -> None:
    assert holders(report_of(_FESTIVAL), "gave everything I had") == ["Talia Vorne"]


_HARBOUR = (
    "Council leader delays vote on harbour sale\n\n"
    "The leader of Tallow Bay council has postponed a vote on the sale of the old harbour offices.\n\n"
    "Gordon Maclure took the step after councillor Ishbel Rennie submitted an amendment asking him to explain why "
    "the building had not been offered to community groups first.\n\n"
    "Mr Maclure said the vote would now take place in March."
)


def test_a_participle_inside_a_subordinate_clause_is_that_clauses_subjects() -> None:
    assert holders(report_of(_HARBOUR), "offered to community groups") == ["Ishbel Rennie"]


def test_a_participle_set_off_by_a_comma_stays_the_sentences_subjects() -> None:
    text = _HARBOUR.replace("submitted an amendment asking him to explain why",
                            "submitted an amendment, saying he wanted to know why")
    assert holders(report_of(text), "offered to community groups") == ["Gordon Maclure"]
