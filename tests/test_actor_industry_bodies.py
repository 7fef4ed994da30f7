"""Shapes of a utility-bills story (session 37, the lead's probe): a body's name the tagger cut before its field
("the Consumer Council for | Water") is one name, and an industry body named for its field and its country ("Water
UK, which represents the industry,") is that body, not the country. On an article written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_BILLS = (
    "Water bills to rise by a tenth\n\n"
    "Water bills will rise by 10% next year, the regulator said on Thursday.\n\n"
    "According to the Consumer Council for Water, one in four households already struggles to pay.\n\n"
    "Water UK, which represents the industry, welcomed the decision but said companies had wanted more.\n\n"
    "Environment Secretary Mara Quill said the money would fix old pipes."
)


def test_a_bodys_name_cut_before_its_field_is_whole_and_an_industry_body_is_no_country() -> None:
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(_BILLS))}
    assert any("one in four households" in t for t in said["Consumer Council for Water"])
    assert any("the decision" in t for t in said["Water UK"])
    assert "United Kingdom" not in said and "Water" not in said


_CUTS = (
    "Halvard to cut 900 jobs\n\n"
    "Halvard, the Norwegian shipbuilder, will cut 900 jobs, according to a memo seen by staff.\n\n"
    "A Halvard spokesperson confirmed the cuts. The union IF Stal said it would fight any compulsory redundancies."
)


def test_a_bodys_voice_confirming_and_a_union_whose_name_opens_with_capitals() -> None:
    actors = {a.name: a for a in actors_of(report_of(_CUTS))}
    assert any(p.cue == "confirmed" and p.text == "the cuts" for p in actors["Halvard"].positions)
    assert actors["IF Stal"].kind == "organization"
    assert any("compulsory redundancies" in p.text for p in actors["IF Stal"].positions)


def test_the_department_is_a_state_department_named_before() -> None:
    text = ("Flu found at farm\n\nA second outbreak was found on Wednesday, the Vermont State Department of Health "
            "said.\n\nThe department said the affected herd had been quarantined.")
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert any("the affected herd had been quarantined" in t for t in said["Vermont State Department of Health"])


def test_a_museum_telling_a_history_states_nothing_but_its_saying_does() -> None:
    text = ("Museum opens\n\nThe Harbour Museum of Shipping opened on Saturday.\n\n"
            "The museum says the building evokes a hull. "
            "The museum tells a history that continues to evolve.")
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    held = [t for texts in said.values() for t in texts]
    assert any("the building evokes a hull" in t for t in held)
    assert not any("continues to evolve" in t for t in held)


def test_a_capitalised_if_in_a_name_opens_no_condition_but_if_does() -> None:
    text = ("Pay talks\n\nTalks went on in Malmo.\n\n"
            "If Nordstal insists on deep cuts to the pension plan, the workers will strike. "
            "The union IF Stal said it would fight the cuts.")
    held = [p.text for a in actors_of(report_of(text)) for p in a.positions]
    assert not any("deep cuts to the pension plan" in t for t in held)
    assert any("it would fight the cuts" in t for t in held)
