"""Session 59's new-user review: what a reader saw wrong on real pages, each on invented text."""

from __future__ import annotations

from brief.model import Sentence
from brief.summarize.position import is_furniture
from brief.summarize.registry import summarize


def _sentences(texts: list[str]) -> list[Sentence]:
    out, start = [], 0
    for index, text in enumerate(texts):
        out.append(Sentence(1, index, start, start + len(text), text))
        start += len(text) + 1
    return out


def test_a_link_trail_between_bars_is_furniture() -> None:
    # A blog quotes its source as a site's section trail: no sentence of the story.
    assert is_furniture("Link: VALLEY NEWS | World | Europe | Mayor's media strategy under scrutiny.")
    assert is_furniture("Home | Sport | Rugby | Harbour club sign new fly-half")
    # A sentence that merely holds one bar, or bars around long clauses, is still the story.
    assert not is_furniture("The council voted seven to two | a result few had expected after the long debate.")
    assert not is_furniture(
        "The mayor | who spent the weekend with the singer at a palace in the hills | told reporters on Monday"
        " | in a statement read by his spokesman | that his private life was his own."
    )


def test_a_blog_posts_link_line_is_not_chosen_for_its_summary() -> None:
    sentences = _sentences([
        "The mayor of Alderbrook has turned his romance with a pop singer into a campaign for the town.",
        "Link: VALLEY NEWS | World | Europe | Mayor's media strategy under scrutiny by the rival papers.",
        "From the very beginning he has styled himself as a star and enjoys going public with his life.",
        "Critics on the council say the strategy hides a failure to build the promised flood wall.",
        "The mayor's office said the romance was a private matter and not part of any campaign.",
    ])
    picked = summarize(sentences, 3, "position")
    assert 1 not in picked
    assert picked[0] == 0


BID = (
    "Harbury rejected a bid of two million pounds from Swindon for their striker Tom Hale on Thursday.\n\n"
    "Chief executive Mark Dunn said: \"Swindon have made a bid for Tom Hale and we have turned it down.\"\n\n"
    "Hale, who scored nine goals this season, said he was in no hurry to talk about joining Swindon."
)

RUGBY = (
    "Dean Hollis could not hide his frustration after a heavy defeat against the Scarlets on Saturday.\n\n"
    "Three of his players were sent to the sin-bin in the second half.\n\n"
    "The Scarlets could be going to Exeter in the quarter-finals, and coach Rhys Lloyd said: \"Exeter are a tough,"
    " quality outfit, and it would be a hell of a game.\"\n\n"
    "Hollis said his players had let Exeter down."
)

HILLS = (
    "Walkers were warned to stay off the Highlands on Sunday as the snow deepened.\n\n"
    "\"The Highlands are beautiful in winter but the roads are dangerous,\" said ranger Ann Bright.\n\n"
    "Bright said rescue teams had been called out four times in the Highlands since Friday."
)


def test_a_town_that_takes_a_plural_verb_is_its_club() -> None:
    # British copy writes a club by its town with a plural verb; a town has, is and was.
    from written import kinds_of

    assert kinds_of(RUGBY)["Exeter"] == "organization"
    assert kinds_of(BID)["Swindon"] == "organization"


def test_a_plural_place_name_after_the_stays_a_place() -> None:
    from written import kinds_of

    assert kinds_of(HILLS).get("Highlands", "place") == "place"


FLOOD = (
    "Heavy rain flooded parts of Exeter on Monday, and the city council said roads were closed.\n\n"
    "\"Exeter has seen nothing like it in fifty years,\" said council leader Ann Bright."
)


def test_a_city_the_tagger_took_for_a_person_is_a_place_not_a_body() -> None:
    # No sign of a person by the name, and the world's cities list knows it: the city, as the gazetteer's are.
    from written import kinds_of

    assert kinds_of(FLOOD)["Exeter"] == "place"
