"""Statements under the wrong actor or no one: a cue inside a bracketed relative clause after a name
("Tom Hale (who said ...) resigned"), and "the company" after a product its maker named ("a suite of
tools it calls X"): the maker, not the product; and "they" after people a noun described ("Thousands of
drivers signed up. They tell ..."): those people, no body; a cue joined by "but" to a subordinate clause's
verb ("fell after the Fed cut rates but signalled"): that clause's subject; a one-word name set off by
"led by" before its cue ("Unite, led by ..., said"): a body's."""

from __future__ import annotations

from written import said_by


def test_cue_in_bracketed_relative_clause_is_the_names() -> None:
    said = said_by("Charity chief quits\n\nPiet Varlow (who said he had warned the trustees) resigned on Monday "
                   "from the Hollin Trust. The trust thanked him for his work.")
    assert said.get("Piet Varlow") == ["he had warned the trustees"]


def test_bracketed_relative_after_described_name() -> None:
    said = said_by("Minister steps down\n\nThe minister, Adaeze Kolawole (who said she had no regrets), stepped "
                   "down on Friday after a row over spending.")
    assert said.get("Adaeze Kolawole") == ["she had no regrets"]


def test_the_company_is_the_maker_not_the_product_it_calls() -> None:
    said = said_by("Orvane unveils AI tools\n\nOrvane unveiled on Monday a suite of network tools it calls "
                   "Orvane Autonomous Networks, which will manage traffic. The features will roll out in October, the company said.")
    assert said.get("Orvane") == ["The features will roll out in October"]
    assert not said.get("Orvane Autonomous Networks")


def test_the_company_is_the_maker_of_what_it_has_branded() -> None:
    said = said_by("Kestrel Motors reveals electric SUV\n\nKestrel Motors on Thursday revealed a charging service "
                   "it has branded Kestrel Power Systems, aimed at city buyers. Deliveries will begin in March, the company said.")
    assert "Deliveries will begin in March" in said.get("Kestrel Motors", [])
    assert not said.get("Kestrel Power Systems")


def test_they_after_people_described_is_no_body() -> None:
    said = said_by("Gig workers speak out\n\nZembla expanded into Kano last year. Thousands of drivers signed up "
                   "within weeks. They tell horror stories about the company's hiring.")
    assert not any("horror stories" in text for texts in said.values() for text in texts)


def test_they_after_a_body_hiring_people_is_the_body() -> None:
    said = said_by("Deal agreed\n\nZembla expanded into Kano last year. The company hired thousands of drivers. "
                   "They said the move would create jobs.")
    assert said.get("Zembla") == ["the move would create jobs"]


def test_cue_joined_in_subordinate_clause_is_its_subjects() -> None:
    said = said_by("Markets slide\n\nWall Street fell sharply on Wednesday after the Central Bank of Norland cut "
                   "rates by a quarter point but signalled it would slow the pace of easing next year.")
    assert said.get("Central Bank of Norland") == ["it would slow the pace of easing next year"]


def test_cue_joined_after_as_clause_with_a_person() -> None:
    said = said_by("Budget row\n\nThe opposition walked out of parliament as Prime Minister Haris Darmadi "
                   "defended the budget on Monday and insisted that fuel subsidies would stay.")
    assert "that fuel subsidies would stay" in said.get("Haris Darmadi", [])
    assert not said.get("opposition")


def test_one_word_body_led_by_its_officer() -> None:
    said = said_by("Union rejects pay offer\n\nAdvance, led by general secretary Mira Olsen, said the offer was an "
                   "insult to its members. Talks are due to resume next week.")
    assert said.get("Advance") == ["the offer was an insult to its members"]


def test_they_after_people_described_since_the_last_speaker() -> None:
    said = said_by("Council vote\n\nDunmore Council approved plans for 300 homes on Tuesday. Residents objected to "
                   "the scheme. They said the council had ignored them.")
    assert "the council had ignored them" not in said.get("Dunmore Council", [])


def test_they_after_people_as_an_object_is_the_body() -> None:
    said = said_by("Arrests in Mombasa\n\nCoast Police arrested three men in Mombasa on Sunday. They said the "
                   "suspects had been under watch for weeks.")
    assert said.get("Coast Police") == ["the suspects had been under watch for weeks"]
