"""Session 41's lead probes: pleas the cue tagger leaves untagged wherever they stand ("appealed to both sides to",
"pleaded with the crowd to", "begged the soldiers to": brief.actors.plea_cues), and a name in commas between a
description the source tagger stopped at and the cue (brief.actors.apposed_sources). Articles written for these
tests."""

from __future__ import annotations

from written import report_of

from brief.model import Report


def _positions(report: Report) -> list[tuple[str, str, str]]:
    return [(a.name, p.cue, p.text) for s in report.stories for a in s.actors for p in a.positions]


def test_a_plea_to_act_is_a_call_wherever_it_stands() -> None:
    report = report_of(
        "Dock strike enters third day\n\n"
        "Cargo handling at the two main terminals stayed at a standstill on Wednesday as the strike went on.\n\n"
        "On Monday, Senator Tunde Bakare pleaded with the dockworkers to return to the quays.\n\n"
        "Later, the archbishop, Simon Okeke, begged the police to spare the picket lines.\n\n"
        "In a radio address, union leader Kemi Lawal appealed to both sides to \"put the country first\".\n\n"
        "The terminal operator said it would appeal to the labour court to review the strike."
    )
    found = {(name, cue, text) for name, cue, text in _positions(report)}
    assert ("Tunde Bakare", "pleaded with", "the dockworkers to return to the quays") in found
    assert ("Simon Okeke", "begged", "the police to spare the picket lines") in found
    assert ("Kemi Lawal", "appealed to", "both sides to \"put the country first\"") in found
    assert not any(cue.startswith("appeal") and "labour court" in text for name, cue, text in found)


def test_a_name_in_commas_after_a_description_is_the_pleas_source() -> None:
    report = report_of(
        "Ports authority steps in\n\n"
        "The Harbour Ports Authority said it was watching the dispute closely.\n\n"
        "Its managing director, Dr. Ifeoma Nwosu, appealed to both sides to put the national interest first."
    )
    assert ("Ifeoma Nwosu", "appealed to", "both sides to put the national interest first") in _positions(report)


def test_a_tabloids_shouted_lead_word_is_no_name_and_an_acronym_after_a_still_is() -> None:
    report = report_of(
        "Family's anger over lost bench\n\n"
        "A GRIEVING mum has blasted a hospital after staff lost the ashes of her son.\n\n"
        "A NATO spokesman said the alliance was aware of the reports.\n\n"
        "Maureen Tait, 71, said she found out only when she went to lay flowers."
    )
    names = {a.name for s in report.stories for a in s.actors}
    assert "GRIEVING" not in names
    assert "NATO" in names
    assert "Maureen Tait" in names


def test_a_press_release_body_after_a_dateline_with_an_abbreviated_month_announces() -> None:
    report = report_of(
        "Marlow Dynamics to buy Fenwick Sensors\n\n"
        "AUSTIN, Texas, Oct. 14, 2026 /PRNewswire/ -- Marlow Dynamics, Inc. (NASDAQ: MRLD), a maker of industrial "
        "drones, today announced that it has agreed to acquire Fenwick Sensors for $120 million in cash.\n\n"
        "The deal is expected to close early next year."
    )
    announced = [(name, text) for name, cue, text in _positions(report) if cue == "announced"]
    assert announced == [("Marlow Dynamics", "that it has agreed to acquire Fenwick Sensors for $120 million in cash")]


def test_a_spokesperson_for_the_utility_speaks_for_the_company_named_before() -> None:
    report = report_of(
        "Power cut to thousands as gales hit\n\n"
        "Harlan Energy has cut power to 12,000 homes to keep falling lines from starting fires.\n\n"
        "A spokesperson for the utility said crews would inspect every line before power was restored."
    )
    said = [name for name, cue, text in _positions(report) if cue == "said"]
    assert said == ["Harlan Energy"]


def test_a_ferry_company_is_no_person() -> None:
    report = report_of(
        "Ferries cancelled as gales hit\n\n"
        "Islay Ferries has cancelled all sailings on its northern routes until Sunday, the company said."
    )
    kinds = {a.name: a.kind for s in report.stories for a in s.actors}
    assert kinds.get("Islay Ferries") == "organization"


def _roles(report: Report) -> dict[str, str]:
    return {a.name: a.role for s in report.stories for a in s.actors}


def test_a_lawmakers_party_and_state_before_an_apposition_is_no_actor() -> None:
    report = report_of(
        "Senate panel advances drug price bill\n\n"
        "A Senate committee on Thursday advanced a bill to cap insulin prices.\n\n"
        "Sen. Roy Tillman, R-Okla., the panel's senior Republican, voted against the bill, arguing that caps would "
        "drive small pharmacies out of business."
    )
    names = {a.name for s in report.stories for a in s.actors}
    assert not any(name.startswith("R-") for name in names)
    voted = [name for name, cue, text in _positions(report) if cue == "voted against"]
    assert voted == ["Roy Tillman"]


