"""A bare surname that two people named in full share goes to the one named last before it, not to one
named in passing long before ("signed by President Ada Lindqvist in 1961 ... her great-nephew Tor
Lindqvist said ... Lindqvist, who ran the agency, said"): brief.actors.namesakes.latest_named, on
articles written for these tests."""

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
