"""A union described by its members ("the scriptwriters union") is the body so named before, and the next "the
guild contends" is that body's, not another guild's named between (speakers92)."""

from __future__ import annotations

from tests.written import said_by

_TWO_GUILDS = """Comedy hosts go back on air without writers

The late-night hosts returned to the air this week without writers because of the strike by the Scriptwriters Guild of Canada. The Stage Performers Guild has urged its members to appear on the rival shows, a move the studios welcomed.

Marlow is caught up in a separate dispute with the scriptwriters union. The guild contends Marlow, who is a member, cannot write his own jokes for the opening monologue. Marlow and the network say the contract allows this.
"""


def test_guild_after_members_description_is_the_body_described() -> None:
    said = said_by(_TWO_GUILDS)
    claim = "Marlow, who is a member, cannot write his own jokes for the opening monologue"
    assert claim in said.get("Scriptwriters Guild of Canada", [])
    assert claim not in said.get("Stage Performers Guild", [])


def test_description_naming_no_body_leaves_the_latest_guild() -> None:
    text = _TWO_GUILDS.replace("the scriptwriters union", "the producers union")
    said = said_by(text)
    assert "Marlow, who is a member, cannot write his own jokes for the opening monologue" in said.get(
        "Stage Performers Guild", [])
