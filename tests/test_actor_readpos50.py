"""Speaker shapes among the positions still judged wrong on the read pages (session 48, helper readpos50), each on
an article written for these tests: a person brought in by a lone first name and a relative "who" ("Marlo — who
only goes by his first name online — left ..."), whose "he wrote" went to a person the article had named paragraphs
before. The words are no longer that person's; what the earlier person says stays theirs."""

from __future__ import annotations

from written import said_by

_FIRST_NAME = (
    "How to leave work at fifty\n\n"
    "Saving early is the surest path, and famed investor Harold Quintrell has long urged savers to keep costs low. "
    "Many planners agree with that advice.\n\n"
    "Paying off a house before retiring is another matter. Some savers say it brings calm, while others say the "
    "money would do better in the market.\n\n"
    "Marlo — who only goes by his first name online — left his job at age 50, after almost three decades in "
    "shipping. He never earned a large salary, but saved steadily since his 20s and lived simply with his wife, he "
    "wrote in a blog post. His biggest regret? Not clearing his loan first.\n\n"
    '"Retiring well is mostly in your head," he wrote.'
)


def test_lone_first_name_with_who_takes_the_next_he() -> None:
    positions = said_by(_FIRST_NAME)
    quintrell = positions.get("Harold Quintrell", [])
    assert any("keep costs low" in p for p in quintrell)
    assert not any("salary" in p or "in your head" in p for p in quintrell)


_MODIFIER = (
    "Students split over the mayor's win\n\n"
    "Some students at Corran College were upset after Mayor Edwin Tallow won a second term. Others were not.\n\n"
    '"They held a vigil with candles and hot cocoa," said Wes Harrow, a sophomore. "It was a bit much."\n\n'
    'If they really cared about the city, they should join a campaign, he said, not skip class. "Students skipping '
    'lectures because Tallow won is why Tallow won," Harrow said. "Voters were tired of being lectured at, and '
    'Tallow ran against all that."\n\n'
    "Perhaps Harrow embodies the new campus Tallow supporter: He's a vegan, for one. He considers himself green on "
    "climate, but careful with money. He would have backed the other candidate, if he had been old enough."
)


def test_name_only_describing_a_noun_is_no_antecedent() -> None:
    positions = said_by(_MODIFIER)
    assert not positions.get("Edwin Tallow")
    assert any("green on climate" in p for p in positions.get("Wes Harrow", []))


_INDEFINITE = (
    "Governor-elect keeps advisers guessing on water plan\n\n"
    "Governor-elect Dana Whitlock has met farmers and city officials since her win, and aides say she listens "
    "closely. Whitlock told the Valley Courier last week she was open to a new dam.\n\n"
    "Whether she values other views or only entertains them is less clear. People close to the governor-elect say "
    "she avoids fights, telling visitors what they want to hear.\n\n"
    "In that vein, a day after the Courier interview, one former aide said he was sure that Whitlock's comments about "
    "the dam were meant only to calm her audience. \"If she's in a room of farmers, she will say yes to the dam. She "
    'won\'t fight them in that moment," the former aide said. "But believe me, she will never build it."'
)


def test_the_description_goes_back_to_the_one_brought_in_unnamed() -> None:
    whitlock = said_by(_INDEFINITE).get("Dana Whitlock", [])
    assert any("open to a new dam" in p for p in whitlock)
    assert not any("room of farmers" in p for p in whitlock)
