"""Kinds on real-looking pages (session 30's kinds6): a one-word stage name set off by ", who" and then
"she" is a person; a capitalised name with no given name first whose own statement opens with "its" is
a body; a film named after its maker's verb ("who directed X") or doing what only films do ("X topped
the box office") is no actor; a common noun tagged apart before a country names a national body ("Police
Scotland said"); a name before its leader's office and name is a body ("X (Y) leader Z"); "X Jr." is a person and a
surname left out before "Jr." joins the name; a product first read as a place is no actor, nor a ship
("HMS Queen X"); common words before a country's or a state's name are no person ("Football Australia"); an Arabic name
is one over "bin" ("Tamim bin Hamad Al Thani"), its title apart; a cave is a place. Every text is
written here."""

from __future__ import annotations

from written import kinds_of

from brief.actors.body_officers import officer_after
from brief.actors.country_bodies import country_body, with_country_bodies
from brief.actors.kinds import street_kind, work_context
from brief.actors.made_works import made_work
from brief.actors.mentions import Mention
from brief.actors.name_endings import mend_endings, written_with_generation
from brief.actors.national_bodies import national_body
from brief.actors.placehood import unplaced_places
from brief.actors.product_signs import ship_name
from brief.actors.pronoun_kinds import relative_person, speaks_of_its_own
from brief.actors.tagged_spans import with_particles


def test_a_stage_name_with_who_and_she_is_a_person() -> None:
    text = ("GALA NIGHT — Zarella, who hosted the evening at the Palladium, said she was proud of the money "
            "raised for the children's hospital. Donors pledged more than $2 million.")
    assert relative_person(text, "Zarella", [])
    assert kinds_of(text).get("Zarella") == "person"


def test_a_body_with_who_but_it_after_stays_a_body() -> None:
    text = "Brenlow, who declined to comment on the figures, said it would publish its results next week."
    assert not relative_person(text, "Brenlow", [])


def test_a_name_whose_statement_opens_with_its_is_no_person() -> None:
    text = ("Seaview Gardens said its pools would close early on Saturday as the storm approached. Staff were "
            "told to stay home.")
    assert speaks_of_its_own(text, "Seaview Gardens")
    assert kinds_of(text).get("Seaview Gardens") != "person"


def test_a_person_speaking_of_a_thing_as_its_stays_a_person() -> None:
    text = "John Halvey said its engine had failed twice before the crash."
    assert not speaks_of_its_own(text, "John Halvey")


def test_a_film_after_its_makers_verb_is_no_actor() -> None:
    assert made_work("Marta Quill, who directed ", " , thanked the cast.")
    assert made_work("the studio that produced ", " last year")
    assert work_context("The director, who co-directed ", " with her brother")


def test_a_person_directed_to_do_something_is_no_film() -> None:
    assert not made_work("The judge directed ", " to pay costs")
    assert not made_work("He produced ", "'s first album")


def test_a_film_topping_the_box_office_is_no_actor() -> None:
    assert made_work("Last summer ", " topped the weekend box office with $160 million")
    assert not made_work("Last summer ", " topped the charts with her new single")
    text = ("Starfall Harbour topped the box office for a third weekend, earning $48 million. Lena Marsh, who "
            "directed Starfall Harbour, said she was thrilled. \"Audiences came back,\" Marsh said.")
    assert "Starfall Harbour" not in kinds_of(text)


def test_a_common_noun_before_a_country_names_a_national_body() -> None:
    words = "Officers were called at 11pm , Police Scotland said .".split()
    at = words.index("Scotland")
    assert with_country_bodies(words, [(at, at + 1, "LOC")]) == [(at - 1, at + 1, "ORG")]
    assert country_body(["Transport", "Scotland"]) and country_body(["Tennis", "Australia"])


def test_a_country_after_a_time_or_place_word_or_in_a_title_case_line_stays_a_country() -> None:
    for line in ("Yesterday England beat Wales .", "Voters in Middle England were unmoved .",
                 "Fans Cheer England Win Thriller"):
        words = line.split()
        at = words.index("England")
        assert with_country_bodies(words, [(at, at + 1, "LOC")]) == [(at, at + 1, "LOC")]
    assert not country_body(["Northern", "Ireland"]) and not country_body(["Great", "Britain"])


