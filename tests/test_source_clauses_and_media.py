"""Sources the tagger took from the wrong words (session 34), on articles written for these tests: the main
clause's subject for a cue in an "after"/"when" clause with its own subject, an amount's number before a
participle of saying, and the journal a study appeared in."""

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


def test_the_journal_a_study_appeared_in_does_not_say_what_it_found() -> None:
    text = (
        "Farmers came in two waves\n\n"
        "Farmers reached the islands in two waves about 6,000 years ago, according to a study published on "
        "Wednesday in the journal Terra Annals. "
        "Dr Mira Okonjo, one of the study's authors, said the newcomers spread quickly."
    )
    said = said_by(text)
    assert "Terra Annals" not in said
    assert any("spread quickly" in p for p in said.get("Mira Okonjo", []))
