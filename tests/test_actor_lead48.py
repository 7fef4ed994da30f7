"""Shapes read by the lead in session 43, on articles written for these tests: a speaker's titles listed
with commas between a quotation and the name ("“...,” chairman, CEO and president X said"): the list is
the speaker's role, not the end of what was said; what a speaker said in a fronted concessive clause ends
where the main clause begins ("While X says Y, | Z's decision calls into question ..."); bonds named by
their issuer ("Treasuries fell") are no actor and leave the Treasury its own words; a treaty's or a ruling
instrument's name ("the Kyoto Protocol", "an Emergency Use Authorization or EUA") is no body; names and
roles as other countries' news writes them: an accented given name opening a sentence ("José Luis ..."),
initials taking two letters of a name's first word ("LASBCA"), the office of a body described in lower
case ("The chairman of the traders' association, Alhaji X,"), a body's initials between its name and the
holder's ("... Agency (BPBD), X,"), and others before a title ("officials of former President X"); a city
of the world list named where people live ("the people of Karachi", "Karachi neighbourhoods") stays a place
beside a body named for it; a hyphened party name and a lawyer's "Atty." in a role; "the president" is a
person's title, no body's last word; initials written as a word ("Nepra") are the body they spell; a tax's
initials ("the GST") are no body; a surname spelt as a pronoun ("Ms He Ting Ru") opens its name; a field in
lower case after "for" ends a title ("committee member for water and sanitation X"); a title set off before
a name is kept whole ("Brannigan's barrister, Nicola Reed,"), though "barrister" is also a form of address; a
South Asian dateline ("BENGALURU: ") is no part of what was said; a double portfolio ("Law and Justice
Minister"); a body written with a slash in a role after the name ("the CDU/CSU parliamentary group"); the
company a sentence-case headline opens on, which the text only describes ("Velkor recalls ..." over "The
carmaker is recalling ... The company said"), and a product's model ("Model Y") no body "the company" means."""

from __future__ import annotations

from written import actor_named, actors_of, report_of, said_by


def test_titles_listed_after_a_quotation_are_the_speakers() -> None:
    text = (
        "Toolmaker misses forecast\n\n"
        "Harlan Tools said on Tuesday that sales rose 2 percent in the quarter.\n\n"
        "“Our results reflected broad growth, yet sales were below our expectations,” chairman, CEO and "
        "president Dana Whitlock said in the earnings release."
    )
    report = report_of(text)
    said = said_by(text)
    assert said["Dana Whitlock"] == ["“Our results reflected broad growth, yet sales were below our expectations,”"]
    assert actor_named(report, "Dana Whitlock").role == "chairman, CEO and president"


def test_titles_listed_before_a_name_make_one_role() -> None:
    text = (
        "Toolmaker keeps investing\n\n"
        "Chairman, chief executive and president Dana Whitlock said the firm would keep investing. "
        "The Chairman, Ray Olsen, said nothing."
    )
    assert actor_named(report_of(text), "Dana Whitlock").role == "Chairman, chief executive and president"


def test_a_fronted_concessive_clause_ends_what_was_said() -> None:
    text = (
        "Budget row in the capital\n\n"
        "While Governor Tim Rhee says the budget is balanced, the state's debt to its pension fund has grown. "
        "While Senator Bill Hale has argued that the levy is unfair, most economists support it. "
        "Although Mayor Ana Ruiz said the plan, drafted in May, works well, the council rejected it. "
        "While Treasurer Joan Pike says rents, fees and fines rose sharply, the deficit has grown."
    )
    said = said_by(text)
    assert said["Tim Rhee"] == ["the budget is balanced"]
    assert said["Bill Hale"] == ["that the levy is unfair"]
    assert said["Ana Ruiz"] == ["the plan, drafted in May, works well"]  # ", works well": no subject, still hers
    assert said["Joan Pike"] == ["rents, fees and fines rose sharply"]  # a list, not the main clause


def test_bonds_named_by_their_issuer_are_no_actor() -> None:
    text = (
        "Stocks climb as bonds slip\n\n"
        "U.S. stocks rose on Tuesday. Treasuries fell with European debt, and Bunds slipped as well. Property "
        "shares tend to rise when Treasuries gain and yields fall.\n\n"
        "The Treasury said it would sell $40 billion of notes next week."
    )
    said = said_by(text)
    assert "Treasuries" not in said and "Bunds" not in said, said
    assert said["Treasury"] == ["it would sell $40 billion of notes next week"]


