"""One-word names the tagger typed organisations that the text treats as a person's surname, on articles written for
these tests: a name that opens its sentence and is then gone on about as "he" or "she", or that stands after a
person's title ("President Quellin"), is a person; a name the text calls "it" or "its", or whose "he" belongs to
another person named between, stays a body."""

from __future__ import annotations

from written import kinds_of, tagged_mentions

from brief.actors.clock_dates import clock_dates_dropped
from brief.actors.language_names import languages_dropped
from brief.actors.surname_signs import surname_people


def _kinds(text: str, names: dict[str, str]) -> dict[str, str]:
    return {m.name: m.kind for m in surname_people(text, tagged_mentions(text, names))}


_TERM = (
    "Prosecutors reopened the bribery file on Monday. Vardokan was convicted in 1998 along with six other "
    "executives. Vardokan was handed a two-year suspended prison term, meaning he did not serve time in jail."
)


def test_a_subject_gone_on_about_as_he_is_a_person() -> None:
    assert _kinds(_TERM, {"Vardokan": "organization"})["Vardokan"] == "person"


_TITLED = "Talks resumed in the capital after President Quellin's tour of the region ended. Quellin's aides said little."


def test_a_name_after_a_persons_title_is_a_person() -> None:
    assert _kinds(_TITLED, {"Quellin": "organization"})["Quellin"] == "person"


_SEEDED = (
    "Top-ranked Marvosz, aiming for a third straight title and claiming to be fully over the virus that upset his "
    "preparation, plays a night match on Tuesday."
)


def test_a_described_subject_with_his_is_a_person() -> None:
    assert _kinds(_SEEDED, {"Marvosz": "organization"})["Marvosz"] == "person"


_FIRM = (
    "Zentrofix reported a loss for the quarter. Zentrofix said its orders fell, and he was not surprised, an "
    "analyst added."
)


def test_a_name_called_its_stays_a_body() -> None:
    assert _kinds(_FIRM, {"Zentrofix": "organization"})["Zentrofix"] == "organization"


_HIRED = "Zentrofix hired Lena Osterholt in May, and she will run the plant from next year."


def test_a_pronoun_after_another_name_is_not_the_bodys() -> None:
    kinds = _kinds(_HIRED, {"Zentrofix": "organization", "Lena Osterholt": "person"})
    assert kinds["Zentrofix"] == "organization"


_MOTORS = "General Drevmark cut its forecast. The carmaker said demand was weak."


def test_a_title_word_that_is_a_common_adjective_makes_no_person() -> None:
    assert _kinds(_MOTORS, {"Drevmark": "organization"})["Drevmark"] == "organization"


_REPORT = (
    "Defence chief Ehud Varshani met the envoys in Jerusalem on Tuesday.\n\n"
    "Varshani has ordered the removal of two dozen roadblocks since he took office in June, but the other side "
    "says the changes are small."
)


def test_a_report_lists_the_surname_as_a_person() -> None:
    kinds = kinds_of(_REPORT)
    assert kinds.get("Ehud Varshani", kinds.get("Varshani")) == "person"


_POSTS = (
    "The council will decide on Monday whether the grant goes ahead.\n\n"
    "Posted by: Quill, Harrowgate on 1:19pm Thu 17 Jan 08 It is time the funding was set out in advance.\n\n"
    "Posted by: Fennick on 5:17pm Thu 17 Jan 08 I disagree with the council."
)


def test_a_short_weekday_in_a_date_is_no_actor() -> None:
    kept = clock_dates_dropped(_POSTS, tagged_mentions(_POSTS, {"Thu": "organization"}))
    assert kept == []


_TRAIN = (
    "The train was stranded in Pellbrook at 2am (AEST) on Monday, and the service due to leave at 8.35am (AEST) "
    "on Tuesday will now depart from Marlow at 23.10 (AEST)."
)


def test_a_time_zone_after_a_time_is_no_actor() -> None:
    kept = clock_dates_dropped(_TRAIN, tagged_mentions(_TRAIN, {"AEST": "organization"}))
    assert kept == []


_PAPER = "The Sun reported on Monday that the club would sell, and Sun editors stood by the story."


def test_a_weekdays_short_form_with_no_date_stays() -> None:
    kept = clock_dates_dropped(_PAPER, tagged_mentions(_PAPER, {"Sun": "organization"}))
    assert len(kept) == 2


_INSULT = (
    "The bowler may have used a colloquial Punjabi curse that sounds like the word he was charged with. It is "
    "unclear whether he used his Punjabi defence at the first hearing."
)


def test_a_language_describing_a_noun_is_no_actor() -> None:
    kept = languages_dropped(_INSULT, tagged_mentions(_INSULT, {"Punjabi": "organization"}))
    assert kept == []


_ELDER = "A Lakota elder said the treaty was broken, and the Lakota say they will take the case to court."


def test_a_people_that_acts_stays() -> None:
    kept = languages_dropped(_ELDER, tagged_mentions(_ELDER, {"Lakota": "organization"}))
    assert kept


_LEAN = (
    "The former minister is 71 and could pass for a man ten years younger. Lean, alert and quick to read a room, he "
    "has lost the tired look he had when he left office."
)


def test_a_capital_only_at_a_sentences_start_makes_no_person() -> None:
    assert _kinds(_LEAN, {"Lean": "organization"})["Lean"] == "organization"
