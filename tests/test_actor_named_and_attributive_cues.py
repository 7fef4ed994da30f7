"""Words the cue model reads as cues that are none, seen on the new read pages (session 50): a participle set before
its noun as an adjective ("the world's largest confirmed oil reserves"), a capital "Said" that ends an Arabic name
("Sultan Qaboos bin Said, who ..."), and a passive "called" that names its subject ("Oman is often called the
'Switzerland of the Middle East'"). On articles written for these tests."""

from __future__ import annotations

from written import said_by

_RESERVES = (
    "Oil firms weigh a return\n\n"
    "For the president, energy is power, and Norland holds the key to the world's largest confirmed gas "
    "reserves.\n\n"
    "Petra Lund, an analyst at Corvid Energy, said the firms would wait for sanctions to be lifted.\n"
)

_SULTAN = (
    "Spaceport plan moves ahead\n\n"
    "The plan for the port was decreed in 2011 by Sultan Hamad bin Said, who took power in 1970 after deposing "
    "his father.\n\n"
    "Minister Ali Hassan said the port would open in 2026.\n"
)

_EPITHET = (
    "Gulf state bets on space\n\n"
    "Oman is often called the \"Switzerland of the Middle East,\" and the country frequently hosts talks between rivals.\n\n"
    "Its space agency chief, Salim Nasser, said the first launch would come next year.\n"
)


def test_a_participle_before_its_noun_is_no_cue() -> None:
    said = said_by(_RESERVES)
    assert "Norland" not in said or not said["Norland"]
    assert any("sanctions" in t for t in said["Petra Lund"])


def test_a_said_that_ends_a_name_is_no_cue() -> None:
    said = said_by(_SULTAN)
    assert not any("took power" in t for texts in said.values() for t in texts)
    assert any("2026" in t for t in said["Ali Hassan"])


def test_a_passive_called_names_and_reports_nothing() -> None:
    said = said_by(_EPITHET)
    assert not any("Switzerland" in t for texts in said.values() for t in texts)
    assert any("launch" in t for t in said["Salim Nasser"])
