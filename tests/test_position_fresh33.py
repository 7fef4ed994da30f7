"""Session 33's fresh sample: where what was said stops, the verb after a medium participle, deeds and
borrowed sayings that state nothing, and a work's subject or a person's companions taken for the speaker.
Texts of our own, in several styles."""

from __future__ import annotations

from tests.written import said_by, summaries_by


def test_content_stops_before_another_subjects_clause_after_a_quotation() -> None:
    said = said_by("Depot delayed\n\nPlanning chief Laura Benn, who was sacked by the council last month, promised to "
                   "the trust in May that the scheme \"would be finished by summer,\" but trust members questioned "
                   "whether the contractor had the money.")
    assert said["Laura Benn"] == ["to the trust in May that the scheme \"would be finished by summer,\""]


def test_content_stops_before_an_inverted_main_clause() -> None:
    for text, name, kept in (
        ("Only when his finance minister, Peter Mwangi, warned that the deficit was unsustainable did the "
         "president abandon the plan.", "Peter Mwangi", "that the deficit was unsustainable"),
        ("Not until the coach, Dave Harris, said the squad was exhausted did the club cancel the tour.",
         "Dave Harris", "the squad was exhausted"),
    ):
        assert said_by("Plan dropped\n\n" + text)[name] == [kept]


def test_gerund_phrase_of_the_subject_is_not_a_second_cue() -> None:
    said = said_by("Hotel plan\n\nCouncillor Ann Briggs says the plan of moving residents into hotels or shelters and "
                   "asking them to stay indoors is \"a recipe for disaster\".")
    assert said["Ann Briggs"] == ["the plan of moving residents into hotels or shelters and asking them to stay "
                                  "indoors is \"a recipe for disaster\""]


def test_the_verb_after_a_medium_participle_is_the_cue() -> None:
    lines = summaries_by("Rollout on track\n\nHealth minister Joan Pike, speaking on ABC's \"Insiders\" program, said "
                         "the rollout would finish by June.")
    assert lines["Joan Pike"] == ["says the rollout would finish by June"]


def test_borrowed_saying_and_deeds_state_nothing() -> None:
    for text in (
        "As Sherlock would say, \"Elementary, my dear Watson.\"",
        "A Florida man was arrested on Friday. Prosecutors say Dale Hurst is a supporter of the president. "
        "He allegedly called in threats to the congresswoman's office.",
        "Best Buy currently lists RTX 3080s from Nvidia, Gigabyte, MSI, Asus, PNY and EVGA listed.",
    ):
        said = said_by("Story\n\n" + text)
        assert not any(p for name, p in said.items() if name in ("Sherlock", "Dale Hurst", "Best Buy", "EVGA")), said


def test_call_in_with_a_demand_keeps_its_position() -> None:
    said = said_by("Inquiry call\n\nThe Harris campaign called in a statement for an independent inquiry.")
    assert any("independent inquiry" in p for p in sum(said.values(), [])), said


def test_a_works_subject_and_a_persons_companions_do_not_speak() -> None:
    for text, name in (
        ("Jack Dorsey has long been seen as a quiet founder. More recently, a tell-all book about Twitter has cast "
         "him as being more ruthless than his public image.", "Twitter"),
        ("Donald Trump has promised a new health plan. Those around Trump admit he hasn't given these policy "
         "topics much thought.", "Donald Trump"),
        ("A lawsuit against Google claims the company abused its dominance.", "Google"),
    ):
        said = said_by("Story\n\n" + text)
        assert not any("ruthless" in p or "thought" in p or "dominance" in p for p in said.get(name, [])), said


def test_and_according_to_still_opens_another_sources_clause() -> None:
    said = said_by("Drowning\n\nPolice chief Ann Mills said the two men knew each other well and according to "
                   "coroner Joe Pratt, the victim had drowned.")
    assert "the two men knew each other well" in said["Ann Mills"]


def test_two_gerunds_a_cue_takes_keep_their_own_cues() -> None:
    said = said_by("Saving for college\n\nParents worry about fees.\n\nIn her 2019 book, Rich Kids, Ms. Hale "
                   "suggested writing down every purchase on your bank statement and asking yourself this: "
                   "would I rather pay for college or keep buying these things?")
    assert any(p.startswith("writing down every purchase") for p in said.get("Hale", [])), said
