"""Shapes found by writing articles in styles the read pages under-represent (session 40, probes40): a title
after a body whose name is a plural's possessive ("Workers' Party MP"), a plural counted before a word the cue
model read as a verb ("two points clear"), and a plural common noun opening an obituary's passive ("Tributes
have been paid"), each on an article written for this test."""

from __future__ import annotations

from written import actor_named, actors_of, holders, report_of, said_by

_PARLIAMENT = (
    "Dormitory checks questioned\n\n"
    "Farmers' Alliance MP Joanne Kwek asked in Parliament on Monday how many dormitories had failed fire inspections. "
    "Ms Kwek said the public deserved a full account of the regime."
)


def test_a_plural_possessive_body_stays_in_the_title() -> None:
    assert actor_named(report_of(_PARLIAMENT), "Joanne Kwek").role == "Farmers' Alliance MP"


_MATCH = (
    "Harwick edge past Millbay\n\n"
    "Harwick Rovers beat Millbay 1-0 on Saturday. Rovers manager Dean Oakes said the players had been magnificent. "
    "The defeat leaves Millbay two points clear of second-placed Torrin."
)


def test_a_counted_plural_is_no_cue() -> None:
    said = said_by(_MATCH)
    assert not any("second-placed Torrin" in t for texts in said.values() for t in texts)
    assert "the players had been magnificent" in said["Dean Oakes"]


_OBITUARY = (
    "Tributes paid to painter Ellen Varga, who has died aged 88\n\n"
    "Tributes have been paid to the painter Ellen Varga, who has died at the age of 88. "
    "Varga died at her home in Kilrush on Sunday, her family said. "
    "The gallery owner Brendan Foy said she had been the most generous artist he knew."
)


def test_an_opening_common_plural_is_no_body() -> None:
    names = [a.name for a in actors_of(report_of(_OBITUARY))]
    assert "Tributes" not in names
    assert "Ellen Varga" in names


_ALLIED = (
    "Coalition rejects nominees\n\n"
    "Opposition senators allied to the Umoja alliance have rejected the shortlist for the Electoral Review Board, "
    "saying the selection was rigged in favour of the governing party. "
    "Senate Leader Peter Wafula said the shortlist would be vetted next week."
)


def test_people_allied_to_a_side_speak_as_a_group() -> None:
    report = report_of(_ALLIED)
    assert holders(report, "the selection was rigged") == ["Opposition senators"]
    assert holders(report, "the shortlist for the Electoral Review Board") == ["Opposition senators"]


_FORCE = (
    "Coast road closed\n\n"
    "Gales brought down trees across south Yorkshire on Friday night. "
    "South Yorkshire Police said officers had closed the coast road at Hornby."
)


def test_a_compass_point_opening_a_force_stays_in_its_name() -> None:
    assert holders(report_of(_FORCE), "officers had closed the coast road") == ["South Yorkshire Police"]


_PAIR = (
    "Drug partnership\n\n"
    "Norvik Health and Dunmore Bio said the first candidate would enter trials in 2027. "
    "Norvik Health is based in Boston. Dunmore Bio is based in Basel.\n"
)


def test_two_bodies_read_as_one_name_are_two() -> None:
    names = [a.name for a in actors_of(report_of(_PAIR))]
    assert "Norvik Health and Dunmore Bio" not in names
    assert {"Norvik Health", "Dunmore Bio"} <= set(names)


_STALKING = (
    "Man charged with threats\n\n"
    "Wade Corrin, 51, is accused of emailing Councillor Maris Holt more than 90 times in a month. "
    "Holt said in a statement that she was grateful to the police."
)


def test_a_gerund_before_a_titled_name_is_no_part_of_the_role() -> None:
    assert actor_named(report_of(_STALKING), "Maris Holt").role == "Councillor"


_AIDE = (
    "Governor's office rejects claims\n\n"
    "In a statement on Friday, Special Adviser to the Governor on Media and Publicity, Tunde Okafor, said the claims "
    "were false. "
    "Special Adviser to the President, Musa Adamu, said the federal government would respond next week. "
    "The President is expected to visit Kano on Monday."
)


def test_an_aides_portfolio_after_on_is_part_of_the_role() -> None:
    role = actor_named(report_of(_AIDE), "Tunde Okafor").role
    assert role == "Special Adviser to the Governor on Media and Publicity"


def test_whom_an_aide_serves_is_no_alias_of_the_aide() -> None:
    assert "the President" not in actor_named(report_of(_AIDE), "Musa Adamu").aliases


_TOUR = (
    "Tour cancelled\n\n"
    "Pop star Lira Vance has cancelled the rest of her arena tour, saying she needs time to recover. "
    "Her manager, Tom Ebden, said all tickets would be refunded."
)


def test_a_calling_of_two_words_opening_the_sentence_leaves_the_person_the_subject() -> None:
    assert holders(report_of(_TOUR), "she needs time to recover") == ["Lira Vance"]
