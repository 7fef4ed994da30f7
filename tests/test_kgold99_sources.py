"""Speakers and contents the second blind K gold (session 62) found lost, on invented text: a weekday and
"however" fronted before the speaker, a reported clause that opens with its own phrase, and a surname shared by
two brothers named as a pair."""

from __future__ import annotations

from written import actors_of, cues_by, report_of

from brief.actors.person_nouns import one_person


def test_however_after_a_fronted_day_leaves_the_speaker_the_source() -> None:
    text = ("The rail line will close in March. Defence minister Ilan Varsek spoke on Monday. "
            "On Friday, however, Varsek said the barriers have worked.")
    assert cues_by(text)["Ilan Varsek"] == [("said", "the barriers have worked")]


def test_words_of_grammar_are_no_nouns_for_a_person() -> None:
    assert not any(one_person(w) for w in ("however", "whatever", "together", "moreover", "her", "after"))
    assert one_person("spokesman") and one_person("neighbour") and one_person("driver")


def test_a_reported_clause_keeps_its_fronted_phrase() -> None:
    text = ("The rail line will close in March. In an interview ahead of the visit, Prime Minister Tomas Orlen "
            "said for their own good, voters must consider giving up much of the valley.")
    assert cues_by(text)["Tomas Orlen"] == [
        ("said", "for their own good, voters must consider giving up much of the valley")]


def test_a_date_after_the_cue_is_still_left_out() -> None:
    text = "The rail line will close in March. Prime Minister Tomas Orlen said on Tuesday, the plant would stay open."
    assert cues_by(text)["Tomas Orlen"] == [("said", "the plant would stay open")]


def test_a_pair_of_brothers_on_one_surname_makes_neither_the_first_named() -> None:
    text = ("Writers will return to work at Kessler Films, run by the brothers Marvin and Leo Kessler. According to "
            "a statement released Thursday by Marvin Kessler, the company had come to terms with the guild. "
            '"We need to get people back to work," Kessler said.')
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert any("back to work" in p for p in said["Marvin Kessler"])
    assert not any("back to work" in p for p in said.get("Leo Kessler", []))


def test_the_brother_named_alone_keeps_the_surname() -> None:
    text = ("Writers will return to work at Kessler Films, run by the brothers Marvin and Leo Kessler. Leo Kessler "
            'spoke first. "We need to get people back to work," Kessler said.')
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert any("back to work" in p for p in said["Leo Kessler"])
