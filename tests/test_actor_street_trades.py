"""A vox pop's street trade after a single name ("Wahyudi, a motorcycle taxi driver, said", "a street vendor")
names a person as a profession does: the person, with the trade as their role (articles written for these
tests); a body described as "a driver of" growth stays a body."""

from __future__ import annotations

from written import actors_of, report_of

FLYOVER = (
    "Flyover crack snarls Surabaya traffic\n\n"
    "SURABAYA - Police closed two lanes of the Jalan Ahmad Yani flyover on Monday after cracks appeared. "
    "Wahyudi, a motorcycle taxi driver, said the traffic was the worst he had seen. \"It took me two hours,\" "
    "Wahyudi said. Suparmi, a street vendor, said she had sold nothing all morning."
)
RALLY = (
    "Stocks rally on chip rebound\n\n"
    "NEW YORK - Stocks rose on Monday. Korvex, a key driver of the rally, said its orders had doubled."
)


def test_a_street_trade_makes_a_single_name_a_person() -> None:
    actors = {a.name: a for a in actors_of(report_of(FLYOVER))}
    assert actors["Wahyudi"].kind == "person", actors["Wahyudi"]
    assert actors["Wahyudi"].role == "motorcycle taxi driver", actors["Wahyudi"].role
    assert actors["Suparmi"].kind == "person", actors["Suparmi"]


def test_a_body_called_a_driver_of_something_stays_a_body() -> None:
    actors = {a.name: a.kind for a in actors_of(report_of(RALLY))}
    assert actors.get("Korvex") == "organization", actors
