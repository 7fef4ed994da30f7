"""One wording of positions in every output (issue 13): the reader and the export show them whole."""

from __future__ import annotations

import pytest

from brief.model import (
    Actor,
    Article,
    BriefingItem,
    Meta,
    Position,
    Report,
    Sentence,
    SentenceRef,
    Story,
    Summary,
)
from brief.render.markdown import render_markdown
from brief.render.positions import wording
from brief.render.text import position_line

TEXT = ("until the ministry publishes a plan that protects the families living along the river, "
        "the council will not approve any new dam on the upper valley or its tributaries")
SHORT = ("says until the ministry publishes a plan that protects the families living along the river, "
         "the council will not approve any new dam on the upper…")
QUOTED = "“We will not accept a deal that leaves the harbour closed, and we will say so to every minister who asks us,” she said"


def test_a_shortened_position_is_restored_from_its_text() -> None:
    position = Position("According to", TEXT, SHORT, False, 1, 3)
    assert wording(position) == "says " + TEXT


def test_a_shortened_quote_keeps_its_marks_and_words() -> None:
    body = QUOTED.split("”")[0].lstrip("“").rstrip(",")
    short = "says “" + body[:60].rsplit(" ", 1)[0] + "…”"
    position = Position("said", "“" + body + ",”", short, True, 2, 0)  # the comma closes the quote, not the words
    assert wording(position) == "says “" + body + "”"


def test_a_whole_position_is_left_as_worded() -> None:
    position = Position("have confirmed that", "the talks resume on Monday", "confirms the talks resume on Monday",
                        False, 1, 0)
    assert wording(position) == "confirms the talks resume on Monday"


def test_text_that_does_not_hold_the_cut_words_keeps_the_summary() -> None:
    position = Position("said", "something else entirely was said here today", SHORT, False, 1, 0)
    assert wording(position) == SHORT


def test_the_export_never_cuts_a_position_but_the_printed_list_may() -> None:
    actor = Actor("River Council", "organization", "", (), 3, (1,), 1, (Position("According to", TEXT, SHORT, False, 1, 0),))
    text = "The council met. It spoke."
    article = Article(1, "Council", "a1.txt", text, paragraphs=((0, len(text)),))
    sentences = {1: (Sentence(1, 0, 0, 16, text[:16]), Sentence(1, 1, 17, 26, text[17:]))}
    briefing = (BriefingItem(text[:16], (SentenceRef(1, 0),)),)
    story = Story(1, "Council", (1,), None, briefing, (actor,))
    report = Report((article,), sentences, {1: Summary(1, "position", (0,))}, (story,), Meta("test", "position", "concepts"))
    markdown = render_markdown(report)
    assert "says until the ministry" in markdown and "or its tributaries \\[1\\]" in markdown
    assert "…" not in markdown
    assert position_line(actor, 0).endswith("upper… [1]")


def test_list_line_leaves_out_when_and_a_leading_conjunction() -> None:
    from brief.actors.phrasing import summary_line

    assert summary_line("said", "Monday its researchers examined the design", False) == "says its researchers examined the design"
    assert summary_line("said", "in March the plant would open this year", False) == "says the plant would open this year"
    assert summary_line("said", "Monday was a holiday for everyone", False) == "says Monday was a holiday for everyone"
    assert summary_line("added", "and asphalt is harder to obtain", False) == "adds asphalt is harder to obtain"
    assert summary_line("said according to", "these deals take years", False) == "says these deals take years"


def test_yet_to_keeps_its_auxiliary_in_the_present() -> None:
    from brief.actors.phrasing import present_cue

    assert present_cue("have yet to tell") == "has yet to tell"
    assert present_cue("has yet to explain") == "has yet to explain"


@pytest.mark.parametrize(
    ("cue", "line"),
    [("is expected to", "is expected to"), ("was forced to", "is forced to"), ("has been accused of", "is accused of"),
     ("was not expected to", "is not expected to"), ("has not yet released", "has not yet released"),
     ("had to explain", "has to explain"), ("would have to identify", "would have to identify"),
     ("wasn't so much saying", "is not so much saying"), ("has pooh-poohed", "has pooh-poohed"),
     ("also retweeted", "also retweeted"), ("has co-founded", "co-founds"), ("suddenly willing", "suddenly willing"),
     ("has something to", "has something to"), ("are looking forward to", "looks forward to")],
)
def test_a_cue_never_says_the_opposite_nor_a_made_up_form(cue: str, line: str) -> None:
    """A passive stays passive ("is expected to" is not "expects to"), a negation is never lost
    ("has not yet released"), and a head the dictionary does not know as a verb keeps the cue's own
    words with its auxiliary in the present."""
    from brief.actors.phrasing import present_cue

    assert present_cue(cue) == line


def test_a_relative_pronoun_cue_is_not_said_twice() -> None:
    from brief.actors.phrasing import summary_line

    line = summary_line(", which declined to comment", "declined to comment for this article", False)
    assert line == "declines to comment for this article"


def test_the_day_between_cue_and_content_is_left_out() -> None:
    from brief.actors.phrasing import summary_line

    assert summary_line("complained", "the vote was unfair", False, " Monday that ") == "complains the vote was unfair"
    assert summary_line("told", "he would resign", False, " reporters on Friday that ") == "tells reporters on Friday he would resign"
    assert summary_line("hinted", "Apple might build a set", False, " last year ") == "hints Apple might build a set"
    assert summary_line("hinted", "Apple might build a set", False, " last ") == "hints last Apple might build a set"


def test_the_days_preposition_goes_with_the_day() -> None:
    # "Velmora Freight said on Monday it would cut 200 jobs": the tagger leaves "on" between cue and
    # content and the content opens with the day; the line once read "says on it would cut".
    from brief.actors.phrasing import summary_line

    assert summary_line("said", "Monday it would cut 200 jobs", False, " on ") == "says it would cut 200 jobs"
    assert summary_line("promised", "Saturday to reopen the ferry line", False, " on ") == "promises to reopen the ferry line"
    assert summary_line("voted", "Monday was a holiday for everyone", False, " on ") == "votes on Monday was a holiday for everyone"


def test_a_quote_before_its_cue_does_not_keep_the_cues_preposition() -> None:
    # "“...,” Clarke said of the new schedule": what she spoke about follows, the words came first.
    from brief.actors.phrasing import summary_line

    assert summary_line("said of", "We wanted to wait", True, content_first=True) == "says “We wanted to wait”"
    assert summary_line("spoke of", "a new dawn", True) == "speaks of “a new dawn”"  # the words follow it
