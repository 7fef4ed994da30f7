"""Local papers', councils', police forces' and courts' ways of naming who speaks (session 45, helper local46):
Australia's councillor "Cr", a party's name before an Irish or Northern Irish seat's letters, police ranks
abbreviated, a school board's trustee, and an official named in full once and then by title and surname alone.
Every article here is written for these tests."""

from __future__ import annotations

from written import actor_named, actors_of, holders, report_of

_COUNCIL_AD = (
    "Mayor rebuked over council advertisement\n\n"
    "Former deputy mayor Ian Rowe moved the motion at the April council meeting.\n\n"
    "The motion divided council and was carried 6-5 after a heated debate.\n\n"
    "It referred to a full-page advertisement in two local newspapers telling ratepayers that a proposed rate "
    "rise had been scrapped.\n\n"
    "Cr Rowe said the advertisement was a waste of ratepayer money because the decision had already been widely "
    "reported.\n\n"
    "\"Everyone in town already knew the rate rise was dead,\" Cr Rowe said.\n\n"
    "Mayor Cr Linda Goss defended the decision to publish, saying the motion was petty.\n\n"
    "\"I make no apology for telling the community what council had decided,\" she said.\n\n"
    "Cr Tom Haigh said councillors should have been told before the advertisement went to print."
)


def test_the_australian_councillor_abbreviation_is_no_name() -> None:
    report = report_of(_COUNCIL_AD)
    assert "Cr" not in [a.name for a in actors_of(report)]
    goss = actor_named(report, "Linda Goss")
    assert goss.role == "Mayor"  # "Mayor Cr Linda Goss": the office, not the form of address after it
    assert holders(report, "no apology") == ["Linda Goss"]
    assert actor_named(report, "Tom Haigh").role == "Cr"


_PARTIES = (
    "Councillors call for more gardai in Ballycarrig\n\n"
    "Residents in Ballycarrig say late-night disorder in the town centre has grown worse this year.\n\n"
    "Fine Gael TD Declan Morrissey said he would raise the matter with the Minister for Justice.\n\n"
    "Fianna Fáil councillor Nuala Brennan said the town needed a permanent garda presence at weekends."
)


def test_a_party_before_a_seats_letters_is_no_part_of_the_name() -> None:
    report = report_of(_PARTIES)
    assert holders(report, "raise the matter") == ["Declan Morrissey"]
    assert actor_named(report, "Declan Morrissey").role == "Fine Gael TD"


_WOODLAND = (
    "Detectives renew appeal after woman found dead in Colebrook woodland\n\n"
    "By Harriet Quayle\n\n"
    "An aerial view of the search area - photo supplied by Wessex Constabulary\n\n"
    "Detectives investigating the death of a 61-year-old woman in woodland near Colebrook have renewed their "
    "appeal for witnesses.\n\n"
    "The body of Marjorie Tennant, from Ashby Close, was found by a dog walker at about 8.15am on Sunday.\n\n"
    "Wessex's Head of Major Crime, Detective Chief Superintendent Owen Pritchard, said: \"We are still in the "
    "early stages of this investigation and we believe somebody in the area holds the information we need.\n\n"
    "\"I would urge anyone who was walking in the woods between 6am and 9am to come forward.\"\n\n"
    "Det Supt Carla Whitlow added: \"We have spoken to more than 150 people so far, but we know there are others "
    "who have not yet contacted us.\"\n\n"
    "Det Ch Supt Pritchard said a blue estate car seen parked on Mill Road was of particular interest.\n\n"
    "Police have not made any arrests."
)


def test_an_abbreviated_chief_superintendent_is_the_officer_named_before() -> None:
    report = report_of(_WOODLAND)
    assert holders(report, "blue estate car") == ["Owen Pritchard"]
    assert not [a for a in actors_of(report) if "Ch Supt" in a.name]


_CORDON = (
    "Area sealed off as police deal with 'suspicious object'\n\n"
    "Police have asked members of the public to avoid part of Portglen while they deal with what they described "
    "as a suspicious object.\n\n"
    "Residents reported a loud bang shortly before midnight.\n\n"
    "SDLP Councillor Maura Kilbride said: \"I have spoken to families in the area who were woken by the noise "
    "and are very anxious.\"\n\n"
    "Portglen PSNI commander CI Raymond Toal said the cordon would remain in place overnight."
)


def test_a_chief_inspectors_letters_are_neither_name_nor_role() -> None:
    toal = actor_named(report_of(_CORDON), "Raymond Toal")
    assert toal.role == "Portglen PSNI commander"


