"""Kinds on real-looking pages (session 29's kinds4): a platform after a woman named in its paragraph is no
woman ("Delgado said Streamflix cancelled her show"); a titled person named by rank and place ("the Duke of
Kent", then "the Duke"); a town written only where things are; a person after an office's object ("Commissioner
for Environment X"). Every text is written here."""

from __future__ import annotations

from written import actors_of, kinds_of, report_of

from brief.actors.called_spans import with_called_people
from brief.actors.mentions import Mention
from brief.actors.name_extents import extended_names
from brief.actors.office_objects import office_holders
from brief.actors.peerages import peerage_name, ranked_name
from brief.actors.product_signs import owned_feature


def test_a_platform_that_cancels_a_named_womans_show_is_no_person() -> None:
    text = ("Streamflix drops Ortiz sketch show\n\n"
            "Comedian Lucia Ortiz said Streamflix cancelled her show after one season, leaving fans angry.\n\n"
            "\"I heard it from my agent,\" Ortiz said on Monday. \"Streamflix never rang me.\"\n\n"
            "The streaming service said in a statement that the show had not found a big enough audience. "
            "Streamflix has dropped several comedies this year.")
    kinds = kinds_of(text)
    assert kinds.get("Lucia Ortiz") == "person"
    assert kinds.get("Streamflix") != "person"


def test_a_duke_named_by_his_title_is_one_person() -> None:
    text = ("Duke opens hospital wing\n\n"
            "The Duke of Harwick opened a new children's wing at Brackley General Hospital on Friday.\n\n"
            "The Duke said the nurses had done \"remarkable work\" through a hard winter. "
            "\"This wing will change lives,\" he said.\n\n"
            "Chief executive Anna Prewett thanked the Duke for his visit.")
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert actors["Duke of Harwick"].kind == "person"
    assert "Duke" not in actors
    assert len(actors["Duke of Harwick"].positions) >= 1


def test_a_peerage_inside_a_longer_name_is_no_person() -> None:
    assert peerage_name("The Duke of Harwick said.", "Duke of Harwick")
    assert not peerage_name("She won the Duke of Harwick Award.", "Duke of Harwick")
    assert not peerage_name("at the Prince of Wales Hospital", "Prince of Wales")
    assert not peerage_name("Duke University said", "Duke University")


def test_a_town_written_only_where_things_are_is_a_place() -> None:
    text = ("Tacos al pastor come to the city\n\n"
            "The new taqueria follows the first in Elmwick\n\n"
            "Owners Rosa Medina and Javier Luna opened their first spot in Elmwick in 2021, and the second "
            "downtown this spring. Medina said the menu would change with the seasons.\n\n"
            "The original Taqueria Luna is at 14 W. Nine Mile Rd., Elmwick.")
    assert kinds_of(text).get("Elmwick") != "organization"


def test_an_office_s_object_is_cut_from_the_holder_s_name() -> None:
    text = "Commissioner for Environment Tokunbo Adewale said. Chief Justice of Ruritania Priya Kannan ruled."
    spans = [("Environment Tokunbo Adewale", "organization"), ("Ruritania Priya Kannan", "place")]
    mentions = [Mention(1, 0, text.index(s), text.index(s) + len(s), s, s, kind) for s, kind in spans]
    got = office_holders(text, mentions)
    assert [(m.name, m.kind, m.role) for m in got][0] == ("Tokunbo Adewale", "person", "Commissioner for Environment")
    assert got[0].surface == "Tokunbo Adewale"
    # "Ruritania" is no known place nor a common noun: the name is left as the tagger gave it
    assert got[1].name == "Ruritania Priya Kannan"


def test_a_body_after_of_is_left_whole() -> None:
    text = "the Governor of the Bank of Ruritania said"
    s = "Bank of Ruritania"
    m = Mention(1, 0, text.index(s), text.index(s) + len(s), s, s, "organization")
    assert office_holders(text, [m]) == [m]


def test_a_body_s_name_after_an_office_of_is_no_person() -> None:
    text = "the Head of Home Office Security said"
    s = "Home Office Security"
    m = Mention(1, 0, text.index(s), text.index(s) + len(s), s, s, "organization")
    assert office_holders(text, [m]) == [m]


def _mention(text: str, s: str, kind: str, demonym: bool = False) -> Mention:
    return Mention(1, 0, text.index(s), text.index(s) + len(s), s, s, kind, demonym=demonym)


