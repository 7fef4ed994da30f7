"""A short article's parties named once in its first sentence are listed (``short_leads``): a brief names each
party once, and its lead says who the story is about; on a long article one mention stays noise."""

from __future__ import annotations

from tests.written import actors_of, kinds_of, report_of

BRIEF = (
    "Trio set for debuts\n\n"
    "Halvering manager Tobias Wrenfield is likely to hand debuts to several new signings for Saturday's visit "
    "to Marrow Lane.\n\n"
    "The midfielders could all make their first appearances after a week of training with the squad.\n\n"
    "Doubts remain over two defenders with knee injuries, although both are expected to be fit."
)


def test_a_briefs_lead_subject_named_once_is_listed() -> None:
    kinds = kinds_of(BRIEF)
    assert kinds.get("Tobias Wrenfield") == "person"


def test_a_briefs_lead_body_acted_with_is_listed() -> None:
    text = ("Swiss talks begin\n\nCoach Emil Varnholt has begun talks with the Ostland Rowing Federation with a view to becoming its "
            "national coach.\n\nVarnholt, who leads the club until the summer, has made no secret of his wish to "
            "take the job.\n\n\"We have met,\" Varnholt said.")
    assert "Ostland Rowing Federation" in kinds_of(text)


def test_a_place_in_the_lead_stays_out() -> None:
    text = ("Wanted posters go digital\n\nThe agency's most wanted fugitives will soon appear on billboards in 20 cities, including Dunmere "
            "Vale.\n\nThe Bureau of Wanted Notices has teamed up with a sign company to show them.\n\n"
            "A test run led to several arrests.")
    assert "Dunmere Vale" not in kinds_of(text)


def test_a_long_articles_lead_name_once_stays_noise() -> None:
    filler = " ".join(f"The squad trained for the {n}th time this week and the coaches were pleased." for n in range(40))
    text = BRIEF.replace("Doubts remain", filler + "\n\nDoubts remain")
    assert "Tobias Wrenfield" not in {a.name for a in actors_of(report_of(text))}


def test_relatives_of_a_person_opening_a_sentence_are_no_body() -> None:
    text = ("Relatives of coach Rich Delgado face harassment\n\n"
            "Relatives of Rich Delgado have been harassed and threatened in the weeks since his resignation as "
            "football coach.\n\nHis mother, Ines Delgado, says her grandson received a threat.\n\n"
            "Fans, angry over Delgado's decision to take the job, also damaged his home.")
    kinds = kinds_of(text)
    assert kinds.get("Rich Delgado") == "person"
    assert not any(name.startswith("Relatives") for name in kinds)


def test_friends_of_a_body_stay_a_body() -> None:
    text = ("Campaigners object to the plan\n\n"
            "Friends of the Earth said the plan would harm the river, and Friends of the Earth said it would appeal.")
    assert kinds_of(text).get("Friends of the Earth") == "organization"
