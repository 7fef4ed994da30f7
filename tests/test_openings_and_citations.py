"""Who a "she" after a life's fronted facts is, answers under a "Q:" turn put as a statement, and a utility cited
"according to" (session 34), on articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of, said_by


def test_she_after_a_fronted_birth_is_the_person_born_not_the_last_speaker() -> None:
    text = (
        "Edith Varley, pioneering engineer, dies at 90\n\n"
        "Edith Varley, who designed the Tarn Valley dam and fought for decades to open engineering to women, has "
        "died at the age of 90.\n\n"
        "Her death, at her home in Perth, was announced by her daughter, Isla, who said her mother had died "
        "peacefully after a short illness.\n\n"
        "Born in Kirkwall in 1934, Varley studied engineering at Aberdeen at a time when women made up a tenth of "
        "each year's intake. She later recalled that a lecturer had told her the drawing office was no place for a woman."
    )
    said = said_by(text)
    assert any("no place for a woman" in p for p in said.get("Edith Varley", []))
    assert not any("no place for a woman" in p for p in said.get("Isla", []))


def test_answers_under_labelled_questions_are_the_interviewees_even_when_a_question_is_a_statement() -> None:
    text = (
        "'We have to be honest about the cost': the finance chief on the gap\n\n"
        "Noreen Halloway became finance director of Brackley Borough Council in March. She spoke to us about the "
        "gap in next year's budget.\n\n"
        "Q: How did the council end up here?\n\n"
        "A: Demand for care has risen far faster than our funding. We spend two-thirds of the budget on it.\n\n"
        "Q: Will council tax go up?\n\n"
        "A: I expect we will have to propose the largest rise allowed.\n\n"
        "Q: The opposition says you should sell the council's offices.\n\n"
        "A: We have looked at it. Selling them would raise money once, but the gap comes back every year."
    )
    said = said_by(text)
    assert any("the gap comes back every year" in p for p in said.get("Noreen Halloway", []))


def test_a_utility_cited_for_a_figure_is_a_body_and_no_outlet() -> None:
    text = (
        "Storm live: homes without power\n\n"
        "More than 30,000 homes are without power across the west, according to National Grid.\n\n"
        "The Environment Agency has issued 120 flood warnings."
    )
    grid = next(a for a in actors_of(report_of(text)) if a.name == "National Grid")
    assert grid.kind == "organization"
    assert grid.role != "news outlet"


def test_a_body_right_after_a_dateline_opens_its_sentence_for_a_joined_cue() -> None:
    text = (
        "Central bank raises rates\n\n"
        "TOKYO — The Bank of Arvelle raised its benchmark interest rate to 3.5% on Friday and signalled that further "
        "increases were likely.\n\n"
        "Finance Minister Taro Kessel said the government respected the decision."
    )
    said = said_by(text)
    assert any("further increases were likely" in p for p in said.get("Bank of Arvelle", []))


def test_a_wires_dateline_with_two_places_and_the_day_is_no_part_of_what_was_said() -> None:
    text = (
        "Truce extended by two days\n\n"
        "DOHA/GAZA, Nov 27 (Reuters) - Israel and Hamas have agreed to extend their truce in Gaza by two days, "
        "mediator Qatar said on Monday, raising hopes for the release of more hostages.\n\n"
        "The White House welcomed the news."
    )
    report = report_of(text)
    positions = [p.text for a in actors_of(report) for p in a.positions]
    assert any(p.startswith("Israel and Hamas have agreed") for p in positions)
    assert not any("Reuters" in s.text for story in report.stories for s in story.briefing)
