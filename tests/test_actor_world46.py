"""Shapes of the English-language press of South Asia, Africa and the Gulf (session 45), on articles written for
these tests: a participle of saying after "he said," ("adding that ..."), a style's noun taken alone ("His |
Highness stressed"), a seat's letters before a name ("MP Ruwan Dissanayake"), a dateline in mixed case and a
colon ("New Delhi: ..."), a title in the plural before two names ("Cabinet Secretaries X and Y"), an office
"of" a body before a name in one tagged span ("Speaker of Parliament X"), a Yoruba king's "Oba", and a long
police rank after a bracketed short form ("(CMP) spokesperson Additional Deputy Commissioner X")."""

from __future__ import annotations

from written import actors_of, report_of, summaries_by


def test_a_participle_after_he_said_gives_the_line_its_verb() -> None:
    text = (
        "Airline will buy new jets soon, says tourism minister\n\n"
        "BIRATNAGAR: Minister for Culture, Tourism and Civil Aviation, Hari Prasad Limbu, has said the national "
        "carrier would buy new aircraft soon.\n\n"
        "At a press meet organised by the Press Chautari Morang chapter here today, Minister Limbu argued that "
        "aircraft were essential for the prosperity of a landlocked country.\n\n"
        "A national tourism policy was being prepared, he said, adding that all airports would be made safe.\n\n"
        "He also opined that the country did not need so many airports."
    )
    lines = summaries_by(text)["Hari Prasad Limbu"]
    assert "adds all airports would be made safe" in lines
    assert not any(line.startswith("says adding") for line in lines)


