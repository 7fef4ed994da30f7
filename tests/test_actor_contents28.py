"""What was said when the cue stands in a relative clause or a condition, and the writer's words around it
(session 37, probes28), on articles written for these tests: a reported clause with a gap, a quotation after
an "if" clause's comma, a hedged "so maybe", an elliptic "as it has", a gerund subject, a result clause."""

from __future__ import annotations

from written import said_by

_HARBOUR = (
    "Harbour blasting questions go unanswered\n\n"
    "Residents packed a meeting on Tuesday to ask the questions that Mr. Cleckley said the department could not answer. "
    "Harold Cleckley, the county's works director, said the harbour project would go ahead as planned. "
    "The plan, which Ms. Morrow said the council would approve by spring, has divided the town. "
    "Morrow cited the fact that Cleckley said the blasting would end in May."
)


def test_a_clause_reported_inside_a_relative_clause_is_no_position() -> None:
    said = said_by(_HARBOUR)
    assert said["Harold Cleckley"] == ["the harbour project would go ahead as planned"]
    assert not any("approve by spring" in p for p in said["Morrow"])


def test_a_nouns_own_clause_and_a_time_relative_keep_theirs() -> None:
    said = said_by(_HARBOUR)
    assert "the fact that Cleckley said the blasting would end in May" in said["Morrow"]
    text = (
        "Works director to step down\n\n"
        "Harold Cleckley has run the county's works department since 2009. "
        "It was the week that Cleckley said he would retire from public life."
    )
    assert said_by(text).get("Harold Cleckley") == ["he would retire from public life"]


def test_a_quotation_after_a_conditions_comma_is_the_main_clauses_speaker() -> None:
    text = (
        "Port Alden residents vow to fight harbour plan\n\n"
        "Residents of Port Alden packed a meeting on Tuesday. "
        "Janet Morrow, who leads the residents' association, was blunt about the risks. "
        'Even if the network goes, "we will still be here fighting this," she said.'
    )
    said = said_by(text)
    assert [p for p in said.get("Janet Morrow", []) if "fighting this" in p]
    assert all(not positions for name, positions in said.items() if name != "Janet Morrow")


def test_the_writers_so_maybe_after_what_was_said_is_not_said() -> None:
    text = (
        "Harbour works delayed\n\n"
        "Harold Cleckley, the county's works director, met residents on Tuesday. "
        "Cleckley recently has said he has an open mind about the schedule, so maybe he's discarding the old plan."
    )
    assert said_by(text).get("Harold Cleckley") == ["he has an open mind about the schedule"]


def test_an_elliptic_as_clause_after_an_object_is_the_writers() -> None:
    text = (
        "Fishing quota row deepens\n\n"
        "The Norwegian fisheries ministry cut the cod quota by a fifth on Monday. "
        "The Faroe Islands rejected the new quota for northern cod stocks, as they did in 2021, and sent a protest note."
    )
    assert said_by(text).get("Faroe Islands") == ["the new quota for northern cod stocks"]


def test_a_clause_reported_about_a_relatives_noun_in_a_review_is_no_position() -> None:
    text = (
        "Review: Casa Lenta, Bristol\n\n"
        "Chef Alba Moreno opened Casa Lenta on Corn Street in May. "
        "The octopus, which Moreno says she cooks for four hours, is tender enough to cut with a spoon. "
        "Moreno said she wanted a place where people could eat well without dressing up."
    )
    assert said_by(text).get("Alba Moreno") == ["she wanted a place where people could eat well without dressing up"]


def test_a_gerund_that_is_its_clauses_subject_is_no_cue() -> None:
    text = (
        "Divers resume search in Port Alden bay\n\n"
        "Coastguard divers will search the bay again on Wednesday, station manager Ruth Marsh said, although "
        "blasting for the new pier is common there and visibility is poor. "
        "Although criticising the delay as needless, harbour master Tom Reddy said the crews were ready."
    )
    said = said_by(text)
    assert not any("pier" in p for p in said["Ruth Marsh"])
    assert "the crews were ready" in said["Tom Reddy"]


def test_the_writers_though_it_has_not_given_a_date_is_not_said() -> None:
    text = (
        "Review: Ashfall Tactics\n\n"
        "Ashfall Tactics is the second game from Oslo studio Grey Lantern. "
        "Grey Lantern says a free update in the spring will add a co-operative mode, though it has not given a date."
    )
    assert said_by(text).get("Grey Lantern") == ["a free update in the spring will add a co-operative mode"]


def test_a_plural_after_so_many_is_a_noun_and_its_that_a_result() -> None:
    text = (
        "Council under fire over flood damage\n\n"
        "There were so many complaints that Mayor Jo Reyes said she would order an inquiry. "
        "Residents sent the council such angry letters that Reyes said the plan would be dropped."
    )
    assert said_by(text).get("Jo Reyes") == ["she would order an inquiry", "the plan would be dropped"]


def test_a_relative_like_that_after_so_many_opens_a_whole_result_clause() -> None:
    text = "Mayor swamped by questions\n\nThere were so many questions that Mayor Jo Reyes said she would hold a second meeting."
    assert said_by(text).get("Jo Reyes") == ["she would hold a second meeting"]
