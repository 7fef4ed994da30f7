"""A name a made thing or a message comes "from" ("pop-up advertising software from Vexla", "a statement from
Acme") is its maker or sender, not a place (brief.actors.placehood); "goods from Ferndale" still places a town.
On an article written for this test."""

from __future__ import annotations

from written import kinds_of


def test_software_from_a_name_that_acts_makes_it_a_body() -> None:
    kinds = kinds_of("Quiz widget spreads adware\n\n"
                     "A quiz widget on a social network prompts users to download the Vexla toolbar, security firm "
                     "Norrow warned on Friday.\n\n"
                     "Users who take the quiz are shown pop-up advertising software from Vexla.\n\n"
                     "Vexla claimed that the widget installs nothing without the user's consent.\n")
    assert kinds["Vexla"] == "organization"
