"""Sources the tagger took from the wrong words (session 34), on articles written for these tests: the main
clause's subject for a cue in an "after"/"when" clause with its own subject, and an amount's number before a
participle of saying; and the occasion named after a closing frame ("..., the minister said after a meeting")
taken for what was said."""

from __future__ import annotations

from written import said_by


def test_a_cue_right_after_a_clause_subject_is_that_subjects() -> None:
    text = (
        "Council vote fails\n\n"
        "The Arbor Council failed on Tuesday to adopt a resolution calling for a truce in Velmora, after Russia "
        "vetoed the text drafted by Britain. "
        "Russia's envoy, Orin Daska, said the text was unbalanced."
    )
    said = said_by(text)
    assert not any("the text drafted" in p for p in said.get("Arbor Council", []))
    assert any("the text drafted" in p for p in said.get("Russia", []))


def test_a_broker_that_cut_its_target_to_an_amount_says_what_follows() -> None:
    text = (
        "Turbine maker cuts outlook\n\n"
        "Shares in Vestrand Power fell 14% on Thursday after the company cut its revenue forecast. "
        "Harlow Securities cut its price target to €9 from €13, saying the turnaround would take longer than "
        "management had suggested."
    )
    said = said_by(text)
    assert any("turnaround would take longer" in p for p in said.get("Harlow Securities", []))



def test_the_occasion_after_a_closing_frame_is_not_what_was_said() -> None:
    text = (
        "Wage rise approved\n\n"
        "The president has approved 70,000 naira as the new minimum wage, the Minister of Information, Musa Danjuma, "
        "announced on Thursday after a meeting with labour leaders in the capital. "
        "The region will never give up its claim, the governor said during a visit to the border towns."
    )
    said = said_by(text)
    assert any(p.startswith("The president has approved") for p in said.get("Musa Danjuma", []))
    assert not any("after a meeting" in p for ps in said.values() for p in ps)
    assert not any("during a visit" in p for ps in said.values() for p in ps)


def test_reporters_who_are_the_subject_of_what_was_said_are_no_audience() -> None:
    text = (
        "Press union protests\n\n"
        "The Velmora Union of Journalists said reporters were attacked by police during the protests in the capital. "
        "The information minister told reporters in the capital after the cabinet meeting."
    )
    said = said_by(text)
    assert any("reporters were attacked" in p for p in said.get("Velmora Union of Journalists", []))
    assert not any(p.startswith("reporters in the capital") for ps in said.values() for p in ps)


def test_who_after_a_person_and_her_college_is_the_person() -> None:
    text = (
        "Opinion: the four-day week is coming\n\n"
        "I gave everyone Fridays off last spring, with no cut in pay, and our output rose. "
        "Professor Ines Calloway of Harwick College, who has studied hundreds of such trials, says the gains come "
        "from cutting pointless meetings, not from working harder."
    )
    said = said_by(text)
    assert any("pointless meetings" in p for p in said.get("Ines Calloway", []))
    assert "Harwick College" not in said
