"""Two brothers of one surname told apart by their titles (session 60, namesakes96), on text written for
these tests: a title before a bare surname ("General Varga said") names the brother who holds that title,
not the one named first, and his role stays his own."""

from __future__ import annotations

from written import actors_of, holders, report_of

_BROTHERS = ("Major General Tibor Varga, who is Minister Laszlo Varga's younger brother, told a radio station "
             "that the army would stay in the northern valleys until spring. "
             "\"We will not leave the villages unguarded,\" he said. "
             "\"Why should we pretend the truce still holds?\" Major General Varga said, adding that the rebel militia "
             "should be banned outright. "
             "\"They are armed and they are attacking us,\" he said. "
             "The talks in the capital were put off again on Monday.")

_MINISTER = ("Interior Minister Laszlo Varga, whose younger brother General Tibor Varga commands the army, said "
             "the police would take over the border posts next month. "
             "\"The roads must be opened to traders again,\" Minister Varga said, adding that the new checkpoints "
             "would be manned by customs officers.")


def test_a_general_called_by_his_title_keeps_his_own_words() -> None:
    report = report_of(_BROTHERS)
    assert holders(report, "Why should we pretend the truce still holds") == ["Tibor Varga"]
    assert holders(report, "the rebel militia should be banned outright") == ["Tibor Varga"]
    assert holders(report, "They are armed and they are attacking us") == ["Tibor Varga"]


def test_each_brother_keeps_his_own_role() -> None:
    roles = {a.name: a.role for a in actors_of(report_of(_BROTHERS))}
    assert roles.get("Laszlo Varga") == "Minister"
    assert roles.get("Tibor Varga") == "Major General"


def test_a_minister_called_by_his_title_after_his_brother_is_named_keeps_his_words() -> None:
    report = report_of(_MINISTER)
    assert holders(report, "The roads must be opened to traders again") == ["Laszlo Varga"]
    assert holders(report, "would be manned by customs officers") == ["Laszlo Varga"]