def test_treaties_and_authorizations_are_no_bodies() -> None:
    text = (
        "Drug cleared for emergency use\n\n"
        "The Food and Drug Administration said on Monday that it had issued an Emergency Use Authorization or EUA "
        "for the drug. The Rural Health Alliance said the drug must reach clinics.\n\n"
        "Under the EUA, doctors may prescribe it to adults. The EUA can be revoked at any time. The Kyoto "
        "Protocol binds its signatories, and the Kyoto Protocol was signed in 1997."
    )
    names = {a.name for a in actors_of(report_of(text))}
    assert names == {"Food and Drug Administration", "Rural Health Alliance"}, names


def test_an_accented_given_name_opening_a_sentence_is_kept() -> None:
    text = (
        "Rent cap\n\n"
        "José Luis Arrieta, the mayor of Alcorcón, said the town had not been consulted. "
        "Arrieta said he would write to the ministry."
    )
    report = report_of(text)
    assert actor_named(report, "José Luis Arrieta").role == "mayor of Alcorcón"
    assert "Luis Arrieta" not in {a.name for a in actors_of(report)}


def test_initials_with_two_letters_of_the_first_word_are_the_body() -> None:
    text = (
        "Market stalls pulled down\n\n"
        "The Kaduna State Urban Planning Agency (KASUPA) said the stalls had been marked for removal in March. "
        "KASUPA said the traders had been warned twice."
    )
    said = said_by(text)
    assert sorted(said["Kaduna State Urban Planning Agency"]) == [
        "the stalls had been marked for removal in March", "the traders had been warned twice"]
    assert "KASUPA" not in said


def test_offices_of_bodies_described_or_set_off_by_initials() -> None:
    text = (
        "Market stalls pulled down\n\n"
        "The chairman of the market traders association, Alhaji Musa Bello, said 600 stalls had been destroyed. "
        "The head of the Disaster Management Agency (BPBD), Rina Adji, said rainfall was heavy. "
        "The case is one of several involving officials of former President Kim Dae-ho. Kim said he was innocent."
    )
    report = report_of(text)
    assert actor_named(report, "Musa Bello").role == "chairman of the market traders association"
    assert actor_named(report, "Rina Adji").role == "head of the Disaster Management Agency"
    assert actor_named(report, "Kim Dae-ho").role == "former President"


def test_a_city_where_people_live_stays_a_place_beside_a_body_named_for_it() -> None:
    text = (
        "Power cuts spark protests\n\n"
        "Residents of several Karachi neighbourhoods blocked roads on Friday to protest against power cuts. "
        "Jamaat-e-Islami Karachi chief Hafiz Rehman told reporters that the party would stage a sit-in. "
        "\"The people of Karachi are being punished,\" he said. The National Electric Power Regulatory "
        "Authority (Nepra) has scheduled a hearing. Nepra said it would hear complaints on Monday."
    )
    report = report_of(text)
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds.get("Karachi") in (None, "place"), kinds
    assert actor_named(report, "Hafiz Rehman").role == "Jamaat-e-Islami Karachi chief"
    assert said_by(text)["National Electric Power Regulatory Authority"] == ["it would hear complaints on Monday"]


def test_a_lawyers_address_and_a_presidents_title_are_read_as_a_persons() -> None:
    text = (
        "Vice president skips hearing\n\n"
        "Lawmakers questioned spending by the Office of the Vice President on Tuesday. Her spokesperson, Atty. "
        "Ramon Vela, said all questions had been answered in writing. Senator Lina Cruz, the president's sister, "
        "said the hearings had become a witch hunt. The Office of the Vice President said it would comply."
    )
    report = report_of(text)
    assert actor_named(report, "Ramon Vela").role == "spokesperson"
    assert "the president" not in actor_named(report, "Office of the Vice President").aliases


def test_a_tax_is_no_body_and_a_surname_spelt_he_opens_the_name() -> None:
    text = (
        "Housing grants\n\n"
        "The finance minister ruled out raising the GST on Monday. Ms He Mei Lin, MP for Tampines, said buyers "
        "faced long waits for flats. Ms He said the grants had not kept pace with wages."
    )
    report = report_of(text)
    names = {a.name for a in actors_of(report)}
    assert "GST" not in names and "Mei Lin" not in names and "He" not in names, names
    assert actor_named(report, "He Mei Lin").role == "MP for Tampines"
    assert sorted(said_by(text)["He Mei Lin"]) == ["buyers faced long waits for flats",
                                                    "the grants had not kept pace with wages"]


