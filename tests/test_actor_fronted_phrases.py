"""A "he said" with no speaker near goes on with the last sentence's subject, not a name in a phrase fronted before
it: "With Marek Dunst now replaced by Finn Ola Berg, Tomas Quill is confident ..." is Quill's sentence, whose opening
"With" is a preposition like any other and whose comma closes the phrase (subject_antecedents)."""

from __future__ import annotations

from written import holders, report_of

_PREVIEW = (
    "Quill ready for the new season\n\n"
    "Tomas Quill attended the unveiling of the new car in Stuttgart on Monday.\n\n"
    "His frosty relationship with team-mate Marek Dunst provided an intriguing subplot to last year's title race.\n\n"
    "With Dunst now replaced by Finn Ola Berg, Quill is confident that he is well placed to avenge his defeat.\n\n"
    "\"I wouldn't say that what happened last year was a blow, but you wouldn't be human if you didn't feel "
    "anything,\" he said.\n"
)


def test_he_goes_on_with_the_subject_after_a_fronted_phrase() -> None:
    assert holders(report_of(_PREVIEW), "what happened last year was a blow") == ["Tomas Quill"]
