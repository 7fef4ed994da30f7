"""Who said a quotation where the sentence names a body by its apposition, a person by a hyphened
title, or an outlet that carries the statement (brief.actors.positions, brief.actors.inverted),
on articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of, said_by


def test_a_body_before_a_description_of_a_body_speaks_not_the_place_in_it() -> None:
    report = report_of(
        "Oil prices fell for a third week on Friday, and the Kessel economy depends on them.\n\n"
        "In its analysis of the fall, TRB Insight, a Varna research firm, says Kessel is \"at risk\" of "
        "another recession. \"If demand keeps falling with no cuts in output, a country like Kessel will suffer "
        "badly,\" it says.\n"
    )
    assert holders(report, "a country like Kessel will suffer") == ["TRB Insight"]


def test_the_hyphened_title_is_the_one_who_holds_it_not_the_sitting_one() -> None:
    report = report_of(
        "President Ada Quinn handed the keys of the palace to President-elect Tomas Brandt on Monday in Dunmere.\n\n"
        "\"The harbour will be rebuilt within two years, whatever it costs the city,\" the president-elect said "
        "in a statement on Monday.\n"
    )
    assert holders(report, "The harbour will be rebuilt") == ["Tomas Brandt"]


def test_an_outlet_after_according_to_only_carries_the_speakers_words() -> None:
    report = report_of(
        "President-elect Ivo Marten named his team on Thursday.\n\n"
        "Maria Okafor was named head of the Dunmere port authority on Thursday.\n\n"
        "\"She is a tireless and tenacious manager of ports and of people,\" the president-elect said in "
        "a statement, according to the Kessel Gazette. \"I am pleased that she will run the port.\"\n"
    )
    assert holders(report, "tireless and tenacious manager") == ["Ivo Marten"]


def test_a_speaker_whose_words_follow_the_cue_keeps_them_before_according_to() -> None:
    report = report_of(
        "The ailing couple was quarantined, and the Dunmere health office said it had questioned people who "
        "might have been exposed to the patients, according to Ada Quinn of the Kessel Times.\n"
    )
    assert holders(report, "it had questioned people") == ["Dunmere health office"]



def test_a_place_that_ends_what_was_said_is_no_body_in_apposition() -> None:
    report = report_of(
        "A case of plague was confirmed on Sunday, the Dunmore Press Agency reported.\n\n"
        "The patient, who was not named, was taken to a hospital in the county of Orla in the north of the "
        "Varna Autonomous Region, the news agency said, citing the regional health office.\n"
    )
    assert "Varna Autonomous Region" not in holders(report, "was taken to a hospital")


def test_he_goes_on_with_the_subject_brought_in_after_a_fronted_phrase() -> None:
    report = report_of(
        "Students across the country protested the result of the vote on Wednesday.\n\n"
        "\"We are scared for our friends and for ourselves,\" said Jared Holt, a sophomore at the college.\n\n"
        "Over coffee at a bar near campus, 21-year-old Ryan Dubicki rolled his eyes at the protesting students.\n\n"
        "\"I know they had safety pins on and they had dog therapy,\" he said. \"They are crybabies right now.\"\n"
    )
    assert holders(report, "they had dog therapy") == ["Ryan Dubicki"]


def test_a_relative_apposed_after_the_possessor_speaks_not_the_possessor() -> None:
    report = report_of(
        "The parents of local woman Laura Stevens said on Wednesday that they had accepted her new partner.\n\n"
        "“To be honest, we were quite surprised when Laura brought Kyle to the house,” said Stevens’ mother, "
        "Janet, who added that it took time.\n\n"
        "“We never expected the harbour to close so soon after the storm,” said Quinn's longtime lawyer, Ivo Marten.\n"
    )
    assert "Laura Stevens" not in holders(report, "we were quite surprised")
    assert holders(report, "we were quite surprised") == ["Janet"]
    assert holders(report, "We never expected the harbour") == ["Ivo Marten"]


def test_they_who_says_i_is_one_person_the_last_speaker() -> None:
    """"“I knew the risks,” they said": a quotation in the first person singular is one person's,
    so "they" goes on with the person just named, not with the group named beside them."""
    text = (
        "Activists held at refinery protest\n\n"
        "Police arrested 14 people at a protest outside the Marlow Point refinery on Saturday.\n\n"
        "Among them was Sasha Kellerman-Ode, a 24-year-old organiser with the group Ebb Watch. "
        "“I knew the risks and I came anyway,” they said. “The refinery is poisoning the estuary.”"
    )
    said = said_by(text)
    assert any("knew the risks" in t for t in said.get("Sasha Kellerman-Ode", [])), said
    assert not any("knew the risks" in t for t in said.get("Ebb Watch", [])), said


def test_a_question_quoted_before_asked_is_the_askers() -> None:
    """"“Why would anyone doubt this team?” asked forward X": "asked" in lower case after the closing
    mark frames the question before it, as "said" would; it opens no "Asked about ..." clause."""
    report = report_of(
        "Hawks hail comeback\n\n"
        "The Harlow Hawks came from 18 points down to win 88-85 on Saturday night.\n\n"
        "“Why would anyone doubt this team after tonight?” asked forward Benedek Asare-Lindholm, who scored 31 points.\n"
    )
    assert holders(report, "Why would anyone doubt this team") == ["Benedek Asare-Lindholm"]


def test_the_club_is_the_club_the_story_follows() -> None:
    """"Harlow Rovers ... The club said": a sports club's name seldom says it is one; "the club" is the
    one body the story names, and "the league", another body, is not it."""
    report = report_of(
        "Rovers sack manager\n\n"
        "Harlow Rovers have sacked their manager Dmitri Valchenko after nine defeats in ten games.\n\n"
        "The club said in a statement that Valchenko had given everything but that results had fallen short.\n\n"
        "The league said it would not comment on the appointment of a successor.\n"
    )
    assert holders(report, "had given everything") == ["Harlow Rovers"]
    assert holders(report, "would not comment on the appointment") == []


def test_a_comma_outside_the_closing_mark_and_a_frame_ending_in_where_it_was_said() -> None:
    """British style sets the comma after the closing mark ("“...”, said X"); and "said chief executive
    X in a statement" names X before saying where: both frames give the quotation to X."""
    report = report_of(
        "Trust apologises for delays\n\n"
        "A hospital trust has apologised after patients waited up to 14 hours.\n\n"
        "“We are truly sorry for the distress caused to our patients”, said chief executive Priyanka Raval in a statement.\n\n"
        "“It was chaos from start to finish”, patient Derek Mallory told the Chronicle on Monday.\n"
    )
    assert holders(report, "truly sorry for the distress") == ["Priyanka Raval"]
    assert holders(report, "chaos from start to finish") == ["Derek Mallory"]


