"""People the kind rules typed organisations (session 60, kinds96): a one-word name a fronted clause holding
"his" or "her" opens onto ("After his move from Burnley, Dumont played", "After closing his remarks, Margaret
stood up"), and a name before "regime" after "the new" ("the new Victor Brannan regime"). Invented articles."""

from __future__ import annotations

from written import kinds_of

SURNAME = (
    "Rovers is my last club, says Dumont\n\n"
    "After his £12 million move from Burnley, Dumont played for more than an hour as a substitute, replacing "
    "the injured Carlos Mendes, in a routine 3-0 win over Millwall.\n\n"
    "Peter Hale and Tom Briggs scored the goals, and Dumont hit the post in the last minute.\n\n"
    "With Samuel Okoro away and Ivan Petrov injured, manager Gareth Lowe said he had no choice but to bring on Dumont.\n\n"
    "\"He did well,\" said Lowe."
)

GIVEN = (
    "Hartley: Money Does Not Matter\n\n"
    "John Hartley spoke for an hour at a town hall in Ames on Sunday.\n\n"
    "After closing his thoughts, Elizabeth stood up and grabbed the microphone.\n\n"
    "Mr. Hartley was left speechless, with one of those \"there goes Elizabeth again\" looks on his face."
)

BODY = (
    "Quorvex cuts 400 jobs\n\n"
    "Under his leadership, Quorvex grew into the largest maker of pumps in the region, analysts said.\n\n"
    "After its merger with Pallas Bio, Quorvex cut 400 jobs at its plant in Linford.\n\n"
    "Quorvex shares fell 4 percent on Tuesday."
)


def test_surname_after_a_fronted_clause_with_his_is_a_person() -> None:
    assert kinds_of(SURNAME)["Dumont"] == "person"


def test_given_name_after_a_fronted_clause_with_his_is_a_person() -> None:
    assert kinds_of(GIVEN)["Elizabeth"] == "person"


def test_body_after_a_leader_clause_or_its_stays_a_body() -> None:
    assert kinds_of(BODY).get("Quorvex") == "organization"


REGIME = (
    "Hale: Winning the Cup Would Give Rovers Momentum\n\n"
    "Although the club's priorities are to win the league title for the first time, the new Victor Brannan regime "
    "knows it is within touching distance of a first trophy.\n\n"
    "Brannan would certainly welcome landing some silverware, especially as some recent performances attracted "
    "dissenting voices from the Rovers crowd.\n\n"
    "Midfielder Tom Hale said the squad was ready."
)


def test_name_before_regime_after_the_new_is_a_person() -> None:
    kinds = kinds_of(REGIME)
    assert kinds.get("Victor Brannan") == "person"
    assert "Brannan" not in kinds  # one person, the surname merged into the full name
