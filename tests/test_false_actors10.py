"""A maker and what it makes, on texts written for these tests: a company's one-word name that opens its
product's fuller name ("Varnok says" on a page about the Varnok Strada) stays the company, which acts;
the product is a thing. A company named in full and then by its first word stays one actor."""

from __future__ import annotations

from written import actors_of, report_of, said_by


def _actors(text: str) -> dict[str, set[str]]:
    return {a.name: set(a.aliases) for a in actors_of(report_of(text))}


CAR_REVIEW = (
    "Varnok Strada review: the family car that nearly drives itself\n\n"
    "The Varnok Strada has been updated this year with a quieter cabin and a longer range. "
    "We drove the Varnok Strada for a week around Halden. "
    "Varnok says the new battery adds 40 miles of range. The company claims the car can charge in 25 minutes. "
    "The Belmar Ostra is its closest rival. Belmar says its car is cheaper to insure. "
    "\"The Strada remains the benchmark,\" said analyst Priya Nandel of Carwise."
)


def test_a_maker_that_acts_is_not_listed_as_its_product() -> None:
    actors = _actors(CAR_REVIEW)
    assert "Varnok" in actors and "Belmar" in actors, actors
    assert not any(n.startswith(("Varnok ", "Belmar ")) for n in actors), actors  # the products: things


def test_a_company_shortened_to_its_first_word_stays_one_actor() -> None:
    text = ("Harwick Freight cuts 400 jobs\n\n"
            "Harwick Freight Group said on Monday it would cut 400 jobs at its depots in the north. "
            "Harwick said higher fuel costs and weaker demand from retailers were to blame. "
            "\"These are hard decisions,\" a Harwick spokesman said. Harwick also said it would close two sites. "
            "Union leader Maria Osei said the workers would fight the cuts.")
    actors = _actors(text)
    assert "Harwick" not in actors, actors
    assert "Harwick" in actors.get("Harwick Freight Group", set()), actors


CLUB = (
    "Marsh signs new deal at Harbury United\n\n"
    "Harbury United forward Lena Marsh has signed a new four-year contract with the club. "
    "\"I am delighted to stay,\" Marsh said. \"This club is my home.\" "
    "United manager Piet Holm said the deal showed the club's ambition. "
    "United have won four of their last five league games. "
    "Harbury United said in a statement that the fee was undisclosed."
)


def test_a_club_called_by_the_word_after_its_town_is_one_actor() -> None:
    actors = _actors(CLUB)
    assert "United" not in actors, actors
    assert "United" in actors.get("Harbury United", set()), actors


def test_a_players_position_before_her_name_is_no_cue_of_the_club() -> None:
    said = said_by(CLUB)
    assert not any("Lena Marsh has signed" in p for p in said.get("Harbury United", [])), said
    assert any("fee was undisclosed" in p for p in said.get("Harbury United", [])), said


def test_two_clubs_ending_alike_give_the_short_word_to_the_one_named_before_it() -> None:
    # "United manager Piet Holm" follows Harbury United named in full; the rival is named only after it.
    text = CLUB + " Rival club Caddon United said it had also made an offer for the forward."
    actors = _actors(text)
    assert "United" in actors.get("Harbury United", set()) and "United" not in actors.get("Caddon United", set()), actors
    # Both named before the bare word: it stays no one's.
    both = CLUB.replace("Harbury United forward", "Caddon United and Harbury United both wanted her. Harbury United forward")
    actors = _actors(both)
    assert "United" not in actors.get("Harbury United", set()) and "United" not in actors.get("Caddon United", set()), actors
