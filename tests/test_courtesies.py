"""Courtesy titles written before names in Malaysian, Indian, Nigerian, US city and UK news are cut
from the person's name (texts written for these tests): one person per name, under the name a reader
knows; the same words are kept where they are a name's own ("Sri Mulyani", "Tony Tan")."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.courtesies import leading_title, lone_title


def _names(text: str) -> set[str]:
    return {a.name for a in actors_of(report_of(text))}


STATE_ASSEMBLY = (
    "Penang assembly passes drainage bill\n\n"
    "GEORGE TOWN: The state assembly passed a drainage bill on Thursday. "
    "Datuk Seri Kamal Ridzuan, the state secretary, said work would start in May. "
    "\"We have waited long enough,\" Datuk Seri Kamal said. "
    "Tan Sri Halim Rosli, a former speaker, said the bill came too late. "
    "Tan Sri Halim said the drains on Jalan Perak flooded every year. "
    "Dato' Sri Aziz Harun told reporters the federal share would follow."
)


def test_malay_courtesies_are_cut_and_the_short_form_joins_the_full_name() -> None:
    names = _names(STATE_ASSEMBLY)
    assert {"Kamal Ridzuan", "Halim Rosli", "Aziz Harun"} <= names, names
    assert not any(n.split()[0] in {"Datuk", "Tan", "Dato", "Sri", "Seri"} for n in names), names


COUNCIL = (
    "Ward budget fight reaches council floor\n\n"
    "Ald. Marta Quiles said the plan for bike lanes on Harlan Street was rushed. "
    "\"Nobody asked the shop owners,\" Ald. Quiles said. "
    "Alhaji Musa Danlami, who chairs the traders' union, said members would protest. "
    "Shri Vikram Patil said the ward office would hold a hearing. Smt. Leela Rane said she agreed. "
    "The Rt Hon Edwin Marsh MP said councils needed more money. "
    "Later, Danlami said the protest was off, Patil said the hearing was set and Rane said she would attend."
)


def test_courtesies_of_city_indian_nigerian_and_uk_news_are_cut() -> None:
    names = _names(COUNCIL)
    assert {"Marta Quiles", "Musa Danlami", "Vikram Patil", "Leela Rane", "Edwin Marsh"} <= names, names
    assert "Ald" not in names, names
    assert not any(n.split()[0] in {"Alhaji", "Shri", "Smt", "Rt", "Ald"} for n in names), names


def test_the_words_stay_where_they_are_names() -> None:
    assert not leading_title(["Sri", "Mulyani", "Indrawati"], "PER")  # a given name, no Malay title before it
    assert leading_title(["Sri", "Anwar", "Ibrahim"], "PER", ["Dato", "'"])
    assert not leading_title(["Tan", "Cheng", "Bock"], "PER")  # a surname, not "Tan Sri"
    assert leading_title(["Tan", "Sri", "Musa"], "PER")
    assert not leading_title(["Puan", "Maharani"], "PER")
    assert not lone_title(["Sen"], ".")  # a surname ending a sentence
    assert lone_title(["Ald"], ".")


def test_a_seats_letters_after_a_name_are_cut() -> None:
    text = ("Housing plan criticised\n\nAnjali Menon MLA said the district would object. "
            "Menon said the plan ignored the coast.")
    names = _names(text)
    assert "Anjali Menon" in names, names
    assert not any("MLA" in n for n in names), names


def test_an_office_in_capitals_before_a_name_is_cut_even_in_the_headline() -> None:
    text = ("PM Kumar opens new bridge\n\nPrime Minister Anil Kumar opened the bridge on Friday. "
            "Later, PM Kumar said the road would follow. \"It is a proud day,\" Kumar said.")
    names = _names(text)
    assert "Anil Kumar" in names, names
    assert not any(n.startswith("PM") for n in names), names


def test_an_office_named_with_of_ends_before_the_given_name() -> None:
    text = ("Council reviews patrols\n\nCity Chief of Detectives Marcus Hale said two arrests were made. "
            "Minister of Transport Grace Obi said the buses would run. Later, Hale said more would follow "
            "and Obi said she agreed.")
    names = _names(text)
    assert {"Marcus Hale", "Grace Obi"} <= names, names
    assert not any(n.split()[0] in {"Detectives", "Transport"} for n in names), names


def test_an_australian_councillor_is_cut_of_cr() -> None:
    text = ("Council votes on parking\n\nDivision 4 councillor Rhea Talbot opposed the plan. "
            "Cr Talbot said shops on Marlin Parade would lose parking.")
    names = _names(text)
    assert "Rhea Talbot" in names, names
    assert not any(n.startswith("Cr ") for n in names), names


def test_capitals_that_spell_a_body_are_not_a_courtesy() -> None:
    assert not leading_title(["RT", "America"], "ORG")  # the channel, not "the Rt Hon"
    assert leading_title(["Rt", "Hon", "Edwin", "Marsh"], "ORG")
