"""The site pointing its reader to its other pieces, or selling itself, is furniture: "Be sure to read through
our other guides, ...", "Special offer for readers: ..." (a buying guide's closing lines)."""

from __future__ import annotations

from brief.ingest.furniture import is_boilerplate


def test_a_pointer_to_the_sites_other_guides() -> None:
    assert is_boilerplate("Be sure to read through our other outdoor guides, including the Best Tents and Best Stoves.")
    assert is_boilerplate("Don't forget to check out our guide to the best rain jackets.")


def test_a_special_offer() -> None:
    assert is_boilerplate("Special offer for Gear readers: Get the Harbour Post for just $5 ($25 off).")


def test_advice_in_a_story_stays() -> None:
    assert not is_boilerplate("Be sure to read the label before you give the medicine to a child, the doctor said.")
    assert not is_boilerplate("The special offers ended on Sunday, the shop's owner said.")


def test_the_offer_asking_for_subscriptions() -> None:
    assert is_boilerplate("Subscriptions help fund the work we do every day.")
