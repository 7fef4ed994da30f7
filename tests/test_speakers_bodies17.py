"""Statements of bodies that went to the wrong body or to no one (session 32, speakers17): a joint
statement of two states, a force named after two areas, a place's officials, "the agency", a body's
clipped name, calls a person faces, "the director" after a cast member, "the club" beside a sponsor;
on articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of, summaries_by


def test_a_joint_statement_of_two_countries_is_both_of_theirs() -> None:
    """Session 38 (speakers28): "in a joint statement" says both speak, as "said they" does; it was the first's."""
    report = report_of(
        "Truce extended in border war\n\n"
        "Fighting eased along the border on Friday. Qatar and Egypt said in a joint statement that both armies "
        "had agreed to pull back heavy weapons by Monday."
    )
    assert sorted(holders(report, "pull back heavy weapons")) == ["Egypt", "Qatar"]


def test_a_joint_statement_of_two_companies_after_the_cue_is_both_of_theirs() -> None:
    report = report_of(
        "Steel deal agreed\n\n"
        "Two of Asia's largest steelmakers have agreed to share a plant. Norvex Steel and Kiyama Industries said "
        "on Tuesday in a joint release that output would begin next year."
    )
    assert sorted(holders(report, "output would begin")) == ["Kiyama Industries", "Norvex Steel"]
    report = report_of(
        "Steel deal agreed\n\n"
        "Two of Asia's largest steelmakers have agreed to share a plant. Vantor Holdings and Kiyama Industries "
        "said on Tuesday in a joint release that output would begin next year."
    )
    assert sorted(holders(report, "output would begin")) == ["Kiyama Industries", "Vantor Holdings"]


def test_a_force_named_after_two_areas_is_one_body() -> None:
    said = summaries_by(
        "Cyclist dies after collision\n\n"
        "A cyclist has died after a collision with a van near Bridgwater. Avon and Somerset Constabulary said "
        "the van driver stopped at the scene."
    )
    assert "Avon and Somerset Constabulary" in said
    assert any("van driver" in s for s in said["Avon and Somerset Constabulary"])


def test_a_force_read_as_a_person_is_the_force() -> None:
    report = report_of(
        "Burglaries rise in market town\n\n"
        "Break-ins rose by a third last year. Wiltshire Constabulary said it would add two patrols at night."
    )
    assert [a.kind for a in actors_of(report) if a.name == "Wiltshire Constabulary"] == ["organization"]


def test_officials_in_a_city_speak_for_the_city() -> None:
    said = summaries_by(
        "Floods cut off villages\n\n"
        "Days of rain have swollen rivers across the region. Officials in Lagos said 40 roads were under water "
        "and schools would stay shut."
    )
    assert any("40 roads" in s for s in said.get("Lagos", []))


def test_officials_of_a_body_in_a_city_stay_the_bodys() -> None:
    said = summaries_by(
        "Trade talks\n\n"
        "Negotiators met again on Monday. EU officials in Brussels said a deal was close."
    )
    assert "Brussels" not in said


def test_the_agency_is_the_public_agency_not_the_company_named_after_it() -> None:
    report = report_of(
        "Regulator opens airbag inquiry\n\n"
        "The Consumer Product Safety Commission has opened an inquiry into airbags made by Harlow Motors. "
        "The agency said its review covered 300,000 vehicles."
    )
    assert holders(report, "300,000 vehicles") == ["Consumer Product Safety Commission"]


def test_a_bodys_clipped_name_after_the_is_the_body() -> None:
    report = report_of(
        "Sergeant dismissed after hearing\n\n"
        "A Metropolitan Police sergeant has been dismissed after a hearing found he had shared offensive "
        "messages. The sergeant, who served in Hackney, was told he would not work for the force again. "
        "A spokesman for the Met said standards would be enforced without exception."
    )
    assert holders(report, "without exception") == ["Metropolitan Police"]


def test_calls_a_person_faces_are_not_her_position() -> None:
    said = summaries_by(
        "Council leader under fire\n\n"
        "Council leader Priya Nair is facing calls to resign after a budget shortfall came to light. "
        "Opposition councillor Dan Webb said she had misled the chamber."
    )
    assert not any("resign" in s for s in said.get("Priya Nair", []))


def test_the_director_is_not_the_cast_member_quoted_before() -> None:
    report = report_of(
        "Thriller opens festival\n\n"
        "The thriller \"Night Ferry\" opened the festival on Thursday. Leo Hart, who plays a smuggler, said he "
        "had learned to sail for the part. \"We had no budget for a second take,\" the director said."
    )
    assert "Leo Hart" not in holders(report, "second take")


def test_the_club_is_the_club_named_not_the_broadcaster_named_more_often() -> None:
    report = report_of(
        "Cup tie moved for television\n\n"
        "The cup tie between Penmoor United and Harlow has been moved to Friday night at the request of "
        "broadcaster Streamly. Streamly said the slot would bring more viewers. The club confirmed that "
        "season tickets would still be valid."
    )
    assert holders(report, "season tickets") == ["Penmoor United"]


def test_officials_of_a_named_office_in_a_city_stay_the_offices() -> None:
    said = summaries_by(
        "Ministers meet on smuggling\n\n"
        "Ministers met for a second day on Friday. Interior Ministry officials in Paris said the talks had "
        "gone well."
    )
    assert "Paris" not in said


def test_two_bodies_that_say_they_will_both_hold_the_words() -> None:
    report = report_of(
        "Lenders told to cap fees\n\n"
        "Kenya's central bank has ordered lenders to cap mobile loan fees by March. KCB Group and Equity Bank "
        "said they would cut fees before the deadline."
    )
    assert sorted(holders(report, "cut fees before")) == ["Equity Bank", "KCB Group"]


def test_two_states_or_two_people_that_say_they_will_each_hold_the_words() -> None:
    # session 37 (speakers26): people who say together that they will act hold the words each, as two states do
    report = report_of(
        "Crossing to reopen\n\n"
        "Rwanda and Burundi said they would reopen the main border crossing on Monday. "
        "Councillors Alice Brown and Tom Reed said they would appeal the ruling."
    )
    assert sorted(holders(report, "main border crossing")) == ["Burundi", "Rwanda"]
    assert sorted(holders(report, "appeal the ruling")) == ["Alice Brown", "Tom Reed"]


def test_it_after_a_document_with_a_verb_of_finding_is_not_the_body_that_spoke() -> None:
    report = report_of(
        "Party dismisses schools review\n\n"
        "The Liberal Democrats dismissed the conclusions of the schools inspectorate review released on Monday. "
        "In short, it finds that one in five classrooms needs repair."
    )
    assert "Liberal Democrats" not in holders(report, "one in five classrooms")



def test_the_news_agency_is_not_a_public_agency_named_before_the_wire() -> None:
    report = report_of(
        "Plant fined\n\n"
        "The Federal Aviation Administration fined the Delmar airline on Monday. A copy of the order was seen by "
        "Reuters. The news agency said the fine was the largest this year."
    )
    assert "Federal Aviation Administration" not in holders(report, "largest this year")


def test_a_place_that_describes_a_noun_after_officials_in_is_not_the_speaker() -> None:
    said = summaries_by(
        "Trade curbs weighed\n\n"
        "Exporters are bracing for new curbs. Senior officials in the Ontario government said the rules were "
        "still being drafted."
    )
    assert "Ontario" not in said
