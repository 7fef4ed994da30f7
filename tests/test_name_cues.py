"""A cue the model finds inside a name ("Tan See Leng", where "See" reads as a verb) is no cue
(brief/actors/name_cues.py): the speaker's own cue gives their statement whole. On an article
written for this test."""

from __future__ import annotations

from written import actors_of, holders, report_of


def test_a_verb_spelled_name_word_is_no_cue() -> None:
    jobs = (
        "Jobless rate edges up\n\n"
        "Singapore's unemployment rate rose to 2.1 per cent in March, the Ministry of Manpower said on Friday.\n\n"
        "Manpower Minister Tan See Leng told Parliament last month that retrenchments were expected to "
        "increase this year."
    )
    report = report_of(jobs)
    assert holders(report, "retrenchments were expected") == ["Tan See Leng"]
    assert not any(p.summary.startswith("Leng") or "Leng told" in p.summary
                   for a in actors_of(report) for p in a.positions)
