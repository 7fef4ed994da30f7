"""Session 59 (things90): things listed as actors. A share index that only moves ("the benchmark Lumex gained
1,204.55 points") and an exchange named only as its owner ("the Harbour Stock Exchange's Lumex") are markets, not
actors, while an exchange that speaks stays one; a character's short forms and a name listed beside it are the
character's; a one-word company the tagger typed a person ("Kessler, Inc.", "Kessler's tools") is an organisation. On articles written for these tests."""

from __future__ import annotations

from written import actors_of, report_of

_MARKETS = (
    "Shares rally as the year ends\n\n"
    "Markets rallied again last week, taking most indices and share prices near their highs.\n\n"
    "The benchmark Lumex, at its last close of 18,406.25 points, is now just short of its record. The Tarra 50 "
    "of the Coastal Stock Exchange, at its last close of 5,912.40 points, stands close to its own high.\n\n"
    "During the week, the Harbour Stock Exchange's Lumex gained 1,204.55 points despite worries about rates. "
    "Now the Lumex looks set to touch a new high in the new year.\n\n"
    "Analyst Mira Kholi of Westbay Securities said the gains would hold. But the Lumex and Tarra 50 gains "
    "showed the bourses' firm footing, she said.\n"
)

_EXCHANGE_SPEAKS = (
    "Exchange fines two brokers\n\n"
    "The Harbour Stock Exchange said on Monday it had fined two brokers for late filings.\n\n"
    "The exchange's benchmark index fell 212.40 points on the day, traders said.\n\n"
    "Harbour Stock Exchange chief executive Omar Reyes said the rules would be enforced.\n"
)


def _names() -> set[str]:
    return {a.name for a in actors_of(report_of(_MARKETS))}


def test_an_index_that_only_moves_is_no_actor() -> None:
    names = _names()
    assert not {"Lumex", "Tarra"} & names
    assert not any("Tarra" in n or "Lumex" in n for n in names)
    assert "Mira Kholi" in names


def test_an_exchange_named_only_as_its_index_owner_is_no_actor() -> None:
    assert not any("Stock Exchange" in n for n in _names())


def test_an_exchange_that_speaks_stays() -> None:
    actors = {a.name: a for a in actors_of(report_of(_EXCHANGE_SPEAKS))}
    assert "Harbour Stock Exchange" in actors
    assert actors["Harbour Stock Exchange"].kind == "organization"


_REVIEW = (
    "Review: Salt of the Earth\n\n"
    "Salt of the Earth is a long, cold film about a mining town. I never cared what became of Tomas Varga or "
    "Lena Brisk, or anyone else for that matter.\n\n"
    "The film stars Rupert Haldane as the miner Tomas Varga, a man who wants only money.\n\n"
    "The other main character is Lena Brisk, played by Carla Moreno. Lena is a preacher who is at odds with "
    "Varga from the first scene. Moreno gives a fine performance.\n\n"
    "Director Owen Platt said the town was built on a studio lot.\n"
)


def test_a_character_and_its_short_forms_are_no_actors() -> None:
    names = {a.name for a in actors_of(report_of(_REVIEW))}
    assert not {"Lena", "Lena Brisk", "Tomas Varga", "Varga"} & names
    assert {"Carla Moreno", "Owen Platt"} <= names


_SOFTWARE = (
    "Open source projects clear their code\n\n"
    "Developers of eleven open source projects have cleared every defect found at the Kessler Scan site, "
    "said Dana Whitlow, open source strategist for Kessler.\n\n"
    "Hundreds of developers have put Kessler's technology to use. More than 300 leading firms rely on "
    "Kessler's tools to find defects in their code.\n\n"
    "Kessler Scan and Kessler Guard are trademarks of Kessler, Inc.\n"
)


def test_a_one_word_company_with_a_company_s_signs_is_an_organisation() -> None:
    actors = {a.name: a.kind for a in actors_of(report_of(_SOFTWARE))}
    assert actors.get("Kessler") == "organization"
    assert actors.get("Dana Whitlow") == "person"


_ARREST = (
    "Actress held after crash\n\n"
    "ACTRESS Jenna Marlow, best known for her portrayal as the scheming Delia Frost on The Harbour, was briefly "
    "jailed on Thursday on suspicion of drunken driving, Westbrook police said.\n\n"
    "Her lawyer, Sam Okafor, said she would fight the charges. \"She is innocent,\" Okafor said.\n\n"
    "Marlow was released after posting bail. Delia Frost is the most watched part on The Harbour, and The Harbour "
    "drew ten million viewers last season.\n"
)


def test_a_part_played_and_its_show_are_no_actors() -> None:
    names = {a.name for a in actors_of(report_of(_ARREST))}
    assert not {"Delia Frost", "Harbour", "The Harbour"} & names
    assert {"Jenna Marlow", "Sam Okafor"} <= names


_AWARDS = (
    "Awards night called off\n\n"
    "A scaled-back Silver Lanterns could hurt the box office prospects of nominated films now that viewers will not "
    "see the awards ceremony on Sunday.\n\n"
    "The 40th annual Lanterns ceremony and telecast were cancelled on Monday, a victim of the writers' strike. The "
    "Actors Union had said its members would boycott the event.\n\n"
    "\"Getting on the Silver Lanterns is critical to selling a film,\" said publicist Nora Vail. A scaled-back "
    "Lanterns presentation would hurt smaller films, she said.\n"
)


def test_an_awards_night_is_no_actor() -> None:
    names = {a.name for a in actors_of(report_of(_AWARDS))}
    assert not any("Lanterns" in n for n in names)
    assert "Nora Vail" in names
