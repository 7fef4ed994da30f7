"""A pronoun right after one person described, not named ("a police spokesman said ... he said"),
is that person: not the last person the article named, whose quotes ended before the description."""

from __future__ import annotations

from written import holders, report_of

from brief.actors.person_nouns import one_person

FARMERS = (
    "Farmers block roads over water cuts\n\n"
    "Farmers blocked three highways in the south on Tuesday in protest at cuts to irrigation water.\n\n"
    "Jorge Mendes, a farmer from Ribeira, said the cuts would ruin the harvest. "
    "\"Without water we have nothing,\" he said.\n\n"
    "A police spokesman said the protest had been peaceful all day. \"There have been no arrests so far,\" he said.\n\n"
)


def test_he_after_a_described_spokesman_is_not_the_last_named_speaker() -> None:
    report = report_of(FARMERS)
    assert holders(report, "Without water we have nothing") == ["Jorge Mendes"]
    assert "Jorge Mendes" not in holders(report, "There have been no arrests")


def test_she_after_a_neighbour_described_in_a_relative_clause_is_the_neighbour() -> None:
    report = report_of(
        "Man charged over warehouse fire\n\n"
        "Police charged a man on Saturday over a fire that destroyed a warehouse in Kelby.\n\n"
        "The owner, Raj Patel, said he had lost everything. \"Thirty years of work, gone in one night,\" Patel said.\n\n"
        "A neighbour, who asked not to be named, said she had seen a man running from the yard. "
        "\"He was carrying a can of petrol,\" she said.\n\n"
    )
    assert holders(report, "Thirty years of work") == ["Raj Patel"]
    assert "Raj Patel" not in holders(report, "carrying a can of petrol")


def test_a_spokeswoman_described_does_not_take_he_from_the_named_man() -> None:
    """The description's own gender: "he" after "a spokeswoman" goes on with the man who spoke before."""
    report = report_of(
        "Mill to close\n\n"
        "The Harrow paper mill will close in June, its owner said on Monday.\n\n"
        "Union organiser Peter Dunmore said the workers had been betrayed by the owners. "
        "A company spokeswoman said the mill had lost money for six years. "
        "\"Every one of these jobs could have been saved,\" he said.\n\n"
    )
    assert holders(report, "Every one of these jobs") == ["Peter Dunmore"]


def test_one_person_is_a_singular_noun_for_a_person_not_a_paper_or_a_thing() -> None:
    assert all(one_person(w) for w in ("neighbour", "spokesman", "official", "bystander", "passenger", "cousin"))
    assert not any(one_person(w) for w in ("newspaper", "report", "statement", "dog", "letter", "study"))


def test_the_mayor_of_a_town_is_the_mayor_named_there_not_the_town() -> None:
    report = report_of(
        "Mayor vows to rebuild\n\n"
        "Mayor Ann Corlett toured the flooded streets of Brindle on Monday and met families at the sports hall.\n\n"
        "\"We will not leave anyone behind,\" the mayor of Brindle told reporters outside the hall.\n\n"
    )
    assert holders(report, "We will not leave anyone behind") == ["Ann Corlett"]


def test_the_president_of_a_firm_is_not_a_president_named_elsewhere() -> None:
    """No sentence ties the one president named to the firm: the firm's president is someone else."""
    report = report_of(
        "Plant to close\n\n"
        "President Hal Durrant visited a shipyard in Osterby on Monday.\n\n"
        "Separately, the Vantor steel plant will close in May. "
        "\"We tried everything to keep it open,\" the president of Vantor said on Tuesday.\n\n"
    )
    assert "Hal Durrant" not in holders(report, "We tried everything")


def test_a_name_set_after_an_inverted_description_is_the_speaker() -> None:
    report = report_of(
        "Farmers count losses\n\n"
        "Floods covered most of the valley's fields on Sunday.\n\n"
        "\"Our farms are under water,\" said the chairwoman of the Brindle Growers Union, Ilse Marten.\n\n"
        "\"Nobody warned us,\" said a spokesman for the ministry, Karl Wendt.\n\n"
    )
    assert holders(report, "Our farms are under water") == ["Ilse Marten"]
    assert holders(report, "Nobody warned us") == ["Karl Wendt"]


def test_two_speakers_quoted_back_to_back_in_one_paragraph_keep_their_own_words() -> None:
    report = report_of(
        "Farmers count losses\n\n"
        "Floods covered most of the valley's fields on Sunday.\n\n"
        "\"Our farms are under water,\" said Ilse Marten, a farmer. \"Nobody warned us,\" said Karl Wendt, a neighbour. "
        "\"The river came up in an hour,\" Marten said. \"We had no time at all.\"\n\n"
    )
    assert holders(report, "Nobody warned us") == ["Karl Wendt"]
    assert holders(report, "Our farms are under water") == ["Ilse Marten"]
    assert holders(report, "We had no time at all") == ["Ilse Marten"]  # a quotation that goes on stays whole


def test_she_after_a_representative_for_a_man_is_the_representative_not_the_last_woman_named() -> None:
    report = report_of(
        "Singer confirms split\n\n"
        "Singer Maya Lindholm has confirmed that she and the actor Jonas Perrin have separated.\n\n"
        "Lindholm addressed the news on Sunday. \"We will always love each other,\" she wrote on her website.\n\n"
        "A representative for Perrin said the actor was busy with his new film. \"He is doing very well,\" she said.\n\n"
    )
    assert "Maya Lindholm" not in holders(report, "He is doing very well")
    assert holders(report, "We will always love each other") == ["Maya Lindholm"]