_BOARD = (
    "School board delays superintendent hire\n\n"
    "The Cedar Falls Unified School District board of trustees on Monday delayed a vote on hiring a new "
    "superintendent after two trustees resigned last month.\n\n"
    "\"The community would feel better represented if more than three trustees made this decision,\" Trustee "
    "Amanda Kessler said.\n\n"
    "Board President Ralph Oduya said the board would advertise the two vacant seats."
)


def test_a_school_trustees_title_is_her_role() -> None:
    assert actor_named(report_of(_BOARD), "Amanda Kessler").role == "Trustee"


_JAIL = (
    "Commissioners delay vote on jail expansion\n\n"
    "Marlow County commissioners deadlocked on Tuesday over how to pay for a proposed expansion of the county "
    "jail.\n\n"
    "Commissioner Doreen Pike said the board needed more time to study a plan from Sheriff Luther Greaves to "
    "expand the work-release program.\n\n"
    "Sheriff Greaves told commissioners his deputies were spending too many hours on the road transporting "
    "inmates."
)


def test_title_and_surname_of_an_official_named_in_full_is_that_person() -> None:
    report = report_of(_JAIL)
    assert holders(report, "too many hours") == ["Luther Greaves"]
    assert not [a for a in actors_of(report) if a.name == "Sheriff Greaves"]


_MINUTES = (
    "Councillors split over Brackley Lane housing scheme\n\n"
    "Members of the Harwell District Council planning committee clashed on Thursday evening over a scheme to "
    "build 42 homes on the former dairy site at Brackley Lane.\n\n"
    "Councillor Pendry referred to the application and stated that residents of Orchard Rise had lodged a "
    "petition with more than 300 signatures opposing the scheme.\n\n"
    "He stated that the committee had not been shown the petition before officers made their recommendation.\n\n"
    "Councillor Moorcroft stated that as a member of the committee she had read every objection and did not "
    "accept that residents had been ignored.\n\n"
    "In response, the Head of Planning stated that the petition was referenced in full within the officer's "
    "report.\n\n"
    "Councillor Ashdown suggested that members defer the decision and meet residents at the site before the "
    "next meeting.\n\n"
    "The chairman, Councillor Felicity Bryce, said the committee would vote on a deferral.\n\n"
    "Members voted seven to four to defer the application until March.\n\n"
    "The developer, Lantern Homes, said it was disappointed by the delay but would work with the council."
)


def test_a_councillor_named_by_title_and_surname_alone_is_a_person() -> None:
    report = report_of(_MINUTES)
    pendry = actor_named(report, "Pendry")
    assert pendry.kind == "person" and pendry.role == "Councillor"
    assert holders(report, "not been shown the petition") == ["Pendry"]


_PULL_QUOTE = (
    "School board delays superintendent hire\n\n"
    "The board of trustees on Monday delayed a vote on hiring a new superintendent.\n\n"
    "Parent Kevin Marsh told the board the district had gone too long without stable leadership.\n\n"
    "\"No hire yet: the board would rather wait than rush for the sake of it.\" - Trustee Amanda Kessler\n\n"
    "Board President Ralph Oduya said the board would advertise the seats."
)


def test_a_quotation_signed_after_a_spaced_hyphen_is_the_signers() -> None:
    assert holders(report_of(_PULL_QUOTE), "rather wait than rush") == ["Amanda Kessler"]


_SPOKESPERSON = (
    "Area sealed off as police deal with suspicious object\n\n"
    "Police have asked members of the public to avoid part of Portglen while they deal with a suspicious "
    "object.\n\n"
    "A police spokesperson said: \"Officers are currently in attendance at an incident in the Harbour Road area "
    "of Portglen.\n\n"
    "\"Cordons are in place and members of the public are asked to avoid the area.\"\n\n"
    "The spokesperson added: \"There are no further details at present.\""
)


def test_the_spokesperson_again_is_the_unnamed_voice_not_a_place_its_quotation_names() -> None:
    assert holders(report_of(_SPOKESPERSON), "no further details") == []
    named = _SPOKESPERSON.replace("A police spokesperson", "A PSNI spokesperson")
    assert holders(report_of(named), "no further details") == ["PSNI"]  # a voice whose body is named: the body


_STABBING = (
    "Police appeal after stabbing\n\n"
    "An 80-year-old man was stabbed in Castle Park on Saturday.\n\n"
    "Senior Investigating Officer Detective Inspector Paul Corrie, from the Major Crime Investigation Team, said "
    "officers were reviewing CCTV from nearby shops.\n\n"
    "DI Corrie said the victim was in a stable condition in hospital."
)


