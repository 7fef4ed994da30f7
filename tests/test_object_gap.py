"""A cue inside a relative clause whose object is the noun before it states nothing (brief.actors.clause_spans)."""

from __future__ import annotations

from brief.actors.attribution import Attribution
from brief.actors.clause_spans import object_gap


def _attribution(text: str, source: str, cue: str, content: str) -> Attribution:
    s0, c0 = text.index(source), text.index(cue)
    k0 = text.index(content)
    return Attribution((c0, c0 + len(cue)), (s0, s0 + len(source)), (k0, k0 + len(content)), False, 0)


def test_object_moved_to_the_noun_before() -> None:
    for text, source, cue, content in [
        ("But the decree that Governor Hale plans to sign on Friday will have a review period.", "Governor Hale",
         "plans", "to sign on Friday will have a review period"),
        ("Two visits to the border, which they cited as evidence of a new spirit.", "they", "cited",
         "as evidence of a new spirit"),
        ("An old man whom Dorran refers to as uncle sat by the door.", "Dorran", "refers", "to as uncle sat by the door"),
    ]:
        assert object_gap(text, _attribution(text, source, cue, content)), text


def test_what_was_said_after_that() -> None:
    for text, source, cue, content in [
        ("Aides said that Governor Hale plans to sign the decree.", "Governor Hale", "plans", "to sign the decree"),
        ("He said that Hale plans to sign on Friday.", "Hale", "plans", "to sign on Friday"),
        ("The decree, which Hale says will cut costs, passed.", "Hale", "says", "will cut costs"),
    ]:
        assert not object_gap(text, _attribution(text, source, cue, content)), text


def test_questions_and_conjoined_predicates_assert_nothing() -> None:
    for text, source, cue, content, holds in [
        ("How can he say it wasn't intentional if he hasn't seen it yet?", "he", "say",
         "it wasn't intentional if he hasn't seen it yet", True),
        ("She asked whether the mine would reopen?", "She", "asked", "whether the mine would reopen", False),
        ("Consumption is too high, he said, and needs to come back down.", "he", "said", "and needs to come back down", True),
        ("Ver refused, and the caller backed off after a bounty was posted.", "Ver", "refused",
         "and the caller backed off after a bounty was posted", True),
    ]:
        from brief.actors.clause_spans import not_asserted

        assert not_asserted(text, _attribution(text, source, cue, content)) is holds, text


def test_passive_cue_and_a_clause_joined_after_it() -> None:
    from brief.actors.clause_spans import not_asserted

    text = "The plan matches another announced by the ministry in March, which aimed to cut costs."
    assert object_gap(text, _attribution(text, "the ministry", "announced", "in March, which aimed to cut costs"))
    text = "It was announced by the ministry that the plant would close."
    assert not object_gap(text, _attribution(text, "the ministry", "announced", "that the plant would close"))
    for text, content in [("And asphalt is harder to obtain, he added.", "And asphalt is harder to obtain"),
                          ("But prices rose anyway, she said.", "But prices rose anyway")]:
        source = text.split()[-2]
        assert not not_asserted(text, _attribution(text, source, text.split()[-1].strip("."), content)), text


def test_a_phrase_before_the_cue_with_no_verb_is_no_statement() -> None:
    from brief.actors.clause_spans import not_asserted

    text = "Despite the damage to the old monument, a report from the agency said it remains sound."
    assert not_asserted(text, _attribution(text, "a report from the agency", "said", "Despite the damage to the old monument"))
    text = "Prices rose sharply in March, the agency said."
    assert not not_asserted(text, _attribution(text, "the agency", "said", "Prices rose sharply in March"))
    text = "The plan will cut costs, the mayor said."
    assert not not_asserted(text, _attribution(text, "the mayor", "said", "The plan will cut costs"))
