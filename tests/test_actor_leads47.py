"""Actor shapes left open in session 45 and fixed in session 46 (helper leads47), each on an article written for
these tests: a report inserted before "citing" ("..., Bloomberg reports, citing ..."); a list of named people
that opens a sentence as its subject ("Chairman X and Vice Chairman Y said"): each holds the words."""

from __future__ import annotations

from written import actor_named, holders, report_of

_SALE = (
    "Report: Corran Textiles weighs sale of dye plant\n\n"
    "Corran Textiles is exploring a sale of its dye division, Bloomberg reports, citing people briefed on the talks.\n\n"
    "According to the report, the company has held early talks with a buyer in Lyon.\n\n"
    "Corran chief executive Hedda Virtanen told a trade fair on Friday that the group was \"always looking at its shape\"."
)


def test_the_outlet_inserted_before_citing_reports_and_cites() -> None:
    report = report_of(_SALE)
    assert holders(report, "people briefed on the talks") == ["Bloomberg"]
    assert holders(report, "exploring a sale of its dye division") == ["Bloomberg"]
    text = (  # no report inserted: the participle is the subject's
        "Freight firm cancels order\n\n"
        "Harlan Freight cancelled its order for four cranes on Monday, citing delays at the Vessa yard. "
        "The yard has not commented."
    )
    assert holders(report_of(text), "delays at the Vessa yard") == ["Harlan Freight"]


_BOARD = (
    "Board backs depot plan\n\n"
    "Councillors on the Brenmoor transport board gave their backing on Thursday to a new bus depot at Kettle Lane.\n\n"
    "Chairman Ronan Ashby and Vice Chairman Petra Lindqvist said the depot would be open by the spring.\n\n"
    "In a letter to the Harrow Gazette, Tallow Growers Union president Mina Osei, Dairy Board chief executive Luc "
    "Ferrand and Orchard Trust director Hamid Saleh said the new road would \"cut farms off from their markets.\"\n\n"
    "A friend of Ashby and Lindqvist said the pair had argued over the costs for weeks.\n\n"
    "Ashby said the plan was sound, and Lindqvist agreed that the costs were fair."
)


def test_each_person_of_a_listed_subject_holds_the_words() -> None:
    report = report_of(_BOARD)
    assert sorted(holders(report, "open by the spring")) == ["Petra Lindqvist", "Ronan Ashby"]
    assert sorted(holders(report, "cut farms off")) == ["Hamid Saleh", "Luc Ferrand", "Mina Osei"]
    # a list that is an object ("a friend of X and Y"), or two clauses ("X said, and Y agreed"): no joint subject
    assert holders(report, "argued over the costs") == []
    assert holders(report, "the plan was sound") == ["Ronan Ashby"]
    assert holders(report, "the costs were fair") == ["Petra Lindqvist"]


_STORM = (
    "Storm Kellan live: ferries halted as gales reach the islands\n\n10:20\n\n"
    "Strathmore Ferries has cancelled all sailings to the outer islands for the rest of Wednesday. A spokesperson for "
    "the operator said passenger safety \"must come first\".\n\n09:40\n\n"
    "Around 14,000 homes are without power, according to Highland Grid. A spokesman for the provider said crews "
    "would work through the night."
)


def test_a_spokesperson_for_the_operator_speaks_for_the_company_named() -> None:
    report = report_of(_STORM)
    assert holders(report, "must come first") == ["Strathmore Ferries"]
    assert holders(report, "work through the night") == ["Highland Grid"]


_BRIDGE = (
    "Brenton mayor warns over bridge closure\n\n"
    "The mayor of Brenton says the town cannot cope with another month of traffic on its narrow streets.\n\n"
    "Mayor Ada Quill said the county had ignored repeated warnings about the Selby Road bridge.\n\n"
    "County engineer Tomas Reyes said the work had been slowed by flooding."
)


def test_the_mayor_of_a_town_is_the_mayor_named_next_not_the_town() -> None:
    assert holders(report_of(_BRIDGE), "cannot cope with another month") == ["Ada Quill"]
    text = (  # a president of another office named next is not the union's
        "Union warns over port jobs\n\n"
        "The president of the Harbour Workers Union says hundreds of jobs are at risk at the Kessel docks.\n\n"
        "US President Dan Morrow said on Monday that trade talks with Europe would resume next week."
    )
    assert holders(report_of(text), "hundreds of jobs") == ["Harbour Workers Union"]


def test_a_body_chief_is_its_commander_named_before() -> None:
    text = (
        "Commander defends response to Kelby disorder\n\n"
        "Kelby PSNI commander CI Una Brogan was on duty on Saturday night and rejected claims that patrols had been "
        "moved away from the town.\n\n"
        "The PSNI chief added: \"Within 15 minutes a public order unit had arrived in Kelby.\"\n\n"
        "UUP councillor Sam Reid said residents deserved answers."
    )
    assert holders(report_of(text), "public order unit had arrived") == ["Una Brogan"]


_QUARRY = (
    "Man held over Marsden quarry shooting\n\n"
    "Police have arrested a man over the shooting of a security guard at a quarry near Marsden on Sunday night, said "
    "Marsden Police spokesperson Inspector Carla Nyberg.\n\n"
    "Officers said the suspect had been staying with relatives in the town.\n\n"
    "\"We will find everyone who helped him hide,\" Detective Deputy Commissioner Rhys Oduya.\n\n"
    "The guard, Pavel Rusu, remains in hospital in a stable condition.\n\n"
    "\"He was lucky the bullet missed his lung,\" Oduya told reporters on Monday.\n\n"
    "Alliance MLA Nora Keane visited the quarry on Monday afternoon.\n\n"
    "The North Ferry MLA said;\n\n"
    "\"Families in Marsden deserve to feel safe walking home at night and I will press the minister for more "
    "patrols.\""
)


def test_a_quotation_closed_by_a_title_and_name_alone_is_theirs() -> None:
    assert holders(report_of(_QUARRY), "helped him hide") == ["Rhys Oduya"]


def test_said_with_a_semicolon_announces_the_next_paragraphs_quotation() -> None:
    assert holders(report_of(_QUARRY), "feel safe walking home") == ["Nora Keane"]


def test_the_actress_is_the_one_not_shown_a_man_where_no_woman_is_shown() -> None:
    text = (
        "Tamsin Kerrow and Joel Brandt split after six years, rep confirms\n\n"
        "Tamsin Kerrow and Joel Brandt have called it quits after six years together.\n\n"
        "A rep for the \"Silver Coast\" actress confirmed the split to People on Tuesday, saying the pair \"remain "
        "close friends and ask for privacy at this time.\"\n\n"
        "Brandt, 36, hinted at the breakup last month when he told a radio show that he was \"taking some time for "
        "himself.\""
    )
    assert holders(report_of(text), "confirm") == ["Tamsin Kerrow"]


def test_a_name_with_an_office_apposed_is_a_person() -> None:
    text = (
        "Brantley Medical names interim chief after recall of dialysis filters\n\n"
        "HARLOW, England, May 2 /PRNewswire/ -- Brantley Medical, Inc. (Nasdaq: BRML) today announced the resignation "
        "of Colm Ardagh, the president of its dialysis unit, following the recall of four lots of blood filters.\n\n"
        "\"We have told the regulator of our findings and have today accepted the resignation of Colm Ardagh,\" said "
        "Ines Farrow, president and chief executive officer of Brantley. \"Patient safety remains our first concern.\"\n\n"
        "The company said the filters were shipped to hospitals in three regions in March."
    )
    assert actor_named(report_of(text), "Colm Ardagh").kind == "person"