def test_the_title_after_a_spokespersons_for_is_the_named_persons_own() -> None:
    report = report_of(
        "Budget talks stall\n\n"
        "Talks on the state budget broke down on Friday.\n\n"
        "A spokesperson for Governor Ellen Marsh said she would not sign a budget that cut school funding.\n\n"
        "A lawyer for former Mayor Dan Ortiz said the charges were baseless."
    )
    roles = _roles(report)
    assert roles.get("Ellen Marsh") == "Governor"
    assert roles.get("Dan Ortiz") == "former Mayor"


def test_a_statement_ends_before_the_agencys_frame_that_reports_it() -> None:
    report = report_of(
        "Moscow urges calm\n\n"
        "Russia on Thursday called for calm after the clashes on the border.\n\n"
        "Kremlin aide Boris Yakovlev said Moscow hoped both sides would show restraint, the RIA news agency reported."
    )
    said = [(name, text) for name, cue, text in _positions(report) if cue == "said"]
    assert said == [("Boris Yakovlev", "Moscow hoped both sides would show restraint")]
    assert _roles(report).get("Boris Yakovlev") == "Kremlin aide"


def test_another_before_a_role_after_a_name_is_no_part_of_it() -> None:
    report = report_of(
        "Inquiry hears from aides\n\n"
        "Two senior officials gave evidence to the committee on Tuesday.\n\n"
        "Dan Oakley, another top Treasury aide, said the warnings had been ignored."
    )
    assert _roles(report).get("Dan Oakley") == "top Treasury aide"


def test_the_journal_a_study_appeared_in_is_not_its_speaker_but_a_reports_author_is() -> None:
    report = report_of(
        "Glaciers shrinking faster\n\n"
        "Alpine glaciers lost a tenth of their ice in two years, according to a study published Tuesday in "
        "Frontiers in Glaciology.\n\n"
        "Meltwater lakes have doubled in number since 1990, according to the report in the Journal of Alpine "
        "Research.\n\n"
        "Rescue teams lack equipment for glacier floods, according to a report by the Alpine Rescue Federation."
    )
    according = {name for name, cue, text in _positions(report) if cue == "according to"}
    assert according == {"Alpine Rescue Federation"}


def test_an_interviewers_labelled_questions_are_no_positions() -> None:
    report = report_of(
        "'Our rivers cannot wait': an interview with the head of the Rivers Trust\n\n"
        "Mark Delaney became chair of the Rivers Trust in March. He spoke to Joanna Pike about sewage and bills.\n\n"
        "Joanna Pike: Water firms want bills to rise by a quarter. Do you support that?\n\n"
        "Mark Delaney: I support investment. Whether bills rise is for the regulator to decide.\n\n"
        "Pike: Ministers say the rivers are cleaner than ten years ago. Are they?\n\n"
        "Delaney: Some are cleaner. Most are not, and the data we have is too thin to say more.\n\n"
        "Pike: Should the firms be fined more?\n\n"
        "Delaney: The fines should be large enough that paying them costs more than fixing the pipes."
    )
    speakers = {name for name, cue, text in _positions(report)}
    assert "Mark Delaney" in speakers
    assert "Joanna Pike" not in speakers


def test_talking_to_reporters_somewhere_states_nothing() -> None:
    report = report_of(
        "State backs port plan\n\n"
        "The state government on Tuesday backed the port expansion.\n\n"
        "Ports Minister K R Menon, while talking to reporters in Kochi, welcomed the investment."
    )
    cues = [(name, cue) for name, cue, text in _positions(report)]
    assert ("K R Menon", "welcomed") in cues
    assert not any(cue.startswith("talking") for name, cue in cues)


def test_a_statement_kept_behind_its_medium_and_an_ai_companys_short_name() -> None:
    report = report_of(
        "Authors sue Quillon AI\n\n"
        "A group of novelists has sued the start-up Quillon AI over the books used to train its chatbot.\n\n"
        "Quillon said in an emailed statement that it respects the rights of authors.\n\n"
        "The company said in a written statement on Tuesday that its models used licensed data only."
    )
    actors = {a.name: a for s in report.stories for a in s.actors}
    assert "Quillon" not in actors
    said = sorted(p.text for p in actors["Quillon AI"].positions if p.cue == "said")
    assert said == ["that it respects the rights of authors", "that its models used licensed data only"]


