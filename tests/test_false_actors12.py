"""Things the text shows are things (a game with its number, a deal's product, drugs and an assistant
in apposition, a show watched on a channel, a recipe's ingredient after its step's verb), on texts
written for these tests: none is listed as an actor; the people and companies beside them still are."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.kinds import defined_as_thing, product_context
from brief.actors.product_signs import priced_or_parted
from brief.actors.thinghood import acts
from brief.actors.word_case import opening_verb


def _names(text: str) -> set[str]:
    return {a.name for a in actors_of(report_of(text))}


GAME = (
    "Tarrow's Keep 3 sweeps the Golden Joystick Awards\n\n"
    "Tarrow's Keep 3 won game of the year on Thursday, beating Ember Vale and Quillstone. "
    "\"This is for everyone who believed in us,\" Venmoor Studios chief executive Rasa Keld said. "
    "Players can buy Tarrow's Keep 3 on Steam. Many said Tarrow's Keep 3 was in a league of its own."
)


def test_a_game_written_with_its_number_after_a_saying_verb_is_not_who_says() -> None:
    text = GAME
    start = text.index("Tarrow's Keep 3 was")
    assert not acts(text, start, start + len("Tarrow's Keep"))
    names = _names(text)
    assert "Rasa Keld" in names, names
    assert not any(n.startswith("Tarrow") for n in names), names


def test_a_saying_verb_before_a_name_still_makes_it_the_speaker() -> None:
    text = "\"We will appeal,\" said Venmoor Studios on Monday."
    start = text.index("Venmoor")
    assert acts(text, start, start + len("Venmoor Studios"))


def test_a_deals_price_says_the_name_is_a_product() -> None:
    assert priced_or_parted(" is down to $99, its lowest price")
    assert priced_or_parted(" is now on sale for £22.99.")
    assert not priced_or_parted(" is down 4% this year")
    text = ("Spring sale: the best deals on e-readers\n\n"
            "The Quillmark Slate is down to $99, its lowest price ever. "
            "\"Readers want value,\" said Dara Venn, Norvell's head of devices. "
            "Our pick: buy the Quillmark Slate if you read every day.")
    names = _names(text)
    assert "Dara Venn" in names and "Quillmark Slate" not in names, names


def test_things_in_apposition_a_list_of_drugs_and_a_makers_assistant_are_things() -> None:
    assert defined_as_thing(", the weight-loss drugs, have also been in the news")
    assert defined_as_thing(", its AI assistant, to all users")
    assert not defined_as_thing(", its chief executive, said")
    assert not defined_as_thing(", the company's drugs chief, said")


def test_a_name_watched_on_a_channel_is_a_show() -> None:
    assert product_context("You can watch ", " on Orbit TV, where all three seasons are")
    assert product_context("Watch the new ", " online from Friday.")
    assert not product_context("You can watch ", " on Orbit TV", person=True)  # watching a person
    assert not product_context("They watch ", " closely.")


def test_a_recipes_step_verb_is_not_part_of_the_name_after_it() -> None:
    text = "Use gin, Brantolo and vermouth. Add Brantolo, then stir."
    assert opening_verb(text, ["Add", "Brantolo"])
    assert not opening_verb("Mark Tolle said. Tolle left. Tolle won.", ["Mark", "Tolle"])  # a given name
    assert not opening_verb("Add Brantolo. Add Brantolo again.", ["Add", "Brantolo"])  # never written alone


def test_a_dutch_particle_keeps_a_managers_name_whole() -> None:
    text = ("Harbury beat Ossett 2-1\n\n"
            "\"The lads showed great character,\" Erik ten Vorst told reporters after the game. "
            "Ten Vorst said his side had earned the win.")
    names = _names(text)
    assert "Erik" not in names, names


def test_a_buying_guides_ranked_entries_are_things() -> None:
    text = ("The 5 best budgeting apps of 2025\n\n"
            "1. Tallyo\nTallyo is the best app for couples. \"We want every dollar to have a job,\" said founder "
            "Mira Holt.\n\n2. Pennwise\nPennwise syncs with most banks. Pennwise has a clean design.\n\n"
            "3. Coinly: best for beginners\nCoinly uses envelopes. Coinly is free.")
    names = _names(text)
    assert "Mira Holt" in names, names
    assert not names & {"Tallyo", "Pennwise", "Coinly"}, names


def test_a_list_of_people_keeps_its_names() -> None:
    text = ("The 3 most powerful people in fintech\n\n"
            "1. Mira Holt\n\nHolt runs Tallyo. \"We are growing fast,\" Holt said.\n\n"
            "2. Dev Anand Rao\n\nRao chairs Pennwise. Rao said the market would recover.")
    names = _names(text)
    assert {"Mira Holt", "Dev Anand Rao"} <= names, names


def test_a_name_ranked_as_a_made_thing_is_one_but_a_brand_is_not() -> None:
    assert defined_as_thing(" is the best app for people who want to change")
    assert defined_as_thing(" was the cheapest laptop we tested.")
    assert not defined_as_thing(" is the world's most valuable brand.")
    assert not defined_as_thing(" is the best team in the league.")


def test_what_a_maker_makes_is_its_product() -> None:
    assert product_context("", " maker Veltra Labs said on Monday", person=True)  # "Quorra maker Veltra Labs"
    assert product_context("Halbrook, the company behind ", "'s whiskey, said")
    assert product_context("the studio behind ", " said it would")
    assert not product_context("", " owner Tam Reyes said")  # a club's owner: the club is a body
    assert not product_context("the group behind ", " protests said")


def test_a_works_films_make_a_name_opened_by_a_given_name_a_works() -> None:
    text = ("Milo Thorne TV series: Kestrel casts its headmaster\n\n"
            "Kestrel has cast Dana Roe as the headmaster in its Milo Thorne series, the network confirmed on Tuesday. "
            "The series begins filming in London this summer. "
            "\"We are excited to bring Milo Thorne to a new generation,\" said Tom Ash, Kestrel's chief executive. "
            "The Milo Thorne films made more than $7 billion worldwide. Varner Pictures, which owns Milo Thorne, "
            "also runs a studio tour.")
    names = _names(text)
    assert "Tom Ash" in names and "Milo Thorne" not in names, names


def test_a_things_last_word_alone_is_the_thing() -> None:
    text = ("Review: the Tarn Fold is Zelko's most ambitious phone yet\n\n"
            "The Tarn Fold finally arrives in stores this week. Zelko says the device will cost $1,799.\n\n"
            "The Tarn Fold's battery lasted a full day in my tests. Its hinge feels solid.\n\n"
            "\"We wanted a foldable that felt like a normal phone,\" said Rina Osk, Zelko's head of devices.\n\n"
            "The Fold runs Android 13. If you want a cheaper phone, buy the Tarn 7a instead.\n\n"
            "Verdict: The Tarn Fold is a first-generation product, but Zelko got a lot right.")
    names = _names(text)
    assert "Rina Osk" in names and "Zelko" in names, names
    assert not names & {"Fold", "Tarn Fold"}, names


def test_a_source_credited_with_a_figure_is_a_body_not_a_place() -> None:
    from brief.actors.kinds import cited_source
    assert cited_source("to gross more than $2 billion, according to ")
    assert not cited_source("the tour ended in ")
    text = ("Tour grosses $2 billion\n\nThe Marlow Tour has become the first concert tour to gross more than $2 "
            "billion, according to Pennstar. \"I have never felt so much love,\" Ana Holt told the crowd.")
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Pennstar", "organization") == "organization", kinds


def test_what_is_available_on_a_platform_is_a_product() -> None:
    assert priced_or_parted(" is available on iPhone and Mac.")
    assert priced_or_parted(" remains unavailable on the App Store in the US.")
    assert priced_or_parted(" is now available to download.")
    assert not priced_or_parted(" was unavailable on Friday.")
    assert not priced_or_parted(" was not available for comment.")
