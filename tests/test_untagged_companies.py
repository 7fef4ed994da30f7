"""A company the tagger left untagged or read as a thing, shown one by the words around it ("startup Anthropic",
"Tarnfield shares fell"), and "the chipmaker" right after a sentence a company opens (session 34), on articles
written for these tests."""

from __future__ import annotations

from written import said_by

_LAWSUIT = (
    "Writers go to court\n\n"
    "A group of bestselling authors has filed a lawsuit against artificial intelligence startup Anthropic, accusing "
    "it of using pirated copies of their books. The authors, Ada Varga, Carl Brenner and Kirk Wallace Dunne, are "
    "seeking unspecified damages. Anthropic did not immediately respond to a request for comment. The company has "
    "previously said its models were trained on publicly available data."
)


def test_a_startup_named_after_its_trade_speaks_as_the_company() -> None:
    said = said_by(_LAWSUIT)
    assert any("trained on publicly available data" in p for p in said.get("Anthropic", []))


def test_the_trade_after_a_sentence_a_company_opens_is_that_company() -> None:
    text = (
        "Phone maker drops supplier\n\n"
        "Orchard unveiled a cheaper phone with its own modem on Wednesday. Orchard said the phone would sell in "
        "India. Analysts said Orchard could win back buyers.\n\n"
        "Tarnfield shares fell 3% on the news. The chipmaker, which has supplied modems for Orchard phones since "
        "2016, has said it expects Orchard to phase out its chips by 2027."
    )
    said = said_by(text)
    assert any("phase out its chips" in p for p in said.get("Tarnfield", []))
    assert not any("phase out its chips" in p for p in said.get("Orchard", []))


def test_a_list_of_names_before_a_cue_is_who_not_what() -> None:
    said = said_by(_LAWSUIT)
    assert not any(p.startswith("The authors") for ps in said.values() for p in ps)


def test_the_trade_after_a_company_named_in_its_own_sentence_is_that_company() -> None:
    text = (
        "Stocks slide\n\n"
        "Shares of Tarnfield fell 5% after a report that it faced a new antitrust probe. Tarnfield is the most "
        "valuable chip company, and Tarnfield's results lifted the market last week.\n\n"
        "Elsewhere, shares of Aerovane rose 3% after the planemaker said it had resumed production of its jets."
    )
    said = said_by(text)
    assert any("resumed production" in p for p in said.get("Aerovane", []))
    assert not any("resumed production" in p for p in said.get("Tarnfield", []))
