"""Shapes of who-said-what found by probing articles written in many outlets' styles (wires, UK, Nigerian,
Singaporean and Australian papers, press releases, features), each on text written for these tests:
- a body's stance the taggers miss: "The Ancient Order of Hibernians is demanding", "wants to restore",
  "Sudan's government welcomed" (body_stances, speakers.missed_speaker);
- sources in the wrong place: a cue joined by "and" after a preposition's object (object_sources), a source
  begun at a company's ticker, those "led by" or "including" a name (source_edges, listings);
- no statement: what a deed drew ("drawing sharp criticism": caused_reactions), a legal action brought
  ("filed a complaint against": legal_actions), a passive aside ("X, backed by ..., said": passive_asides),
  an audience addressed ("did not address her supporters"), a witness questioned ("questioned Ridley about his
  evidence"), an appointment ("has named X to the position of": deed_senses);
- cues and contents: "used his Easter message to call for", "officials said Sunday" (cue_edges, statements), a
  participle after the object's apposition (inverted.participle_frame);
- who is who: a seat of government is no person, a candidate's title, a nationality before a state's body,
  a country's ministry by its possessive ("China's foreign ministry", "Russia's Defense Ministry": place_bodies,
  state_ministries), a field's agency no outlet, "she" never a name inside her own
  quotation, a kinship set before a name (personhood, roles, national_nouns, place_bodies, assemble,
  positions, person_signs).
"""

from __future__ import annotations

from written import actors_of, holders, report_of

_LEAD = "Dockers strike\n\nDockworkers walked off the job at the ports of Harlow on Tuesday after talks broke down.\n\n"


def test_a_body_demanding_or_wanting_states_its_stance() -> None:
    report = report_of(_LEAD + "The International Longshoremen's Association is demanding a 77% pay rise over six "
                       "years.\n\nThe Ancient Order of Hibernians wants to restore the harbour parade.\n")
    assert holders(report, "77% pay rise") == ["International Longshoremen's Association"]
    assert holders(report, "restore the harbour parade") == ["Ancient Order of Hibernians"]
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds["Ancient Order of Hibernians"] == "organization"


def test_a_search_is_no_stance() -> None:
    report = report_of(_LEAD + "The Harlow Police Service is seeking a man in his thirties after a fight at the gates.\n")
    assert holders(report, "a man in his thirties") == []


def test_a_countrys_government_welcoming_speaks_for_the_country() -> None:
    report = report_of("Ceasefire vote fails\n\nThe council voted on a ceasefire text for Ostravia on Monday.\n\n"
                       "Ostravia's government welcomed the outcome of the vote.\n")
    assert holders(report, "the outcome of the vote") == ["Ostravia"]


def test_a_cue_joined_after_a_prepositions_object_is_the_subjects() -> None:
    report = report_of("Rates cut\n\nMarkets were volatile on Wednesday.\n\n"
                       "The Federal Reserve cut interest rates by a quarter point and said it would slow the pace "
                       "of easing next year.\n")
    assert holders(report, "slow the pace of easing") == ["Federal Reserve"]


def test_what_a_deed_drew_is_not_the_doers_statement() -> None:
    report = report_of("Veto\n\nDelegates met in New York on Monday.\n\n"
                       "Russia vetoed a Security Council resolution calling for a ceasefire in Sudan, drawing sharp "
                       "criticism from Britain and the United States.\n")
    assert holders(report, "sharp criticism from Britain") == []


def test_a_seat_of_government_said_he_stays_a_body() -> None:
    report = report_of("Storm nears coast\n\nPresident Joe Biden postponed a trip to Germany to monitor the storm. "
                       "The White House said he had approved emergency declarations for several counties.\n")
    kinds = {a.name: a.kind for a in actors_of(report)}
    assert kinds["White House"] == "organization"


def test_a_source_begun_at_a_ticker_is_the_company() -> None:
    report = report_of("Energy deal\n\nEnergy firms are consolidating.\n\n"
                       "Norvale Energy Inc. (NYSE: NVE) today announced that it has entered into an agreement to "
                       "acquire Brightwater Solar for $1.2 billion.\n")
    assert holders(report, "agreement to acquire Brightwater") == ["Norvale Energy"]


def test_a_message_to_call_for_is_a_call() -> None:
    report = report_of("Bishop's Easter appeal\n\nCrowds gathered in the cathedral square on Sunday.\n\n"
                       "Bishop Anselm Korvath used his Easter message to call for an end to the fighting in the valley, "
                       "urging both sides to talk.\n")
    said = {p.cue: p.text for a in actors_of(report) for p in a.positions}
    assert said.get("call for", "").startswith("an end to the fighting")


def test_a_lawsuit_filed_is_a_deed_and_its_grounds_a_position() -> None:
    report = report_of("Singer sues label\n\nThe singer spoke out on Saturday.\n\n"
                       "Mara Quell has filed a complaint against her former label, Redline Records, accusing it of "
                       "withholding royalties.\n")
    assert holders(report, "her former label") == []
    assert holders(report, "withholding royalties") == ["Mara Quell"]


