"""Shapes of the entertainment, health, education and lifestyle press (session 46, helper life47), on articles
written for these tests: each failed before its rule."""

from __future__ import annotations

from written import actors_of, holders, report_of, said_by

from brief.text.segment import sentences


def test_a_place_initialism_before_a_plural_office_continues_the_sentence() -> None:
    # before: "the U.S." ended a sentence and "Centers for Disease Control ... said Thursday" opened the next
    text = (
        "Mumps cases climb to 17, officials say\n\n"
        "Mumps cases tied to a summer camp in Dorrance have climbed to 17, the U.S. Centers for Disease Control "
        "and Prevention said Thursday. Most of the campers had received one dose of vaccine."
    )
    got = sentences(text)
    assert any(s.startswith("Mumps cases tied") and s.endswith("said Thursday.") for s in got)
    held = holders(report_of(text), "climbed to 17")
    assert len(held) == 1 and held[0].endswith("Centers for Disease Control and Prevention")


_REUNION = (
    "Soap star Lina Marsh denies leaking script to co-star\n\n"
    "Lina Marsh has denied leaking the final script to her co-star Petra Coyle before the season finale. "
    "'I have never shared a script with anyone outside the cast,' the soap star said Friday in a live video. "
    "Marsh, 47, has played the nurse Ruby Dane since 2009."
)


def test_a_co_star_named_after_a_possessive_is_passed_over_by_an_epithet() -> None:
    # before: "the soap star" went back to the last person named, the co-star the subject denied leaking to
    assert holders(report_of(_REUNION), "never shared a script") == ["Lina Marsh"]


_CLAIMED = (
    "Chef Arlo Benn disputes rival's account of kitchen fire\n\n"
    "Arlo Benn has disputed claims that his restaurant caused a fire in the building it shares with Tamsin Ives. "
    "At a council hearing on Monday, Ives told inspector Noel Garvey that Benn had ignored a fire warning. "
    "'He was told twice about the extractor fan,' the Saltbox Kitchen founder claimed. "
    "Benn said the fan had been serviced in May."
)


def test_an_epithet_goes_to_the_subject_of_the_last_sentence_not_its_object() -> None:
    # before: "the Saltbox Kitchen founder" went to the last person named, the one the subject's words were about
    assert holders(report_of(_CLAIMED), "told twice about the extractor") == ["Tamsin Ives"]


_CREDITED = (
    "Rapper Juno Vale denies romance with goalkeeper\n\n"
    "(StreetBeat News) Juno Vale has hit back at rumours that she is dating Tomas Reyes, the Portmere City "
    "goalkeeper.\n\n"
    "Fans began talking after the rapper was seen at a City match on Saturday.\n\n"
    "\"They made up a whole story, I was there with my manager,\" the star tweeted."
)


def test_a_news_credit_in_brackets_opens_the_lead_and_its_subject_is_the_one_described() -> None:
    # before: "(StreetBeat News)" hid the lead's subject, and "the star" went to the goalkeeper named last
    assert holders(report_of(_CREDITED), "made up a whole story") == ["Juno Vale"]


def test_went_on_after_a_quotation_keeps_its_particle() -> None:
    # before: the line read "goes “...”": the cue lost "on", and "goes" alone says nothing
    text = (
        "Model Rhea Lund says she is no one's girlfriend\n\n"
        "Rhea Lund addressed the rumours on her Instagram page on Monday. "
        "\"I am just the girl in the photo to most of you,\" she went on. "
        "Lund, 26, has modelled for the label since 2021."
    )
    lines = [p.summary for a in actors_of(report_of(text)) for p in a.positions]
    assert any(line.startswith("goes on “I am just the girl") for line in lines)


def test_a_broadcaster_named_after_its_spokesperson_is_the_body() -> None:
    # before: "Lowfield Broadcasting" was a person, the spokesperson, and spoke as one
    text = (
        "Radio host Tom Ashe takes leave after on-air remarks\n\n"
        "Radio host Tom Ashe will take two weeks off after remarks about a caller drew complaints. "
        "A spokesperson for the station, Lowfield Broadcasting, said Ashe had apologised to the caller. "
        "Ashe has presented the breakfast show since 2011."
    )
    body = next(a for a in actors_of(report_of(text)) if a.name == "Lowfield Broadcasting")
    assert body.kind == "organization"
    assert any("apologised to the caller" in p.text for p in body.positions)


def test_a_hospitals_trust_named_after_two_towns_is_one_body() -> None:
    # before: the tagger's "Garston" went to a person and "Ebbley Hospitals NHS Trust" to a body no one named
    text = (
        "Hospital trust declares critical incident\n\n"
        "Garston and Ebbley Hospitals NHS Trust declared a critical incident on Monday after a rise in winter "
        "infections. The trust said its emergency department had seen 480 patients on Sunday."
    )
    names = [a.name for a in actors_of(report_of(text))]
    assert "Garston and Ebbley Hospitals NHS Trust" in names
    assert "Garston" not in names


def test_a_role_after_a_doctors_letters_is_read_past_them() -> None:
    # before: "M.D." with its stops, and a second set of letters ("MD, MPH,"), hid the role after them
    text = (
        "Flu season arrives early, doctors warn\n\n"
        "Flu cases have doubled in two weeks, state figures show. "
        "\"These are January numbers in November,\" Nora Fielding, M.D., chief of infectious diseases at Marlow "
        "General Hospital, said Monday. "
        "Carl Osei, MD, MPH, director of the Harlan County Health Department, urged residents to get vaccinated."
    )
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles["Nora Fielding"].startswith("chief of infectious diseases")
    assert roles["Carl Osei"] == "director of the Harlan County Health Department"


def test_a_quotation_around_its_cue_leaves_the_mediums_preposition_out_of_the_line() -> None:
    # before: the line read "says on “...”": the cue kept the "on" of "on the show"
    text = (
        "Host Lena Brisco returns after surgery\n\n"
        "Lena Brisco returned to her morning show on Monday after three weeks away. "
        "\"It has been a long month,\" she said on the show in March. \"I missed all of you.\" "
        "Brisco, 48, has hosted the programme since 2015."
    )
    lines = [p.summary for a in actors_of(report_of(text)) for p in a.positions if "long month" in p.text]
    assert lines and all(line.startswith("says “It has been a long month") for line in lines)


def test_a_quotation_signed_after_a_list_items_heading_is_the_signers() -> None:
    # before: a list item's number and heading before the quotation hid the signature's line shape
    text = (
        "Habits that make sleep doctors wince\n\n"
        "We asked sleep specialists which habits worry them most.\n\n"
        "1. Scrolling in bed. \"The phone keeps your brain in daytime mode long after you put it down.\" "
        "— Ingrid Balsam, a sleep physician in Tromsø\n\n"
        "2. Weekend lie-ins. \"Two extra hours on Sunday is jet lag you gave yourself.\" — Marcus Okoro, "
        "sleep researcher at Fenwick University"
    )
    said = said_by(text)
    assert any("daytime mode" in t for t in said.get("Ingrid Balsam", []))
    assert any("jet lag" in t for t in said.get("Marcus Okoro", []))
