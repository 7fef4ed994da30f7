"""Buildings, animals and vessels the text names after their noun ("the property, known as X", "a dog
called X") or dates as built ("X was built in 1998"), on texts written for these tests: not actors,
while the people beside them and a business "called X" still are."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.product_signs import named_as_thing


def _names(text: str) -> set[str]:
    return {a.name for a in actors_of(report_of(text))}


HOUSE = (
    "Six-bed home near the golf course listed for £3m\n\n"
    "A six-bedroom house on Pinecrest Lane has come on the market. The property, known as Larchmere, "
    "sits on two acres. Larchmere was built in 1987 and has a tennis court. \"Homes like Larchmere rarely "
    "come up,\" said Nadia Orme of Halden Estates. Larchmere has a guest cottage too."
)


def test_a_house_named_after_its_noun_is_not_an_actor() -> None:
    names = _names(HOUSE)
    assert "Nadia Orme" in names, names
    assert "Larchmere" not in names, names


def test_a_pet_called_by_its_name_is_not_an_actor() -> None:
    text = ("Parade crowds cheer\n\nThe family's dog, called Pickle, led the parade. Pickle has a following "
            "online. Organiser Tomas Reddan said Pickle was the star.")
    names = _names(text)
    assert "Pickle" not in names, names
    assert "Tomas Reddan" in names, names


def test_what_names_a_thing_and_what_does_not() -> None:
    assert named_as_thing("the yacht, called ", "")
    assert named_as_thing("A racehorse named ", "")
    assert named_as_thing("", " was built in the 1930s and")
    assert not named_as_thing("a man named ", "")  # a person
    assert not named_as_thing("a restaurant called ", "")  # a business, which acts
    assert not named_as_thing("", " was built by its founder in a garage")
