"""A cue the model finds inside a name ("Tan See Leng", where "See" reads as a verb) is no cue
(brief/actors/name_cues.py): the speaker's own cue gives their statement whole. On an article
written for this test."""

from __future__ import annotations

from written import actors_of, holders, report_of, summaries_by


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


def test_a_noun_in_capitals_before_a_role_and_a_name_is_no_cue() -> None:
    said = summaries_by(
        "Premier rules out changes to ferry fares\n\n"
        "Premier Anna Holt has ruled out changes to ferry fares, despite pressure from the Greens.\n\n"
        "Greens leader Tom Vale accused Labor of \"protecting operators at the expense of passengers\".\n\n"
        "Opposition housing spokesman Callum Reid said the government had \"no plan\" to fix the crisis.\n")
    assert said.get("Callum Reid") == ["says the government had 'no plan' to fix the crisis"], said
