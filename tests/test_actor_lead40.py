"""Session 39's lead probes: a body's untagged name before an apposition that says what it owns or makes
("Bright Water, the parent company of Ticketline, has denied ...": brief.actors.apposed_bodies) speaks,
not the company named inside the apposition. Articles written for these tests."""

from __future__ import annotations

from written import report_of

from brief.model import Report


def _positions(report: Report) -> list[tuple[str, str, str, str]]:
    return [(a.name, a.kind, p.cue, p.text) for s in report.stories for a in s.actors for p in a.positions]


def test_a_parent_company_before_its_apposition_is_the_speaker() -> None:
    report = report_of(
        "Concert refunds delayed again\n\n"
        "Fans of the cancelled harbour festival are still waiting for refunds three months after the event.\n\n"
        "Bright Water, the parent company of Ticketline, has denied that it kept the money for cancelled shows."
    )
    denied = [(name, kind) for name, kind, cue, text in _positions(report) if cue == "has denied"]
    assert denied == [("Bright Water", "organization")]


def test_the_maker_of_a_brand_is_the_speaker() -> None:
    report = report_of(
        "Soft drink recall widens\n\n"
        "Shops in three counties pulled bottles from their shelves on Friday.\n\n"
        "Silver Spring, the maker of Roe Cola, said the recall was a precaution and that no one had fallen ill."
    )
    said = [(name, kind) for name, kind, cue, text in _positions(report) if cue == "said"]
    assert said == [("Silver Spring", "organization")]


def _roles(report: Report) -> dict[str, str]:
    return {a.name: a.role for s in report.stories for a in s.actors}


def test_a_registrar_and_a_members_title_before_a_name_are_roles() -> None:
    report = report_of(
        "Sea wall records lost\n\n"
        "The inquiry into last winter's floods opened in Castlebar on Monday.\n\n"
        "Registrar Colm Farrelly told the hearing that the county's records of its sea walls had been lost in a fire.\n\n"
        "Local TD Orla Brannigan said the government had ignored repeated calls for new defences.\n\n"
        "State legislator Maeve Ostrander said she would table a bill to fund the repairs."
    )
    roles = _roles(report)
    assert roles.get("Maeve Ostrander") == "State legislator"
    assert roles.get("Colm Farrelly") == "Registrar"
    assert roles.get("Orla Brannigan") == "Local TD"


def test_the_club_closing_its_sentence_is_the_club_the_sentence_opens_with() -> None:
    report = report_of(
        "Harlow sack manager after cup exit\n\n"
        "Harlow Rovers have sacked manager Owen Tierney after Saturday's FA Cup defeat at non-league Kessel, "
        "the club announced on Sunday.\n\n"
        "Tierney, 51, had been in charge for two seasons."
    )
    announced = [(name, text) for name, kind, cue, text in _positions(report) if cue == "announced"]
    assert [name for name, text in announced] == ["Harlow Rovers"]
    assert announced[0][1].startswith("Harlow Rovers have sacked manager Owen Tierney")


def test_a_she_said_after_a_defendants_lawyer_is_the_lawyer_again() -> None:
    report = report_of(
        "Former mayor jailed for bribery\n\n"
        "A former mayor of Dunmore was jailed for four years on Thursday for taking bribes from a builder.\n\n"
        "Judge Helen Okafor told the court that Gerald Pike had betrayed the people who elected him.\n\n"
        "Outside court, Pike's lawyer said his client would appeal. \"This is not over,\" she said."
    )
    over = [name for name, kind, cue, text in _positions(report) if "not over" in text]
    assert over == ["Gerald Pike"]


def test_a_body_named_with_its_article_after_an_opening_description_is_the_subject() -> None:
    report = report_of(
        "Coalition split over fuel tax\n\n"
        "The budget is due to be put to a vote next week.\n\n"
        "The junior coalition partner, the Harbour Alliance, threatened on Tuesday to vote against the budget "
        "unless a planned rise in fuel tax is scrapped."
    )
    threatened = [(name, text) for name, kind, cue, text in _positions(report) if cue.startswith("threatened")]
    assert [name for name, text in threatened] == ["Harbour Alliance"]
    assert threatened[0][1].startswith("to vote against the budget")


def test_a_relative_that_inside_what_was_said_does_not_start_it() -> None:
    report = report_of(
        "Residents fight plan to close library\n\n"
        "Residents packed a meeting on Monday to oppose the plan to close the library on Alder Lane.\n\n"
        "Councillor Derek Oyelaran said the building needed repairs that the council could not afford."
    )
    said = [text for name, kind, cue, text in _positions(report) if name == "Derek Oyelaran" and cue == "said"]
    assert said == ["the building needed repairs that the council could not afford"]


