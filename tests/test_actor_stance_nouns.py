"""A side taken in a cue's own noun ("voiced support for", "expressed opposition to", "threw her support behind",
"voiced concern about") is a position however short its object, and a cue the model opened on its particle ("out
against") gets its verb back (session 37, the lead's probe). On an article written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_VOTE = (
    "Levy advances\n\n"
    "The levy passed a first vote on Monday.\n\n"
    "Senator Ines Varga voiced support for the levy. Governor Pal Reti expressed opposition to the plan. "
    "Mayor Tia Lund threw her support behind the deal. Judge Oren Falk voiced concern about the timing. "
    "Senator Kai Brandt came out against the proposal."
)


def test_a_stance_named_in_the_cue_keeps_a_short_object() -> None:
    said = {a.name: [(p.cue, p.text) for p in a.positions] for a in actors_of(report_of(_VOTE))}
    assert ("voiced support for", "the levy") in said["Ines Varga"]
    assert ("expressed opposition to", "the plan") in said["Pal Reti"]
    assert ("threw her support behind", "the deal") in said["Tia Lund"]
    assert ("voiced concern about", "the timing") in said["Oren Falk"]
    assert ("came out against", "the proposal") in said["Kai Brandt"]


def test_agreeing_a_deal_is_no_stance() -> None:
    text = ("Deal close\n\nTalks went on in Lisbon.\n\n"
            "Rovers have reportedly agreed personal terms with the winger. City agreed a fee with Porto on Friday. "
            "The mayor agreed that the fee was too high.")
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert not said.get("Rovers") and not said.get("City")


def test_a_which_clause_after_a_quoted_fragment_is_the_writers() -> None:
    text = ("Striker talks\n\nTalks went on in Lisbon.\n\n"
            "Porto president Nuno Vaz insisted the club would not sell \u201cbelow the release clause\u201d, which stands "
            "at \u20ac90m.")
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert said["Nuno Vaz"] == ["the club would not sell \u201cbelow the release clause\u201d"]


def test_a_numbers_approximation_left_out_by_the_cue_is_part_of_what_was_said() -> None:
    text = ("Count goes on\n\nThe count went on in Port Vell.\n\n"
            "County elections director Rosa Ibarra said about 3,000 mail ballots remained to be counted.")
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert said["Rosa Ibarra"] == ["about 3,000 mail ballots remained to be counted"]


def test_a_cue_set_off_in_a_relative_clause_reports_that_clause() -> None:
    text = ("Panel row\n\nThe row went on in Leeds.\n\n"
            "The minister met farmers to urge them to back the panel, which is due to sit for a year and which, critics "
            "say, does not include a single vet.")
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert said["critics"] == ["the panel does not include a single vet"]
