"""A bare surname that two people named in full share goes to the one named last before it when the first
was named only in passing, the surname never yet used alone for them ("signed by Governor Ada Lindqvist
in 1961 ... Tor Lindqvist said ... Lindqvist, who ran the union, criticised"), and "he said" after it is
not lost to her given name: brief.actors.namesakes.named_last and gender.Genders.of, on articles written
for these tests."""

from __future__ import annotations

from written import holders, report_of

_HARBOUR = ("Harbour charter turns 60\n\n"
            "The harbour charter, signed by Governor Ada Lindqvist in 1961, turns 60 on Sunday.\n\n"
            "Tor Lindqvist, a grandnephew of the governor and a port board member, spoke at the ceremony and "
            "said the charter had kept the docks public.\n\n"
            "Lindqvist, who ran the pilots' union for a decade, criticised plans to sell the north quay. "
            "\"Selling the quay would be a mistake we cannot undo,\" he said.\n")


def test_a_bare_surname_after_the_namesake_is_named_goes_to_him() -> None:
    report = report_of(_HARBOUR)
    assert holders(report, "we cannot undo") == ["Tor Lindqvist"]
    assert holders(report, "sell the north quay") == ["Tor Lindqvist"]


def test_a_wife_named_as_such_never_takes_her_husbands_surname() -> None:
    text = ("Mayor fined\n\nMayor Piet Kessel and his wife, Rona Kessel, were fined on Monday. Rona Kessel said "
            "she would pay. Kessel said the fine was unfair.\n")
    assert holders(report_of(text), "fine was unfair") == ["Piet Kessel"]


def test_a_surname_used_alone_for_the_first_bearer_stays_with_him() -> None:
    text = ("Carver honoured\n\nMaster carver Wiremu Tane was given the regional arts award on Friday. Tane, 71, "
            "has carved for five decades.\n\nHis apprentice Mika Tane, a nephew, helped him finish the last "
            "panel. Tane said the award belonged to the whole village.\n")
    assert holders(report_of(text), "belonged to the whole village") == ["Wiremu Tane"]
