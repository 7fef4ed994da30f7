"""Kinds of actors on celebrity and entertainment pages written for these tests: a surname written alone
that takes a person's "who", a pair of names that marry or split, a record label's name."""

from __future__ import annotations

from written import kinds_of

from brief.actors.kinds import work_context
from brief.actors.person_signs import full_name_shown


def test_a_surname_alone_with_a_who_clause_shows_the_full_name_a_person() -> None:
    text = ("The Melbury Theatre and Liam Castle will stage a new musical next year, according to reports. "
            "Castle, who starred in three musicals there, has previously spoken about wanting a break.")
    assert full_name_shown(text, "Liam Castle")
    assert not full_name_shown("Acme Castle, which owns the site, has applied for a licence. Castle, who are "
                               "based in York, said the plan was sound.", "Acme Castle")


def test_a_pair_of_names_that_gets_engaged_are_people() -> None:
    text = ("Singer and actor announce engagement\n\n"
            "Kemora and Dan Whitby are engaged, according to several reports. "
            "The pair met on the set of a music video in 2019. \"We could not be happier,\" Kemora wrote on Instagram.")
    assert kinds_of(text).get("Kemora") == "person"


def test_a_pair_typed_bodies_that_gets_engaged_are_people() -> None:
    text = ("Singer and actor announce engagement\n\n"
            "Kemora and Liam Castle are engaged, according to several reports. Castle, who met Kemora on the set of "
            "a music video in 2019, has previously spoken about wanting a family. "
            "\"I can't wait to be a dad,\" he told a podcast in March.")
    kinds = kinds_of(text)
    assert kinds.get("Kemora") == "person"
    assert kinds.get("Liam Castle") == "person"


def test_a_pair_of_firms_that_split_the_costs_stays_firms() -> None:
    text = ("Oil majors share pipeline bill\n\n"
            "Zantro and Velmex have split the costs of the new pipeline, Zantro said on Tuesday. "
            "Velmex said the line would open next spring.")
    kinds = kinds_of(text)
    assert kinds.get("Zantro") != "person"
    assert kinds.get("Velmex") != "person"


def test_a_name_ending_in_music_is_a_label_not_a_person() -> None:
    text = ("Label reviews its deals\n\n"
            "Harmon Music said it was reviewing its contracts with touring artists after the ruling. "
            "The label did not say how many deals were affected.")
    assert kinds_of(text).get("Harmon Music") == "organization"


def test_a_title_written_alone_as_a_performers_name_is_a_person() -> None:
    text = ("Singer's estate faces claim\n\n"
            "Monarch was not married when he died in 2019, a court heard. A woman has asked the court to remove the "
            "bank that runs Monarch's estate, saying she is his widow.")
    assert "Monarch" not in kinds_of(text)  # no title: a word the rule leaves alone
    text = text.replace("Monarch", "Prince")
    assert kinds_of(text).get("Prince") == "person"


def test_a_title_before_a_name_or_after_the_stays_an_office() -> None:
    text = ("Royal visit delights crowds\n\n"
            "The King visited Leeds on Tuesday, where he met nurses. The King's aides said he was delighted, and "
            "Prince William said he would return in the spring.")
    kinds = kinds_of(text)
    assert "King" not in kinds
    assert "Prince" not in kinds


def test_the_platform_x_ending_a_sentence_is_no_initial_of_the_next_name() -> None:
    text = ("Singer calls off Accra show\n\n"
            "Afrobeats star Tobi Lanre has cancelled his Accra concert. \"My fans deserve better,\" the singer wrote on X. "
            "Kwesiko, who performed in Kumasi last week, said he would hold a free show instead.")
    kinds = kinds_of(text)
    assert "X. Kwesiko" not in kinds
    assert kinds.get("Kwesiko") == "person"


def test_a_one_word_subject_the_next_sentence_gives_a_calling_and_an_age_is_a_person() -> None:
    text = ("Rapper hits back at rival\n\n"
            "Dreyko has responded to Kayin Doyle's latest track with a diss of his own. The Canadian rapper, 37, accused "
            "Doyle of lying about their feud. Doyle, who won five awards last year, has not commented.")
    assert kinds_of(text).get("Dreyko") == "person"


def test_a_description_of_the_one_a_sentence_names_is_not_its_subjects() -> None:
    text = ("Streamer casts its detective\n\n"
            "Streamflix has cast newcomer Jo Reyes in its new drama, the company said. The actress, 22, will play a "
            "detective. Streamflix said filming starts in May.")
    assert kinds_of(text).get("Streamflix") != "person"


def test_a_description_of_the_one_a_club_signs_is_not_the_clubs() -> None:
    text = ("Club lands teenage star\n\n"
            "Barcelona has completed the signing of a teenage winger from Santos. The footballer, 17, will join in July, "
            "Barcelona said in a statement.")
    assert kinds_of(text).get("Barcelona") != "person"


def test_a_record_that_enters_the_chart_is_a_work() -> None:
    assert work_context("Kemora's ", " has debuted at No. 1 on the Billboard 200, the chart company said")
    assert work_context("", " debuted atop the album chart this week")
    assert not work_context("", " debuted for the first team on Saturday")  # a player debuts too


def test_an_untagged_name_opening_a_sentence_with_who_is_a_person() -> None:
    text = ("Album tops the chart\n\n"
            "The record sold 80,000 units in its first week, the chart company said. Tobi-K, who appears on one track, "
            "praised the team in a post on Instagram. \"We made something special,\" he wrote.")
    assert kinds_of(text).get("Tobi-K") == "person"


def test_a_common_word_or_a_nationality_before_who_is_no_name() -> None:
    text = ("Flood response criticised\n\n"
            "Police, who arrived two hours later, said the road was closed. Kenyans, who queued for hours, were "
            "angry at the delay, the county said.")
    kinds = kinds_of(text)
    assert "Police" not in kinds
    assert "Kenyans" not in kinds