def test_an_officer_set_off_with_her_unit_says_what_follows_the_cue() -> None:
    report = report_of(_STABBING)
    assert holders(report, "reviewing CCTV") == ["Paul Corrie"]
    assert holders(report, "stable condition") == ["Paul Corrie"]  # "DI Corrie": the inspector again


_PRESS_OFFICE = (
    "Probationer garda arrested over firearms offence\n\n"
    "A probationary garda has been arrested in connection with a suspected firearms offence and is being "
    "questioned in Cork.\n\n"
    "The garda was arrested on Thursday evening and is being detained at a Cork garda station, the Garda Press "
    "Office said on Friday."
)


def test_a_forces_press_office_is_no_news_outlet() -> None:
    office = actor_named(report_of(_PRESS_OFFICE), "Garda Press Office")
    assert office.role != "news outlet"


_OPERATION = (
    "Operation Kowhai: sightings of key van in two coastal towns\n\n"
    "Police say there has been a significant development in the search for a van linked to the death of Hawera "
    "man Rangi Pohatu.\n\n"
    "Detective Senior Sergeant Wiremu Tait, the man leading Operation Kowhai, says police now have firm sightings "
    "of the van in two coastal towns.\n\n"
    "\"The sightings match the description we released on Monday,\" Mr Tait said."
)


def test_an_operations_code_name_is_no_person() -> None:
    assert "Operation Kowhai" not in [a.name for a in actors_of(report_of(_OPERATION))]


_SO_SAID = (
    "Police chief defends handling of weekend protest\n\n"
    "LAKEVIEW, Minn. (KLVT) — \"Our officers showed restraint at every step.\"\n\n"
    "So said Lakeview Police Chief Darnell Hobbs as he defended the department's response to Saturday's protest "
    "outside City Hall.\n\n"
    "Hobbs said the crowd had grown to several hundred people by early evening."
)


def test_so_said_gives_the_quotation_before_it_to_the_one_it_names() -> None:
    report = report_of(_SO_SAID)
    assert holders(report, "showed restraint") == ["Darnell Hobbs"]
    assert not [p for a in actors_of(report) for p in a.positions if "Darnell Hobbs as he" in p.summary]


_REEVE = (
    "Reeve slams boundary report as 'ridiculous'\n\n"
    "The reeve of Poplar County says a proposed change to provincial electoral boundaries would leave rural "
    "residents without a strong voice.\n\n"
    "Reeve Marion Dutka said splitting the county between two ridings would make it harder for residents to reach "
    "their MLA.\n\n"
    "CAO Brent Haluschak said the county had written to the boundaries commission asking it to keep Poplar County "
    "in one riding."
)


def test_a_chief_administrative_officers_letters_open_no_bodys_name() -> None:
    report = report_of(_REEVE)
    assert holders(report, "written to the boundaries commission") == ["Brent Haluschak"]
    assert actor_named(report, "Brent Haluschak").kind == "person"


_WARDS = (
    "Council plan criticised\n\n"
    "The council announced a plan to resurface roads on Monday.\n\n"
    "Cllr Omar Siddiqui (Lab, Northfield) said the plan ignored the outlying wards.\n\n"
    "Councillor Ben Ashe (LD, Hill Ward) said he welcomed the plan."
)


def test_a_councillors_party_and_ward_in_brackets_are_not_who_speaks() -> None:
    report = report_of(_WARDS)
    assert holders(report, "ignored the outlying wards") == ["Omar Siddiqui"]
    assert holders(report, "welcomed the plan") == ["Ben Ashe"]


_COUNTIES = (
    "Man arrested\n\n"
    "A man was arrested at a site in Clonmel, Co Tipperary on Tuesday.\n\n"
    "He is being held at a garda station in the Co Tipperary area.\n\n"
    "Residents in Nenagh, Co. Tipperary, said they were worried.\n\n"
    "A woman from Co Cork was also questioned."
)


def test_an_irish_county_after_co_is_a_place_and_ends_no_sentence() -> None:
    report = report_of(_COUNTIES)
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds.get("Co Tipperary", "place") == "place" and kinds.get("Co Cork", "place") == "place"
    assert "Tipperary" not in holders(report, "they were worried")
    assert "Co Tipperary" not in holders(report, "they were worried")


