"""A gerund after an object and "for" ("a rant against the show's writers for, in his view, mocking his running
mate") is the reason the object was blamed, not the subject's position (brief.actors.reason_gerunds); a verb right
before "for" ("was criticised for, in her words, calling") keeps the subject's; on articles written for these tests."""

from __future__ import annotations

from written import said_by


def test_a_gerund_after_the_blamed_object_is_not_the_subjects() -> None:
    said = said_by("Governor lashes out at comedians\n\nGovernor Pete Harlan spent Monday attacking the hosts of a "
                   "late-night show. He went on a rant against the show's writers for, in his view, mocking his "
                   "running mate Dana Fields.\n\nHe also criticised the station for airing claims that his campaign "
                   "was broke.\n")
    assert not any("running mate" in text for text in said.get("Pete Harlan", []))
    assert any("the station" in text for text in said["Pete Harlan"])


def test_a_gerund_after_a_verb_and_for_stays_the_subjects() -> None:
    said = said_by("Senator under fire\n\nSenator Amy Rowe was criticised on Tuesday for, in her critics' words, "
                   "calling the farmers lazy.\n\nRowe was praised for, as one aide put it, saying the bill was unfair.\n")
    assert "the bill was unfair" in said["Amy Rowe"]
    assert "the farmers lazy" in said["Amy Rowe"]
