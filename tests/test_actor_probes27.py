"""Sources asked by an outlet, bodies named for a field and a country, and job words before a name (session 37's
probes), on articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of


def test_people_polled_by_an_outlet_are_not_the_outlet_speaking() -> None:
    text = (
        "Rates held steady\n\n"
        "The central bank of Norland left its main rate unchanged on Thursday. "
        "Economists polled by Reuters had expected borrowing costs to fall. "
        "Analysts surveyed by Bloomberg had expected inflation to ease next year."
    )
    report = report_of(text)
    assert "Reuters" not in holders(report, "borrowing costs")
    assert "Bloomberg" not in holders(report, "inflation to ease")


def test_a_sport_body_named_for_its_country_is_cited_as_a_body_not_an_outlet() -> None:
    text = (
        "Third test called off\n\n"
        "The third test in Perth will not go ahead, according to Cricket Australia. "
        "Heavy rain had flooded the ground for a week, according to Tourism Australia."
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert actors["Cricket Australia"].role != "news outlet"
    assert actors["Cricket Australia"].kind == "organization"


def test_an_outlet_cited_by_its_name_stays_an_outlet() -> None:
    text = (
        "Club sold\n\n"
        "The club has been sold to a consortium, according to Radio Australia. "
        "The deal was worth $40 million, according to the Perth Times."
    )
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles.get("Radio Australia") == "news outlet"


def test_a_job_word_before_a_name_is_the_persons_role() -> None:
    text = (
        "Storm reaches the coast\n\n"
        "The storm made landfall near Port Alder on Tuesday, said forecaster Jane Millar. "
        "Former champion Mark Holloway said the regatta should be cancelled. "
        "Council member Rita Okafor said the drains had failed again."
    )
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Jane Millar"] == "forecaster"
    assert roles["Mark Holloway"] == "Former champion"
    assert roles["Rita Okafor"] == "Council member"


def test_a_firms_customer_named_before_it_gives_it_no_role() -> None:
    text = (
        "Cloud outage\n\n"
        "The outage hit thousands of firms on Monday, including customer Netflix and rival Slack. "
        "Netflix said its service was restored within an hour."
    )
    kinds = {a.name: (a.kind, a.role) for a in actors_of(report_of(text))}
    assert kinds["Netflix"] == ("organization", "")


def test_an_envoys_title_to_a_place_before_the_apposed_name_is_the_role() -> None:
    text = (
        "Tokyo offers help\n\n"
        "The Japanese ambassador to London, Hiroshi Suzuki, said Japan would send engineers. "
        "Speaking to Reuters, Ada Quinn said no deal was near."
    )
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Hiroshi Suzuki"] == "Japanese ambassador to London"
    assert roles["Ada Quinn"] == ""


def test_a_groups_singular_and_plural_are_one_actor() -> None:
    text = (
        "Rebels fire on tanker\n\n"
        "Houthi fighters fired two missiles at a cargo ship on Sunday, the navy said. "
        "The Houthis said they targeted the ship because of its owner. "
        "A Houthi spokesman, Idris Omar, said more attacks would follow."
    )
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "Houthi" not in actors
    assert "they targeted the ship" in " ".join(p.text for p in actors["Houthis"].positions)


def test_a_towns_police_written_lower_case_speak_as_its_force() -> None:
    text = (
        "Fan arrested at stadium\n\n"
        "A fan was arrested after the game on Sunday. "
        "Cincinnati police said the man had thrown a bottle onto the field. "
        "UK police said they were on alert."
    )
    report = report_of(text)
    assert holders(report, "thrown a bottle") == ["Cincinnati Police"]
    assert "UK Police" not in [a.name for a in actors_of(report)]


def test_the_company_after_a_brokers_analysts_is_the_firm_they_cover() -> None:
    text = (
        "Robot maker beats forecasts\n\n"
        "Quillon Robotics reported quarterly revenue of $4.2 billion on Wednesday, above forecasts. "
        "Chief executive Laura Chen said demand from carmakers was strong. "
        "Analysts at Morgan Stanley said a warning on China overshadowed the results. "
        "The company also announced a $2 billion buyback."
    )
    assert holders(report_of(text), "buyback") == ["Quillon Robotics"]


def test_a_body_named_after_a_short_description_in_a_closing_frame_speaks() -> None:
    text = (
        "Aid workers freed\n\n"
        "Three aid workers kidnapped in the north in March have been released, their employer, Medics for Peace, "
        "said on Saturday. "
        "Two drivers held with them are still missing, the charity, Hands Across Borders, said."
    )
    report = report_of(text)
    assert holders(report, "have been released") == ["Medics for Peace"]
    assert holders(report, "still missing") == ["Hands Across Borders"]


def test_an_office_before_a_comma_and_a_doctors_name_is_the_role() -> None:
    text = (
        "Hospital short of beds\n\n"
        "The hospital's chief executive, Dr Ruth Okafor, said beds were short. "
        "Dr Amy Clarke said the clinic was full."
    )
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Ruth Okafor"] == "chief executive"
    assert roles["Amy Clarke"] == "Dr"
