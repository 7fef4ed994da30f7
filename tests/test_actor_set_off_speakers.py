"""A speaker set off from the cue by a body's short form in brackets, an aside that sets where they spoke, or a
relative clause closed by a name in apposition (session 43, quotes48), on articles written for these tests."""

from __future__ import annotations

from written import actor_named, holders, report_of, said_by

from brief.actors.country_bodies import with_country_bodies


def test_a_body_with_its_short_form_and_a_which_clause_holds_what_it_said() -> None:
    text = (
        "More families to get help with childcare\n\n"
        "The scheme will reach another 12,000 homes next year, the ministry said on Friday. "
        "The Office for Early Learning (OEL), which runs the programme, said in a statement that it had "
        "received more than 18,000 applications since April."
    )
    said = said_by(text)
    assert said["Office for Early Learning"] == ["that it had received more than 18,000 applications since April"]


def test_a_speaker_whose_aside_names_the_court_is_not_the_court() -> None:
    text = (
        "Bookkeeper jailed for taking savings of elderly clients\n\n"
        "A bookkeeper who took £60,000 from elderly clients was jailed for three years at Carlow Crown Court. "
        "The son of one client, in a statement read to the court, said his father had never trusted anyone again."
    )
    assert holders(report_of(text), "his father had never trusted anyone again") == []


def test_a_relative_clause_closed_by_an_apposed_name_leaves_the_speaker_before_it() -> None:
    text = (
        "Wage talks end without a deal\n\n"
        "Talks between the government and the unions ended without agreement on Wednesday. "
        "The Minister of Labour, Dr. Amina Yusuf, defended the offer. "
        'Yusuf, who spoke through her media adviser, Mr. Tunde Bakare, said, "We cannot fix a figure the states '
        'cannot pay."'
    )
    report = report_of(text)
    assert holders(report, "We cannot fix a figure the states cannot pay") == ["Amina Yusuf"]


def test_a_title_before_a_body_and_its_bracketed_short_form_is_the_apposed_persons_role() -> None:
    text = (
        "Unions threaten strike over wage offer\n\n"
        "The unions rejected the offer on Tuesday. "
        "The President of the Kano Traders Congress (KTC), Musa Danladi, said traders would close their shops."
    )
    assert actor_named(report_of(text), "Musa Danladi").role == "President of the Kano Traders Congress"


def test_a_person_after_a_body_and_its_title_holds_a_noun_cue_not_the_body() -> None:
    text = (
        "Blackmoor Rovers 2 Bexley 1: Mensah double lifts Rovers\n\n"
        "Two goals from Kofi Mensah sent Blackmoor Rovers to the top of the table as they came from behind to beat "
        "Bexley.\n\n"
        "Rovers boss Ian Kerr was full of praise for his striker. "
        '"Kofi has been brilliant for us all season," he said.'
    )
    report = report_of(text)
    assert holders(report, "his striker") == ["Ian Kerr"]


def test_a_private_persons_standing_after_their_quote_is_the_person_just_named() -> None:
    text = (
        "Home care scheme to be widened\n\n"
        "More older people will be cared for at home under a scheme widened on Monday. "
        "Ms Ong Pei Shan, 51, said the visits had let her keep working. "
        '"Without them, I would have had to give up my job," said the accountant.'
    )
    assert holders(report_of(text), "I would have had to give up my job") == ["Ong Pei Shan"]


def test_a_quotation_of_several_sentences_named_after_as_how_someone_describes_it_is_theirs_whole() -> None:
    text = (
        "Families demand answers over water warning\n\n"
        '"Nobody rang us. Nobody sent a letter. We heard about it from a neighbour a week later."\n\n'
        "That is how Ōhaupō father Tane Whaanga describes learning that his family's water was unsafe. "
        "The district council has since apologised."
    )
    said = said_by(text)
    assert "Nobody rang us. Nobody sent a letter." in " ".join(said["Tane Whaanga"])


