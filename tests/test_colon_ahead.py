"""A frame that ends its paragraph with a verb of saying and a colon announces the quotation that
opens the next paragraph: "Union leader Roy Hale said:" then “...” (brief.actors.colon_quotes), on
articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_quotation_in_the_paragraph_after_a_colon_is_the_framed_speakers() -> None:
    report = report_of(
        "Union condemns job cuts\n\n"
        "Unions have condemned plans to cut 2,800 jobs at the Dunmere steelworks.\n\n"
        "Steel union general secretary Roy Hale said:\n\n"
        "\"The decision is a disgrace and must be reversed before it is too late.\"\n\n"
        "Labour MP Stephen Marsh added:\n\n"
        "\"Dunmere deserves better than this. The government has failed the town.\"\n"
    )
    assert holders(report, "The decision is a disgrace") == ["Roy Hale"]
    assert holders(report, "Dunmere deserves better than this") == ["Stephen Marsh"]


def test_a_body_named_in_a_voice_before_the_colon_speaks() -> None:
    report = report_of(
        "Depot approved\n\n"
        "Harlow City Council has approved a new bus depot.\n\n"
        "A spokesperson for Harlow City Council said:\n\n"
        "\"The scheme went through the proper consultation process and met every requirement.\"\n"
    )
    assert holders(report, "proper consultation process") == ["Harlow City Council"]


def test_he_added_alone_before_the_quotation_is_the_person_just_named() -> None:
    report = report_of(
        "Union condemns job cuts\n\n"
        "Unions have condemned plans to cut 2,800 jobs at the Dunmere steelworks.\n\n"
        "Steel union general secretary Roy Hale said the news was devastating for the town.\n\n"
        "He added:\n\n"
        "\"The decision is a disgrace and must be reversed before it is too late.\"\n"
    )
    assert holders(report, "The decision is a disgrace") == ["Roy Hale"]
