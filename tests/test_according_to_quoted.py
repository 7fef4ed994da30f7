"""A quotation another cites ("According to Adv X, Adv Y once cautioned: “...”") is the quoted one's,
not the citer's (brief/actors/inner_cues.py ``quoted_by_another``); a lawyer's honour after the name
("Y King's Counsel (KC)") is the person's title, no actor (brief/actors/counsel_honours.py). On
articles written for these tests."""

from __future__ import annotations

from written import holders, report_of

_ARTICLE = (
    "Lawyer warns on reforms\n\n"
    "Adv Thabo Lekhanya says the reforms lack a clear agenda. “The reforms seem disconnected from the needs of "
    "the people,” he asserts.\n\n"
    "According to Adv Lekhanya, {speaker} once cautioned: “Amending a constitution is necessary for its growth "
    "but, like a sharp knife, it can either help or harm a country’s effort to build a lawful state.”\n\n"
    "This view resonates with Adv Lekhanya, who believes the nation must first win hearts and minds.\n"
)


def test_a_quotation_cited_according_to_another_is_the_quoted_ones() -> None:
    """ "According to Adv Lekhanya, retired judge Palesa Motsoane once cautioned: “...”": the judge's."""
    report = report_of(_ARTICLE.format(speaker="retired judge Palesa Motsoane"))
    assert holders(report, "like a sharp knife") == ["Palesa Motsoane"]


def test_a_kings_counsel_is_the_person_the_honour_follows() -> None:
    """ "Advocate Palesa Motsoane King’s Counsel (KC) once cautioned": Motsoane's words, no actor "KC"."""
    report = report_of(_ARTICLE.format(speaker="Advocate Palesa Motsoane King’s Counsel (KC)"))
    assert holders(report, "like a sharp knife") == ["Palesa Motsoane"]
