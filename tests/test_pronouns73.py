"""Pronoun subjects go on with an antecedent that fits them, or with no one: a "they" after people named in the
sentence before ("critics of the plan", "the team") is those people, not a body named sentences earlier
(brief.actors.people_since); an "it" after a person's thing the sentence before opened with ("Her diary ...") is
that thing, not a body named further back (brief.actors.owned_things); a "she" goes on with the subject before it,
not a possessor past the verb ("did little to undo Piet Oster's laws": brief.actors.subject_antecedents); a "he"
goes on with the person its paragraph opened with, not the last speaker of the paragraph before
(brief.actors.paragraph_subjects); on articles written for these tests."""

from __future__ import annotations

from written import holders, report_of, said_by

_CRITICS = ("Lamp maker bets on the cloud\n\n"
            "Lumen Labs announced on Monday that it will open three data centres in the north of the country.\n\n"
            "The plan would cost about two billion dollars over five years. The first site is due to open in the "
            "spring. Local councils have welcomed the jobs, and the region's grid operator says it has room for the "
            "load.\n\n"
            "That risk is only one of many concerns held by critics of the plan. They argue the money would be better "
            "spent on the ageing lamp factories the company already runs.\n")

_TEAM = ("Small rocket grounded again\n\n"
         "The rocket that was to fly at the fair was called Falcon Kite 2. It stood on a folding table inside the "
         "main tent.\n\n"
         "Falcon Kite 2 did not leave the ground. Strong winds forced the organisers to call off the launch. The "
         "next week, during a ground test, the team found a fault in the valves and cancelled the flight. They hope "
         "to try again before the end of the year.\n")

_BODY_AGAIN = ("Grocer drops plastic bags\n\n"
               "Greenway Foods said on Tuesday that it would stop selling plastic bags in all of its stores. Shoppers "
               "will pay ten cents for a paper one instead.\n\n"
               "The grocer made the change after a year of trials. Greenway Foods said the trials went well. They "
               "expect other chains to follow within a year.\n")

_DIARY = ("A senator's school years\n\n"
          "Nora Quill grew up in Tolan. The Brightwater Housing Trust owned the estate where her family "
          "rented a flat.\n\n"
          "Quill was a keen swimmer. She wrote for the school paper and sang in the choir. Her diary from those "
          "years thanks her teachers and her younger brother. It suggests her happiest days were spent at the "
          "lake.\n")


def test_it_after_a_persons_thing_is_not_the_body_named_before() -> None:
    assert "Brightwater Housing Trust" not in holders(report_of(_DIARY), "happiest days")

_REFORMER = ("A leader remembered\n\n"
             "The country will remember Ada Byrne as its first woman leader. Like her father, Tom Byrne, she left a "
             "mixed record.\n\n"
             "Byrne was a careful reformer who in two terms did little to undo Kerem Oster's harsh press laws.\n\n"
             "Like her father, she ruled alone and trusted few. She declared herself head of the party for life and "
             "named no heir.\n")


def test_she_after_a_possessor_past_the_verb_is_the_subject() -> None:
    assert "Kerem Oster" not in holders(report_of(_REFORMER), "head of the party")


def test_they_after_critics_of_a_plan_is_not_the_firm_named_before() -> None:
    assert "Lumen Labs" not in holders(report_of(_CRITICS), "better spent")


def test_they_after_a_team_is_not_the_rocket_named_before() -> None:
    assert "Falcon Kite" not in " ".join(holders(report_of(_TEAM), "try again"))


def test_they_after_the_body_itself_is_still_the_body() -> None:
    assert "Greenway Foods" in holders(report_of(_BODY_AGAIN), "other chains")


_ORGANISER = ("Drivers ready for a contract fight\n\n"
              "Union members are readying themselves for a fight. Piet Marsh said, “There is a lot of buzz. People "
              "are asking how it is going.”\n\n"
              "Tom Reyes isn't sure when he will get a break from organising. The national contract gives top "
              "officers unpaid leave during their term. When asked what he does in his free time, he told me, "
              "“This is it.” He does enjoy long walks with his dog, he said.\n")


def test_he_goes_on_with_the_person_his_paragraph_opened_with() -> None:
    assert holders(report_of(_ORGANISER), "This is it") == ["Tom Reyes"]


def test_they_after_the_body_described_as_subject_is_the_body() -> None:
    said = said_by("Ferry deal\n\nHarbour Lines won the ferry contract in March. Its rivals had bid for years. "
                   "The company later hired hundreds of workers. They said the route would open in June.")
    assert said.get("Harbour Lines") == ["the route would open in June"]
