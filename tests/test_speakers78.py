"""Quotes and names given to the wrong person (session 57, helper speakers78), on articles written for these tests:
a bare surname a wife and husband share, a speaker last framed as "he" going on with a "she", a ship's name run
into its captain's."""

from __future__ import annotations

from written import actors_of, holders, report_of

COUPLE = (
    "Orchard couple open their farm to school visits\n\n"
    "This was her third harvest as owner, so Marisol Pennick figured she knew what to expect from the autumn.\n\n"
    "Pennick grew up among the trees and says she never wanted to leave them.\n\n"
    "The man who helps her now is Derek Pennick, a school teacher she married in 2001.\n\n"
    '"I thought she was the cleverest girl in the county," says Derek, who was a year ahead of her at school.\n\n'
    "Oblivious of his crush, Pennick was out of touch with him for years after that -- she moved to the city, he "
    "went east for college. But she kept track of him through friends, and she read a newspaper profile of him.\n\n"
    "In that profile, he described the kind of farm he hoped to teach on one day.\n\n"
    '"I want children to see where their food comes from, and to get their hands dirty doing it," he said in 1998.\n\n'
    '"I laughed when I read that," she says.\n\n'
    "After college, Pennick came back home when she was twenty-three and took over the pressing shed.\n\n"
    "Pennick still keeps the books herself, and she does the pruning with a crew of four.\n\n"
    "Pennick now hosts four classes a week in the autumn."
)


def test_a_he_is_not_the_bare_surname_the_woman_is_called_by() -> None:
    """Before: "Pennick" alone had no gender (the text names a man and a woman so), so "he said" went to it and
    so to Marisol, whom grouping gives the bare surname."""
    report = report_of(COUPLE)
    assert "Marisol Pennick" not in holders(report, "see where their food comes from")


STUDIO = (
    "Potters mark ten years at the old mill\n\n"
    "Ilse Marrow opened the pottery studio at the old mill with her business partner, Anwell Dace, in 2014.\n\n"
    "Marrow throws the bowls and says she has never sold one she did not like.\n\n"
    '"She can work for ten hours without looking up," says Anwell, who fires the kilns.\n\n'
    "Before they met, he wrote a magazine column about the studio he hoped to open.\n\n"
    '"I want a room where people can watch the work being done," he said in 2009.\n\n'
    '"I laughed when I read that," she says.\n\n'
    "Marrow now teaches two evening classes a week."
)


def test_a_she_after_a_he_said_is_not_the_man_of_untold_gender() -> None:
    """Before: "Anwell", a given name of no known gender, spoke last as "he", and the "she says" right after went on
    with him."""
    assert holders(report_of(STUDIO), "I laughed when I read that") == ["Ilse Marrow"]


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
    "Two protesters held on a whaling ship were returned on Friday to their own vessel, the Brian Hollis.\n\n"
    "Captain of the Brian Hollis Marcus Quell denied ramming the whaler, saying he had kept his distance.\n\n"
    '"We will follow them until they go home," Mr Quell said.\n\n'
    "Mr Quell said the Brian Hollis had enough fuel for three more weeks."
)


def test_a_ship_named_before_its_captain_is_not_part_of_his_name() -> None:
    report = report_of(SHIP)
    assert holders(report, "ramming the whaler") == ["Marcus Quell"]
    assert holders(report, "enough fuel") == ["Marcus Quell"]


BYLINE = (
    "Pellini double sends Harbour City top\n\n"
    "Second round, Harbour Park Harbour City 2 Westmoor 0 Staff and agencies Sunday March 2, 2025 Evening Herald "
    "Digital Marco Pellini celebrates his second goal against Westmoor. Photograph by staff.\n\n"
    "Harbour City went top of the table on Sunday after Marco Pellini scored twice in the second half.\n\n"
    '"It was the best game of my life," Pellini said after the match.'
)


def test_a_byline_run_into_the_first_name_after_it_is_not_part_of_the_name() -> None:
    names = [actor.name for actor in actors_of(report_of(BYLINE))]
    assert "Marco Pellini" in names
    assert not any("Digital" in name for name in names)


TRAVEL = (
    "Potter shows her bowls at a fair abroad\n\n"
    "Ilse Marrow opened the pottery studio at the old mill in 2014 and now sells her bowls in three countries.\n\n"
    "Although she has travelled a good deal -- including once with Martin, when he was invited to a fair in Lisbon -- "
    "she says she still prefers the quiet of the mill.\n\n"
    "Marrow teaches two evening classes a week."
)


def test_a_clause_of_time_set_off_after_a_name_tells_its_gender() -> None:
    """Before: "Martin", a given name alone, had no gender the text told, so the "she says" of its sentence went to him."""
    assert holders(report_of(TRAVEL), "still prefers the quiet") == ["Ilse Marrow"]


LAWSUIT = (
    "Former councillor sues over his wife's boss\n\n"
    "Former councillor Oren Haldane has sued the county's treasurer, Paul Greer, over his marriage to Lena Haldane.\n\n"
    "The suit says Greer pressed Ms. Haldane to stay in the relationship and dangled favours before Mr. Haldane.\n\n"
    "In fact, he says that Ms. Haldane confessed to the affair and said she was afraid she would lose her job.\n\n"
    "The suit also names Greer’s aide, Victor Osei, who allegedly entered his property.\n\n"
    "He says that he has footage of the intruder on his own cameras."
)


def test_a_womans_words_reported_inside_a_mans_leave_him_the_last_speaker() -> None:
    """Before: "Ms. Haldane ... said" inside his words became the last speaker (the same surname as his "Mr. Haldane",
    so not read as reported), and the "He says" two sentences on went past her to the last man named."""
    assert holders(report_of(LAWSUIT), "footage of the intruder") == ["Oren Haldane"]