def test_a_post_on_x_ends_its_sentence_and_the_next_speaker_is_named_after_it() -> None:
    text = (
        "Think tank gives first verdict on Budget\n\n"
        "The Chancellor set out her Budget on Wednesday afternoon. "
        "The Centre for Public Money has posted a first reaction on X. "
        'Director Alan Brierley wrote: "The headline measures look broadly neutral. More to follow."'
    )
    report = report_of(text)
    assert holders(report, "The headline measures look broadly neutral") == ["Alan Brierley"]


def test_he_says_goes_on_with_the_person_a_fronted_clause_named_before_the_sentences_own_he() -> None:
    text = (
        "The trust wants to sell the old boathouse\n\n"
        "The trust wants to sell. Its chairman, Rupert Vellacott, told me the charity could no longer pay for it. "
        '"We owe him a great deal, but the money has to come from somewhere," Vellacott said.\n\n'
        "When I put this to Edwin Trelawny, he is silent for a while.\n\n"
        '"Rupert is a fair man," he says at last. "I would just like to know where I am meant to go."'
    )
    assert holders(report_of(text), "I would just like to know where I am meant to go") == ["Edwin Trelawny"]


def test_a_description_and_a_name_set_off_after_a_rarer_inverted_cue_is_the_named_speaker() -> None:
    text = (
        "Mayoral rivals clash over transport\n\n"
        "The two candidates for mayor of Dunmere clashed on Thursday night. "
        '"Six new bus routes," Mayor Colin Ashdown said.\n\n'
        '"And how many of them run after eight at night?" shot back his Green challenger, Meera Joshi. '
        '"Not one."'
    )
    assert holders(report_of(text), "how many of them run after eight at night") == ["Meera Joshi"]


def test_a_manner_verb_between_a_quotation_and_a_described_speaker_is_the_cue() -> None:
    text = (
        "Regulars fear for village pub\n\n"
        "The landlord of the Wheatsheaf says he may close after his rent was doubled. "
        '"It is a scandal," fumed regular Harold Pinnock, 81. "This pub is the heart of the village."'
    )
    assert holders(report_of(text), "It is a scandal") == ["Harold Pinnock"]


def test_single_quotes_either_side_of_a_frame_with_whom_it_was_told_join_without_the_paper() -> None:
    text = (
        "Parents angry at cost of new blazer\n\n"
        "Parents at Hollins Park School say a new uniform will cost them up to £90.\n\n"
        "Mother-of-two Dawn Pickering started a petition last week.\n\n"
        "'I have nothing against uniform,' Pickering told the Derby Echo. 'But a blazer they will outgrow in a year?'"
    )
    said = said_by(text)
    assert said["Dawn Pickering"] == ["'I have nothing against uniform … But a blazer they will outgrow in a year?'"]


def test_a_pub_chain_apposed_to_a_rival_is_a_body_that_a_spokesman_for_the_company_speaks_for() -> None:
    text = (
        "Pub tenants face steep rent rises\n\n"
        "The brewery, Greystone Inns, owns 280 pubs across the Midlands. "
        "Greystone's rival, Millford Taverns, said it had frozen rents for the year. "
        '"Our tenants have had a hard few years," said a spokesman for the company.'
    )
    assert holders(report_of(text), "Our tenants have had a hard few years") == ["Millford Taverns"]


def test_a_national_body_after_the_sentences_article_speaks_not_the_country() -> None:
    text = (
        "Island ferry cancelled for a third week\n\n"
        "The only sailing to Inchmore has been cancelled again. "
        "A Transport Scotland spokesman said the minister would reply in due course."
    )
    assert holders(report_of(text), "the minister would reply in due course") == ["Transport Scotland"]


def test_a_trade_body_named_by_a_country_and_its_trade_is_whose_chief_its_speaker_is() -> None:
    text = (
        "Banks attack new levy\n\n"
        "The Chancellor announced a new levy on bank profits on Wednesday. "
        "UK Lending, which represents the banks, is unhappy. "
        "In a statement, its chief executive, Mara Quilliam, said the levy sent the wrong message."
    )
    assert actor_named(report_of(text), "Mara Quilliam").role == "UK Lending's chief executive"


