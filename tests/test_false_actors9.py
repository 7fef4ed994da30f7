"""Things the tagger names like agents, on texts written for these tests: a storm ("Hurricane Delia"), a
market's measure ("Dow Jones Industrial Average"), a work whose page once sets its title in quotation
marks, and a product written alone with an article ("The Ridgeline is warm"); people named after a
storm's word, people quoted by a pseudonym and companies that act stay actors."""

from __future__ import annotations

from written import actors_of, report_of


def _names(text: str) -> set[str]:
    return {a.name for a in actors_of(report_of(text))}


STORM = (
    "Hurricane Delia weakens as it nears the coast\n\n"
    "Hurricane Delia weakened to a Category 2 storm on Wednesday as it approached the coast of Louisiana, "
    "the National Hurricane Center said. Delia is expected to make landfall near Morgan City late Thursday. "
    "Hurricane Delia brought heavy rain to the islands on Monday. "
    "\"It remains a dangerous storm,\" said Carla Benitez, a forecaster with the National Hurricane Center. "
    "Governor Paul Marchand declared a state of emergency and urged residents to leave low-lying areas."
)


def test_a_storm_named_like_a_person_is_no_actor() -> None:
    names = _names(STORM)
    assert not any("Delia" in n for n in names), names
    assert {"National Hurricane Center", "Carla Benitez"} <= names


def test_a_person_named_after_a_storm_word_stays_a_person() -> None:
    text = ("Tempest Adeyemi wins the Rowan prize for her first novel\n\n"
            "Tempest Adeyemi won the Rowan prize on Monday for her novel about a fishing town. "
            "Tempest Adeyemi grew up in Leeds and worked as a nurse for ten years. "
            "\"I wrote it at night, after my shifts,\" Adeyemi said. "
            "The judges said the book was brave and funny.")
    assert "Tempest Adeyemi" in _names(text)


MARKETS = (
    "Korvane shares rise after phone launch\n\n"
    "Shares of Korvane rose 3 percent on Tuesday, while the Dow Jones Industrial Average was flat. "
    "The Dow Jones Industrial Average has gained 9 percent this year. "
    "Korvane said it expected strong sales over the holidays. "
    "Analysts at Merrow Capital said the Dow Jones Industrial Average could fall if rates rise, "
    "and Korvane said its new phone would sell well in Europe."
)


def test_a_market_index_is_no_actor_but_the_company_is() -> None:
    names = _names(MARKETS)
    assert "Dow Jones Industrial Average" not in names, names
    assert "Korvane" in names


REVIEW = (
    "Review: 'Ashes of Marrow' is the best game of the year\n\n"
    "The long-awaited sequel from Brightfall Studios finally arrives, and it was worth the wait. "
    "Ashes of Marrow puts you in the boots of a soldier who returns to her village after the war. "
    "\"We wanted players to feel lonely,\" director Tomasz Beck said. "
    "Ashes of Marrow was nominated for Game of the Year, and Brightfall Studios says an expansion will follow in March. "
    "Ashes of Marrow is a triumph."
)


def test_a_work_whose_title_the_page_quotes_is_no_actor() -> None:
    names = _names(REVIEW)
    assert "Ashes of Marrow" not in names, names
    assert {"Brightfall Studios", "Tomasz Beck"} <= names


def test_a_quoted_name_that_acts_stays_an_actor() -> None:
    text = ("Union backs strike at the depot\n\n"
            "Members of the group 'Depot Workers United' voted to strike on Monday. "
            "Depot Workers United said the pay offer was an insult. "
            "Depot Workers United wants a rise of 8 percent, and the company says it cannot pay that much.")
    assert "Depot Workers United" in _names(text)


GUIDE = (
    "The best winter boots for city walking\n\n"
    "We tested 24 pairs over three weeks in Minneapolis. "
    "Best overall: Thornbury Ridgeline. The Ridgeline is warm, waterproof and light, and it grips ice well. "
    "\"I wore these every day for a month,\" said our tester Rachel Amsel. "
    "Thornbury Ridgeline ($180, from outdoor shops) comes in four colours."
)


def test_a_product_written_alone_with_an_article_is_no_person() -> None:
    names = _names(GUIDE)
    assert not any("Ridgeline" in n for n in names), names
    assert "Rachel Amsel" in names


def test_a_surname_inside_full_names_does_not_outvote_its_article() -> None:
    # the person, named in full and by surname alone with no article, stays a person
    text = ("Mayor opens the new library\n\n"
            "Mayor Edith Ridgeline opened the Harlow library on Saturday. "
            "Edith Ridgeline said the town had waited twenty years. "
            "Ridgeline thanked the volunteers who had raised the money, and Ridgeline said more books would come.")
    assert "Edith Ridgeline" in _names(text)


CARS = (
    "Which electric crossover should you buy?\n\n"
    "The Varda Eon and the Kestrel Mark are the two best-selling electric crossovers. We drove both for a week. "
    "The Varda Eon has more cargo space, and the Varda Eon charges faster. "
    "\"Buyers want range above all,\" said Karen Osei, an analyst at Lumen Research. "
    "She said the Varda Eon would stay ahead next year. Inside, the Varda Eon has a large touchscreen. "
    "Prices start at $44,990 for the Varda Eon."
)


def test_a_name_opening_what_a_cue_reports_does_not_act() -> None:
    # "she said the Varda Eon would stay ahead": the car is what she speaks of, not a speaker
    names = _names(CARS)
    assert "Varda Eon" not in names, names
    assert "Karen Osei" in names


def test_a_name_after_its_cue_still_acts() -> None:
    # "..., said the Quorum, which ...": the inverted cue's source acts, though the name takes "the" as a thing does
    text = ("Growers ask for help\n\n"
            "Farmers need help before the winter, said the Quorum, which speaks for 400 growers. "
            "The Quorum is meeting ministers on Monday. Ministers said the Quorum had a point. "
            "The Quorum is also asking banks to delay repayments.")
    assert "Quorum" in _names(text)
