"""Session 58, imiss84: quotations that were no one's on the 2008 news pages of half I (and so J).

A bare first-person quotation after one "He ..." / "She ..." sentence that follows a person's words is that
person's (brief/actors/pronoun_asides.py); never when the pronoun cannot be them, nor when the quotation
is about someone rather than in the speaker's own voice. On articles written for these tests."""

from __future__ import annotations

from written import holders, report_of

_JUDGE = (
    "Talent show judge looks ahead\n\n"
    "Helen Brennick says the talent show is going to have its best season yet.\n\n"
    "Other judges might have praised last year's final, but \"I did not enjoy that night,\" Brennick said.\n\n"
    "{aside}\n\n"
    "\"I never thought Tamsin was the strongest singer. She was the most popular person in the room.\"\n\n"
    "The new season starts in March."
)


def test_a_quotation_after_a_pronoun_aside_is_the_last_speakers() -> None:
    """The aside names whom the speaker spoke of; the quotation after it is still the speaker's."""
    article = _JUDGE.format(aside="She also offered no excuses for Tamsin Reule, the 2005 winner, losing her record deal.")
    assert holders(report_of(article), "the strongest singer") == ["Helen Brennick"]


def test_a_pronoun_of_the_other_gender_is_someone_else() -> None:
    """"He ..." after a woman's words is not her: the quotation after it is left to no one."""
    article = _JUDGE.format(aside="He also offered no excuses for Tamsin Reule, the 2005 winner, losing her record deal.")
    assert holders(report_of(article), "the strongest singer") == []


def test_words_about_someone_after_a_pronoun_aside_are_no_ones() -> None:
    """A quotation with no first person after the aside is about whom the speaker spoke of, and may be anyone's."""
    article = _JUDGE.format(aside="She also offered no excuses for Tamsin Reule, the 2005 winner, losing her record deal.")
    article = article.replace("I never thought Tamsin was", "Tamsin was never")
    assert holders(report_of(article), "the strongest singer") == []


def test_a_quotation_after_the_speaker_declined_to_comment_is_not_theirs() -> None:
    """ "She declined to comment further on Tamsin Reule.": the speaker said no more, so the quotation after it is
    not carried back to her."""
    article = _JUDGE.format(aside="She declined to comment on Tamsin Reule, the 2005 winner, losing her record deal.")
    assert holders(report_of(article), "the strongest singer") == []
