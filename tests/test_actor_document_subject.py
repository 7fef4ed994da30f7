"""A bare "it" with a cue of finding goes on with a document that opened the sentence before as its subject, not
with a body named later in that sentence (session 38), on an article written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_it_found_after_the_study_opened_the_sentence_before_is_not_the_society() -> None:
    report = report_of(
        "Early eggs may prevent allergy\n\n"
        "Parents were long told to keep eggs from babies. The study is published in the Lancet, and it was presented "
        "at the annual meeting of the Northern Society of Allergy, Asthma and Immunology in Leeds. It found that "
        "babies fed egg before their first birthday were far less likely to become allergic than others."
    )
    assert holders(report, "far less likely") == []
