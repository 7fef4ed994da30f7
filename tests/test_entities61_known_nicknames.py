"""A body's well-known other name ("the World Court") is the body the article names in full ("the International Court
of Justice"), one actor (brief.actors.known_nicknames); alone, it stays as written; on articles written for these
tests."""

from __future__ import annotations

from written import actors_of, report_of

_HEARINGS = (
    "Court ends hearings on Veloria border dispute\n\n"
    "THE HAGUE - Hearings closed on Friday in the border case between Veloria and Ostrana, the Netherlands-based "
    "International Court of Justice (ICJ) said.\n\n"
    "Veloria asked the court to rule that a strip of land along the Marren river belongs to it under an 1894 treaty.\n\n"
    '"The treaty is clear and the map attached to it is clearer," said Tomas Verhaal, Veloria\'s agent before the '
    "court.\n\n"
    "Ostrana argued that it had governed the strip for a century without protest.\n\n"
    "In an earlier case before the World Court, Ostrana won a ruling on fishing rights in the same river. The World "
    "Court said on Friday it would give its judgment later this year.\n"
)


def test_a_nickname_is_the_body_named_in_full() -> None:
    names = [a.name for a in actors_of(report_of(_HEARINGS))]
    assert "International Court of Justice" in names and "World Court" not in names


def test_a_nickname_alone_stays() -> None:
    text = _HEARINGS.replace("Netherlands-based International Court of Justice (ICJ)", "court's registry")
    names = [a.name for a in actors_of(report_of(text))]
    assert "International Court of Justice" not in names
