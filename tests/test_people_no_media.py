"""A person one of whose writings stands where a product would ("burying Joel Varga's feed", "Acme's Dana
Pruitt") is no medium where the text shows a person: texts written for these tests."""

from __future__ import annotations

import re

from written import actors_of, report_of

from brief.actors.medium_people import people_no_media
from brief.actors.mentions import Mention


def _marked(text: str, names: list[str], medium: set[str]) -> dict[str, bool]:
    """Each name's writings tagged a person, those of ``medium`` marked a medium; the names still marked."""
    mentions = sorted((Mention(1, 0, m.start(), m.end(), name, name, "person", medium=name in medium)
                       for name in names for m in re.finditer(rf"\b{re.escape(name)}\b(?! [A-Z])", text)),
                      key=lambda m: m.start)
    return {m.name: m.medium for m in people_no_media(text, mentions)}


def test_a_person_shown_speaking_or_gendered_loses_the_medium_mark() -> None:
    text = "The winger ran onto Lena Varga's pass. “We kept going,” Varga said after the match."
    assert _marked(text, ["Lena Varga", "Varga"], {"Lena Varga"}) == {"Lena Varga": False, "Varga": False}
    text = "Fans loved the Dana Pruitt feed. Dana Pruitt and her sister run it from Ohio."
    assert _marked(text, ["Dana Pruitt"], {"Dana Pruitt"}) == {"Dana Pruitt": False}


def test_a_thing_named_like_a_person_keeps_the_medium_mark() -> None:
    # no sign of a person by its own name, and its first word is no given name, so "Opus" alone says nothing of it
    text = "We skied the Magnum Opus feed all week. The Opus said little to us on hard snow."
    assert _marked(text, ["Magnum Opus"], {"Magnum Opus"}) == {"Magnum Opus": True}


def test_a_player_whose_feed_the_match_report_names_is_listed_a_person() -> None:
    text = ("The Hawks beat the Owls 3-1 on Saturday night at the Ridge Arena in front of a full house.\n\n"
            "Owls captain Sam Kettle scored first, before burying Joel Varga's feed on a two-on-one gave the "
            "Hawks the lead.\n\n"
            "“I didn’t really see him coming, but we kept going,” Varga said after the game on Saturday.")
    varga = [(a.name, a.kind) for a in actors_of(report_of(text)) if "Varga" in a.name]
    assert varga == [("Joel Varga", "person")]  # one person, by his full name: "Varga" was apart from it
