"""A quotation after a colon whose frame opens with "He"/"She" and a verb of telling ("He then told
the delegates, ..., what he would do: “...”") is the person the pronoun goes back to
(brief/actors/pronoun_colon_frames.py). On articles written for these tests."""

from __future__ import annotations

from written import holders, report_of

_ARTICLE = (
    "Chips for every nation\n\n"
    "The biggest problem might have been best shown by Dario Velt himself. At the Tech Leaders Forum in Doha "
    "this March, he reminded an audience of leaders across industry and politics that spending on AI is "
    "essential.\n\n"
    "He then told these leaders, who were gathered in a country that bans most protest, {what}: “The first "
    "thing that I would do, of course, is I would write the language, the data of your culture into your own "
    "large model.”\n\n"
    "Canada is among the backers of this idea.\n"
)


def test_a_quotation_after_he_told_them_what_he_would_do_is_his() -> None:
    """The pronoun's person, named in the paragraph before."""
    mine = report_of(_ARTICLE.format(what="what he would do if he were a leader of a poor nation"))
    assert holders(mine, "write the language, the data of your culture") == ["Dario Velt"]


def test_a_bare_she_said_is_not_the_last_woman_named() -> None:
    """ "... a teacher said ... hero Nadia Pell, 35, was doing ‘ok’. | She said: “...”": the unnamed teacher
    speaks, not Pell; a frame that tells no "what" is left to the cue model."""
    report = report_of(
        "Teachers speak after the riots\n\n"
        "A teacher at the club where the attack happened called the disorder terrible.\n\n"
        "And a teacher at the venue said those rioting were taking away from the grief of the families. The "
        "teacher added that hero Nadia Pell, 35, who was hurt trying to protect the children, was doing ‘ok’.\n\n"
        "She said: “It’s terrible, they’re taking away the grief of the families, just to fuel their anger. We can "
        "look after ourselves.\n\n"
        "“It’s shameful to everyone who lives here.”\n"
    )
    assert "Nadia Pell" not in holders(report, "just to fuel their anger")
