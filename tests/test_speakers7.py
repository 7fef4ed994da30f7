"""Positions an analyst would call wrong (session 28, speakers7): words put under the person a letter
addressed, a son's words under his father of the same given name, and a judgement quoted after a
naming verb put under the speaker before; on articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of, said_lines

from brief.actors.single_quotes import holds_single_quotation


def test_a_letter_quoted_in_single_marks_goes_on_with_the_letter_not_its_addressee() -> None:
    # the sentence before names the minister only as the one the letter warns; its quotation runs on
    report = report_of(
        "Bakers ask minister to save village shops\n\n"
        "More than 200 bakers have signed an open letter to Business Minister Clara Hughes.\n\n"
        "The letter warns Ms Hughes: 'If nothing changes this winter, half of our shops will shut.\n\n"
        "'We are asking for a fair energy price. We have kept our ovens on through two hard years.'\n\n"
        "The minister's office said the letter would be answered in due course."
    )
    assert holders(report, "fair energy price") == []


def test_a_single_mark_opening_quoted_words_is_a_quotation_not_an_apostrophe() -> None:
    assert holds_single_quotation("The letter warns Ms Hughes: 'If nothing changes, we shut.")
    assert holds_single_quotation("He called it 'a disgrace'.")
    assert not holds_single_quotation("Sales have not been this strong since the '90s.")
    assert not holds_single_quotation("The bakers' shops don't open on Sundays.")


def test_a_son_named_by_his_fathers_given_name_is_not_the_father() -> None:
    report = report_of(
        "Former governor held over land deal\n\n"
        "Former governor Marcus Oduya was detained in Lagos on Friday over a land deal.\n\n"
        "Police spokesman Bello Hassan said Oduya would appear in court next week. "
        "Oduya's son, Marcus, said the family would appoint \"the best lawyers in the country\"."
    )
    assert holders(report, "appoint") == ["Marcus"]


def test_a_relative_named_by_given_name_is_the_full_name_when_two_share_the_surname() -> None:
    # "Reed's mother, Alice" where the story also names Alice Reed in full: she is Alice Reed
    report = report_of(
        "Teenager wins national chess title\n\n"
        "Tom Reed, 15, won the national chess title in Leeds on Sunday.\n\n"
        "\"We are so proud of him and of how hard he has worked,\" said Reed's mother, Alice. "
        "Alice Reed said the family would travel to the world finals in Spain."
    )
    assert holders(report, "so proud of him") == ["Alice Reed"]


def test_a_judgement_after_termed_is_the_subjects_not_the_last_speakers() -> None:
    report = report_of(
        "Port project shelved\n\n"
        "NAIROBI: The county shelved the port project on Monday.\n\n"
        "Transport Secretary James Mwangi said the decision followed a review of the costs.\n\n"
        "Opposition leader Grace Atieno, however, termed the move \"a blow to thousands of families in the region\"."
    )
    assert holders(report, "a blow to thousands") == ["Grace Atieno"]


def test_the_family_of_someone_described_speaks_for_itself() -> None:
    # "the actor" goes back to the actor named before; "the family of the actor" is his family
    report = report_of(
        "Comedian dies at 79\n\n"
        "Veteran comedian Ray Dunmore has died at the age of 79.\n\n"
        "The family of the comedian said a private funeral would be held in Bristol next month."
    )
    assert holders(report, "private funeral") != ["Ray Dunmore"]


def test_whom_a_letter_warns_before_its_colon_is_not_its_speaker() -> None:
    report = report_of(
        "Teachers write to minister\n\n"
        "Head teachers from 300 schools have written to Education Minister Paul Rigby.\n\n"
        "Their letter warns Mr Rigby: \"Without more money for support staff, many of our pupils will fall behind.\""
    )
    assert holders(report, "support staff") != ["Paul Rigby"]


def test_someone_described_inside_anothers_words_does_not_speak_last() -> None:
    # the resident speaks only inside the mayor's account; "she said" after it is the mayor again
    report = report_of(
        "Mayor defends rent plan\n\n"
        "Mayor Helen Osei defended the city's rent plan on Thursday.\n\n"
        "Osei told local radio that a pensioner had said to her, \"I cannot pay more than I already do.\"\n\n"
        "\"We will keep listening to every renter in this city,\" she said."
    )
    assert holders(report, "keep listening to every renter") == ["Helen Osei"]


def test_whom_a_letter_was_sent_to_does_not_say_what_it_says() -> None:
    report = report_of(
        "Vets call for puppy import ban\n\n"
        "More than 300 vets have signed a letter calling for a ban on puppy imports.\n\n"
        "The letter, sent to Farming Minister Daniel Zeichner, says: \"Every week of delay means more sick puppies "
        "sold to families who cannot know what they are buying.\""
    )
    assert holders(report, "sick puppies") != ["Daniel Zeichner"]


def test_an_officer_named_after_a_body_in_an_inverted_frame_speaks() -> None:
    report = report_of(
        "Bus drivers to strike\n\n"
        "Bus drivers in Leeds will strike for five days next month over pay.\n\n"
        "\"Our members have been pushed too far this year,\" said Unite regional officer Amira Castell."
    )
    assert holders(report, "pushed too far") == ["Amira Castell"]


def test_a_group_that_issued_a_statement_is_named_by_the_people_not_the_statement() -> None:
    report = report_of(
        "Singer dies at 68\n\n"
        "Folk singer Dora Maddox has died at the age of 68.\n\n"
        "According to a statement from her family, the singer died peacefully at her home in Cork on Sunday."
    )
    assert not any("statement" in name for name in holders(report, "died peacefully"))


def test_residents_of_a_village_speak_for_themselves_not_for_the_village() -> None:
    report = report_of(
        "Quarry plan opposed\n\n"
        "Residents of Upper Selby have vowed to fight plans for a gravel quarry on the edge of the village."
    )
    assert holders(report, "gravel quarry") == ["residents"]  # the residents, as a group (session 42), not the village


def test_an_opening_participle_does_not_take_the_words_its_sentences_said_frames() -> None:
    report = report_of(
        "Harbour Foods names new chair\n\n"
        "Harbour Foods today announced the appointment of Nadia Brandt as chair of its board.\n\n"
        "Commenting on the appointment, Chief Executive Officer Owen Lacey said: \"Nadia brings thirty years "
        "of experience in food retail and will be a great asset to the board.\""
    )
    lines = [said_lines(actor) for actor in actors_of(report)]
    assert not any("Commenting" in line for line in lines)
    assert holders(report, "great asset to the board") == ["Owen Lacey"]


def test_a_quotation_after_someone_who_declined_to_comment_is_not_theirs() -> None:
    report = report_of(
        "Tenants' mould misery\n\n"
        "Tenant Grace Obi said the housing association had ignored her reports of mould for a year.\n\n"
        "The association's chief executive, Martin Hale, declined to comment.\n\n"
        "\"I have asked them again and again to fix it. My son has asthma now.\""
    )
    assert holders(report, "My son has asthma") != ["Martin Hale"]


def test_a_source_close_to_someone_is_not_them() -> None:
    report = report_of(
        "Star stays silent on memoir\n\n"
        "Actor Lena Marsh has not spoken publicly about her former husband's memoir.\n\n"
        "A source close to Marsh said she was \"deeply hurt\" by its claims. "
        "Allies of Health Minister Tom Varga insist he will stay in post."
    )
    assert holders(report, "deeply hurt") == []
    assert holders(report, "stay in post") == []


def test_whom_a_group_wrote_to_is_not_who_urges() -> None:
    report = report_of(
        "Farmers write to minister\n\n"
        "The growers' association wrote to Agriculture Minister Ruth Fenner urging her to scrap the import deal."
    )
    # the association urges, named by its members' possessive since session 40 (possessed_bodies); not the minister
    assert holders(report, "scrap the import deal") == ["Growers' Association"]
