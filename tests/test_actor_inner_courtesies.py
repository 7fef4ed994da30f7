"""An office the tagger ran into a person's name up to a courtesy ("Minister of State for Housing Shri K.
Venkatesh Rao", "Penang Menteri Besar Datuk Rosli Hamid"): the courtesy opens the name wherever it stands,
so the person is one actor of kind person under the name after it (articles written for these tests)."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.courtesies import inner_courtesy

HOUSING = (
    "Ring road to Bhopal airport delayed again\n\n"
    "BHOPAL: The extension of the ring road to Raja Bhoj airport has been delayed by another six months, Union "
    "Minister of State for Housing Shri K. Srinivasa Murthy said on Tuesday.\n\n"
    "Speaking to reporters at Vallabh Bhawan, Shri Murthy said the state had not handed over the land. "
    "\"The work cannot start until the land is free,\" he said."
)
ROADS = (
    "Ring road to Bhopal airport delayed again\n\n"
    "BHOPAL: The ring road has been delayed by six months, Minister of State for Rural Roads Shri D. Mahesh Gowda "
    "said on Tuesday. Shri Gowda said the state had not handed over the land."
)
FLOODS = (
    "Relief fund for Perlis flood victims\n\n"
    "KANGAR: Perlis Menteri Besar Datuk Rosli Hamid Yaakob said on Monday the state needed RM90 million to repair "
    "bridges. \"We cannot wait for the monsoon to end,\" Rosli said. Farmer Zainal Arif said his paddy was lost."
)


def test_the_office_before_an_inner_courtesy_leaves_the_person_name() -> None:
    actors = {a.name: a.kind for a in actors_of(report_of(HOUSING))}
    assert actors == {"K. Srinivasa Murthy": "person"}, actors


def test_the_short_form_after_the_courtesy_joins_the_person() -> None:
    actors = {a.name: a.kind for a in actors_of(report_of(ROADS))}
    assert actors == {"D. Mahesh Gowda": "person"}, actors


def test_a_malay_office_before_datuk_is_cut_from_the_name() -> None:
    names = {a.name for a in actors_of(report_of(FLOODS))}
    assert "Rosli Hamid Yaakob" in names, names
    assert not any("Menteri" in n for n in names), names


def test_inner_courtesy_needs_only_name_words_after_it() -> None:
    assert inner_courtesy("State for Housing Shri K. Venkatesh Rao".split())
    assert not inner_courtesy("Lady Shri Ram College".split())
    assert not inner_courtesy("Shri Rao".split())
    assert not inner_courtesy("Jalan Datuk Keramat Road".split())