_GARDAI = (
    "Man arrested after tyres slashed on garda car in Clonmore\n\n"
    "A man in his 20s was arrested and a garda patrol car had its tyres slashed during a public order incident at "
    "a building site in Clonmore, Co Laois on Tuesday.\n\n"
    "The man is being held at a garda station in Co Laois under Section 4 of the Criminal Justice Act 1984.\n\n"
    "Gardaí have confirmed that investigations are ongoing.\n\n"
    "'An Garda Síochána respects the right of citizens to protest peacefully; this right does not extend to "
    "attacking members of An Garda Síochána,' a statement from Gardaí read.\n\n"
    "Local TD Marian Fogarty said the scenes were \"shameful\"."
)


def test_the_gardai_are_the_force_and_a_county_no_person() -> None:
    report = report_of(_GARDAI)
    assert actor_named(report, "Gardaí").kind == "organization"
    assert all(a.kind == "place" for a in actors_of(report) if a.name == "Co Laois")


_HYPHENED_COUNCIL = (
    "Mayor quits\n\n"
    "The mayor of Wallaroo-Kinross Regional Council (WKRC) has resigned, saying the state government has ignored "
    "his pleas for help.\n\n"
    "WKRC mayor Angus Petrie said he no longer had confidence in the minister."
)


def test_bracketed_initials_spell_each_part_of_a_hyphened_name() -> None:
    names = [a.name for a in actors_of(report_of(_HYPHENED_COUNCIL))]
    assert "WKRC" not in names and "Wallaroo-Kinross Regional Council" in names


_SENTENCED = (
    "Man who punched bus driver spared jail\n\n"
    "A man who punched a bus driver after being asked to wear a face covering has been given a suspended "
    "sentence.\n\n"
    "Lewis Carney, 29, of Hollybank Road, admitted assault by beating when he appeared before Castleford "
    "magistrates.\n\n"
    "Presiding magistrate Alan Fielding said the attack was \"cowardly\".\n\n"
    "Carney was given a 12-week prison sentence suspended for a year and ordered to pay £200 compensation."
)


def test_a_passives_second_participle_is_done_to_the_defendant_not_said_by_him() -> None:
    report = report_of(_SENTENCED)
    assert holders(report, "£200 compensation") == []
    assert holders(report, "cowardly") == ["Alan Fielding"]


_FIRE = (
    "Firefighters tackle blaze at Wrexley recycling plant\n\n"
    "Firefighters spent more than six hours tackling a large fire at a recycling plant in Wrexley on Sunday.\n\n"
    "Eight crews were called to the site on Foundry Lane at about 2.30pm.\n\n"
    "Station Manager Gavin Price said: \"Crews worked extremely hard in difficult conditions to stop the fire "
    "spreading to neighbouring units.\""
)


def test_a_forces_plural_noun_opening_the_story_is_no_actor() -> None:
    assert "Firefighters" not in [a.name for a in actors_of(report_of(_FIRE))]


_SPEAKING_TO = (
    "Row over closure of Greyfield leisure centre\n\n"
    "Campaigners have vowed to fight plans to close Greyfield leisure centre.\n\n"
    "Speaking to the Leader, Cllr Diane Marsh said: \"This centre is used by thousands of people every week, and "
    "closing it would be a disaster for the town.\""
)


def test_the_paper_spoken_to_is_not_the_speakers_role() -> None:
    assert actor_named(report_of(_SPEAKING_TO), "Diane Marsh").role == "Cllr"


def test_an_office_said_once_is_the_role_over_a_form_of_address_said_often() -> None:
    text = (
        "Ashgrove votes to close library\n\n"
        "Council leader Cllr Joanne Bix said the authority had no choice after its budget was cut.\n\n"
        "Cllr Bix said the library's staff would be offered other posts.\n\n"
        "Cllr Bix added that the building would be sold."
    )
    assert actor_named(report_of(text), "Joanne Bix").role == "Council leader"


_SHOPKEEPER = (
    "Tributes paid to 'kind and generous' Dunmore shopkeeper\n\n"
    "Tributes have been paid to a Dunmore shopkeeper who died after being hit by a van outside his shop.\n\n"
    "Ravi Chandran, 67, ran the corner shop on Castle Street for more than 30 years.\n\n"
    "His daughter, Priya Chandran, said: \"Dad was the kindest man you could meet, and he knew every customer by "
    "name.\"\n\n"
    "Police Scotland said a 44-year-old man had been arrested in connection with the crash."
)


def test_a_town_a_shopkeeper_is_of_is_no_organisation() -> None:
    assert not [a for a in actors_of(report_of(_SHOPKEEPER)) if a.name == "Dunmore" and a.kind == "organization"]
