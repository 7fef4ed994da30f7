"""A Vietnamese family name that is also an English or French word ("Le", "Do"), written first at a sentence's
opening, which the tagger leaves out of the person's name ("Le | Quang Minh, 62, said"): the person is named
in full, and the given name later still joins (articles written for these tests)."""

from __future__ import annotations

from written import actors_of, report_of

ROAD = (
    "Road plan splits Da Nang ward\n\n"
    "DA NANG — The city will widen Bach Dang street to six lanes. Some residents disagreed. "
    "Le Quoc Bao, 58, who runs a noodle shop on the street, said the offer was too low. "
    "\"My shop is worth twice what they offer,\" Bao said. "
    "Do Thanh Tung, a retired teacher, said he would move. Tung said the city had been fair."
)


def test_the_family_name_at_the_opening_stays_in_the_name() -> None:
    names = {a.name for a in actors_of(report_of(ROAD))}
    assert {"Le Quoc Bao", "Do Thanh Tung"} <= names, names
    assert not {"Quoc Bao", "Thanh Tung", "Bao", "Tung"} & names, names
