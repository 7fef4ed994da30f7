"""Verbs of asking in their sense of a deed: "invited X into a meeting" (hosting someone) and "urged him on"
(cheering someone on) state nothing (brief.actors.deed_senses), on articles written for these tests."""

from __future__ import annotations

from written import said_by


def test_inviting_someone_into_a_meeting_is_no_position() -> None:
    said = said_by("Summit week\n\nPresident Rolf Anders met the Dutch prime minister on Thursday. In another unusual "
                   "step, Anders invited his son Mikael, whom he has chosen to run his firms, into the meeting.\n")
    assert said.get("Rolf Anders", []) == []


def test_urging_someone_on_is_no_position_but_urging_on_a_day_keeps_its_demand() -> None:
    said = said_by("Comet found\n\nThe astronomer Karl Hesse had nearly given up. Hesse's wife, Greta Hesse, urged him "
                   "on, and he found the comet the next night.\n\nSenator Ida Moss urged him on Monday to resign from "
                   "the board.\n")
    assert said.get("Greta Hesse", []) == []
    assert said["Ida Moss"] == ["him on Monday to resign from the board"]
