"""A dateline set off by a colon ("New Delhi: ...", "Mumbai, Dec 3 (PTI): ...") is no speaker's
label (brief/actors/dateline_colons.py): the lead's own speaker keeps their words, and the place
speaks none. A person's label ("Bello: ...") still is one. On articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_datelines_colon_gives_the_place_no_words() -> None:
    lead = (
        "Party launches campaign\n\n"
        "New Delhi: Party convener Arvind Kejriwal on Sunday said the people would once again reject "
        "the ruling alliance.\n\n"
        "Mumbai, Dec 3 (PTI): The Shiv Sena said on Monday it would contest all seats in the city.\n\n"
        "The BJP said the party had failed the city."
    )
    report = report_of(lead)
    assert holders(report, "would once again reject") == ["Arvind Kejriwal"]
    assert "Delhi" not in holders(report, "convener")
    assert "Mumbai" not in holders(report, "contest all seats")


def test_a_persons_label_is_still_their_answer() -> None:
    interview = (
        "Q&A: Aisha Bello on building a payments firm\n\n"
        "Aisha Bello, founder of the payments startup PayLink, spoke to TechCabal about fundraising.\n\n"
        "TechCabal: Why did you turn down the offer?\n\n"
        "Bello: Honestly, the price was too low. We believe PayLink will be worth ten times that."
    )
    assert holders(report_of(interview), "the price was too low") == ["Aisha Bello"]
