"""A pronoun source with an adverb of manner the tagger kept after it ("“...,” he aptly summarizes") is the
pronoun, and goes on with the person it stands for (brief/actors/pronoun_sources.py). On articles written
for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_quotation_he_aptly_summarizes_is_the_person_he_goes_back_to() -> None:
    report = report_of(
        "A young lawyer's journey\n\n"
        "Adv Thabo Lekhanya grew up in a village near Maseru. “My grandmother was the shield against poverty,” "
        "he reflects.\n\n"
        "His journey from a hard childhood to a young advocate shows the potential for change. His dedication to "
        "justice sets a precedent for others. “Every hour spent on learning is an hour given to the future,” he "
        "aptly summarizes.\n\n"
        "The Law Society did not comment.\n"
    )
    assert holders(report, "Every hour spent on learning") == ["Thabo Lekhanya"]
    # "Her family said": a possessive and a noun in "-ly", no pronoun with its manner
    family = report_of(
        "Tributes to Dame Ada Quinn\n\n"
        "Stars of stage and screen have paid tribute to Dame Ada Quinn, who has died aged 90.\n\n"
        "Her family said in a statement that she died peacefully at home in Tarnby on Tuesday.\n"
    )
    assert "Ada Quinn" not in holders(family, "she died peacefully at home")
