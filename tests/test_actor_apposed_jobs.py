"""A one-word name the tagger took for a place, set off after "a" and a job or standing ("A driver, Wahyudi,
said", "One resident, Suparmi, said"): the person who holds that job, with it as the role; a place set off
after a place's noun stays a place (articles written for these tests)."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.apposed_jobs import apposed_jobs
from brief.actors.mentions import Mention

FLYOVER = (
    "Flyover crack snarls Surabaya traffic\n\n"
    "SURABAYA - Police closed two lanes of the flyover on Monday after cracks appeared. "
    "A driver, Wahyudi, said the traffic was the worst he had seen. One resident, Suparmi, said she could not sleep."
)


def test_a_job_before_a_single_name_makes_the_person() -> None:
    actors = {a.name: (a.kind, a.role) for a in actors_of(report_of(FLYOVER))}
    assert actors.get("Wahyudi") == ("person", "driver"), actors
    assert actors.get("Suparmi") == ("person", "resident"), actors


def test_a_place_noun_leaves_the_place() -> None:
    text = "A town, Kalorra, was flooded."
    place = Mention(1, 0, 8, 15, "Kalorra", "Kalorra", "place")
    assert apposed_jobs(text, [place]) == [place]
