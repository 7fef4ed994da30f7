"""What a position says is its clause whole, and only what someone holds: reported speech cut at a
comma before its clause's verb runs on to that verb (brief.actors.clause_spans.through_verbless_comma),
a relative clause is read with the noun it describes (relative_contents.relative_content), and a cue inside a condition or an open question ("if they expect to ...") is no position
(brief.actors.statements.conditional_cue). Articles written for these tests."""

from __future__ import annotations

from written import report_of

from brief.model import Report


def _positions(report: Report) -> list[tuple[str, str, str]]:
    return [(a.name, p.cue, p.text) for s in report.stories for a in s.actors for p in a.positions]


def test_a_phrase_set_before_the_reported_clause_keeps_the_clause() -> None:
    report = report_of(
        "Marla Tennant runs a small theatre company in Dunmore, and her plays rarely leave the town.\n\n"
        "Tennant said that after a glowing review in the national press, people suddenly wanted her new play "
        "staged in cities across the country."
    )
    texts = [text for name, cue, text in _positions(report) if name == "Marla Tennant" and cue == "said"]
    assert texts and texts[0].endswith("people suddenly wanted her new play staged in cities across the country")


def test_a_cue_set_off_in_commas_keeps_the_clause_after_an_inserted_phrase() -> None:
    report = report_of(
        "Marla Tennant runs a small theatre company in Dunmore, and her plays rarely leave the town.\n\n"
        "Because of the tour's costs, Tennant says, the future of the company, including its own small stage, "
        "isn't entirely secure."
    )
    texts = [text for name, cue, text in _positions(report) if name == "Marla Tennant" and cue == "says"]
    assert texts and texts[0].endswith("isn't entirely secure")


def test_a_cue_in_a_when_clause_does_not_take_the_main_clause() -> None:
    report = report_of(
        "Dana Whitcombe photographs weddings in Ashford and posts her work online.\n\n"
        "When she posted the portrait on her page, she started to get angry comments from strangers."
    )
    assert not any("started to get" in text for _, _, text in _positions(report))


def test_a_cue_inside_a_condition_is_no_position() -> None:
    report = report_of(
        "The Harlow Party lost four seats in the spring election and its leaders are looking for a new message.\n\n"
        "Its leaders need to change course if they expect to stay relevant in the autumn campaign. "
        "And if the party finds that more members are leaving, it will call an early conference."
    )
    positions = _positions(report)
    assert not any(cue in ("expect", "finds") for _, cue, _ in positions)


def test_a_relative_clause_is_read_with_the_noun_it_describes() -> None:
    report = report_of(
        "The agency sent a questionnaire to its managers this week.\n\n"
        "Association President Bill Valdez said the questionnaire only increases the nervousness and "
        "apprehension that comes with any change of administrations. "
        "Marta Olsen, a local student, says she supports surveillance tech that excludes facial recognition."
    )
    texts = {name: text for name, _, text in _positions(report)}
    assert texts.get("Bill Valdez", "").startswith("the questionnaire only increases")
    assert texts.get("Marta Olsen", "").startswith("she supports surveillance tech")


def test_a_relative_clause_with_a_plural_verb_is_read_with_its_noun() -> None:
    report = report_of(
        "Night cleaners at the Harlow bus depot have asked the council for a pay rise this winter.\n\n"
        "Dana Morrow, who cleans buses at the depot, said she has colleagues who sleep in their cars "
        "because they can't afford rent in the town. "
        "Pete Alcott, a union organiser, says the council ignores the cleaners who keep the depot running at night."
    )
    texts = {name: text for name, _, text in _positions(report)}
    assert texts.get("Dana Morrow", "").startswith("she has colleagues who sleep")
    assert texts.get("Pete Alcott", "").startswith("the council ignores the cleaners")


def test_a_relative_clause_set_off_in_commas_does_not_end_what_was_said() -> None:
    report = report_of(
        "The harbour board met on Tuesday to discuss the ferry contract.\n\n"
        "Local sailors accuse the country's shipping regulators, who held power from 2011 to 2013, of having "
        "been slow to respond."
    )
    texts = {name: text for name, _, text in _positions(report)}
    assert texts.get("Local sailors", "").endswith("who held power from 2011 to 2013, of having been slow to respond")
