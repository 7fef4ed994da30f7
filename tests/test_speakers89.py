"""Quotes given to the wrong person, on articles written for these tests (session 59, helper speakers89): "says the
woman who ..." taken by an earlier woman whose gender the text happened to show (clause_described), and a man's given
name alone read as of no gender (gender); a quotation carried on to a speaker it names by office
(self_named_quotes); a "he said" after a speaker named in passing ("statements by X, who said", passing_relatives);
"When X met with Y, he said" (fronted_clause_subjects); "The Herald's TV critic X was unimpressed. '...,' he said"
(opening_subject); "X said her death ..." outvoting X's male given name (gender)."""

from __future__ import annotations

from written import cues_by, holders, report_of


def test_she_never_goes_to_a_man_named_by_his_given_name_alone() -> None:
    cues = cues_by("Soap couple upbeat\n\nNina Marsh has insisted that her bond with co-star Kevin Doyle will not "
                   "suffer when she leaves the show.\n\nViewers will see Nina's character say goodbye to her husband, "
                   "played by Kevin, next week.\n\nAlthough Nina's exit means she will see less of Kevin, she has "
                   "claimed that the time apart makes them stronger.")
    assert ("has claimed", "that the time apart makes them stronger") in cues["Nina Marsh"]
    assert not cues.get("Kevin Doyle")


FERRY = (
    "Night ferry brings custom to the island's stalls\n\n"
    "The new night ferry to Lumo island has brought more buyers to the stalls by the pier, traders say.\n\n"
    "Amina Oduya sells grilled maize by the pier. Amina says the boat brings a crowd every evening.\n\n"
    "Zawadi Kiprono keeps a juice stand at the end of the jetty.\n\n"
    '"I used to pack up at dusk, and now I sell until the last boat leaves," says the woman who is in her forties.'
)


def test_the_woman_who_is_the_woman_just_named_not_an_earlier_one_whose_gender_is_shown() -> None:
    assert holders(report_of(FERRY), "last boat leaves") == ["Zawadi Kiprono"]
