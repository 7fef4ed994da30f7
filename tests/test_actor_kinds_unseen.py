"""Kinds and groups of names on pages shaped like unseen sites (issue 11): a company a founder "dragged
through his" plans, a product named after its maker, a tip's or a section's heading before a colon,
a newspaper an article appeared in. Every text is written here."""

from __future__ import annotations

import re

from written import actors_of, report_of

from brief.actors.gender import shows_gender
from brief.actors.grouping import group_mentions
from brief.actors.kinds import area_context
from brief.actors.mentions import Mention
from brief.actors.name_words import no_actor_word
from brief.actors.personhood import unevidenced_people
from brief.model import Actor


def _by_name(text: str) -> dict[str, Actor]:
    return {a.name: a for a in actors_of(report_of(text))}


def test_his_after_a_preposition_is_the_subjects_not_the_names() -> None:
    assert not shows_gender("That year Orrin Vale dragged Zentrix through his costly reorganisation.", "Zentrix")
    assert shows_gender("Then Halvorsen shook his head and left.", "Halvorsen")


def test_a_company_a_founder_drags_through_his_plans_stays_a_company_and_its_product_is_no_alias() -> None:
    text = ("Orrin Vale founded Zentrix in 1998. Zentrix grew fast and Zentrix hired hundreds of engineers. "
            "In 2001 Vale dragged Zentrix through his reorganisation of the engineering teams. "
            "Zentrix then built something called Zentrix Toolbar, a way to search from any page. "
            "Zentrix kept growing, and Zentrix's CEO took it public.")
    actors = _by_name(text)
    assert actors["Zentrix"].kind == "organization"
    assert "Zentrix Toolbar" not in actors or actors["Zentrix Toolbar"].kind != "person"
    assert "Zentrix" not in actors.get("Zentrix Toolbar", actors["Zentrix"]).aliases


def test_a_heading_before_a_colon_is_no_speaker() -> None:
    text = ("Marta Ellery runs the flower shop on the corner. She said autumn is her busiest season.\n\n"
            "Bowl of Autumn Leaves Going simple is the best solution for autumn tables. Florist's Tip: Choose a "
            "vase color that recedes and does not compete with the blooms.\n\n"
            "Quiet Reading: Short fiction with unique perspectives on gardens, every week on this site.")
    names = set(_by_name(text))
    assert "Florist's Tip" not in names and "Quiet Reading" not in names
    assert "Marta Ellery" in names


def test_a_newspaper_an_article_appeared_in_is_no_speaker() -> None:
    text = ("Dorian Kell was arrested in 2003. Prosecutors dismissed the charges after investigators began to "
            "doubt the statements, according to a 2004 article in the Harlow Basin Ledger-Star. Kell moved away.")
    names = set(_by_name(text))
    assert "Harlow Basin Ledger-Star" not in names or _by_name(text)["Harlow Basin Ledger-Star"].kind != "person"


def test_holidays_family_words_interjections_and_sentence_adverbs_are_no_names() -> None:
    plain = {"boxing", "election"}.__contains__

    def no_actor(name: str, before: str = "") -> bool:
        return no_actor_word(name, before, lambda w: plain(w.lower()))

    assert all(no_actor(n) for n in ["Christmas", "New Year", "Boxing Day", "Mother's Day", "Election Day", "Mom",
                                     "Grandma", "HAHAHAHAHA", "Wow", "Likewise", "Moreover"])
    assert no_actor("God", "I woke up thinking, 'Oh my ") and no_actor("God", "approaching it single, thank ")
    assert not any(no_actor(n) for n in ["Doris Day", "Christmas Humphreys", "Momo", "Hakim", "God"])


def test_a_family_letter_lists_no_holiday_relative_nor_laughter() -> None:
    text = ("Family gatherings bring the same questions every year at Christmas.\n\n"
            "From Mom:\n\nWhat she said: \"Did Mom show you the new recipe?\" What we said: HAHAHAHAHAHA.\n\n"
            "Likewise, Dana Prewitt of Ohio says her cousins ask about her job at Christmas and over the New Year.\n\n"
            "\"Did you call Mom?\" Prewitt said. \"Oh my God, every year,\" she added.")
    names = set(_by_name(text))
    assert not names & {"Christmas", "Mom", "HAHAHAHAHAHA", "Likewise", "New Year", "God"}
    assert "Dana Prewitt" in names


