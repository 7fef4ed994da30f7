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


def test_a_company_a_broker_downgraded_speaks_as_the_trade_it_was_called() -> None:
    text = (
        "Ardley Motors shares sink after broker turns bearish\n\n"
        "LONDON -- It was a rough week for investors in Ardley Motors after Calder Securities downgraded the carmaker "
        "and its shares fell 7 percent.\n\n"
        "The carmaker said on Monday that it would recall 40,000 delivery vans over a faulty brake sensor. Its chief "
        "executive, Ines Korbel, will present new results in March.\n\n"
        'Calder Securities analyst Rupert Fane gave the stock a "sell" rating on Wednesday, arguing that the recall '
        "may point to deeper problems at the company."
    )
    assert holders(report_of(text), "recall 40,000") == ["Ardley Motors"]


def test_a_broker_that_cut_its_rating_on_the_airline_is_not_the_airline() -> None:
    text = (
        "Brenning Air slides as broker cuts rating\n\n"
        "OSLO -- Shares of Brenning Air fell 5 percent on Thursday after Holt Partners cut its rating on the airline "
        "and warned of a weak winter.\n\n"
        "The airline said last month that fuel costs had risen by a fifth since the spring.\n\n"
        'Holt Partners analyst Sigrun Dahl lowered the stock to "reduce," saying the carrier had added too many '
        "routes to small airports."
    )
    assert holders(report_of(text), "fuel costs") == ["Brenning Air"]
