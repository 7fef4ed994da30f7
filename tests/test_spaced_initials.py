"""A person's initials written as bare capitals ("R K Menon"), which the tagger leaves out of the name
or reads as a body's (texts written for these tests): the person is listed under the whole name."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.spaced_initials import initialled_person, initials_before


def test_initials_left_out_by_the_tagger_join_the_name() -> None:
    text = ("Port budget cut\n\nDMK spokesperson T K S Varadan said the Centre had cut funds for the port. "
            "\"This is unfair to the state,\" Varadan said.")
    names = {a.name for a in actors_of(report_of(text))}
    assert "T K S Varadan" in names, names


def test_what_is_a_run_of_initials() -> None:
    assert initials_before(["spokesperson", "T", "K", "S"], ["Varadan"]) == 3
    assert initials_before(["Minister", "M"], ["K", "Stalin"]) == 1
    assert initials_before(["A"], ["Delhi"]) == 0  # the article
    assert initials_before(["said", "J"], ["Smith"]) == 0  # one letter only
    assert initialled_person(["M", "K", "Stalin"])
    assert not initialled_person(["K", "Stalin"])
