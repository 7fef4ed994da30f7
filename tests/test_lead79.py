"""What read wrong when the lead briefed real pages as a user, on articles written for this test: a naming
after someone read as a statement ("Mercury, named after the Roman god ..., is": brief.actors.cue_idioms); a given
name that is also a common word dropped inside a sentence ("following Rich Brooks' retirement":
brief.actors.word_given_names); a quotation in single marks before "X told IANS on the sidelines of ..."
(brief.actors.addressee_contents); "officials quoted X as saying" (brief.actors.phrasing); an age opening a
sentence taken into a name (brief.actors.aged_openers)."""

from __future__ import annotations

from written import cues_by, kinds_of, said_by, summaries_by

_PLANET = ("Probe nears Vulcan\n\nVulcan, named after the Roman god of fire, is the hottest world the probe will "
           "visit.\n\nThe probe will fly by on Monday, the space agency said. \"We have never seen it this close,\" "
           "said Dr. Ada Morrow, the mission's lead scientist.")


def test_a_naming_after_someone_states_nothing() -> None:
    said = said_by(_PLANET)
    assert not any("hottest world" in text for texts in said.values() for text in texts)
    assert said["Ada Morrow"] == ['"We have never seen it this close,"']


def test_a_naming_for_a_post_is_not_read_as_one() -> None:
    said = said_by("Board vote\n\nThe port, renamed for Tessa Vance in 2019, says it will hire 40 pilots. The "
                   "harbour master, Owen Pell, said the pilots would start in May.")
    assert said["Owen Pell"] == ["the pilots would start in May"]
    assert not said.get("Tessa Vance")


_COACH = ("Coach to retire\n\nOffensive coordinator Dale Okafor will become head coach following Rich Brooks' "
          "retirement. The 66-year-old Brooks has not set a date, the university said.\n\n\"I want continuity,\" "
          "Brooks said.")


def test_a_word_given_name_inside_a_sentence_begins_the_name() -> None:
    assert said_by(_COACH)["Rich Brooks"] == ['"I want continuity,"']


def test_a_month_inside_a_sentence_is_a_date() -> None:
    said = said_by("Vote\n\nThe council met in May. In a letter sent in May Harlan Voss said the vote was unfair.")
    assert "May Harlan Voss" not in said


def test_a_quotation_before_the_speaker_is_what_was_told_to_an_agency_on_the_sidelines() -> None:
    cues = cues_by("Missiles\n\n'We are developing a robust defence system that will engage missiles in the 5,000 km "
                   "class. We have shown it,' Defence Research Board (DRB) chief controller V.K. Sarin told IANS on the "
                   "sidelines of the Science Congress.\n\nThe tests continue.")
    assert cues["V.K. Sarin"] == [("told", "'We are developing a robust defence system that will engage missiles in "
                                           "the 5,000 km class. We have shown it,'")]


def test_an_apostrophe_is_no_quotation_mark() -> None:
    cues = cues_by("Union\n\n'The players' union will not sign this deal,' union chief R.J. Okoro told ESPN in an "
                   "interview.\n\nTalks resume Monday.")
    assert cues["R.J. Okoro"] == [("told", "'The players' union will not sign this deal,'")]


def test_officials_quoting_someone_give_that_persons_own_words() -> None:
    lines = summaries_by('Summit\n\nThe leaders met in Beijing on Friday. "I have asked Premier Wen to play catch '
                         'with me," Japanese officials quoted Mr Fukuda as saying.\n\nThe talks ended early.')
    assert lines["Fukuda"] == ["says “I have asked Premier Wen to play catch with me”"]


def test_an_age_opening_a_sentence_is_not_part_of_the_name() -> None:
    kinds = kinds_of("Surgery\n\nTen-year-old Hoang Son Pham underwent surgery Wednesday to remove a growth from his "
                     "face.\n\nBefore the surgery, Son Pham was a little scared, said Kate Maslen.")
    assert kinds["Hoang Son Pham"] == "person"
    assert "Son Pham" not in kinds and "Ten-year-old Hoang Son Pham" not in kinds


def test_the_one_told_in_a_passive_second_predicate_said_nothing() -> None:
    cues = cues_by("Plot\n\nOmar Jabal was arrested in Muscat. He was interrogated and told he had two choices: talk or "
                   "face prison.\n\nJabal was released on Monday and told reporters he would sue.")
    assert cues["Omar Jabal"] == [("told", "he would sue")]


def test_deny_with_two_objects_and_hitting_back_in_play_are_deeds() -> None:
    cues = cues_by("Derby\n\nA timely intervention by Danny Colley denied Kevin Davids a free shot at goal. Everton hit "
                   "back to equalise through Yakubu.\n\nColley denied reports that he had asked to leave. Everton hit back "
                   "at critics, saying the side was strong.")
    assert cues["Danny Colley"] == [("denied reports", "that he had asked to leave")]
    assert ("hit back at", "critics") in cues["Everton"]
    assert not any(text.startswith(("Kevin", "to equalise")) for pairs in cues.values() for _, text in pairs)


def test_a_town_and_a_clubs_letters_are_one_club() -> None:
    kinds = kinds_of("Badge row\n\nA small Norwegian club has been accused of copying Sydney FC's badge. Sydney FC said "
                     "on Friday it was seeking legal advice.\n\nThe designer said he knew nothing of Sydney FC. The club "
                     "was founded in Sydney in 2004.")
    assert kinds["Sydney FC"] == "organization"
    assert "FC" not in kinds
