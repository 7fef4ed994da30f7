"""Who a voice, a description or an office stands for (session 50, helper refs55), on articles written for these
tests: spokespeople for a list of bodies refuse for each body named."""

from __future__ import annotations

from written import holders, report_of

DAIRIES = (
    "Dairy suppliers face inquiry over milk prices\n\n"
    "The competition watchdog has opened an inquiry into whether three of the country's biggest dairy suppliers "
    "agreed on the prices they paid farmers.\n\n"
    "The Markets Authority said it had gathered evidence that the firms shared price lists before the spring "
    "contracts were signed.\n\n"
    "Spokespeople for Harlow Foods, Brindle and Corran Dairies declined to comment.\n\n"
    "Farmers in the west have long complained that the price they were paid for a litre of milk moved in step at "
    "all three buyers.\n\n"
    "Representatives of Tansy Creameries and Pollard Milk did not respond to requests for comment. Neither firm is "
    "named in the inquiry."
)


def test_spokespeople_for_a_list_of_bodies_decline_for_each_body() -> None:
    assert sorted(holders(report_of(DAIRIES), "declined to comment")) == ["Brindle", "Corran Dairies", "Harlow Foods"]


def test_representatives_of_two_bodies_give_each_the_unanswered_request() -> None:
    assert sorted(holders(report_of(DAIRIES), "requests for comment")) == ["Pollard Milk", "Tansy Creameries"]
