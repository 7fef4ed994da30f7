"""A description the source tagger cut to its head ("the company's CEO, Name, told": the source read
as "CEO" alone) still names the person set off after it (brief/actors/sentence_subjects.py). On
articles written for these tests."""

from __future__ import annotations

from written import holders, report_of

_ARTICLE = (
    "Satellite makers wait for rockets\n\n"
    "Tarn-based Velor Orbital worked with two Czech companies to build the country's first satellite, "
    "officials said on Monday.\n\n"
    "The three companies have now joined with a Chilean startup to build satellites to watch crops and coasts. "
    "They hope to begin launching them by the end of the year, which will require space on a rocket. "
    "“The shortest wait, I think, if you want to fly with Skyward, is between five and nine months,” "
    "{description}, Hamid Rasouli, told Coast Review. And that is only if you join the list early.\n\n"
    "Rasouli said the firm would also train engineers at home.\n"
)


def test_a_quotation_framed_by_a_title_in_initials_and_a_name_set_off_is_the_names() -> None:
    """ "the company’s CEO, Hamid Rasouli, told": Rasouli's words, as after "the company's president";
    after "its CTO" too, and never a person called "CTO"."""
    for description in ("the company’s CEO", "its CTO"):
        report = report_of(_ARTICLE.format(description=description))
        assert holders(report, "between five and nine months") == ["Hamid Rasouli"], description
