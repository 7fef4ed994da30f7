"""Kinds of names on news written for these tests: a one-word person known by the family the text gives
them (brief/actors/kin_owners.py)."""

from __future__ import annotations

import re

from written import kinds_of

from brief.actors.mentions import Mention
from brief.actors.personhood import unevidenced_people

_STRONGMAN = (
    "Health of Veloria's ailing Marwoto steadies: doctors\n\n"
    "TAMBARA (Wire) — Veloria's former strongman Marwoto showed signs of improvement on Monday but remained in a "
    "serious condition, doctors said three days after he was taken to hospital with heart and kidney trouble.\n\n"
    "Marwoto fell ill late last week at his villa, which he has rarely left since street protests in 1999 ended "
    "his 30-year rule of Veloria.\n\n"
    "Marwoto's four children and a stream of senior officials have visited him since his admission to hospital.\n\n"
    "A lawsuit is still being heard against him, with the government seeking 2 billion dollars in assets "
    "allegedly gathered through a charity Marwoto chaired while in power."
)


def test_a_one_word_name_whose_children_the_text_writes_is_a_person() -> None:
    assert kinds_of(_STRONGMAN)["Marwoto"] == "person"


def _kinds(text: str, name: str) -> str:
    mentions = [Mention(1, 0, m.start(), m.end(), name, name, "person") for m in re.finditer(rf"\b{name}\b", text)]
    return {m.name: m.kind for m in unevidenced_people(text, mentions)}[name]


def test_a_bodys_sister_company_or_childrens_shows_no_person() -> None:
    assert _kinds("Quorvex's sister company sells the same phones. Quorvex will close stores.", "Quorvex") == "organization"
    assert _kinds("Quorvex's children's programming moves to Fridays.", "Quorvex") == "organization"
    assert _kinds("Quorvex's late brother ran the farm before him.", "Quorvex") == "person"


_SIGNINGS = (
    "Harbourside chief says owners' cash built the squad\n\n"
    "Harbourside Rovers chief executive Martin Pell says the club's American owners paid for last summer's "
    "spending spree.\n\n"
    "Pell is convinced that without the takeover, manager Gordon Tully would not have had the money for the "
    "signings of Tavinho, Rinaldo, Owen Marsh and Peter Kade.\n\n"
    "\"I was on the phone in Lisbon to the owners over Tavinho and Rinaldo. They said just do it,\" Pell said."
)


def test_one_word_names_listed_among_full_names_of_people_are_people() -> None:
    kinds = kinds_of(_SIGNINGS)
    assert (kinds["Tavinho"], kinds["Rinaldo"]) == ("person", "person")


def test_a_list_that_holds_a_body_of_several_words_is_left_alone() -> None:
    from brief.actors.listed_people import listed_people

    text = "Guests included Brindle Motors, Quorvex, Owen Marsh and Peter Kade."
    names = [("Brindle Motors", "organization"), ("Quorvex", "organization"), ("Owen Marsh", "person"),
             ("Peter Kade", "person")]
    mentions = [Mention(1, 0, text.index(n), text.index(n) + len(n), n, n, k) for n, k in names]
    assert [m.kind for m in listed_people(text, mentions)] == [k for _, k in names]


_PACT = (
    "Kellner and Talbrent renew their storage pact\n\n"
    "For now, Kellner and Talbrent seem as close as ever. Since 2003, Kellner has partnered with Talbrent for "
    "backup systems, and the companies renewed the deal in 2007.\n\n"
    "\"This is the next step in the long partnership between Kellner and Talbrent,\" said Dana Reyes, vice "
    "president and general manager, Kellner storage, in a statement released this morning.\n\n"
    "Kellner's storage business has never been as large as its server business. \"Kellner has said before that "
    "it is the largest reseller of the software,\" one analyst said."
)


def test_a_role_set_off_after_a_persons_name_is_not_the_firm_named_after_it() -> None:
    from written import actor_named, report_of

    report = report_of(_PACT)
    assert actor_named(report, "Kellner").kind == "organization"
    assert actor_named(report, "Dana Reyes").role == "vice president and general manager"


_BROADBAND = (
    "Talbrent Eyes Growth in Rural Broadband\n\n"
    "Talbrent Eyes Growth in Rural Broadband March 3, 2008 By Nora Pell Talbrent on Monday said it would spend "
    "$2 billion on rural lines over five years.\n\n"
    "The company's chief executive, Liam Ortega, said demand outside the cities had doubled. \"Rural customers "
    "are the market we have missed,\" Ortega said.\n\n"
    "Analysts said Talbrent was late to the market. \"They have a lot of ground to make up,\" said Petra Vance, "
    "an analyst at Hollin Research."
)


def test_a_title_case_headlines_verb_ends_the_name_before_it() -> None:
    kinds = kinds_of(_BROADBAND)
    assert "Talbrent Eyes Growth" not in kinds
    assert kinds["Talbrent"] == "organization"


_PREVIEW = (
    "Quillbacks head east for a Friday test\n\n"
    "The Ottawa Quillbacks head east once again as they prepare for a Friday night game with the Denver Voyageurs "
    "at the Forum.\n\n"
    "The Voyageurs have won four straight at home. The Voyageurs' goaltender stopped 41 shots on Tuesday, and the "
    "Voyageurs lead the division by six points.\n\n"
    "Coach Marla Quint of Ottawa expects a hard night. \"The Voyageurs skate well and they never stop,\" Quint said."
)


def test_a_teams_plural_name_is_the_team_named_once_in_full() -> None:
    from written import actor_named, report_of

    team = actor_named(report_of(_PREVIEW), "Denver Voyageurs")
    assert "Voyageurs" in team.aliases


def test_a_body_named_often_is_no_surname_of_a_name_written_once() -> None:
    from brief.actors.name_part_people import name_part_people

    text = ("Orvane announced new laptops. Orvane says the new Mac is the lightest Mac Orvane has ever sold. "
            "Orvane also left its monitors alone. Buyers hope Orvane will show new ones.")
    mentions = [Mention(1, 0, m.start(), m.end(), "Orvane", "Orvane", "organization")
                for m in re.finditer(r"(?<!Mac )\bOrvane\b", text)]
    at = text.index("Mac Orvane")
    mentions.append(Mention(1, 0, at, at + len("Mac Orvane"), "Mac Orvane", "Mac Orvane", "person"))
    kinds = {m.kind for m in name_part_people(text, sorted(mentions, key=lambda m: m.start)) if m.name == "Orvane"}
    assert kinds == {"organization"}


_RELEASE = (
    "Singer Vexa Lane asks judge for early release\n\n"
    "Vexa Lane is pleading with a judge for an early release from jail because of a back injury, a court filing "
    "shows.\n\n"
    "\"I ask you to please consider that my health is at risk,\" Lane (real name: Marta Ostrow) wrote in a letter "
    "filed on Tuesday with her appeal.\n\n"
    "Lane also wrote, \"So far you have only heard about the singer. I would like to show you the woman my father "
    "raised.\"\n\n"
    "Her lawyer, Dev Anand Pillai, said the jail had no doctor on site. \"She needs care that they cannot give "
    "her,\" Pillai said."
)


def test_a_real_name_given_in_brackets_is_the_same_person() -> None:
    from written import named_actors, report_of

    report = report_of(_RELEASE)
    assert [a.name for a in named_actors(report, "Marta Ostrow")] == ["Vexa Lane"]
