"""A name the text speaks of as a thing (a product, a work, a building) and never as an agent is no actor:
on text written for these tests."""

from __future__ import annotations

from written import tagged_mentions

from brief.actors.thinghood import things_named


def _things(text: str, names: dict[str, str]) -> set[str]:
    return {m.name for m in things_named(text, tagged_mentions(text, names)) if m.medium}


def test_a_name_that_takes_an_article_like_a_common_noun_is_a_thing() -> None:
    text = ("The Vantor replaces the Quillon. Like the Quillon, the Vantor is light. "
            "We skied the Vantor for a week, and the Vantor held an edge.")
    assert _things(text, {"Vantor": "organization", "Quillon": "person"}) == {"Vantor", "Quillon"}


def test_a_person_described_or_an_owner_keeps_being_an_actor() -> None:
    text = ("The always-stylish Mara Delgado wore red. Delgado smiled. For all the success Tom Reyes has had, "
            "Reyes stayed. The Reyes family agreed. She met Ana Ortiz. A reply from Ana Ortiz came.")
    assert _things(text, {"Mara Delgado": "person", "Tom Reyes": "person", "Ana Ortiz": "person"}) == set()


def test_an_agent_that_takes_an_article_is_no_thing() -> None:
    text = ("The Zentral raised rates. The Zentral said inflation was high. The Senate voted. The Senate "
            "met. The Navy left. The Navy came back. The Orvane Team built it. The Orvane Team shipped it. "
            "The Harlem Lancers fought. The Harlem Lancers won.")
    names = {"Zentral": "organization", "Senate": "organization", "Navy": "organization",
             "Orvane Team": "organization", "Harlem Lancers": "person"}
    assert _things(text, names) == set()


def test_an_article_that_belongs_to_the_noun_after_the_name_is_not_the_names() -> None:
    text = "The Skyvia flight crashed. The Skyvia jet was new. Skyvia grounded its fleet."
    assert _things(text, {"Skyvia": "organization"}) == set()


def test_a_work_shown_once_is_a_work_wherever_named() -> None:
    text = ("Working on Dune Valley was hard. The Dune Valley cast met. When Dune Valley came around he "
            "was ready. Their 2016's record? No: 2016's Kindred left fans cold. Kindred sold well. "
            "Published in the journal Open Minds, the study ran. Open Minds is read widely.")
    names = {"Dune Valley": "organization", "Kindred": "organization", "Open Minds": "organization"}
    assert _things(text, names) == {"Dune Valley", "Kindred", "Open Minds"}


def test_a_makers_name_opening_a_name_with_an_article_is_its_product() -> None:
    text = ("Zorba may be planning a new tablet. The new Zorba Quill could ship in March, and the Zorba "
            "Quill will attach by a magnet. Zorba said nothing.")
    assert _things(text, {"Zorba": "organization", "Zorba Quill": "organization"}) == {"Zorba Quill"}


def test_an_article_over_a_list_of_bodies_is_each_ones() -> None:
    text = ("Unlike the Vantor, Kestrel Ten and Quillon, the ski is soft. Compared to the Quillon, it is "
            "light. Reviewers liked Quillon skis.")
    assert "Quillon" in _things(text, {"Vantor": "organization", "Quillon": "organization"})


def test_a_work_shown_by_what_only_a_work_does_is_a_work() -> None:
    text = ("Harrow Lane opened to glowing reviews, and Tessa Morland said she was relieved. Morland wrote "
            "the script for Copper Sky before Harrow Lane. Long Fen premiered on the CBX network in May. "
            "Vera Calloway debuted for Leeds in 2019 and was released on bail. Morland told Calloway.")
    names = {"Harrow Lane": "organization", "Copper Sky": "organization", "Long Fen": "organization",
             "Tessa Morland": "person", "Vera Calloway": "person", "Morland": "person", "Calloway": "person"}
    things = _things(text, names)
    assert things == {"Harrow Lane", "Copper Sky", "Long Fen"}  # not the writer, not the player who "debuted for"


def test_names_listed_after_a_kind_of_made_thing_are_things_but_not_after_agents() -> None:
    text = ("It looks like pow skis like the Vantor and Quill Opus. Racers like Dana Kerr agree. "
            "Movies like Starfall aged well. Companies such as Orvane hired. Players like Tomas Brel won.")
    names = {"Quill Opus": "person", "Vantor": "organization", "Dana Kerr": "person", "Starfall": "organization",
             "Orvane": "organization", "Tomas Brel": "person"}
    assert _things(text, names) == {"Vantor", "Quill Opus", "Starfall"}


def test_a_place_no_gazetteer_knows_shown_as_a_work_is_a_work_but_a_known_place_stays() -> None:
    text = ("Harrowgate, debuted on the CW in 2012. Fans of Harrowgate waited. "
            "She loved the film Paris, and moved to Paris.")
    assert _things(text, {"Harrowgate": "place", "Paris": "place"}) == {"Harrowgate"}


def test_a_body_named_for_a_common_noun_of_the_page_is_a_thing_unless_it_acts() -> None:
    text = ("Drillers tapped Skellig Ridge Basin again. The basin holds coal, and Skellig Ridge Basin ships it west. "
            "Quarrow Survey found less; the survey was small. Quarrow Survey said it would try again. "
            "Aides of the Tarrow administration met; the administration is new. Tarrow administration staff left.")
    things = _things(text, {"Skellig Ridge Basin": "organization", "Quarrow Survey": "organization",
                            "Tarrow administration": "organization"})
    assert things == {"Skellig Ridge Basin"}


def test_a_body_named_for_a_common_noun_that_the_title_names_stays_an_actor() -> None:
    text = "Crowds came to the Skellig Light Festival. The festival runs all week; Skellig Light Festival ends Sunday."
    mentions = tagged_mentions(text, {"Skellig Light Festival": "organization"})
    assert not any(m.medium for m in things_named(text, mentions, "Skellig Light Festival draws crowds"))
    assert all(m.medium for m in things_named(text, mentions))


def test_a_work_named_after_its_described_noun_is_a_work_but_not_a_clauses_subject() -> None:
    text = ("A flaw in the wildly popular online game Skyforge makes it easy to crash a server. Skyforge is run "
            "by Orvane. The studio also runs a league for its hit game Vexlight, and Vexlight sells well. "
            "The first show Dana Kerr created, Harrowgate, ran for years; Dana Kerr wrote it. "
            "Lawmakers passed the spending bill Senate Democrats wrote. The decision to show Tomas Brel's tape stood.")
    names = {"Skyforge": "organization", "Vexlight": "organization", "Dana Kerr": "person",
             "Senate Democrats": "organization", "Tomas Brel": "person"}
    assert _things(text, names) == {"Skyforge", "Vexlight"}


def test_a_body_mostly_written_with_a_versions_number_is_a_technology_but_not_a_team_or_a_channel() -> None:
    text = ("The laptop keeps four Vexbolt 3 ports. Vexbolt 3 is staying, and Vexbolt carries power. "
            "Quillnet 6 is missing. Final: Harbor Mariners 6, Dunmore Yanks 3. The Harbor Mariners won again. "
            "Channel 4 News said it would air the vote on Channel 4 Tuesday; Channel 4 said so.")
    names = {"Vexbolt": "organization", "Quillnet": "organization", "Harbor Mariners": "organization",
             "Channel 4": "organization"}
    assert _things(text, names) == {"Vexbolt", "Quillnet"}