def test_a_style_noun_taken_alone_is_its_holders_not_a_body() -> None:
    text = (
        "Crown Prince says national day is a time to reflect on achievements\n\n"
        "Dubai (WAM)\n\n"
        "His Highness Sheikh Khalid bin Saeed Al Falasi, Crown Prince of Fujairah and Chairman of the Executive "
        "Council, affirmed that the country had become a model of a state aware of its duty towards its friends.\n\n"
        "His Highness stressed that national day would always remain an occasion to reflect on the lessons of the "
        "country's development.\n\n"
        '"We opened our doors to every creative mind and every great ambition," His Highness said.\n\n'
        "Sheikh Khalid said the country would continue to share its development experience with other nations.\n\n"
        "He added that the government would launch a new programme for young entrepreneurs next year.\n\n"
        "Her Highness Sheikha Mariam bint Ahmed Al Falasi also congratulated the leadership on the occasion.\n\n"
        "- Emirates News Agency, WAM -"
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "Highness" not in actors
    texts = [p.text for p in actors["Khalid bin Saeed Al Falasi"].positions]
    assert any("national day would always remain" in t for t in texts)


def test_an_mp_title_before_a_name_is_no_body() -> None:
    text = (
        "Minister says opposition MP misled the House on fertiliser deal\n\n"
        "Minister Chaminda Weerasekara says MP Ruwan Dissanayake misled Parliament when he claimed a fertiliser "
        "contract had been awarded without a tender.\n\n"
        "Speaking during the adjournment debate, Minister Weerasekara challenged MP Dissanayake to table any "
        "document in support of the claim.\n\n"
        "JVP MP Nalin Herath said the government was hiding behind procedure.\n\n"
        '"These questions have been on the order paper for months. At this rate they will never be answered," '
        "the MP said."
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "MP" not in actors
    assert actors["Ruwan Dissanayake"].kind == "person"


def test_a_mixed_case_dateline_and_colon_is_no_part_of_what_was_said() -> None:
    text = (
        "No minister in the government is powerless, says Rajesh Tiwari\n\n"
        "New Delhi: No minister in the government is powerless and all of them believe in doing more and talking "
        "less, Home Minister Rajesh Tiwari said on Friday.\n\n"
        '"Nobody is powerless. Everyone is empowered," he said at a press conference here.\n\n'
        "The Home Minister said that good results could not be achieved with a weak administration."
    )
    lines = summaries_by(text)["Rajesh Tiwari"]
    assert any(line.startswith("says no minister in the government is powerless") for line in lines)
    assert not any("Delhi:" in line for line in lines)


def test_a_plural_title_before_two_names_is_no_part_of_the_first() -> None:
    text = (
        "Cabinet is united behind the President, say CSs\n\n"
        "Cabinet Secretaries Mercy Wanjiru (Trade) and Daniel Korir (Water) at Isinya yesterday. "
        "[Peter Mutua, Standard]\n\n"
        "Two Cabinet Secretaries have dismissed claims of division in the Cabinet, saying they have never been "
        "more united.\n\n"
        "Trade CS Mercy Wanjiru and her Water counterpart Daniel Korir said the reports were baseless.\n\n"
        '"I have been reading in the papers that the Cabinet is divided. Let me state that there is no division '
        'at all," said Wanjiru.'
    )
    names = {a.name for a in actors_of(report_of(text))}
    assert "Mercy Wanjiru" in names
    assert not any(n.startswith("Secretaries") for n in names)


def test_an_office_of_a_body_before_a_name_tagged_as_one_is_the_person() -> None:
    text = (
        "MPs fear eating at Parliament canteen after poisoning claims\n\n"
        "Several Members of Parliament have said they fear eating at the Parliament canteen following claims "
        "that a former deputy speaker was poisoned.\n\n"
        "However the Speaker of Parliament Rose Nankabirwa Atim assured members that they were safe.\n\n"
        '"In Parliament we are safe, there is no poison here. Let us wait for the report of the investigators."'
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert actors["Rose Nankabirwa Atim"].kind == "person"
    assert actors["Rose Nankabirwa Atim"].role == "Speaker of Parliament"


def test_oba_before_a_name_is_a_kings_courtesy() -> None:
    text = (
        "Chiefs condemn attack on market traders in Lagos\n\n"
        "Lagos State Police Command Spokesperson, Adaeze Okonkwo, said the police had taken over the security of "
        "the market until further notice.\n\n"
        "The Oba of Ikosi, Oba Kayode Adesanya, also condemned the attack and warned youths in the area to stay "
        "away from violence."
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert actors["Kayode Adesanya"].kind == "person"
    assert any("violence" in p.text for p in actors["Kayode Adesanya"].positions)


def test_a_long_police_rank_after_a_bracketed_short_form_is_the_source() -> None:
    text = (
        "Suspect held over killing of Chittagong blogger\n\n"
        "A suspect in the killing of a blogger in Chittagong last month has been detained in Cox's Bazar, said "
        "Chittagong Metropolitan Police (CMP) spokesperson Additional Deputy Commissioner Anisur Rahman Talukder.\n\n"
        "Police said the suspect belongs to a banned militant outfit.\n\n"
        '"Rakib has been hiding in the hills since the killing," Detective Branch Deputy Commissioner Shahidul '
        "Alam Bhuiyan.\n\n"
        "The blogger, Tanvir Hasan Rony, was hacked to death near his home in Halishahar on March 3."
    )
    texts = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert any("detained in Cox's Bazar" in t for t in texts.get("Anisur Rahman Talukder", []))
    assert not any("spokesperson" in t for ts in texts.values() for t in ts)


def test_a_ministry_named_for_foreign_affairs_keeps_its_first_word() -> None:
    text = (
        "Young: No issues with Barbados\n\n"
        'National Security Minister Marcus Ryan says he has "no issue" with the Barbados government.\n\n'
        'Barbados\'s Foreign Affairs Ministry responded that it was "deeply disturbed" by Ryan\'s statement.\n\n'
        "Naparima MP Rodney Ramdeen said the Opposition apologised to Barbados for Ryan's comment."
    )
    names = {a.name for a in actors_of(report_of(text))}
    assert "Affairs Ministry" not in names
    assert "Foreign Affairs Ministry" in names


def test_recently_after_the_cue_is_no_part_of_the_lines_verb() -> None:
    text = (
        "Government keeps infrastructure budget despite shift to skills\n\n"
        "Jakarta, Nov 14, 2023 (Antara) - The government will keep funding roads and ports next year, officials said.\n\n"
        "Funds for infrastructure in next year's state budget will reach Rp410 trillion, Finance Minister Ratna "
        "Wulandari stated recently.\n\n"
        "Allocation for health will reach Rp130 trillion, she outlined."
    )
    lines = summaries_by(text)["Ratna Wulandari"]
    assert any(line.startswith("states funds for infrastructure") for line in lines)


def test_a_quotation_closed_before_engr_and_a_surname_is_his() -> None:
    text = (
        "Law passed\n\n"
        "The Commissioner for Finance, Engr. Obiora Nwankwo, said the law would end multiple taxation in the state.\n\n"
        '"No trader will pay the same levy twice," Engr. Nwankwo said.'
    )
    texts = [p.text for p in {a.name: a for a in actors_of(report_of(text))}["Obiora Nwankwo"].positions]
    assert any("No trader will pay" in t for t in texts)


def test_averred_after_a_name_set_off_in_apposition_is_the_persons() -> None:
    text = (
        "Blackout costs billions\n\n"
        "Power was restored to the capital on Sunday evening after a fault on a transmission line.\n\n"
        "Speaking with newsmen in Bandung, the Governor of West Java, Ridwan Hakim, averred that the blackout had "
        "cost businesses billions of rupiah."
    )
    texts = [p.text for p in {a.name: a for a in actors_of(report_of(text))}["Ridwan Hakim"].positions]
    assert any("cost businesses billions" in t for t in texts)


def test_said_here_leaves_here_out_of_the_line() -> None:
    text = (
        "Power supply to capital to be restored within hours, says utility\n\n"
        "The company's spokesperson, Agung Nugroho, said here on Sunday that electricity to the capital would be "
        "restored within three hours.\n\n"
        '"We apologise for the inconvenience," Nugroho said.'
    )
    lines = summaries_by(text)["Agung Nugroho"]
    assert any(line.startswith("says electricity to the capital") for line in lines)


def test_an_office_named_before_its_holder_is_no_body() -> None:
    text = (
        "Oyo denies targeting traders from the north\n\n"
        "The Oyo State government on Sunday denied reports that it was targeting traders from the north.\n\n"
        "The government, in a statement issued yesterday by the Commissioner for Information and Orientation, "
        "Mr Tunde Fashola-Bello, affirmed its commitment to the safety of all residents.\n\n"
        "Fashola-Bello further said that Oyo remained a home for everyone with legitimate business.\n\n"
        '"It must be stressed that the checks were a routine security measure," the statement read.'
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "Commissioner for Information and Orientation" not in actors
    assert actors["Tunde Fashola-Bello"].role == "Commissioner for Information and Orientation"


def test_a_ministry_run_on_into_its_ministers_name_is_cut_before_her() -> None:
    text = (
        "Another 2,000 house lots for East Bank this year\n\n"
        "AN additional 2,000 house lots will be developed along the East Bank corridor this year, Minister within "
        "the Ministry of Housing and Water Shalini Ramdass said on Tuesday.\n\n"
        "She said this was in keeping with the government's promise to distribute 50,000 house lots by 2026."
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert actors["Shalini Ramdass"].kind == "person"
    assert any("2,000 house lots" in p.text for p in actors["Shalini Ramdass"].positions)
    assert not any(name.endswith("Shalini Ramdass") and name != "Shalini Ramdass" for name in actors)


def test_the_ag_is_the_attorney_general_a_person() -> None:
    text = (
        "Titles for all allottees, says AG\n\n"
        "Attorney General (AG) Devendra Lall reaffirmed the government's commitment to clearing land titles.\n\n"
        '"Every allottee will receive a title within six months," the AG said.'
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "AG" not in actors
    assert any("Every allottee" in p.text for p in actors["Devendra Lall"].positions)


def test_a_role_cut_to_the_state_an_office_serves_is_no_role() -> None:
    text = (
        "Federal Government to pay arrears of teachers' salaries\n\n"
        "The Minister of Finance, Mr Adewale Ogunbiyi, has said the Federal Government will pay the arrears owed to "
        "teachers in unity schools before the end of the month.\n\n"
        "The Commissioner for Education in Ondo State, Mrs Funmilayo Akinbode, said the state would also clear its "
        "own arrears."
    )
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Funmilayo Akinbode"] != "Ondo State"


def test_a_days_name_after_a_courtesy_is_the_persons_given_name() -> None:
    text = (
        "Party chairman speaks\n\n"
        "The allegation was made by Mr Sunday Ameh, the state chairman of the Labour Party.\n\n"
        "Ameh, however, insisted that the visit was political.\n\n"
        "Chief Monday Okonkwo said the party would go to court."
    )
    names = {a.name for a in actors_of(report_of(text))}
    assert {"Sunday Ameh", "Monday Okonkwo"} <= names


def test_a_police_post_named_for_its_district_is_one_person_and_no_surname() -> None:
    text = (
        "Robbers kill youth in Korangi\n\n"
        "KARACHI: A young man was shot dead by robbers in Korangi on Tuesday.\n\n"
        "According to SSP East, the suspects opened fire before fleeing on a motorcycle.\n\n"
        "SSP Korangi Asif Nawaz said both suspects had been arrested.\n\n"
        "DIG South said the police would submit a report to the court."
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "East" not in actors and "Korangi Asif Nawaz" not in actors
    assert any("opened fire" in p.text for p in actors["SSP East"].positions)
    assert any("had been arrested" in p.text for p in actors["Asif Nawaz"].positions)
    assert actors["DIG South"].kind == "person"
