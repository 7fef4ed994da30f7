"""Science, health and disaster news (session 49, sci51), on articles written for these tests: a public body
described, not named, is no company named before it; one who goes by one name, after their job, is a person;
a state's forecaster named after its description is the agency."""

from __future__ import annotations

from written import actors_of, cues_by, holders, kinds_of, report_of, said_by

_QUAKE = (
    "Quake rattles the Merrow coast\n\n"
    "A 6.1-magnitude quake hit the Merrow Islands on Tuesday. "
    '"No tsunami warning was issued," the agency\'s seismic analyst Wiratmo, who heads the monitoring unit, said. '
    '"It was felt far away," the agency\'s analyst Budi Santoso, who goes by his full name, said. '
    "A spokesman for mining company Orvix Minerals said 14 miners were trapped underground after the quake. "
    "The national disaster agency said 43 people had been rescued alive from collapsed buildings."
)


def test_a_described_public_agency_is_not_the_mining_company() -> None:
    report = report_of(_QUAKE)
    assert "Orvix Minerals" not in holders(report, "rescued alive")
    assert holders(report, "14 miners were trapped") == ["Orvix Minerals"]


def test_one_who_goes_by_one_name_after_a_job_is_a_person() -> None:
    kinds = kinds_of(_QUAKE)
    assert kinds["Wiratmo"] == "person"
    assert kinds["Orvix Minerals"] == "organization"


def test_a_state_forecaster_named_is_the_agency() -> None:
    text = (
        "Heat breaks June records\n\n"
        "People crowded into fountains on Saturday as an early heatwave struck Ostland. "
        "Temperatures reached 42C in some areas, state forecaster Meteo Ostland said on Saturday. "
        "Health minister Clara Voss urged older people to stay indoors."
    )
    kinds = kinds_of(text)
    assert kinds["Meteo Ostland"] == "organization"
    assert kinds["Clara Voss"] == "person"


def test_a_forecaster_with_a_given_name_stays_a_person() -> None:
    text = (
        "Storms on the way\n\n"
        "Heavy rain will reach the coast by Friday, national forecaster Anna Keller said on Monday. "
        "Keller said rivers could burst their banks."
    )
    assert kinds_of(text)["Anna Keller"] == "person"


def test_the_part_of_the_day_after_a_day_is_not_what_was_said() -> None:
    text = (
        "Fire grows in the hills\n\n"
        "The blaze has burned 40 square miles of brush. "
        "The State Fire Protection Service said Sunday night that the fire was 5 percent contained."
    )
    report = report_of(text)
    lines = [p.summary for a in actors_of(report) for p in a.positions if "percent contained" in p.text]
    assert lines == ["says the fire was 5 percent contained"]


def test_a_trade_opening_a_paragraph_is_the_experts_job_not_her_name() -> None:
    text = (
        "Stress makes mice crave fatty food\n\n"
        "Researcher Soyeon Park, an assistant professor at the Hallam Biomedical Institute, has found a molecule "
        "in the brain that drives mice to eat fatty food a day after a stressful scare. "
        "Park and her team exposed mice to the scent of a predator. "
        '"The craving did not come right away," Park said in a statement from the institute. '
        "Veterinarian Clive Oduya, who treats pets at a clinic in Marbury, said he sees the same pattern in stressed dogs. "
        '"Owners tell me their dog ate everything in sight," Oduya said.'
    )
    names = set(kinds_of(text))
    assert {"Soyeon Park", "Clive Oduya"} <= names
    assert not any(n.startswith(("Researcher", "Veterinarian")) for n in names)


def test_a_quotation_before_a_one_name_speaker_and_his_relative_clause_is_his_alone() -> None:
    text = (
        "Strong quake strikes off the Merrow Islands\n\n"
        "A 6.3-magnitude quake hit the Merrow Islands on Tuesday, the national geophysics agency said. "
        '"The quake was centred under the sea. No tsunami warning was issued," the agency\'s seismic analyst '
        "Wiratmo, who goes by one name, said. "
        '"It was felt on nearby islands," he said.'
    )
    said = cues_by(text)
    centred = [t for _, t in said["Wiratmo"] if "centred" in t]
    assert len(centred) == 1 and "goes by one name" not in centred[0]
    assert not any(c == "goes" for items in said.values() for c, _ in items)


def test_as_cited_by_an_outlet_is_no_statement_and_the_next_quotation_stays_the_speakers() -> None:
    text = (
        "Thousands flee as Mount Kalira spews ash\n\n"
        "More than 9,000 people have left their homes near Mount Kalira. "
        '"We have not reached the critical level," said the head of the Dalan Provincial Disaster Office, '
        'Ramon Estrella, as cited by local radio. "Level three is what we call critical, and level four means an '
        'eruption is imminent."'
    )
    said = cues_by(text)
    assert not any(c == "cited" for items in said.values() for c, _ in items)
    assert holders(report_of(text), "Level three is what we call critical") == ["Ramon Estrella"]


def test_a_bodys_description_missing_its_closing_comma_is_not_what_it_said() -> None:
    text = (
        "Sarnu raises volcano warning\n\n"
        "Authorities in Sarnu raised the warning on Mount Tenggo to the highest level on Sunday. "
        "The evacuation of people living near the volcano had begun, with 112 residents moved to shelters so far, "
        "the country's disaster mitigation agency, BPBS said in a statement."
    )
    said = said_by(text)
    assert any("112 residents" in t for t in said["BPBS"])
    assert not any("disaster mitigation agency" in t for t in said["BPBS"])


def test_the_director_general_and_the_agency_head_are_the_one_named_so() -> None:
    text = (
        "Outbreak now the health body's greatest concern\n\n"
        'GENEVA: The spread of Lenner fever is the agency\'s "greatest concern," Global Health Agency '
        "Director-General Samira Odhiambo-Kell said Monday. "
        "Odhiambo-Kell told a press conference in Geneva that an expert team had arrived in Valdoria. "
        'The agency "will not hesitate" to call the outbreak a pandemic if the evidence points that way, '
        "the director-general said. "
        '"Surveillance works when it is funded," said the agency head.'
    )
    report = report_of(text)
    assert holders(report, "will not hesitate") == ["Samira Odhiambo-Kell"]
    assert holders(report, "Surveillance works when it is funded") == ["Samira Odhiambo-Kell"]
