"""Shapes of who speaks (session 38, helper speakers28): a country's ranked body ("Norway's biggest union") is not
the country, though its ministry and its envoys speak for it. On articles written for these tests."""

from __future__ import annotations

from written import cues_by

_STRIKE = (
    "Ferry crews walk out over pay\n\n"
    "OSLO (Reuters) - Ferry services along the coast were halted on Thursday as crews began a two-day strike.\n\n"
    "Norway's largest transport union demanded a wage rise of seven percent, saying prices had outpaced pay.\n\n"
    "Sweden's foreign ministry said it was following the dispute closely because of cross-border routes.\n\n"
    "\"We expect both sides to return to the table,\" said Ingrid Dahl, a labour ministry adviser."
)


def test_a_countrys_ranked_body_is_not_the_country_but_its_ministry_is() -> None:
    said = cues_by(_STRIKE)
    assert "Norway" not in said
    assert not any("wage rise" in text for texts in said.values() for _, text in texts)
    assert any("following the dispute" in text for _, text in said["Sweden"])


_RESIGN = (
    "Two directors quit after trading losses\n\n"
    "LONDON - Two directors of Farrow Trust resigned on Tuesday after the fund lost a fifth of its value.\n\n"
    "Miriam Oakes and Daniel Pryce said in a joint statement that the losses had come under their watch.\n\n"
    "The trust's chair, Neil Abbott, said a search for successors had begun."
)


def test_two_people_named_in_full_speak_together_in_a_joint_statement() -> None:
    said = cues_by(_RESIGN)
    assert any("under their watch" in text for _, text in said["Miriam Oakes"])
    assert any("under their watch" in text for _, text in said["Daniel Pryce"])


_LAUNCH = (
    "Orvane bets on a rolling screen\n\n"
    "TAIPEI - Orvane Inc showed the Orvane Scroll on Thursday, a laptop whose screen rolls out, as the company "
    "tries to lure buyers away from Dell and Lenovo.\n\n"
    "The laptop will sell for $2,499 from April, the company said.\n\n"
    "\"It is a clever idea, but an expensive one,\" said Chen Wei, an analyst at Fubon Securities."
)


def test_the_company_is_the_maker_not_its_product_nor_a_rival_named_after_it() -> None:
    said = cues_by(_LAUNCH)
    holders = [name for name, texts in said.items() if any("sell for $2,499" in text for _, text in texts)]
    assert holders == ["Orvane"]


_SQUADS = (
    "League tightens rules on loans\n\n"
    "LONDON - The league on Monday approved tighter limits on loan deals between clubs.\n\n"
    "Players Union Europe said the limits would cut the number of young players getting games.\n\n"
    "Coaches say they fear the limits will hurt smaller clubs most."
)


def test_coaches_opening_a_sentence_are_a_group_and_their_they_is_theirs() -> None:
    said = cues_by(_SQUADS)
    assert not any("hurt smaller clubs" in text for _, text in said.get("Players Union Europe", []))
    assert any("hurt smaller clubs" in text for _, text in said["coaches"])


_ESTATES = (
    "Heirs fight over a sculpture park\n\n"
    "BOSTON - A dispute over a sculpture park has reached the state's highest court.\n\n"
    "Representatives of two of the former Henry Harlow estates say the sale would break the founder's will.\n\n"
    "The park's director, Ruth Cole, said the sculptures would stay where they are. Cole likewise argued against "
    "any sale of the land."
)


def test_a_name_that_only_modifies_a_thing_noun_is_no_speaker() -> None:
    said = cues_by(_ESTATES)
    assert not any("break the founder" in text for texts in said.values() for _, text in texts)
    assert any("any sale of the land" in text for _, text in said["Ruth Cole"])  # an adverb after a name: its own


_MERGER = (
    "Ferry operators agree to combine\n\n"
    "BERGEN - Korvald Shipping Group has agreed to buy Tidewater Ferries for 3 billion crowns, the companies said "
    "on Tuesday.\n\n"
    "\"Together we can run more routes at lower cost,\" said Sigrid Moen, an analyst at DNB Markets."
)


def test_the_companies_after_a_deal_between_two_are_both() -> None:
    said = cues_by(_MERGER)
    holders = sorted(name for name, texts in said.items() if any("has agreed to buy" in text for _, text in texts))
    assert holders == ["Korvald Shipping Group", "Tidewater Ferries"]


_GROWERS = (
    "Growers push back on water plan\n\n"
    "FRESNO - The state unveiled a plan to cut water allocations to farms by a fifth.\n\n"
    "Wayne Dobbs, a grower near Visalia, has fought the plan for months. So has Rick Alder, who farms almonds.\n\n"
    "Dobbs, Alder and other farmers claim they are being punished for a drought they did not cause."
)


def test_named_people_listed_with_others_of_their_kind_speak_not_an_unnamed_group() -> None:
    said = cues_by(_GROWERS)
    assert not any("being punished" in text for name, texts in said.items() if "other" in name for _, text in texts)
    assert any("being punished" in text for _, text in said["Rick Alder"])