def test_a_national_body_speaks_not_its_country() -> None:
    text = ("Two men were arrested after a fight outside a bar in Dundee. Transport Scotland said the A90 would "
            "reopen by noon. Police Scotland said officers had been called at about 1am.")
    kinds = kinds_of(text)
    assert kinds.get("Transport Scotland") == "organization" and kinds.get("Police Scotland") == "organization"
    assert "Scotland" not in kinds


def test_a_name_before_its_leaders_office_and_name_is_a_body() -> None:
    assert officer_after("Rashtra Sena (RS) leader Anil Deshmane said", len("Rashtra Sena"))
    assert officer_after("Zenvia chief Marta Ruiz said", len("Zenvia"))
    assert not officer_after("Trump spokesperson Karoline Leavitt said", len("Trump"))
    assert not officer_after("Halvey chief of staff Tom Reyes said", len("Halvey"))


def test_a_surname_left_out_before_a_generation_joins_the_name() -> None:
    words = "Martin Luther King Jr. was honoured at the ceremony .".split()
    labels = ["B-PER", "I-PER", "O", "B-PER"] + ["O"] * 6
    assert mend_endings(words, labels)[:4] == ["B-PER", "I-PER", "I-PER", "I-PER"]


def test_a_name_written_with_a_generation_is_a_person() -> None:
    assert written_with_generation("Halvey Jr.") and written_with_generation("Ken Marsh Jr")
    assert not written_with_generation("Halvey")
    text = ("Orlan Tech said on Monday it would open a plant in Ohio. Halvey Jr., the firm's chief technology "
            "officer, said the first robots would ship in June.")
    assert kinds_of(text).get("Halvey") == "person"


def test_a_product_first_read_as_a_place_is_marked_a_medium_when_retyped() -> None:
    text = "We will bring our Trovamax platform to new sites. Trovamax runs in 40 warehouses."
    places = [Mention(0, 0, at, at + 8, "Trovamax", "Trovamax", "place") for at in
              (text.index("Trovamax"), text.rindex("Trovamax"))]
    retyped = unplaced_places(text, places)
    assert [m.kind for m in retyped] == ["organization", "organization"]
    assert retyped[0].medium and not retyped[1].medium


def test_a_ship_named_after_its_prefix_is_no_actor() -> None:
    assert ship_name(["the", "HMS"], ["Valiant"]) and ship_name(["HMS", "Queen"], ["Marigold"])
    assert ship_name([], ["USS", "Harlan", "Crane"])
    assert not ship_name(["captain"], ["MS", "Dhoni"]) and not ship_name(["said"], ["Harlan", "Crane"])
    assert not ship_name(["INS", "Commissioner"], ["Doris", "Harlan"])
    text = ("The carrier HMS Queen Marigold left port on Monday, the navy said. \"HMS Queen Marigold is ready,\" "
            "Defence Secretary Alan Pryce said.")
    assert not any("Marigold" in name for name in kinds_of(text))


def test_common_words_before_a_country_or_a_state_name_no_person() -> None:
    def plain(word: str) -> bool:
        return word.lower() in {"football", "northern", "swimming"}

    states = frozenset({"Illinois", "Victoria"})
    assert national_body(["Football", "Australia"], plain, states)
    assert national_body(["Northern", "Illinois"], plain, states)
    assert not national_body(["Chris", "England"], plain, states)
    assert not national_body(["Australia"], plain, states)
    assert not national_body(["Swimming", "Pool"], plain, states)


def test_an_arabic_name_is_one_over_its_particle_and_keeps_its_title_apart() -> None:
    words = "Sheikh Faisal bin Hamad Al Rashed met officials .".split()
    spans = [(1, 2, "PER"), (3, 6, "PER")]
    assert with_particles(words, spans) == [(1, 6, "PER")]
    words = "Professor Nasser bin Jassim said so .".split()
    assert with_particles(words, [(3, 4, "PER")]) == [(1, 4, "PER")]


def test_a_cave_is_a_place() -> None:
    assert street_kind(["Halvard", "Cave"], ["in"]) == "place"
