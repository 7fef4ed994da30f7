"""Bodies the tagger missed as speakers (session 35): a public body whose remit is joined by "and", and a name of
common nouns or with a body's ending, are bodies, not people; on articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of


def _actors(text: str) -> dict[str, object]:
    return {a.name: a for a in actors_of(report_of(text))}


def test_a_body_named_for_a_remit_joined_by_and_is_read_whole() -> None:
    actors = _actors(
        "Crossings fall\n\n"
        "The rule took effect in May. Crossings fell sharply at the border last month, according to Customs and "
        "Border Protection."
    )
    assert "Customs and Border Protection" in actors
    assert actors["Customs and Border Protection"].kind == "organization"
    assert actors["Customs and Border Protection"].role != "news outlet"
    assert "Border Protection" not in actors


def test_a_missed_name_with_a_body_ending_is_a_body_its_spokesperson_speaks_for() -> None:
    text = (
        "Trains halted\n\n"
        "Network Rail says services between Cardiff and Swansea are suspended. "
        '"We are working to reopen the line," a spokesperson said.'
    )
    actors = _actors(text)
    assert actors["Network Rail"].kind == "organization"
    assert any("reopen the line" in p.text for p in actors["Network Rail"].positions)


def test_a_speaker_before_a_participle_clause_speaks() -> None:
    text = (
        "Final goes to five sets\n\n"
        "The final lasted more than four hours. Former champion John McEnroe, commentating for the BBC, called the "
        'final "the best I\'ve seen in 20 years."'
    )
    actors = _actors(text)
    assert any("best I've seen" in p.text for p in actors["John McEnroe"].positions)
