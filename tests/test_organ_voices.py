"""A body's court rules on its own: "the European Union's top court ruled" is not the EU's position, while the
EU's foreign policy chief speaks for it."""

from __future__ import annotations

from tests.written import holders, report_of

TEXT = """Court ruling on data

The European Union's top court ruled that the data transfer deal was invalid. Meta said it would appeal.

Later, the Football Association's disciplinary tribunal said the ban on Tom Hale would stand.

The EU's foreign policy chief said the bloc was united.

The European Union's top court last week ruled that labels must name the farm of origin.

Ghana's central bank said inflation had eased to 20%. Britain's competition watchdog said it would look at Norvex.
"""


def test_a_bodys_court_is_not_the_body() -> None:
    report = report_of(TEXT)
    assert holders(report, "transfer deal was invalid") == []
    assert holders(report, "ban on Tom Hale would stand") == []
    assert holders(report, "labels must name the farm") == []
    assert holders(report, "the bloc was united") == ["European Union"]


def test_a_states_central_bank_or_watchdog_is_not_the_state() -> None:
    report = report_of(TEXT)
    assert holders(report, "inflation had eased") == []
    assert holders(report, "it would look at Norvex") == []


def test_a_courts_own_name_before_a_time_phrase_keeps_its_words() -> None:
    report = report_of(
        "Postal voting ruling\n\nCampaigners took the electoral board to court in August.\n\n"
        "Along with the dispute, the Supreme Court this month rejected a request from the Green Alliance to "
        "extend postal voting by ten days.\n"
    )
    assert holders(report, "extend postal voting") == ["Supreme Court"]