def test_a_common_noun_with_its_number_is_one_name() -> None:
    text = "Actress Mia Lorne is leaving. Channel 7 said her final scenes would air in May."
    got = extended_names(text, [_mention(text, "Channel", "organization")])
    assert [(m.name, m.kind) for m in got] == [("Channel 7", "organization")]
    # a score or a quantity is no part of a name
    score = "Arsenal 2-1 Chelsea. Station 4,000 commuters."
    assert extended_names(score, [_mention(score, "Station", "organization")])[0].name == "Station"


def test_a_channel_with_its_number_is_no_person() -> None:
    text = ("Soap star quits after ten years\n\n"
            "Actress Mia Lorne has announced she is leaving Harbour Lane after ten years.\n\n"
            "Lorne, 38, told fans it was \"time for a new chapter\". Channel 7 said her final scenes would air "
            "in the spring.")
    assert kinds_of(text).get("Channel 7") != "person"


def test_a_body_whose_name_joins_two_nouns_with_and_is_whole() -> None:
    text = "The Canadian Trade and Consumer Commission, which brought the case, said."
    mentions = [_mention(text, "Canadian", "place", demonym=True), _mention(text, "Consumer Commission", "organization")]
    assert [m.name for m in extended_names(text, mentions)] == ["Canadian Trade and Consumer Commission"]
    # another name before the "and" is a list, not one body: "Apple and Google Pay"
    text = "Acme and Federal Trade Commission officials met."
    mentions = [_mention(text, "Acme", "organization"), _mention(text, "Federal Trade Commission", "organization")]
    assert extended_names(text, mentions) == mentions


def test_a_performer_the_tagger_called_misc_after_a_calling_is_a_person() -> None:
    assert with_called_people(["Ghanaian", "superstar", "Kofi", "Blaze", "played"], [(0, 1, "MISC"), (2, 4, "MISC")]) == \
        [(0, 1, "MISC"), (2, 4, "PER")]
    # an event or a work after no calling stays as the tagger read it
    assert with_called_people(["the", "Grammy", "Awards"], [(1, 3, "MISC")]) == [(1, 3, "MISC")]


def test_a_peer_named_by_rank_and_surname_is_a_person() -> None:
    assert ranked_name("Baroness Quell said the trip went well.", "Baroness Quell")
    assert not ranked_name("flights to Lord Harrow Island", "Lord Harrow")
    text = ("Minister defends summit trip\n\n"
            "The prime minister flew home on Sunday. Baroness Quell, a Foreign Office minister, said the trip had "
            "been \"a real success\" for trade.")
    assert kinds_of(text).get("Baroness Quell") != "organization"


def test_a_subject_written_at_the_title_s_and_the_lead_s_opening_is_found() -> None:
    text = ("Brackwell promoted again as owners celebrate\n\n"
            "Brackwell secured a third straight promotion with a 3-0 win over Dunmore Town on Saturday.\n\n"
            "Manager Phil Harker said his players deserved the credit. \"They have been magnificent,\" he said.")
    names = {a.name for a in actors_of(report_of(text))}
    assert "Brackwell" in names


def test_an_office_inside_a_person_s_name_is_cut_out_as_the_role() -> None:
    text = "Meanwhile, Kisumbo Governor Achola Nyangweso urged calm."
    s = "Kisumbo Governor Achola Nyangweso"
    got = office_holders(text, [_mention(text, s, "person")])
    assert [(m.name, m.role, m.surface) for m in got] == [("Achola Nyangweso", "Kisumbo Governor", "Achola Nyangweso")]
    # a body's name with such a word is left whole
    text = "the Minister Street Trust said"
    assert office_holders(text, [_mention(text, "Minister Street Trust", "organization")])[0].name == "Minister Street Trust"


def test_a_feature_named_between_its_and_system_is_no_actor() -> None:
    assert owned_feature("to fix a flaw in its ", " system, the regulator said")
    assert not owned_feature("a deal with ", " system")
    text = ("Voltara recalls 40,000 cars over driver-assist flaw\n\n"
            "Voltara is recalling 40,000 cars to fix a flaw in its Skyguide system, the regulator said on Wednesday.\n\n"
            "The regulator said Skyguide's controls \"may not be sufficient\". Voltara will send a software update.")
    names = {a.name for a in actors_of(report_of(text))}
    assert "Skyguide" not in names
