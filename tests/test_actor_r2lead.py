"""The second round of session 45's lead: "informed", which the cue tagger leaves untagged in Indian and African
papers' usage ("The minister informed the House that ...", "He informed that ...", "..., Home Minister X informed
Parliament today"), is a statement; "was informed of the blast" (he was told) is none. On an article written for
this test."""

from __future__ import annotations

from written import actors_of, holders, report_of

INFORMED = (
    "Govt had warnings before Vellore blast, minister tells House\n\n"
    "The government had received warnings about possible attacks in four cities including Vellore and had shared "
    "them with the states at once, Home Minister Ravi Shankar Menon informed Parliament today.\n\n"
    "He informed that investigators had identified two suspects and that arrests were likely soon.\n\n"
    "Menon was informed of the blast while he was in Delhi, officials said.\n\n"
    "The minister informed the House that security had been tightened at all airports."
)


def test_informed_is_a_statement_and_was_informed_none() -> None:
    report = report_of(INFORMED)
    assert holders(report, "had received warnings about possible attacks") == ["Ravi Shankar Menon"]
    assert holders(report, "investigators had identified two suspects") == ["Ravi Shankar Menon"]
    assert holders(report, "security had been tightened at all airports") == ["Ravi Shankar Menon"]
    assert not any("of the blast" in p.text for a in actors_of(report) if a.name == "Ravi Shankar Menon"
                   for p in a.positions)


def test_the_diplomat_is_the_foreign_ministry_spokeswoman_not_a_defence_minister_named_before() -> None:
    text = (
        "Velmar says Ostrava's expulsion claims are a fabrication\n\n"
        "The statement made by Ostravan Deputy Prime Minister and Defence Minister Karel Brodsky only proves that the "
        "accusations against Velmar are baseless, Velmari Foreign Ministry Spokeswoman Irina Volkova told the Morning "
        "Hour programme on Radio One on Tuesday.\n\n"
        "\"I read the remarks of the Ostravan side. This whole affair is an invented, dirty story,\" she said.\n\n"
        "\"Here they are blocking access to the facts from the very first day,\" the diplomat added."
    )
    report = report_of(text)
    assert holders(report, "blocking access to the facts") == ["Irina Volkova"]
