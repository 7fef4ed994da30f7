"""An aside after a name that opens with a participle and its preposition ("Ozer, speaking after the minister,
said") tells what the person was doing, not who they are: no role, and "the minister" in it stays the
minister's (articles written for these tests)."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.gerund_objects import participle_aside
from brief.actors.mentions import Token

OPENING = (
    "Tram line to Izmir port opens\n\n"
    "IZMIR – The tram line to the port opened on Monday, with Trade Minister Selim Arikan-Oral and Izmir Mayor "
    "Deniz Ozerdem at the ceremony.\n\n"
    "Arikan-Oral said the line would carry 90,000 people a day.\n\n"
    "Ozerdem, speaking after the minister, said the city had paid for most of the line. "
    "\"We built it ourselves,\" Ozerdem said."
)


def test_a_participle_aside_is_no_role() -> None:
    actors = {a.name: a for a in actors_of(report_of(OPENING))}
    assert actors["Deniz Ozerdem"].role != "speaking after the minister", actors["Deniz Ozerdem"].role


def _tokens(text: str) -> list[Token]:
    return [Token(w, 0, len(w)) for w in text.split()]


def test_participle_aside_leaves_a_titles_field() -> None:
    assert participle_aside(_tokens("speaking after the minister"))
    assert participle_aside(_tokens("standing beside the president"))
    assert not participle_aside(_tokens("acting director of the agency"))
    assert not participle_aside(_tokens("managing editor"))