def test_a_trade_before_a_name_is_a_role() -> None:
    report = report_of(
        "Village split over wind farm plan\n\n"
        "Plans for six turbines on the hills above the village have divided its 900 people.\n\n"
        "Sheep farmer Tom Gallagher said the scheme was a lifeline for his family.\n\n"
        "Local publican Rosa Kinsella said visitors would stay away."
    )
    roles = _roles(report)
    assert roles.get("Tom Gallagher") == "Sheep farmer"
    assert roles.get("Rosa Kinsella") == "Local publican"


def test_an_appeal_to_act_or_for_calm_is_a_position_and_a_legal_appeal_is_not() -> None:
    report = report_of(
        "Teachers' strike enters second day\n\n"
        "Schools across the county were closed on Tuesday as the strike went on.\n\n"
        "Education Secretary Julian Omondi appealed to the union to give dialogue a chance.\n\n"
        "Health Minister Ama Boateng appealed for calm as the strike entered its second day.\n\n"
        "The union appealed to the Supreme Court."
    )
    cues = {(name, cue, text) for name, kind, cue, text in _positions(report)}
    assert ("Julian Omondi", "appealed to", "the union to give dialogue a chance") in cues
    assert any(name == "Ama Boateng" and cue == "appealed for" and text.startswith("calm") for name, cue, text in cues)
    assert not any("Supreme Court" in text for name, cue, text in cues)


def test_a_name_after_a_bodys_possessive_description_is_the_subject() -> None:
    report = report_of(
        "Waiting lists hit record\n\n"
        "More than seven million people are waiting for hospital treatment, official data showed on Thursday.\n\n"
        "Labour's shadow health secretary, Wes Harrow, accused ministers of \"presiding over the worst crisis in "
        "the health service's history\"."
    )
    accused = [name for name, kind, cue, text in _positions(report) if cue == "accused"]
    assert accused == ["Wes Harrow"]


def test_a_party_set_off_with_its_initials_after_its_leaders_possessive_speaks() -> None:
    report = report_of(
        "Protesters clash with police as opposition leader jailed\n\n"
        "Police fired tear gas at protesters on Friday, a day after opposition leader Amadou Keita was jailed.\n\n"
        "Keita's party, the Movement for Renewal (MPR), said the verdict was \"a political execution\".\n\n"
        "Norway, a long-standing donor, said it was worried by the violence."
    )
    said = {(name, text) for name, kind, cue, text in _positions(report) if cue == "said"}
    assert ("Movement for Renewal", 'the verdict was "a political execution"') in said
    assert ("Norway", "it was worried by the violence") in said
    assert not any(name == "Amadou Keita" for name, text in said)


def test_a_quote_about_following_events_written_on_a_platform_is_no_follow_us_prompt() -> None:
    report = report_of(
        "Flash floods kill 12\n\n"
        "At least 12 people died after torrential rain caused flash floods overnight.\n\n"
        "Prime Minister Giulia Marchetti said she was ready to return home early.\n\n"
        "\"We are following every hour of this tragedy,\" she wrote on X."
    )
    assert ("Giulia Marchetti", "wrote", "\"We are following every hour of this tragedy,\"") in {
        (name, cue, text) for name, kind, cue, text in _positions(report)}


def test_a_person_surnamed_like_a_martian_feature_is_a_person() -> None:
    report = report_of(
        "Election count ends\n\n"
        "The count ended on Saturday after four days.\n\n"
        "Commission chairwoman Jean Mensa said the count had been transparent and credible.\n\n"
        "The rover drove past Candor Mensa on Tuesday, the agency said."
    )
    kinds = {a.name: a.kind for s in report.stories for a in s.actors}
    assert kinds.get("Jean Mensa") == "person"


def test_a_retired_trade_after_a_description_is_the_role() -> None:
    report = report_of(
        "Village split over wind farm plan\n\n"
        "Plans for six turbines have divided the village.\n\n"
        "His neighbour, retired teacher Ann Colfer, said she was never asked."
    )
    assert _roles(report).get("Ann Colfer") == "retired teacher"


def test_a_fronted_adverbial_clause_is_not_what_was_said() -> None:
    report = report_of(
        "A trawler captain on the new quotas\n\n"
        "Patrick Doherty has fished out of Killybegs for 31 years. As the EU cuts mackerel quotas by a fifth, he "
        "spoke to us about what comes next.\n\n"
        "\"We'll lose two men, maybe three,\" Doherty said."
    )
    assert not any(text.startswith("As the EU cuts") for name, kind, cue, text in _positions(report))
