"""Statements that went under no actor (session 30, speakers11), on articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_the_driver_a_crash_report_named_by_the_vehicle_is_the_speaker() -> None:
    report = report_of(
        "Two cars collided on Mill Road on Friday night.\n\n"
        "A sedan driven by Orlan Pettibone, 27, was eastbound when the driver said he swerved to avoid a deer "
        "and hit a parked van. No injuries were reported."
    )
    assert holders(report, "swerved to avoid a deer") == ["Orlan Pettibone"]


def test_the_driver_with_no_one_said_to_have_driven_is_no_one() -> None:
    report = report_of(
        "Greta Solvang, the council's transport chief, said the junction would be redesigned.\n\n"
        "A bus crashed into a wall on Mill Road. The driver said the brakes had failed."
    )
    assert "Greta Solvang" not in holders(report, "brakes had failed")


def test_who_after_a_person_of_a_body_goes_back_to_the_person() -> None:
    report = report_of(
        "The copper deal was signed in Lusaka on Wednesday.\n\n"
        "\"Transparency is not optional,\" said Mweene Chanda of the Copperbelt Mining Watch Network, who added "
        "that earlier contracts had been kept secret for years."
    )
    assert holders(report, "kept secret for years") == ["Mweene Chanda"]


def test_the_boss_is_the_chief_executive_just_quoted() -> None:
    report = report_of(
        "Kestrel Vale Hospitals Trust said it was sorry for the delays.\n\n"
        "Its chief executive, Idris Penhallow, said lessons would be learned. "
        "The boss said staff had been under immense pressure all winter."
    )
    assert holders(report, "immense pressure") == ["Idris Penhallow"]


def test_the_lawyer_is_the_attorney_named_with_that_role() -> None:
    report = report_of(
        "A courier has denied stealing parcels from a depot in Leeds.\n\n"
        "Defence attorney Imogen Thackeray said her client would plead not guilty. "
        "The lawyer said the evidence against him was thin."
    )
    assert holders(report, "evidence against him was thin") == ["Imogen Thackeray"]


def test_a_pronoun_lead_in_after_a_relative_named_goes_back_to_them() -> None:
    report = report_of(
        "Edna Marchbank, 82, died at Kingsmill Hospital in January. Her son, Dai Marchbank, has called for an inquiry.\n\n"
        "He was angry. \"My mother was left on a trolley in a corridor like she did not matter.\""
    )
    assert holders(report, "left on a trolley") == ["Dai Marchbank"]


def test_a_pronoun_lead_in_inside_a_paragraph_goes_back_to_the_one_named() -> None:
    report = report_of(
        "The port closure was announced on Monday.\n\n"
        "Minister Adebayo Okonkwo-Bright visited the docks on Friday. He was unapologetic. "
        "\"I will not gamble with the lives of our workers.\""
    )
    assert holders(report, "gamble with the lives") == ["Adebayo Okonkwo-Bright"]


def test_an_interview_announced_as_edited_excerpts_is_the_interviewees() -> None:
    report = report_of(
        "Tamsin Oyelaran is the founder of the payments firm Larkpay. She spoke to Mint about funding and hiring. "
        "Edited excerpts:\n\n"
        "How difficult is the funding climate right now?\n\n"
        "It is the toughest I have seen in a decade.\n\n"
        "What about the new rules on digital lending?\n\n"
        "We welcome them, though the burden on small firms is heavy.\n\n"
        "Where will the next customers come from?\n\n"
        "From small towns. We are building for them first."
    )
    assert holders(report, "toughest I have seen") == ["Tamsin Oyelaran"]


def test_words_an_outlet_was_named_quoting_are_the_quoted_persons() -> None:
    report = report_of(
        "A fire gutted a ward of the Federal Medical Centre in Lokoja on Tuesday.\n\n"
        "The state chairman of the medical association, Dr Ojo Adekunle-Bassey, said the hospital lacked fire equipment. "
        "He was quoted by Punch as saying: \"This is a wake-up call for all our hospitals.\""
    )
    assert holders(report, "wake-up call") == ["Ojo Adekunle-Bassey"]


def test_a_bare_quotation_then_its_speaker_made_the_remarks() -> None:
    report = report_of(
        "The government plans to close the Apapa terminal next month.\n\n"
        "\"We will fight this with everything we have.\" Union leader Ngozi Ebirim-Hart made the remarks at a rally "
        "on Tuesday.\n\nThe terminal employs 10,000 people."
    )
    assert holders(report, "fight this with everything") == ["Ngozi Ebirim-Hart"]


def test_a_bare_quotation_then_how_its_speaker_put_it() -> None:
    report = report_of(
        "The government plans to close the Apapa terminal next month.\n\n"
        "\"We will fight this with everything we have.\" That is how union leader Ngozi Ebirim-Hart put it on Tuesday.\n\n"
        "The terminal employs 10,000 people."
    )
    assert holders(report, "fight this with everything") == ["Ngozi Ebirim-Hart"]


def test_an_aside_between_the_subject_and_the_cue_is_not_the_source() -> None:
    report = report_of(
        "India won the fourth Test in Ranchi by five wickets.\n\n"
        "Former opener Sunil Brahmbhatt, commentating on Star Sports, described the young keeper as "
        "\"the finest gloveman of his generation\"."
    )
    assert holders(report, "finest gloveman") == ["Sunil Brahmbhatt"]
