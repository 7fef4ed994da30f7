"""Quotes and names given to the wrong person (session 57, helper speakers78), on articles written for these tests:
a bare surname a wife and husband share, a speaker last framed as "he" going on with a "she", a ship's name run
into its captain's."""

from __future__ import annotations

from written import holders, report_of, said_by

COUPLE = (
    "Orchard couple open their farm to school visits\n\n"
    "Marisol Pennick runs the cider orchard outside Tarrow that her family has worked for three generations.\n\n"
    "Pennick grew up among the trees and says she never wanted to leave them.\n\n"
    "After college, Pennick came back home when she was twenty-three and took over the pressing shed.\n\n"
    "Her husband, Derek Pennick, a school teacher, joined her a decade ago.\n\n"
    "Pennick still keeps the books herself, and she does the pruning with a crew of four.\n\n"
    "Derek was on the school board for years before they met, and in an interview then he described the kind of "
    "farm he hoped to teach on one day.\n\n"
    '"I want children to see where their food comes from, and to get their hands dirty doing it," he said at the time.\n\n'
    '"I laughed when I read that, because he had never picked an apple in his life," she says.\n\n'
    "Pennick now hosts four classes a week in the autumn."
)


def test_a_he_is_not_the_bare_surname_the_woman_is_called_by() -> None:
    """Before: "Pennick" alone had no gender (the text names a man and a woman so), so "he said" went to it and
    so to Marisol, whom grouping gives the bare surname."""
    report = report_of(COUPLE)
    assert "Marisol Pennick" not in holders(report, "see where their food comes from")


def test_a_she_after_a_he_said_is_not_the_man() -> None:
    report = report_of(COUPLE)
    assert holders(report, "never picked an apple") == ["Marisol Pennick"]


SIBLINGS = (
    "Brother and sister split over the family bakery\n\n"
    "Teodora Valcke and her brother, Anselm Valcke, inherited the bakery on Quay Street from their father last "
    "spring.\n\n"
    "Ms. Valcke wants to sell the building, and Mr. Valcke wants to keep baking in it.\n\n"
    "In a letter to the tenants, Ms. Valcke said the roof needed repairs the shop could not pay for.\n\n"
    "The bakery has lost money for two years.\n\n"
    '"I will not let our father\'s ovens go cold," he said on Tuesday.'
)


def test_a_he_said_is_not_the_bare_surname_her_title_marks() -> None:
    """Before: "Ms. Valcke" went by the bare surname's gender, untold (both titles are written), so "he said" went
    to her."""
    assert holders(report_of(SIBLINGS), "ovens go cold") != ["Teodora Valcke"]


SHIP = (
    "Activists say whalers fled after a chase in the Southern Ocean\n\n"
    "Two protesters held on a whaling ship were returned on Friday to their own vessel, the Dora Bell.\n\n"
    "Captain of the Dora Bell Marcus Quell denied ramming the whaler, saying he had kept his distance.\n\n"
    '"We will follow them until they go home," Mr Quell said.\n\n'
    "Mr Quell said the Dora Bell had enough fuel for three more weeks."
)


def test_a_ship_named_before_its_captain_is_not_part_of_his_name() -> None:
    actors = said_by(SHIP)
    assert "Marcus Quell" in actors
    assert not any("Bell" in name for name in actors)
