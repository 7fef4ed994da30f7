"""Session 40's fresh-sample shapes (fresh44): scientists named by their field at a university speak for themselves
(``source_words.EXPERTS``); "what X is calling Y" names a thing (``unsaid_cues.named_by_relative``); a relative clause
after an inverted source's description is not what was said, and a second "that" clause runs on past an adverbial
to its own subject (``attribution.content``); a bare demonym before a verb shortens a body named with it
(``demonym_bodies``); a study's task for its counted people is no request (``study_tasks``). Articles written for
these tests."""

from __future__ import annotations

from written import report_of

from brief.model import Report


def _positions(report: Report) -> list[tuple[str, str, str, str]]:
    return [(a.name, a.kind, p.cue, p.text) for s in report.stories for a in s.actors for p in a.positions]


def test_astronomers_at_a_university_are_the_source_not_the_university() -> None:
    report = report_of(
        "Moon's dust older than thought\n\n"
        "The grey dust on the moon Telva formed before its planet did, according to astronomers at the University of "
        "Carrowby in Ireland.\n\n"
        "The team studied light reflected from the dust over six nights."
    )
    holders = [(name, kind) for name, kind, cue, _ in _positions(report) if cue == "according to"]
    assert holders == [("astronomers", "group")]


def test_what_a_company_is_calling_a_kind_of_thing_is_no_statement() -> None:
    report = report_of(
        "Hands On With the Lumen Visor\n\n"
        "I tried the Lumen Visor headset for half an hour at Brightline's offices in Austin on Tuesday.\n\n"
        "The ability to record what Brightline is calling “depth” clips through a button on the strap wasn't enabled.\n\n"
        "Brightline says the headset will ship in March. Its chief executive, Dana Whitcombe, has built the firm around "
        "small teams, which she calls “pods” in her new book.\n\n"
        "Whitcombe called the launch \"a turning point\" for the company."
    )
    cues = [(name, cue) for name, _, cue, _ in _positions(report)]
    assert ("Brightline", "is calling") not in cues
    assert ("Brightline", "says") in cues and ("Dana Whitcombe", "called") in cues


def test_what_a_body_calls_a_described_thing_is_its_judgement() -> None:
    report = report_of(
        "Union hits back at ministry\n\n"
        "The Harbour Workers Union issued a statement on Friday. It is denouncing what it calls “the worst attack on "
        "dock pay in a generation.”"
    )
    calls = [text for _, _, cue, text in _positions(report) if cue == "calls"]
    assert len(calls) == 1 and "worst attack on dock pay" in calls[0]


def test_a_relative_clause_after_an_inverted_source_is_not_the_content() -> None:
    report = report_of(
        "Timber tariffs split builders\n\n"
        "The tariffs have also saved hundreds of sawmill jobs in Oregon, said Gail Ferrante, who runs the Cascade "
        "Lumber League, a group that has backed several of the government's trade measures."
    )
    said = [text for name, _, cue, text in _positions(report) if name == "Gail Ferrante" and cue == "said"]
    assert said == ["The tariffs have also saved hundreds of sawmill jobs in Oregon"]


def test_a_second_that_clause_runs_past_its_adverbial_to_its_subject() -> None:
    report = report_of(
        "Auditor changes account\n\n"
        "Pell Okafor repeated that he saw the two reviews as unrelated but that looking back, he understood why "
        "staff in Lagos had mixed them up."
    )
    repeated = [text for name, _, cue, text in _positions(report) if cue == "repeated"]
    assert len(repeated) == 1 and repeated[0].endswith("he understood why staff in Lagos had mixed them up")


def test_a_bare_demonym_before_a_verb_is_the_body_it_opens() -> None:
    report = report_of(
        "Baggage handlers walk out\n\n"
        "Baggage handlers at Denver's airport stopped work on Monday over pay.\n\n"
        "The airport is a base for Canadian Northern Airways and Frontier Airlines.\n\n"
        "\"We expect every flight to leave on time,\" Canadian said in a statement."
    )
    said = [(name, kind) for name, kind, cue, _ in _positions(report) if cue == "said"]
    assert said == [("Canadian Northern Airways", "organization")]


def test_a_study_asking_its_counted_people_to_do_a_task_is_no_request() -> None:
    report = report_of(
        "Why we misjudge speed\n\n"
        "To test the idea, the psychologists asked eight people to watch a moving dot in a dark room.\n\n"
        "Governor Ada Brisk asked residents to stay off the roads during the storm."
    )
    cues = [(name, cue) for name, _, cue, _ in _positions(report)]
    assert [c for c in cues if c[1] == "asked"] == [("Ada Brisk", "asked")]


def test_organisers_asking_participants_to_do_something_is_still_a_request() -> None:
    report = report_of(
        "Marchers fill the square\n\n"
        "Thousands marched through Carrow on Saturday against the new road.\n\n"
        "The organisers, the Carrow Green Trust, asked participants to stay on the pavement and to leave no litter."
    )
    asked = [name for name, _, cue, _ in _positions(report) if cue == "asked"]
    assert asked == ["Carrow Green Trust"]