def test_a_name_set_off_after_the_description_after_the_cue_is_the_speaker() -> None:
    """"“...,” said his lawyer, Benedict Okwu.": the tagger's source is "his lawyer"; the name set off
    after it is who the lawyer is."""
    report = report_of(
        "Teacher cleared of misconduct\n\n"
        "A teacher at Brookfield Academy has been cleared by a disciplinary panel.\n\n"
        "“My client has been through two years of hell,” said his lawyer, Benedict Okwuosa.\n"
    )
    assert holders(report, "two years of hell") == ["Benedict Okwuosa"]


def test_a_phrase_set_before_the_source_is_not_what_a_colon_introduces() -> None:
    """"Posting a photo of her gold records, Marchetti added: “Still here.”": the model took the fronted
    phrase for the content; the colon after the cue introduces what was said."""
    report = report_of(
        "Singer answers her critics\n\n"
        "Singer Lola Marchetti has hit back at critics after she was left off the shortlist for this year's Harmony Awards.\n\n"
        "Marchetti's manager, Rufus Oyelowo, tweeted: “Proud of this woman. The fans know.”\n\n"
        "Posting a photo of her gold records, Marchetti added: “Still here. Still singing.”\n"
    )
    assert holders(report, "Still here. Still singing") == ["Lola Marchetti"]