def test_those_led_by_a_name_speak_not_the_leader() -> None:
    report = report_of("Revolt over cuts\n\nMembers met on Tuesday.\n\n"
                       "The Greens, led by Carla Denholm, said the plan was a disgrace.\n\n"
                       "Ten senators, including Bernard Sallis, said the bill was cruel.\n")
    assert holders(report, "the plan was a disgrace") == ["Greens"]
    assert "Bernard Sallis" not in holders(report, "the bill was cruel")


def test_a_passive_aside_after_a_name_is_no_statement() -> None:
    report = report_of("Pay offer rejected\n\nTalks ended on Tuesday.\n\n"
                       "Sharon Graham, backed by the union's executive, said the offer was an insult.\n")
    said = {p.cue for a in actors_of(report) for p in a.positions}
    assert "backed" not in said
    assert holders(report, "the offer was an insult") == ["Sharon Graham"]


def test_a_candidate_titled_by_party_and_set_off_by_an_aside_speaks() -> None:
    report = report_of("Cabinet reshuffle\n\nThe president sacked five ministers on Wednesday.\n\n"
                       "Unity Party presidential candidate Emeka Obiora, in a post on X, urged the president to cut the "
                       "cost of governance.\n")
    assert holders(report, "cut the cost of governance") == ["Emeka Obiora"]
    role = {a.name: a.role for a in actors_of(report)}.get("Emeka Obiora", "")
    assert "candidate" in role


def test_a_nationality_before_a_state_body_is_the_country() -> None:
    report = report_of("Heatwave\n\nTemperatures rose across the region on Thursday.\n\n"
                       "The Greek culture ministry said the ancient site would stay shut between noon and 5 p.m.\n\n"
                       "Spain's weather agency AEMET said the heat would peak on Saturday.\n")
    assert holders(report, "the ancient site would stay shut") == ["Greece"]
    roles = {a.name: a.role for a in actors_of(report)}
    assert roles.get("AEMET") != "news outlet"


def test_she_is_never_a_name_inside_her_own_quotation() -> None:
    report = report_of(
        "The last keeper of Skerra Head\n\n"
        "For forty years, Tom Haldane climbed the steps of the lighthouse every night.\n\n"
        "\"I never thought of it as a job,\" Haldane says.\n\n"
        "His wife, Morag, is less sentimental. \"Tom would stay up there until the sea took him,\" she says. "
        "\"Someone has to think about the heating bills.\"\n"
    )
    assert holders(report, "until the sea took him") == ["Morag"]


def test_a_countrys_ministry_by_its_possessive_is_the_country() -> None:
    report = report_of("Plane crash\n\nA passenger jet crashed near the coast on Wednesday.\n\n"
                       "Kazakhstan's emergencies ministry said 29 survivors had been taken to hospital in Aktau.\n")
    assert holders(report, "29 survivors had been taken") == ["Kazakhstan"]


def test_addressing_an_audience_states_nothing() -> None:
    report = report_of("Election night\n\nVotes were still being counted on Wednesday.\n\n"
                       "Vice President Kamala Harris did not address her supporters at Howard University, where her "
                       "campaign had planned a party.\n\n"
                       "Joe Biden addressed the nation on Sunday, saying the country must come together.\n")
    assert holders(report, "her supporters at Howard University") == []
    assert holders(report, "the country must come together") == ["Joe Biden"]
    refused = report_of("Jail review\n\nTwo guards were charged on Monday.\n\n"
                        "A prison spokesman, Dale Pruitt, declined to address whether the guards slept on the job.\n")
    assert holders(refused, "whether the guards slept") == ["Dale Pruitt"]  # a refusal to say is a position


def test_a_day_in_the_cue_and_a_ministry_without_its_country() -> None:
    report = report_of("Drone attack\n\nExplosions were heard across the capital overnight.\n\n"
                       "Russia launched a large drone attack on Kyiv overnight, killing three people, Ukrainian officials "
                       "said Sunday.\n\n"
                       "Russia's Defense Ministry claimed its forces had captured two villages in the east.\n")
    cues = {p.cue for a in actors_of(report) for p in a.positions}
    assert "said Sunday" not in cues
    assert holders(report, "captured two villages") == ["Russia"]


def test_questioning_a_witness_states_nothing() -> None:
    report = report_of("Impeachment hearing\n\nThe committee met on Tuesday.\n\n"
                       "Republicans also questioned Ridley about his earlier evidence to the inquiry.\n")
    assert holders(report, "about his earlier evidence") == []


def test_an_appointment_is_a_deed() -> None:
    report = report_of("Transition\n\nThe transition team met on Tuesday.\n\n"
                       "Donald Trump has named Kellyanne Conway to the position of counselor to the president.\n")
    assert holders(report, "to the position of counselor") == []