def test_a_hotel_a_channel_a_schools_sport_and_a_states_team_are_no_people() -> None:
    text = ("Hotel Villa Serrano sits on a cliff above the bay. Guests of Hotel Villa Serrano dine on the terrace, "
            "and Hotel Villa Serrano keeps a spa.\n\nThe Marlow Tech Chargers host Dunmore on Friday: Charger Hockey "
            "sold out, and Charger Hockey moves to a bigger rink next year.\n\nThe Ohio Buckeyes beat the Iowa "
            "Hawkeyes. The Ohio Buckeyes have won six straight. Fans watched on Kessler Channel, and Kessler Channel "
            "showed the replay twice.")
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    for name in ("Hotel Villa Serrano", "Charger Hockey", "Ohio Buckeyes", "Kessler Channel"):
        assert kinds.get(name, "organization") != "person", name


def test_a_first_surname_used_alone_joins_the_person_however_it_was_typed() -> None:
    """ "Guadalupe Salinas Hernández ... Salinas' home": a first surname the tagger read as a town (then a
    body) in some places and as the person in others is the person throughout."""
    kinds = ["person", "person", "organization", "person", "organization", "organization"]
    mentions = [Mention(1, 0, 0, 22, "Marisol Toledo Ibarra", "Marisol Toledo Ibarra", "person")]
    mentions += [Mention(1, k + 1, 100 * (k + 1), 100 * (k + 1) + 6, "Toledo", "Toledo", kind) for k, kind in enumerate(kinds)]
    groups = [g for g in group_mentions(mentions) if g.mentions]
    assert [(g.name, g.kind, len(g.mentions)) for g in groups] == [("Marisol Toledo Ibarra", "person", 7)]


def test_a_town_set_before_its_country_or_called_a_city_is_a_place() -> None:
    text = ("A 17-year-old girl from Tavaronte, Mexico was arrested on Monday. Tavaronte is a border city in the "
            "north. Visitors also reach the nearby towns of Lucera or Positello by boat.")
    kinds = {m.name: m.kind for m in unevidenced_people(text, _tagged_people(text, ["Tavaronte"]))}
    assert kinds == {"Tavaronte": "place"}
    assert area_context("Visitors also reach the nearby towns of ", " or Positello")


def test_a_probe_named_for_a_moon_is_no_person() -> None:
    text = ("NASA is developing a mission called Europa Clipper. Clipper will orbit Jupiter. "
            "Clipper carries nine instruments.")
    kinds = {m.name: m.kind for m in unevidenced_people(text, _tagged_people(text, ["Europa Clipper", "Clipper"]))}
    assert kinds == {"Europa Clipper": "organization", "Clipper": "organization"}


def test_a_labels_name_without_its_last_word_is_the_label() -> None:
    """ "Big Machine" in a story about Big Machine Records: one body."""
    mentions = [Mention(1, 0, 0, 20, "Halcyon Bay Records", "Halcyon Bay Records", "organization")]
    mentions += [Mention(1, k, 100 * k, 100 * k + 12, "Halcyon Bay", "Halcyon Bay", "organization") for k in (1, 2, 3)]
    groups = [g for g in group_mentions(mentions) if g.mentions]
    assert [(g.name, len(g.mentions)) for g in groups] == [("Halcyon Bay Records", 4)]


def _tagged_people(text: str, names: list[str]) -> list[Mention]:
    """Every occurrence of each name, tagged a person (as the tagger might); the longest name first."""
    out: list[Mention] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if not any(x.start <= m.start() < x.end for x in out):
                out.append(Mention(1, 0, m.start(), m.end(), name, name, "person"))
    return sorted(out, key=lambda m: m.start)


def test_the_pages_own_correspondent_and_a_writers_bio_are_no_actors() -> None:
    text = ("Rescuers found a seventh body on Tuesday, officials said.\n\n07.38 Our correspondent Talia Brennock, in "
            "Port Wedel, says families are waiting at the airport. Talia Brennock in Port Wedel has spoken to the "
            "head of the search, Arman Sutedja. Sutedja said divers would go down at dawn.\n\n"
            "Colm Ferrity can be reached at colm@example.org.")
    names = set(_by_name(text))
    assert not names & {"Talia Brennock", "Colm Ferrity"}
    assert "Arman Sutedja" in names


def test_one_name_spelt_with_or_without_its_space_is_one_actor() -> None:
    mentions = [Mention(1, k, 100 * k, 100 * k + 7, "SkyWing", "SkyWing", "organization") for k in range(4)]
    mentions += [Mention(1, 9, 900, 908, "Sky Wing", "Sky Wing", "organization")]
    mentions += [Mention(1, 10, 1000, 1015, "Mara DeVaugh", "Mara DeVaugh", "person")]
    mentions += [Mention(1, k, 100 * k, 100 * k + 9, "De Vaugh", "De Vaugh", "person") for k in (11, 12)]
    groups = sorted((len(g.mentions), g.kind) for g in group_mentions(mentions) if g.mentions)
    assert groups == [(3, "person"), (5, "organization")]


