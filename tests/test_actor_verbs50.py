"""Positions beyond "said" on articles written for these tests (session 45, verbs50): each under the actor who
holds it, with its verb and a whole content."""

from __future__ import annotations

from written import actors_of, holders, report_of

_FARES = (
    "Drivers' union threatens strike over ferry fares\n\n"
    "By Staff Reporter\n\n"
    "The ferry workers' union has threatened to stop work if the state government does not reverse the new fares.\n\n"
    "Reacting, the Commissioner for Waterways, Mr Olumide Fashola-Ade, appealed to the union to keep talking.\n\n"
    "In a statement signed by his special adviser, Ngozi Ekwueme, the commissioner said the door remained open "
    "but warned that a strike would hurt the traders who rely on the boats.\n\n"
    "The union's leaders meet on Friday.\n"
)


def test_a_verb_joined_by_but_shares_its_sentence_subject_not_a_fronted_signer() -> None:
    report = report_of(_FARES)
    assert holders(report, "hurt the traders") == ["Olumide Fashola-Ade"]
    assert "Ngozi Ekwueme" not in {a.name for a in actors_of(report) if a.positions}


_SALE = (
    "Chairman stays silent on club sale\n\n"
    "By Sports Desk\n\n"
    "Dunmere Athletic chairman Clive Orrin said the club would fight the points deduction in the courts.\n\n"
    "Asked whether he would sell the club, he refused to rule it out.\n\n"
    "League chief executive Dana Pryce said the panel had acted fairly. Asked if she would meet the fans' "
    "group, she declined to say.\n"
)


def _said(name: str) -> list[tuple[str, str]]:
    actor = next(a for a in actors_of(report_of(_SALE)) if a.name == name)
    return [(p.cue, p.text) for p in actor.positions]


def test_a_refusal_after_an_asked_frame_refused_the_question_and_keeps_its_own_words() -> None:
    assert ("refused to rule it out", "whether he would sell the club") in _said("Clive Orrin")
    assert ("declined to say", "if she would meet the fans' group") in _said("Dana Pryce")


_TARIFFS = (
    "Ottawa weighs its reply to new steel duties\n\n"
    "By Trade Desk\n\n"
    "Industry minister Colette Arsenault said the duties broke the trade pact. She did not rule out fresh levies on "
    "imported appliances.\n\n"
    "Finance minister Raj Dhillon did not rule out counter-tariffs on farm goods but said talks remained the first "
    "choice.\n"
)


def test_did_not_rule_out_is_a_position_and_a_but_said_after_it_shares_its_subject() -> None:
    said = {a.name: [(p.cue, p.text) for p in a.positions] for a in actors_of(report_of(_TARIFFS))}
    assert ("did not rule out", "fresh levies on imported appliances") in said["Colette Arsenault"]
    assert ("did not rule out", "counter-tariffs on farm goods") in said["Raj Dhillon"]
    assert ("said", "talks remained the first choice") in said["Raj Dhillon"]


def test_a_refusal_cut_before_its_infinitive_keeps_it_in_the_cue() -> None:
    text = (
        "Coalition partner weighs its options\n\n"
        "By Political Staff\n\n"
        "Prime Minister Orly Weiss has refused to say whether she would dismiss the finance minister.\n\n"
        "Party leader Suresh Pandit refused to say whether his party would contest the polls alone.\n"
    )
    said = {a.name: [(p.cue, p.text) for p in a.positions] for a in actors_of(report_of(text))}
    assert ("has refused to say", "whether she would dismiss the finance minister") in said["Orly Weiss"]
    assert ("refused to say", "whether his party would contest the polls alone") in said["Suresh Pandit"]


def test_a_list_a_colon_opens_runs_on_over_its_last_item() -> None:
    text = (
        "Lecturers extend their walkout\n\n"
        "By Education Desk\n\n"
        "Union chairman Dr Festus Amadi listed the lecturers' demands: the payment of withheld salaries, new "
        "laboratory funding, and the restoration of research grants.\n"
    )
    said = {a.name: [(p.cue, p.text) for p in a.positions] for a in actors_of(report_of(text))}
    assert any(cue == "listed" and text.endswith("and the restoration of research grants")
               for cue, text in said["Festus Amadi"])


def test_a_statement_relayed_by_an_aide_is_its_holders() -> None:
    text = (
        "Candidate heads to appeal court\n\n"
        "By Political Desk\n\n"
        "The alliance's candidate, Dr. Amaka Obiora-Nweke, in a statement by her spokesman, Chidi Anyanwu, described "
        "the judgment as a travesty and said she had asked her lawyers to appeal.\n"
    )
    report = report_of(text)
    assert holders(report, "as a travesty") == ["Amaka Obiora-Nweke"]
    assert holders(report, "asked her lawyers to appeal") == ["Amaka Obiora-Nweke"]
    roles = {a.name: a.role for a in actors_of(report)}
    assert "statement" not in roles["Amaka Obiora-Nweke"]


def test_a_short_object_after_an_adverb_and_a_verb_of_stance_is_a_position() -> None:
    text = (
        "Retailers join opposition to fuel levy\n\n"
        "By Business Desk\n\n"
        "The Coastal Retailers Federation also opposed the levy, saying in a statement that shops were struggling.\n"
    )
    said = {a.name: [(p.cue, p.text) for p in a.positions] for a in actors_of(report_of(text))}
    assert ("also opposed", "the levy") in said["Coastal Retailers Federation"]


def test_denies_with_a_gerund_object_after_a_capital_is_a_position() -> None:
    text = (
        "Talvoran rebels reject ceasefire terms as Washington urges restraint\n\n"
        "By Dana Whitcombe, Associated Wire\n\n"
        "Moscow denies supplying the rebels with drones, and a Kremlin spokesman said on Wednesday that the "
        'accusations were "baseless and provocative."\n'
    )
    said = {a.name: [(p.cue, p.text) for p in a.positions] for a in actors_of(report_of(text))}
    assert ("denies", "supplying the rebels with drones") in said["Moscow"]


def test_a_demand_noun_before_from_opens_what_was_rejected() -> None:
    text = (
        "Cartel holds firm on output\n\n"
        "By Energy Desk\n\n"
        "Norvessa has rejected calls from large fuel importers to lift production before the winter.\n"
    )
    said = {a.name: [(p.cue, p.text) for p in a.positions] for a in actors_of(report_of(text))}
    assert ("has rejected", "calls from large fuel importers to lift production before the winter") in said["Norvessa"]


def test_a_joined_cue_inside_a_reported_clause_stays_its_subjects() -> None:
    text = (
        "Footage of the arrest is released\n\n"
        "By Metro Desk\n\n"
        "Officers had been called to the station after reports of a fight. Daniel Okonjo was seen carrying a knife "
        "near the platform. According to police, officers told him to drop it. Police say he posed a deadly threat "
        "and refused to drop the knife.\n"
    )
    assert holders(report_of(text), "to drop the knife") == ["Daniel Okonjo"]


def test_a_quotation_in_the_first_content_does_not_part_a_but_joined_cue() -> None:
    text = (
        "Ministry appeals to striking drivers\n\n"
        "By Staff Reporter\n\n"
        "The drivers' union has threatened to stop work on Monday if the new fares are not reversed.\n\n"
        "Reacting, the Minister of Transport, Alhaji Garba Lawan, appealed to the drivers to keep talking.\n\n"
        "In a statement signed by his media aide, Tobi Adeyemi-Cole, the minister said the ministry "
        '"remains open to dialogue" but warned that a strike would only hurt commuters.\n'
    )
    assert holders(report_of(text), "only hurt commuters") == ["Garba Lawan"]
