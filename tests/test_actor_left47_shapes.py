"""Shapes left by session 42's probes (left47): a pronoun's cue in a relative clause inside another's framed words
("The operator, which he calls “...,” will run no trains, X added": X's one statement); a verb of harm inside a
said clause ("said the demands would cost $3bn and threatened the corporation's survival": one statement); a
standing before a vox pop's name ("Retiree Lim Boon Huat", "Pensioner Ruth Callaghan": a role); a reduced relative
("records he says show ...": the cue "says"); and "with Y terming it “...”" (Y's statement, the first ending at the
comma). On articles written for these tests."""

from __future__ import annotations

from written import actors_of, cues_by, report_of

_RAIL = (
    "Rail strike to halt weekend services\n\n"
    "LONDON - Train drivers will walk out on Saturday in a dispute over pay, the union said on Thursday.\n\n"
    "Union leader Gareth Pryce said members had been left with no choice. Talks with chief executive Simon Hale "
    "broke down on Wednesday night.\n\n"
    "Northway Trains, which he calls \"a shambles from top to bottom,\" will run no trains on Sunday, Pryce added.\n\n"
    "Transport minister Helen Marsh said talks must resume.\n"
)
_POST = (
    "Postal talks collapse\n\n"
    "OTTAWA - Talks between the postal service and its workers collapsed on Friday.\n\n"
    "Maple Mail Corporation said the union's demands would cost $3bn and threatened the corporation's survival. "
    "The union said the figure was invented.\n\n"
    "Union president Jan Ostrowski said members would strike on Monday.\n"
)
_BUSES = (
    "Residents worry over bus cuts\n\n"
    "SINGAPORE - Residents in the east of the city voiced concern on Tuesday about plans to cut bus routes.\n\n"
    "Retiree Lim Boon Huat, 71, said he relied on the number 12 bus to reach the clinic. Pensioner Ruth Callaghan "
    "said the changes would leave her stranded.\n"
)
_INVOICES = (
    "Councillor faces questions over contracts\n\n"
    "A councillor has been asked to explain payments made to a firm owned by his brother.\n\n"
    "Opposition member Daniel Okafor has obtained records he says show the payments were made. The council said "
    "it would review the documents.\n"
)
_BRIBES = (
    "Minister denies bribery claims\n\n"
    "NAIROBI - Kenya's roads minister on Wednesday denied taking bribes from a road contractor.\n\n"
    "Opposition leader Raila Mwangi accused minister Peter Kamau of taking money from the firm, with party "
    "spokesman Kevin Otieno terming the claims \"politically motivated\". The Ethics Commission said it would "
    "investigate.\n"
)


def test_a_pronouns_relative_aside_is_part_of_the_frames_statement() -> None:
    said = cues_by(_RAIL)["Gareth Pryce"]
    assert any(cue == "added" and text.startswith("Northway Trains, which he calls") and text.endswith("on Sunday")
               for cue, text in said)
    assert not any(cue == "calls" for cue, _ in said)


def test_a_verb_of_harm_goes_on_with_the_said_clause() -> None:
    said = cues_by(_POST)["Maple Mail Corporation"]
    assert ("said", "the union's demands would cost $3bn and threatened the corporation's survival") in said
    assert not any(cue == "threatened" for cue, _ in said)


def test_a_standing_before_a_vox_pops_name_is_a_role() -> None:
    roles = {a.name: a.role for a in actors_of(report_of(_BUSES))}
    assert roles.get("Lim Boon Huat", "").lower() == "retiree"
    assert roles.get("Ruth Callaghan", "").lower() == "pensioner"
    assert "Retiree Lim Boon Huat" not in roles


def test_a_reduced_relatives_verb_is_no_part_of_the_cue() -> None:
    said = cues_by(_INVOICES)["Daniel Okafor"]
    assert ("says", "show the payments were made") in said


def test_terming_in_a_with_clause_is_its_subjects_statement() -> None:
    positions = cues_by(_BRIBES)
    assert any(cue == "terming" and "politically motivated" in text for cue, text in positions["Kevin Otieno"])
    assert ("accused", "minister Peter Kamau of taking money from the firm") in positions["Raila Mwangi"]
