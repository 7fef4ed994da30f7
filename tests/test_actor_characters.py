"""Characters of a film or a show named on a review are not actors of the news; real people named the
same ways are: on text written for these tests."""

from __future__ import annotations

import re

from brief.actors.characters import character_names
from brief.actors.mentions import Mention
from brief.actors.thinghood import things_named


def _spans(text: str, names: list[str]) -> list[tuple[str, int, int]]:
    return [(n, m.start(), m.end()) for n in names for m in re.finditer(rf"\b{re.escape(n)}\b", text)]


def test_a_cast_list_makes_its_parts_characters_but_not_their_players() -> None:
    text = ("The plot follows Wren Halloway (Nadia Brook), a shy archivist, and her rival, Corbin (Daniel "
            "Mare), who may have other motives. Later Pell, a disgraced pilot (Colin Asher), joins them.")
    names = ["Wren Halloway", "Nadia Brook", "Corbin", "Daniel Mare", "Pell", "Colin Asher"]
    assert character_names(text, _spans(text, names)) == {"Wren Halloway", "Corbin", "Pell"}


def test_one_name_with_another_in_brackets_is_no_cast_list() -> None:
    text = "The singer Lady Vex (Maria Tolland) played Dublin. Voters backed Ann Reyes (Labour) again."
    assert character_names(text, _spans(text, ["Lady Vex", "Maria Tolland", "Ann Reyes"])) == set()


def test_a_part_played_by_someone_or_set_beside_the_part_is_a_character() -> None:
    text = ("The show follows Tom Vesk — played by actor Grant Olin — and his friends. Olin plays the "
            "show's brooding protagonist, Ada Frine. Ray Dunne stars as Milo Grint. His comrade on Harbor, "
            "played by Dev Rama, came later. Rafael Nadal plays Roger Federer in the final. Russia played "
            "a key role, Dmitry Peskov said.")
    names = ["Tom Vesk", "Ada Frine", "Grant Olin", "Ray Dunne", "Milo Grint", "Harbor", "Dev Rama", "Rafael Nadal", "Roger Federer",
             "Dmitry Peskov"]
    assert character_names(text, _spans(text, names)) == {"Tom Vesk", "Ada Frine", "Milo Grint"}


def test_a_character_the_title_names_is_what_the_page_is_about() -> None:
    text = "Soap fans will see Kat Ribble, played by Jess Wale, face her past."
    spans = _spans(text, ["Kat Ribble", "Jess Wale"])
    assert character_names(text, spans, "Soap spoilers: Kat Ribble faces her past") == set()
    assert character_names(text, spans, "Soap spoilers for next week") == {"Kat Ribble"}


def test_a_characters_mentions_are_things_and_the_players_are_not() -> None:
    text = "Pell, played by Colin Asher, flies. Asher was cast in May."
    mentions = [Mention(1, 0, m.start(), m.end(), n, n, "person")
                for n, m in ((n, m) for n in ["Pell", "Colin Asher"] for m in re.finditer(n, text))]
    assert {m.name for m in things_named(text, mentions) if m.thing} == {"Pell"}


def test_a_cast_lists_player_in_brackets_is_a_person_whatever_the_tagger_typed() -> None:
    text = ("The plot follows Wren Halloway (Nadia Brook), a shy archivist, and her rival, Corbin (Daniel "
            "Mare). Their teacher (Alison Merrow) lectures them.")
    names = [("Wren Halloway", "person"), ("Nadia Brook", "person"), ("Corbin", "person"), ("Daniel Mare", "person"),
             ("Alison Merrow", "organization")]
    mentions = [Mention(1, 0, m.start(), m.end(), n, n, kind) for n, kind in names for m in re.finditer(n, text)]
    kinds = {m.name: m.kind for m in things_named(text, mentions)}
    assert kinds["Alison Merrow"] == "person"
    alone = "Voters backed the candidate (Alison Merrow) again."
    one = [Mention(1, 0, m.start(), m.end(), "Alison Merrow", "Alison Merrow", "organization")
           for m in re.finditer("Alison Merrow", alone)]
    assert things_named(alone, one)[0].kind == "organization"  # no cast list: no player
