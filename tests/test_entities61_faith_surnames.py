"""A person whose surname is a faith's word ("Mark Christian") is a person, not believers dropped as no actor
(brief.actors.name_words.faith_surname); believers stay dropped, on articles written for these tests."""

from __future__ import annotations

from written import holders, kinds_of, report_of

from brief.actors.name_words import adherents

_DRILLERS = (
    "Drillers wary of returning to Corvania\n\n"
    "Oil companies are unlikely to rush back into Corvania after the change of government, analysts said on "
    "Monday.\n\n"
    "“Western drillers won’t come back until they know for sure their contracts will be honoured,” said Mark "
    "Christian, director of planning at Redfield Energy Advisers in Tulsa.\n\n"
    "The country holds some of the largest proven reserves in the region, but output has fallen by half in a "
    "decade.\n\n"
    "Christian said the repairs alone could take five years.\n"
)


def test_a_surname_that_is_a_faith_word_is_a_person() -> None:
    report = report_of(_DRILLERS)
    assert holders(report, "contracts will be honoured") == ["Mark Christian"]
    assert holders(report, "repairs alone could take five years") == ["Mark Christian"]


def test_believers_stay_no_actor() -> None:
    assert adherents(["Sunni", "Muslim"], "Sunni Muslim leaders met.", "PER")
    assert adherents(["Maronite", "Christian"], "a Maronite Christian said", "PER")
    assert adherents(["Christians"], "Mark Christian said Christians", "PER")
    assert adherents(["Christian"], "a Christian group said", "PER")
    kinds = kinds_of(
        "Villagers rebuild chapel\n\nVillagers in Oltrena have rebuilt a chapel burned last year.\n\n"
        '"We did it with our own hands," said a Maronite Christian who gave only his first name, Elias.\n'
    )
    assert "Maronite Christian" not in kinds and "Christian" not in kinds
