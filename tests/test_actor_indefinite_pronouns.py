"""An indefinite pronoun the tagger may type a name at a quotation's opening ("“Nobody told us anything”") is no
actor: brief.actors.indefinite_pronouns.pronouns_dropped, on an article written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_WARD = ("Patient left on trolley for two days\n\n"
         "A 90-year-old man waited 46 hours on a trolley at Dunmore General Hospital, his daughter said.\n\n"
         "\"He was left in a corridor with no water. Nobody told us anything,\" said Alice Brenner. \"Nobody came.\"\n\n"
         "The hospital's chief executive, Tom Ferris, said he was sorry. \"Everyone here is working flat out,\" he said.\n")


def test_an_indefinite_pronoun_is_no_actor() -> None:
    names = {a.name for a in actors_of(report_of(_WARD))}
    assert "Alice Brenner" in names
    assert not names & {"Nobody", "Everyone"}