def test_a_source_cut_at_a_titles_full_stop_runs_on_to_the_name() -> None:
    """"“...,” said Maj. Gen. Sir Hugo de Villiers-Grant.": the tagger's source stops at "Maj"; the
    titles and the name after it are the speaker."""
    report = report_of(
        "Veterans mark anniversary\n\n"
        "Veterans gathered in Portsmouth on Saturday to mark the 40th anniversary of the battle.\n\n"
        "“Their courage was extraordinary,” said Maj. Gen. Sir Hugo de Villiers-Grant.\n"
    )
    assert holders(report, "Their courage was extraordinary") == ["Hugo de Villiers-Grant"]



def test_the_ministry_is_the_body_whose_name_opens_with_it() -> None:
    """"The Department of Transport ... The department said": a body named "<noun> of/for <remit>"
    is what "the <noun>" refers back to, not the pressure group named after it; so too "the ministry"
    for "the Ministry of Fisheries" past a company named in between."""
    fares = report_of(
        "Rail fares to rise\n\n"
        "The Department of Transport confirmed on Wednesday that regulated rail fares will rise by 4 percent in March.\n\n"
        "Passenger group Fair Fares Now said commuters were being punished. "
        "“This is another kick in the teeth,” said its director, Lena Hartwell-Obi.\n\n"
        "The department said the rise was below inflation. “We have capped fares to protect passengers,” it said.\n"
    )
    assert holders(fares, "below inflation") == ["Department of Transport"]
    assert holders(fares, "We have capped fares") == ["Department of Transport"]
    schools = report_of(
        "Boilers for schools\n\n"
        "The Department for Learning will give schools 200 million crowns to replace old boilers, officials announced on Monday.\n\n"
        "“No child should have to learn in a cold classroom,” the department said.\n"
    )
    assert holders(schools, "No child should have to learn") == ["Department for Learning"]


def test_a_body_called_by_what_it_does_is_the_one_that_does_it() -> None:
    """"the regulator said", "the force said", "the charity said": a body written by what it does is
    the one whose name says so ("... Authority", "... Police") or that the text brought in with the
    noun ("food bank charity Breadline Aid"), not the latest body named, nor no one."""
    merger = report_of(
        "Merger blocked\n\n"
        "The Trade Fairness Authority has blocked the merger of grocery chains Pellow and Corbin Foods.\n\n"
        "Pellow said it was disappointed and would consider an appeal.\n\n"
        "“Shoppers would have faced higher prices and less choice,” the regulator said in its ruling.\n"
    )
    assert holders(merger, "Shoppers would have faced higher prices") == ["Trade Fairness Authority"]
    raid = report_of(
        "Jewellery raid\n\n"
        "Northshire Police have appealed for witnesses after a jewellery shop in Carrow was raided on Tuesday.\n\n"
        "Three men smashed display cases at Lumen Jewellers and escaped on mopeds.\n\n"
        "“We believe the men had planned the raid for weeks,” the force said.\n"
    )
    assert holders(raid, "We believe the men had planned") == ["Northshire Police"]
    food = report_of(
        "Winter food crisis\n\n"
        "Food bank charity Breadline Aid says demand has doubled since last winter.\n\n"
        "The Hollins Trust, which funds several food banks, has pledged an extra grant.\n\n"
        "“Families who never needed us before are coming through our doors,” the charity said.\n"
    )
    assert holders(food, "Families who never needed us") == ["Breadline Aid"]


def test_the_union_is_the_one_brought_in_as_a_union() -> None:
    """"the rail union Tracklink ... “...,” the union said": a union whose name does not say so is the
    one the text brought in with the noun before its name, not the operator named after it."""
    report = report_of(
        "Rail strike called\n\n"
        "Members of the rail union Tracklink have voted to strike for three days in March over pay.\n\n"
        "Network operator Railcore said the walkout would shut most lines.\n\n"
        "“Our members have been left with no choice,” the union said.\n"
    )
    quotes = [p for a in actors_of(report) if a.name == "Tracklink" for p in a.positions if p.quote]
    assert [p.summary for p in quotes] == ["says “Our members have been left with no choice”"], actors_of(report)