def test_a_lower_case_field_after_for_ends_the_title() -> None:
    text = (
        "Water tariffs to rise\n\n"
        "The city will raise water tariffs by 7.5% from July, mayoral committee member for water and sanitation "
        "Thabo Mokoena said on Tuesday. Mokoena said the rise would pay for new pipes."
    )
    assert actor_named(report_of(text), "Thabo Mokoena").role == "mayoral committee member for water and sanitation"


def test_a_title_set_off_before_the_name_is_no_form_of_address() -> None:
    text = (
        "Man jailed over stabbing\n\n"
        "Kyle Bramley, 24, admitted wounding with intent. Bramley's barrister, Nicola Reedman, said her client had "
        "shown genuine remorse."
    )
    assert actor_named(report_of(text), "Nicola Reedman").role == "Bramley's barrister"


def test_a_colon_dateline_a_double_portfolio_and_a_slashed_body() -> None:
    text = (
        "Cabinet approves survey report\n\n"
        "MYSURU: The state cabinet on Thursday approved the survey report, Law and Justice Minister Arun Kamath said.\n\n"
        "But Lena Vogt, the head of the CDU/CSU parliamentary group, acknowledged that some lawmakers were unhappy."
    )
    report = report_of(text)
    assert said_by(text)["Arun Kamath"] == ["The state cabinet on Thursday approved the survey report"]
    assert actor_named(report, "Arun Kamath").role == "Law and Justice Minister"
    assert actor_named(report, "Lena Vogt").role == "head of the CDU/CSU parliamentary group"


def test_the_company_a_headline_names_and_the_text_only_describes() -> None:
    text = (
        "Velkor recalls 90,000 cars over camera fault\n\n"
        "The electric carmaker is recalling about 90,000 vehicles because a software fault can stop the rear "
        "camera from working, safety regulators said on Friday. The Road Safety Agency said the fault affects "
        "some Model S and Model Y cars. The company said it would fix the problem with a software update."
    )
    said = said_by(text)
    assert said["Velkor"] == ["it would fix the problem with a software update"]
    assert "Model Y" not in said
    assert actors_of(report_of(text))[0].name == "Velkor"


def test_a_title_case_headline_or_a_named_company_adds_no_headline_company() -> None:
    named = (
        "Velkor recalls 90,000 cars over camera fault\n\n"
        "The carmaker Velkor Motors is recalling about 90,000 vehicles. The company said it would fix the fault."
    )
    assert said_by(named) == {"Velkor Motors": ["it would fix the fault"]}
    title_case = (
        "Storm Warning Issued For Coast\n\n"
        "The company that runs the ferries said sailings would be cancelled on Friday."
    )
    assert "Storm Warning" not in said_by(title_case)
    two_named = (
        "Regulator Aqwa fines Marsh Water £9m over spills\n\n"
        "The regulator said the company had failed to invest. The water firm said it accepted the findings."
    )
    assert "Aqwa" not in said_by(two_named)  # "the water firm" is the other one the headline names


def test_the_star_a_headline_names_and_the_text_only_describes() -> None:
    text = (
        "Zaylee cancels Lyon concert after storm damage\n\n"
        "The singer called off Saturday's show after high winds damaged the stage, organisers said.\n\n"
        "\"I'm heartbroken,\" the singer wrote on Instagram. \"Lyon, I promise to make it up to you.\""
    )
    said = said_by(text)
    assert said["Zaylee"] == ["\"I'm heartbroken … Lyon, I promise to make it up to you.\""]


def test_a_middle_initial_is_no_models_code() -> None:
    from brief.actors.thing_names import _shaped_as_thing
    from brief.text.phrases import phrase_spans

    text = "Police charged Victor N. Burrows on Monday. The recall covers Model S and Model Y cars, and every Model X."
    assert not _shaped_as_thing("Victor", "person", list(phrase_spans(text, "Victor")), text, frozenset())
    assert _shaped_as_thing("Model", "organization", list(phrase_spans(text, "Model")), text, frozenset())
    deals = "Apple Watch Series 4 is on sale. The Apple A10 chip is fast. Apple products are cheaper this week."
    assert not _shaped_as_thing("Apple", "organization", list(phrase_spans(deals, "Apple")), deals, frozenset())


def test_a_surname_written_without_its_arabic_article_is_the_person() -> None:
    text = (
        "Leader meets envoys\n\n"
        "President Khalid al-Nouri met envoys from three Gulf states on Sunday, the presidency said. "
        "Nouri said the country was \"open to all its brothers\"."
    )
    said = said_by(text)
    assert said["Khalid al-Nouri"] == ["the country was \"open to all its brothers\""]
