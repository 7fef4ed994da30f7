"""Roles written in lower case before a name (session 35): a field word right after a cue or a quotation opens the
title ("party leader", "press secretary"), one after a verb or a time does not; a job at a body read whole though
long; on articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of


def _roles(text: str) -> dict[str, str]:
    return {a.name: a.role for a in actors_of(report_of(text))}


def test_a_field_word_after_a_quotation_or_a_cue_opens_the_title() -> None:
    roles = _roles(
        "Vote called\n\n"
        '"The president has broken the law," party leader Min-jun Park told reporters. '
        "The vote is set, said press secretary Dana Whitcomb."
    )
    assert roles["Min-jun Park"] == "party leader"
    assert roles["Dana Whitcomb"] == "press secretary"


def test_a_verb_or_a_time_before_a_title_is_no_part_of_it() -> None:
    roles = _roles(
        "Threats condemned\n\n"
        "A man was charged with threatening to kill Rep. Lena Ortiz, who said she would not be silenced. "
        "Last night Tanaiste Colm Rourke said the threats were shameful."
    )
    assert roles["Lena Ortiz"] == "Rep."
    assert roles["Colm Rourke"] == "Tanaiste"


def test_a_long_job_at_a_body_is_read_whole() -> None:
    roles = _roles(
        "Economy slows\n\n"
        '"Growth is slowing," said Ana Reyes, chief economist at Moody\'s Analytics Inc. in West Chester.'
    )
    assert roles["Ana Reyes"] == "chief economist at Moody's Analytics Inc. in West Chester"
