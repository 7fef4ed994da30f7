"""The story's subject among its top actors on pages shaped like real ones (issue 11): a greeting, a
paragraph's lead-in set in capitals and a given name alone typed a place must not push the subject down
or stand for it. Every text is written here."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.mentions import Mention
from brief.actors.name_words import greeting, no_actor_word
from brief.actors.placehood import unplaced_places


def test_a_greeting_is_no_actor() -> None:
    assert all(greeting(g) for g in ["Merry Christmas", "Happy Holidays", "Happy New Year", "Season's Greetings",
                                     "Happy Thanksgiving", "Happy Birthday"])
    assert not any(greeting(n) for n in ["Happy Valley", "Merry Clayton", "Christmas Humphreys", "Holly Happy"])
    assert no_actor_word("Merry Christmas", "wished everyone a ", lambda w: False)


def test_a_card_wishing_merry_christmas_lists_its_senders_not_the_wish() -> None:
    text = ("Dorrit Hallam and Teodor Hallam wished every neighbour a Merry Christmas and Happy Holidays on Friday. "
            "Merry Christmas, Dorrit Hallam said to the choir. Teodor Hallam thanked the volunteers of the "
            "Westbury food bank. Merry Christmas to all, said Teodor Hallam.")
    names = {a.name for a in actors_of(report_of(text))}
    assert not names & {"Merry Christmas", "Happy Holidays"}
    assert {"Dorrit Hallam", "Teodor Hallam"} <= names


def test_a_lead_in_in_capitals_is_cut_to_the_name_it_holds() -> None:
    text = ("UK INSTITUTES have thrown their weight behind a faster adoption of the new reporting standards.\n\n"
            "Head of reporting Orla Pendry said the regulators would want one consistent base. Pendry added that "
            "the costs of the change would fall on smaller firms, and the UK would lead.")
    actors = {a.name: a for a in actors_of(report_of(text))}
    assert "UK INSTITUTES" not in actors
    assert "United Kingdom" in actors and actors["United Kingdom"].kind == "place"


def _place(name: str, start: int) -> Mention:
    return Mention(0, 0, start, start + len(name), name, name, "place")


def test_a_given_name_alone_typed_a_place_is_a_person_unless_the_text_puts_it_somewhere() -> None:
    text = "I realized that Barack needed all the help he could get, as we drove in Florence."
    mentions = [_place("Barack", text.index("Barack")), _place("Florence", text.index("Florence"))]
    kinds = {m.name: m.kind for m in unplaced_places(text, mentions)}
    assert kinds == {"Barack": "person", "Florence": "place"}


def _with_title(title: str, body: str) -> str:
    return f'---\ntitle: "{title}"\n---\n\n{body}'


def test_a_columnist_named_only_in_her_headline_is_the_subject() -> None:
    body = ("I was sat in the local with my mates when a lad sat down next to us. He said he had been working "
            "late all week.\n\nThen I found the texts on his phone. I have had enough of the lies, and so should you.")
    actors = actors_of(report_of(_with_title("I found the texts: Marla Quenby speaks out on her cheating boyfriend", body)))
    assert [(a.name, a.kind) for a in actors[:1]] == [("Marla Quenby", "person")]


def test_a_country_a_gallery_headline_makes_a_party_is_listed_and_one_it_only_places_is_not() -> None:
    body = ("Though nowhere near the size of last year's movement, protests have been building up in recent months. "
            "The tournament has reportedly cost in excess of $11 billion.\n\nHere are some of the most striking photos.")
    names = {a.name: a.kind for a in actors_of(report_of(_with_title("Striking Images of Brazil's Protest Movement", body)))}
    assert names.get("Brazil") == "place"
    placed = {a.name for a in actors_of(report_of(_with_title("Striking images from a long flight to Brazil", body)))}
    assert "Brazil" not in placed


def test_a_title_case_headline_adds_no_one_the_text_names_already() -> None:
    body = ("Greg Halvorsen has produced six superhero shows. Halvorsen said the secret is the casting. "
            "His studio plans two more shows next year, he said.")
    names = [a.name for a in actors_of(report_of(_with_title("Greg Halvorsen Knows the Secret to Superhero TV", body)))]
    assert names.count("Greg Halvorsen") == 1 and not any("Knows" in n for n in names)
