"""Who a description or a bare title refers to (session 49, helper refs52), on articles written for these tests:
a person's lawyers written in the plural, and a bare "counsel said"."""

from __future__ import annotations

from written import holders, report_of, said_by


def test_lawyers_for_a_titled_person_speak_for_her_and_make_no_body() -> None:
    text = (
        "Baker jailed for neglecting horses loses appeal\n\n"
        "Dorothy Kemble, 58, of Ashwell Lane, Brinford, was sentenced at Tolland Crown Court in March after admitting "
        "causing unnecessary suffering. "
        "Lawyers for Mrs Kemble had argued that she was caring for her sick husband and could not manage the animals. "
        "Lady Justice Orrin said the sentence was within the range open to the judge."
    )
    said = said_by(text)
    assert not any(name.startswith("Lawyers") for name in said)
    assert holders(report_of(text), "sick husband") == ["Dorothy Kemble"]


def test_lawyers_for_a_named_person_speak_for_him() -> None:
    text = (
        "Roofer loses appeal over fraud sentence\n\n"
        "Callum Reddish, 44, was jailed at Hartwell Crown Court last year for taking deposits for work he never did. "
        "Lawyers for Callum Reddish argued that the judge had given too little weight to his guilty plea. "
        "Lord Justice Penhale said the appeal had no merit."
    )
    assert holders(report_of(text), "guilty plea") == ["Callum Reddish"]


def test_a_body_of_lawyers_named_for_its_cause_stays_a_body() -> None:
    text = (
        "Rights group condemns ruling\n\n"
        "Lawyers for Open Courts said the ruling would keep families out of hearings. "
        "The ministry declined to comment."
    )
    assert "Lawyers for Open Courts" in said_by(text)


def test_bare_counsel_said_goes_to_the_barrister_named_by_letters_and_side() -> None:
    text = (
        "Fisherman who threatened harbour master is spared jail\n\n"
        "Ronan Doyle, 41, of Quay Street, Kilbrack, admitted harassment at Kilbrack District Court on Tuesday. "
        "Defending, Aoife Brennan BL said her client had written a letter of apology to the harbour master. "
        '"He accepts that what he did was wrong and he is ashamed of it," counsel said. '
        "Judge Martin Keogh said the messages had caused real fear."
    )
    assert holders(report_of(text), "ashamed of it") == ["Aoife Brennan"]


def test_prosecution_counsel_said_goes_to_the_prosecuting_barrister_not_the_last_named() -> None:
    text = (
        "Builder jailed for stealing copper from rail depot\n\n"
        "Declan Furey, 36, pleaded guilty at Ballycarra Circuit Court to theft and criminal damage. "
        "Sinead Walsh BL, prosecuting, told the court that the cable was taken over four nights in January. "
        "Defending, Conor Hegarty SC said his client had been in serious debt at the time. "
        '"The thefts caused weeks of delays for commuters," prosecution counsel said. '
        "Judge Nuala Breen said the thefts had put workers at risk."
    )
    assert holders(report_of(text), "weeks of delays") == ["Sinead Walsh"]


def test_bare_counsel_with_no_barrister_named_goes_to_no_one() -> None:
    text = (
        "Driver banned after crash on coast road\n\n"
        "Ronan Doyle, 41, admitted dangerous driving at Kilbrack District Court on Tuesday. "
        '"He has not driven since the crash," counsel said. '
        "Judge Martin Keogh banned him for three years."
    )
    assert holders(report_of(text), "not driven since") == []


def test_a_quote_framed_by_an_epithet_told_an_outlet_shows_the_two_quotes_not_the_frame() -> None:
    text = (
        "Tycoon mocks rival's airline as 'a flying shop'\n\n"
        'Shipping magnate Lars Halvorsen took a swipe at fellow billionaire Mirela Costa on Friday, calling her budget '
        'airline "a flying shop."\n\n'
        "The shipping tycoon also laughed off reports that Costa plans to buy a rival carrier.\n\n"
        '"She can\'t afford it. Nobody can afford it," the magnate told Channel 9. "It\'s an old fleet, so the buyer '
        'pays twice. I prefer boats."\n\n'
        "Costa did not respond to a request for comment."
    )
    said = said_by(text)["Lars Halvorsen"]
    fleet = [t for t in said if "old fleet" in t]
    assert fleet and not any("magnate" in t or "Channel 9" in t for t in fleet)
    assert any("afford it" in t for t in fleet)


def test_supporters_named_for_a_person_stay_a_body() -> None:
    text = (
        "Campaign group backs mayor\n\n"
        "Students for Halloran said the mayor had kept his promise on bus fares. "
        "Rival candidate Petra Wexley said the fares would rise again next year."
    )
    said = said_by(text)
    assert "Halloran" not in said
