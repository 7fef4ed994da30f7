"""A statement in a fronted clause ends at the main clause, whatever its verb ("When X announced ...,
investors sold ..."); a firm named beside the noun of its trade, with a clause between ("The brewery that
owns the building, Northern Ales,"), is a body, not a person."""

from __future__ import annotations

from tests.written import actors_of, holders, report_of, said_by

MARKETS = """Chip stocks slide as forecasts are cut

When Veltrion announced it would cut 15,000 jobs in August, investors sold the stock heavily.

Although Kestrel Motors said sales would grow this year, deliveries fell for a second quarter.

Analysts expect more cuts across the industry in the coming months, as demand for older chips slows.
"""

PUB = """Village pub to close after 120 years

The Plough will close in March after 120 years, its landlord told customers on Friday evening.

The brewery that owns the building, Northern Ales, said it had received several offers but would not comment on individual bids.

The firm behind the scheme next door, Castlefield Homes, said it had no interest in the site.

The council said it would review the building's listing next month. Brokerage Kotwal Mehra said house prices in the area would hold.
"""


def test_a_fronted_clause_states_only_up_to_the_main_clause() -> None:
    said = said_by(MARKETS)
    assert said["Veltrion"] == ["it would cut 15,000 jobs in August"]
    assert said["Kestrel Motors"] == ["sales would grow this year"]


def test_a_firm_beside_its_trade_noun_is_a_body() -> None:
    kinds = {a.name: a.kind for a in actors_of(report_of(PUB))}
    assert kinds["Northern Ales"] == "organization"
    assert kinds["Castlefield Homes"] == "organization"
    assert kinds["Kotwal Mehra"] == "organization"


SINGER = """Singer heartbroken as concerts cancelled

Lorna Vale has broken her silence after three of her Vienna concerts were cancelled following the arrest of two men.

The singer, 34, wrote on Instagram that the cancellations were devastating for her fans.

Her promoter said all tickets would be refunded within ten working days.
"""


def test_an_age_after_a_description_leaves_the_description_the_source() -> None:
    """ "The singer, 34, wrote": the age set off after the description is no part of whom it names."""
    assert said_by(SINGER)["Lorna Vale"] == ["that the cancellations were devastating for her fans"]


PETITION = """Lawyers challenge housing levy in court

President Jomo Wekesa has defended the housing levy, insisting it will create jobs for thousands of young people.

The Law Society of Westland has since filed a petition at the High Court, arguing that the levy is unconstitutional.
"""


def test_a_deed_before_a_participle_clause_is_no_statement() -> None:
    """ "has since filed a petition at the High Court, arguing that ...": where the petition was filed is
    no position; what the society argues is."""
    said = said_by(PETITION)["Law Society of Westland"]
    assert said == ["that the levy is unconstitutional"]


SHOOTING = """Man shot in southeast of the city, police say

A man was shot on Tuesday night in the 1500 block of Alabama Avenue, according to Metro Police.

Officers found the victim, identified as Darnell Whitaker, 28, suffering from gunshot wounds.

"This has to stop," said Ward 8 Council member Trayon Whitfield, who visited the scene on Wednesday morning.

According to Statistics Westland, violent crime in the district rose by a fifth last year.
"""


def test_a_numbered_seat_before_the_name_leaves_the_name_the_source() -> None:
    """ "said Ward 8 Council member Trayon Whitfield": the tagger stopped the source at the number."""
    assert said_by(SHOOTING)["Trayon Whitfield"] == ['"This has to stop,"']


def test_a_body_cited_for_a_fact_is_no_news_outlet() -> None:
    """ "according to Metro Police", "According to Statistics Westland": sources of record, no outlets."""
    roles = {a.name: a.role for a in actors_of(report_of(SHOOTING))}
    assert roles["Metro Police"] != "news outlet"
    assert roles["Statistics Westland"] != "news outlet"


def test_the_addressee_before_a_quotation_is_no_part_of_it() -> None:
    """ "told Bates: “You made a choice ...”": what the judge said is the quotation, not "Bates: ..."."""
    said = said_by("""Drink-driver jailed for eight years

A drink-driver who killed a cyclist on the A38 has been jailed for eight years at Stafford Crown Court.

Sentencing, Judge Miriam Okoye told Bates: "You made a choice to drive that night and a man is dead because of it."
""")
    assert said["Miriam Okoye"] == ['"You made a choice to drive that night and a man is dead because of it."']


def test_a_note_that_a_claim_could_not_be_verified_is_the_writers() -> None:
    """ "..., a claim Reuters could not independently verify": the newsroom's aside, not the side's words."""
    said = said_by("""Troops claim village as drones hit grid

Fighting continued on Sunday across the eastern front, officials on both sides said.

Army chief Ibrahim Musa said his forces had retaken the village of Dovzhanka, a claim Reuters could not independently verify.

Governor Ana Lisenko said the road to the city was open, which could not be independently confirmed.
""")
    assert said["Ibrahim Musa"] == ["his forces had retaken the village of Dovzhanka"]
    assert said["Ana Lisenko"] == ["the road to the city was open"]


def test_a_time_phrase_opening_the_content_is_when_it_was_said() -> None:
    """ "said last week he wanted ...": when; "said last year was a learning curve": what."""
    said = said_by("""Club completes signing of winger

The club confirmed the signing of the winger on Monday after a medical in London.

Head coach Enrico Marasca said last week he wanted more threat from the wide areas. Owner Todd Bellamy said last year was a learning curve for everyone.
""")
    assert said["Enrico Marasca"] == ["he wanted more threat from the wide areas"]
    assert said["Todd Bellamy"] == ["last year was a learning curve for everyone"]


CHIPS = """Chip stocks fall on weak forecast

Chip stocks fell on Tuesday after a weak forecast from the sector leader.

Analysts at Brenholt estimate that demand will slow sharply next year. Analysts at Jeffords Hale expect margins to narrow.
"""


def test_analysts_at_a_house_are_the_houses() -> None:
    """ "Analysts at Jeffords Hale expect": a firm, though the tagger read the name as a place; "demand
    will slow" has a noun for its subject, no one demanding."""
    actors = {a.name: a for a in actors_of(report_of(CHIPS))}
    assert actors["Jeffords Hale"].kind == "organization"
    assert holders(report_of(CHIPS), "will slow sharply") == []


def test_answering_a_call_is_a_deed() -> None:
    """ "Officers responded to the shooting around 9:30 p.m.": the force went there, it said nothing;
    "responded to the criticism by saying" is a reply."""
    report = report_of("""Man shot in the city's south, police say

A man was shot on Tuesday night in the 1500 block of Alabama Avenue, Metro Police said.

Officers responded to the shooting around 9:30 p.m. and found the victim suffering from gunshot wounds.

Mayor Ada Quinlan responded to the criticism by saying that patrols had been doubled.
""")
    assert holders(report, "found the victim") == []
    assert holders(report, "patrols had been doubled") == ["Ada Quinlan"]


def test_a_reaction_set_off_is_no_statement() -> None:
    """ "The Euphonia star sparked speculation at the Golden Globes": a deed's effect, no one's words;
    "raised concerns that ..." still states them."""
    report = report_of("""Star sparks engagement rumours

The couple were seen together at the awards on Sunday night in Los Angeles.

The Euphonia star, 28, sparked speculation at the Golden Globes on Sunday when she was spotted wearing a ring.

Mayor Ada Quinlan raised concerns that the budget for the ceremony was too small.
""")
    assert holders(report, "the Golden Globes on Sunday") == []
    assert holders(report, "the budget for the ceremony was too small") == ["Ada Quinlan"]