def test_a_reader_who_shared_her_kitchen_is_a_person() -> None:
    text = "Kaycee shared her kitchen remodel with us. Kaycee painted the cabinets. Kaycee replaced the oven."
    kinds = {m.name: m.kind for m in unevidenced_people(text, _tagged_people(text, ["Kaycee"]))}
    assert kinds == {"Kaycee": "person"}
    text = "Brindlemart sent her a refund. Brindlemart sells lamps. Brindlemart opened a store."
    kinds = {m.name: m.kind for m in unevidenced_people(text, _tagged_people(text, ["Brindlemart"]))}
    assert kinds == {"Brindlemart": "organization"}


def test_a_man_with_a_given_name_named_after_to_and_from_is_no_place() -> None:
    mentions = [Mention(1, 0, 0, 11, "Simon Pegg", "Simon Pegg", "person", after="to")]
    mentions += [Mention(1, k, 100 * k, 100 * k + 4, "Pegg", "Pegg", "person", after=w) for k, w in ((1, "from"), (2, "to"))]
    assert [(g.name, g.kind) for g in group_mentions(mentions) if g.mentions] == [("Simon Pegg", "person")]


def test_the_last_word_of_a_village_cut_at_its_particle_is_a_place() -> None:
    assert area_context("perched above the small fishing village of Conca dei ", ". The owner")


def test_a_drawn_out_word_opening_sentences_is_no_name() -> None:
    text = ("The Marlow Historical Society leads groups through the Grand Harrow Hotel today from 1 to 3 p.m. "
            "Weeeell, tickets are limited. Guests tour the public rooms as actors play figures from the past. "
            "Weeeell, the Marlow Historical Society says the tour ends in the ballroom.")
    names = {a.name for a in actors_of(report_of(text))}
    assert "Marlow Historical Society" in names
    assert "Weeeell" not in names


def test_a_census_given_name_the_tagger_reads_a_person_at_every_writing_stays_a_person() -> None:
    text = ("The review board heard from Kendall on Tuesday. Kendall argued the plan was rushed. "
            "Board members asked Kendall to come back next month with the figures.")
    kinds = {m.name: m.kind for m in unevidenced_people(text, _tagged_people(text, ["Kendall"]))}
    assert kinds == {"Kendall": "person"}


def test_a_census_given_name_written_twice_or_read_a_place_once_needs_another_sign() -> None:
    twice = "Players waited for Sheridan all year. The launch of Sheridan slipped again this week."
    kinds = {m.name: m.kind for m in unevidenced_people(twice, _tagged_people(twice, ["Sheridan"]))}
    assert kinds == {"Sheridan": "organization"}
    text = "Sheridan grew fast. Sheridan opened two schools. Families moved to Sheridan for the schools."
    mentions = _tagged_people(text, ["Sheridan"])
    mentions[-1] = Mention(1, 0, mentions[-1].start, mentions[-1].end, "Sheridan", "Sheridan", "place")
    assert {m.kind for m in unevidenced_people(text, mentions)} == {"place", "organization"}


def test_a_name_set_beside_a_settlement_noun_after_it_is_a_place() -> None:
    assert area_context("convoy reached ", ", the capital of the northern province, on Sunday")
    assert area_context("set out from ", ", a market town near the border.")
    assert area_context("the road to ", ", a village in the hills, was closed")
    assert not area_context("said ", ", a town councillor in Velden Moor, said")  # a person's role
    assert not area_context("said ", ", the district attorney, said he would")
    assert not area_context("said ", ", the city's mayor.")


def test_a_firm_named_for_its_trade_is_a_body_not_a_person() -> None:
    text = ("The Kestrel is the best laptop Dunmere Computing has made. Shares of tech firms fell, according to data "
            "from Halvane Research. Dunmere Computing said the machine would ship in March.")
    kinds = _by_name(text)
    assert kinds["Dunmere Computing"].kind == "organization"


def test_a_clubs_one_word_name_before_its_boss_is_the_club() -> None:
    """ "Chelsea boss Mauricio Pochettino": Chelsea is the club he runs, not a woman named Chelsea."""
    text = (
        "Pochettino defends rotation after stumble\n\n"
        "Chelsea boss Mauricio Pochettino insisted he had no regrets after his side were held 2-2 by Brentford. "
        "Chelsea twice surrendered the lead at the Gtech Community Stadium.\n\n"
        "The result leaves Chelsea ninth, six points off the European places."
    )
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Chelsea") == "organization", kinds
    assert kinds.get("Mauricio Pochettino") == "person", kinds
