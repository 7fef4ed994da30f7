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
