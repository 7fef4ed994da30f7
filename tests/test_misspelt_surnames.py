"""A surname written one letter off the surname of a person named in full before it ("Peggy Bailey ... Baily said")
is that person, misspelt: one actor, and a "she said" right after is hers (brief.actors.misspelt_surnames). On an
article written for this test."""

from __future__ import annotations

from written import actors_of, holders, report_of

from brief.actors.misspelt_surnames import _one_letter_off

_HIKER = ("Body of missing hiker found\n\n"
          "Searchers found the body of Laura Penning, a hiker missing since New Year's Day, in woods near the lake.\n\n"
          "Ada Whitfield, a spokeswoman for the Penning family, told a local radio station that the family was taking "
          "the news as you would expect. But the family was relieved to know at last what had happened, Whitfeld "
          "said.\n\n"
          "\"This is what we wanted,\" she said. \"We wanted an answer so we can grieve.\"\n")


def test_a_surname_one_letter_off_is_the_person_named_in_full_before() -> None:
    report = report_of(_HIKER)
    assert "Whitfeld" not in [a.name for a in actors_of(report)]
    assert holders(report, "relieved to know at last") == ["Ada Whitfield"]
    assert holders(report, "This is what we wanted") == ["Ada Whitfield"]


def test_one_letter_off_needs_long_names_and_the_same_first_letter() -> None:
    assert _one_letter_off("Bailey", "Baily") and _one_letter_off("Whitfield", "Whitfeild")
    assert not _one_letter_off("Lee", "Lea") and not _one_letter_off("Bailey", "Dailey")
    assert not _one_letter_off("Bailey", "Bailey") and not _one_letter_off("Bailey", "Bail")
