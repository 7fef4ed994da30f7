"""Speakers the attribution side lost or gave to the wrong actor, in shapes common to news pages
(articles written for these tests):

- a participle closing a sentence says what follows it ("..., blaming a throat infection"), whatever
  pronoun stands in the clause before it (brief.actors.trailing_participle);
- "said on | Wednesday she had ...": the day is when, not what, nor part of the cue (cue_edges.tidy_cue);
- "The former Newcastle midfielder said": the club's player just named, not the club (positions._resolve);
- "the former engineer said": someone already named (referring.described_person);
- "Oxfam and Save the Children called for": a list whose last name holds "the" (coordinated_names);
- "the Commission on Presidential Debates says": one body, not its tail (connected_bodies);
- "According to X's spokeswoman, Ada Brennan, the ...": the name is the source's, not what was said
  (apposed_after_source);
- "The S.E.C. said", "Reuters reported": sources the model cut before a dot or took into the cue
  (source_edges).
"""

from __future__ import annotations

from written import report_of

from brief.model import Report


def _positions(report: Report) -> list[tuple[str, str, str]]:
    return [(a.name, p.cue, p.summary) for s in report.stories for a in s.actors for p in a.positions]


def test_a_closing_participle_says_what_follows_it() -> None:
    report = report_of(
        "The folk singer Ines Marlow called off her show at the Corn Exchange an hour before she was due on "
        "stage, blaming a chest infection.\n\n"
        "Marlow, 29, said she was gutted to let her fans in Bedford down and promised a new date soon."
    )
    held = [(name, summary) for name, _, summary in _positions(report) if "infection" in summary]
    assert held and held[0][0] == "Ines Marlow"
    assert "chest infection" in held[0][1] and "Corn Exchange" not in held[0][1]


def test_the_day_after_said_on_is_not_what_was_said() -> None:
    report = report_of(
        "Ports minister Alma Reyes said on Wednesday she had asked the harbour board to review the dredging "
        "licence \"as a matter of urgency\".\n\n"
        "Reyes has held the portfolio since 2022 and faces a tight election in March."
    )
    summaries = [summary for name, _, summary in _positions(report) if name == "Alma Reyes"]
    assert summaries and summaries[0].startswith("says she had asked")
    report = report_of(
        "The Elwyn Harbour Board said on Thursday it \"firmly opposes\" any cut to the dredging budget.\n\n"
        "The board has run the port since 1998."
    )
    summaries = [summary for _, _, summary in _positions(report)]
    assert summaries and summaries[0].startswith("says it 'firmly opposes'"), summaries


def test_a_clubs_player_described_speaks_not_the_club() -> None:
    report = report_of(
        "Harbour City have handed striker Owen Tull a new two-year contract.\n\n"
        "Head coach Dan Morrow praised the forward's attitude in training. The former Chelsea midfielder "
        "said Tull was \"the first name on the teamsheet\" every week."
    )
    holders = [name for name, _, summary in _positions(report) if "teamsheet" in summary]
    assert holders == ["Dan Morrow"]


def test_the_former_engineer_is_the_one_just_named() -> None:
    report = report_of(
        "Dunmore Minerals chief executive Pia Lund rejected the criticism from farmers on Monday.\n\n"
        "Lund has run the company since 2019. The former engineer said last year that the mine would use "
        "no river water by 2030."
    )
    holders = [name for name, _, summary in _positions(report) if "river water" in summary]
    assert holders == ["Pia Lund"]


def test_a_list_whose_last_name_holds_the_speaks() -> None:
    report = report_of(
        "Charities press ministers on school meals\n\n"
        "Oxfam and Save the Children called for free school meals for every primary pupil on Tuesday, "
        "warning that a million children were going hungry.\n\n"
        "Oxfam said the cost would be met within three years by lower health spending."
    )
    holders = {name for name, _, summary in _positions(report) if "free school meals" in summary}
    # the list speaks: its first body, or its last now that "Save the Children" is read as one (plural_bodies)
    assert holders and holders <= {"Oxfam", "Save the Children"}


def test_a_body_named_past_on_or_to_is_one_body() -> None:
    report = report_of(
        "The Commission on Local Broadcasting says the licence fee should rise with inflation.\n\n"
        "The Committee to Protect Reporters said in a statement that two journalists had been detained in "
        "the port city."
    )
    names = {name for name, _, _ in _positions(report)}
    assert "Commission on Local Broadcasting" in names
    assert "Committee to Protect Reporters" in names
    assert "Local Broadcasting" not in names and "Committee" not in names


def test_a_name_apposed_to_a_fronted_source_is_not_what_was_said() -> None:
    report = report_of(
        "Dunmore Minerals has been criticised by farmers over its water use.\n\n"
        "According to the firm's spokeswoman, Ada Brennan, the mine has spent four million dollars on river "
        "monitoring since 2021."
    )
    summaries = [summary for name, _, summary in _positions(report) if name == "Ada Brennan"]
    assert summaries and summaries[0].startswith("says the mine has spent")


def test_a_dotted_abbreviation_and_a_name_in_the_cue_are_sources() -> None:
    report = report_of(
        "Fund regulators widen inquiry\n\n"
        "The Federal Trade Commission opened an inquiry into the lender in May.\n\n"
        "The F.T.C. said it would widen its review of the lender's fees this autumn. Bloomberg reported that "
        "two more lenders had received letters from the agency."
    )
    held = {(name, summary.split()[0]) for name, _, summary in _positions(report)}
    assert ("Federal Trade Commission", "says") in held
    assert ("Bloomberg", "reports") in held
