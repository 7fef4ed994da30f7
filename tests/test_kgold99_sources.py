"""Speakers and contents the second blind K gold (session 62) found lost, on invented text: a weekday and
"however" fronted before the speaker, a reported clause that opens with its own phrase, and a surname shared by
two brothers named as a pair."""

from __future__ import annotations

from written import actors_of, cues_by, report_of, said_by

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


def test_a_naming_verb_after_had_already_still_gives_the_quoted_name() -> None:
    text = ("The party won two states last week. Party leader Ravi Dastur, projected as its candidate, had already "
            'termed the twin wins as the start of a "process of change" that will take the party to power.')
    assert any("process of change" in p for p in said_by(text)["Ravi Dastur"])


def test_a_dashed_aside_between_the_object_and_its_quoted_name() -> None:
    text = ('The party won two states last week. Governor Mark Tellam, a former mayor, called the ad -- which '
            'included the "phony" label used by a local paper -- a "nasty" personal attack.')
    assert any("nasty" in p for p in said_by(text)["Mark Tellam"])


def test_an_unnamed_aside_and_no_quoted_name_leave_the_object_alone() -> None:
    text = "The party won two states last week. Governor Mark Tellam called the plan -- drafted by aides -- a waste."
    assert not any("waste" in p for p in said_by(text).get("Mark Tellam", []))


def test_a_wire_in_the_dateline_is_no_actor_though_no_list_holds_it() -> None:
    text = ("Social site grows fast\n\nBy Ann Obi New Delhi, Jan 13 (KNS): A new social site is growing fast. Its "
            'chief Ravi Menon said the site has a million users. "We want to reach everyone," Menon told KNS.')
    assert "KNS" not in said_by(text)
    text = ("Social site grows fast\n\nLAGOS (KNS) - A new social site is growing fast. Its chief Ravi Menon said "
            'the site has a million users. "We want to reach everyone," Menon told KNS.')
    assert "KNS" not in said_by(text)


def test_a_body_in_brackets_outside_a_dateline_stays_an_actor() -> None:
    text = ("The union (KNS) - a body of drivers - is growing fast. Its chief Ravi Menon said the union has a million "
            "members. KNS plans a strike on Monday.")
    assert "KNS" in said_by(text)
