"""A social-media handle is the account of someone the article names (brief.actors.handles). Articles written
for these tests."""

from __future__ import annotations

from written import actor_named, actors_of, report_of, tagged_mentions

from brief.actors.handles import handles_named

_RACE = (
    "Mayor's race tightens in Port Elwyn\n\n"
    "Mayor Dana Okoro faces a close race on Tuesday against councillor Rhys Tandy, polls show.\n\n"
    "\"Mayor @DanaOkoro has done a wonderful job for the harbour!\" former mayor Lena Varga posted on Sunday. "
    "\"Vote for your GREAT Mayor, @DanaOkoro!\"\n\n"
    "Okoro thanked her in a post of her own. Tandy said the race was about the ferry.\n"
)


def test_a_handle_is_the_named_persons_mention_not_an_actor_of_its_own() -> None:
    report = report_of(_RACE)
    assert not any(a.name == "DanaOkoro" for a in actors_of(report)), [a.name for a in actors_of(report)]
    assert actor_named(report, "Dana Okoro").kind == "person"


def test_a_handle_holding_a_name_among_other_words_is_that_name() -> None:
    text = "Rhys Tandy replied to @realRhysTandy and to @HarbourNews."
    mentions = tagged_mentions(text, {"Rhys Tandy": "person", "realRhysTandy": "organization",
                                      "HarbourNews": "organization"})
    named = {m.surface: (m.name, m.kind) for m in handles_named(text, mentions)}
    assert named["realRhysTandy"] == ("Rhys Tandy", "person")
    assert named["HarbourNews"] == ("HarbourNews", "organization")  # no written-out name in it: left as it is