def test_a_canadian_councillors_abbreviated_title_is_a_title_not_a_body() -> None:
    text = (
        "Moncton council backs bus plan\n\n"
        "Moncton city council voted 7-4 on Tuesday to expand its bus service.\n\n"
        '"We have to move people differently," Coun. Yasmin Farouk said.\n\n'
        "Coun. Derek LeBlanc, who voted against the plan, said the cost would climb."
    )
    report = report_of(text)
    assert holders(report, "We have to move people differently") == ["Yasmin Farouk"]
    assert actor_named(report, "Derek LeBlanc").role == "Coun."
    assert not [a for a in report.stories[0].actors if a.name == "Coun"]


def test_for_a_description_and_a_name_set_off_after_it_the_answer_after_the_colon_is_theirs() -> None:
    text = (
        "Software firm sticks with four-day week\n\n"
        "The founder of Pennywise Labs moved all 90 staff to a four-day week last year. "
        'For Pennywise\'s head of design, Tomas Halvorsen, the answer is simple: "My team does more in four days '
        'than it used to in five."'
    )
    assert holders(report_of(text), "My team does more in four days") == ["Tomas Halvorsen"]


def test_two_turns_labelled_q_and_a_are_the_answers_of_the_person_the_introduction_names() -> None:
    text = (
        "Smart glasses raise privacy questions\n\n"
        "Vantix showed off its first smart glasses on Tuesday.\n\n"
        "Privacy advocates are not convinced. Omar Lindqvist, of the Open Rights Forum, said the glasses went too "
        'far. "The person you look at never agreed to be identified," Lindqvist said.\n\n'
        "I put that to Vantix's head of hardware, Ingrid Solberg, in a short interview after the keynote.\n\n"
        "Q: Can someone who is not in my contacts opt out of being recognised?\n\n"
        "A: If you are not in the wearer's contacts, the glasses do not recognise you. There is no database.\n\n"
        "Q: What about a future update that changes that?\n\n"
        "A: I cannot speak to every future product. We built this with privacy as a principle.\n\n"
        "The glasses go on sale in March."
    )
    assert holders(report_of(text), "I cannot speak to every future product") == ["Ingrid Solberg"]


def test_a_bodys_possessive_officer_after_an_opening_phrase_says_the_quotation_after_the_colon() -> None:
    text = (
        "Budget: reaction as it happened\n\n"
        "The Chancellor froze fuel duty for another year on Wednesday.\n\n"
        "Over on Facebook, the AA's spokesman Colin Threlkeld has welcomed the freeze: "
        '"Drivers will breathe a sigh of relief tonight."'
    )
    assert holders(report_of(text), "Drivers will breathe a sigh of relief tonight") == ["Colin Threlkeld"]


def test_a_quotation_announced_by_a_possessive_question_is_the_previous_subjects() -> None:
    text = (
        "Four-day week trials spread\n\n"
        "More firms are trying a four-day week. "
        "Labour economist Dr. Pieter Vandermolen of Utrecht University has studied trials across Europe. "
        'His verdict? "The evidence is encouraging, but most trials are small and self-selected."'
    )
    assert holders(report_of(text), "The evidence is encouraging") == ["Pieter Vandermolen"]



def test_a_country_inside_a_longer_name_and_the_word_after_it_are_no_trade_body() -> None:
    inside = "the Special Inspector General for Afghanistan Reconstruction ( SIGAR ) said".split()
    assert with_country_bodies(inside, [(5, 6, "LOC")]) == [(5, 6, "LOC")]
    alone = "UK Finance , which represents the banks , said".split()
    assert with_country_bodies(alone, [(0, 1, "LOC")]) == [(0, 2, "ORG")]