def test_a_bodys_local_office_named_by_its_city_speaks_for_the_body() -> None:
    report = report_of(
        "Former clerk sentenced\n\n"
        "A former county clerk was sentenced on Thursday to six years in prison for fraud.\n\n"
        "The FBI's Dayton field office, which investigated the case, said the sentence sent a clear message.\n\n"
        "The IRS office in Dayton said the clerk had filed false returns for a decade."
    )
    said = {name for name, cue, text in _positions(report) if cue == "said"}
    assert said == {"FBI", "IRS"}


def test_a_countrys_ministry_after_a_fronted_city_is_the_countrys() -> None:
    report = report_of(
        "Trade deal delayed\n\n"
        "European ministers postponed a vote on the trade deal on Wednesday.\n\n"
        "In Lima, Peru's foreign ministry said it regretted the decision but would keep negotiating."
    )
    said = [name for name, cue, text in _positions(report) if cue == "said"]
    assert said == ["Peru"]


def test_a_capitalised_head_after_a_refers_to_the_one_body_named_with_it() -> None:
    report = report_of(
        "Vote on trade deal postponed\n\n"
        "The European Commission on Wednesday postponed a vote on the trade deal.\n\n"
        "A Commission spokesperson said the delay was technical.\n\n"
        "The Commission will meet again next week."
    )
    names = {a.name for s in report.stories for a in s.actors}
    assert "Commission" not in names
    said = [name for name, cue, text in _positions(report) if cue == "said"]
    assert said == ["European Commission"]


def test_a_cape_or_a_strait_named_with_of_is_a_place_not_the_company_it() -> None:
    report = report_of(
        "Shipper cuts forecast\n\n"
        "Shares in Marestra Group fell 12% after the shipping company cut its profit forecast, blaming the cost of "
        "sending vessels around the Cape of Good Hope to avoid the Strait of Bab el-Mandeb.\n\n"
        "The company now expects profit of $2bn to $2.5bn, it said in a trading update."
    )
    kinds = {a.name: a.kind for s in report.stories for a in s.actors}
    assert kinds.get("Cape of Good Hope") in (None, "place")
    speakers = {name for name, cue, text in _positions(report)}
    assert speakers == {"Marestra Group"}


def test_two_countries_joined_by_and_both_speak() -> None:
    report = report_of(
        "Trade deal in doubt\n\n"
        "Ministers failed to agree on the trade deal on Wednesday.\n\n"
        "Portugal and Denmark urged the Commission to press ahead with the deal."
    )
    urged = sorted(name for name, cue, text in _positions(report) if cue == "urged")
    assert urged == ["Denmark", "Portugal"]


def test_the_noun_a_clause_describes_is_no_part_of_the_role_after_it() -> None:
    report = report_of(
        "Tram extension delayed\n\n"
        "Harbour City Council has voted to delay the tram extension by a year, a decision Lord Mayor Colin Abernethy "
        "described as \"painful but responsible\".\n\n"
        "Abernethy said the council could not sign a blank cheque."
    )
    assert _roles(report).get("Colin Abernethy") == "Lord Mayor"



def test_a_compass_point_and_a_name_before_region_is_a_place_not_a_man() -> None:
    report = report_of(
        "Strike on market kills aid workers\n\n"
        "A drone strike on a market in Sudan's North Darfur region killed at least 14 people on Thursday.\n\n"
        "\"The people of Darfur have suffered enough,\" he said."
    )
    kinds = {a.name: a.kind for s in report.stories for a in s.actors}
    assert kinds.get("North Darfur", "place") == "place"
    assert not any(kind == "person" for kind in kinds.values())


def test_a_decision_ends_before_the_unions_frame_and_its_day() -> None:
    report = report_of(
        "Nurses vote to strike\n\n"
        "Nurses in Wales have voted overwhelmingly to strike after rejecting a pay offer of 4%, the country's largest "
        "nursing union announced on Monday.\n\n"
        "Health Secretary Owen Pryce said he was disappointed."
    )
    voted = [text for name, cue, text in _positions(report) if cue == "have voted"]
    assert voted == ["to strike after rejecting a pay offer of 4%"]


def test_a_chamber_named_between_an_office_and_the_name_is_no_part_of_the_name() -> None:
    report = report_of(
        "Opposition walks out over water deal\n\n"
        "The state cabinet approved a new water-sharing formula on Thursday.\n\n"
        "Leader of Opposition in the Assembly K Ramesh dismissed the decision as an eyewash.\n\n"
        "Leader of the Opposition in the Rajya Sabha Meera Nair said the government had failed farmers."
    )
    kinds = {a.name: a.kind for s in report.stories for a in s.actors}
    assert kinds.get("K Ramesh") == "person"
    assert kinds.get("Meera Nair") == "person"
    assert not any(name.startswith(("Assembly", "Rajya")) for name in kinds)
