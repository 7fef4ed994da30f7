"""Shapes of saying left open in session 47 and fixed in session 48 (helper cues49), each on an article written for
these tests: a "they" after a sentence whose subject is two named people (both hold the words, as they hold a
letter they signed); a document with its author as the subject ("A statement by the group said"); a frame whose
verb takes the post as its object ("..., he began the post"); a credit line two paragraphs up is no "sentence
before" a "he"."""

from __future__ import annotations

from written import holders, report_of

_STRIKE = (
    "Dock workers vow to keep strike going at Pellham port\n\n"
    "Union leaders Marta Kovacs and Dario Fenwick addressed several hundred dock workers outside the Pellham "
    "terminal gates on Tuesday morning.\n\n"
    "\"We will not back down until the port authority puts a real offer on the table,\" they said.\n\n"
    "Port director Lena Aubert said she remained hopeful of a deal before the holidays."
)


def test_they_after_a_listed_subject_is_each_of_the_list() -> None:
    report = report_of(_STRIKE)
    assert sorted(holders(report, "We will not back down")) == ["Dario Fenwick", "Marta Kovacs"]
    assert holders(report, "hopeful of a deal") == ["Lena Aubert"]


_MET = (
    "Minister meets strikers\n\n"
    "Labour minister Oskar Brandvold met union leaders Marta Kovacs and Dario Fenwick at the Pellham port office "
    "on Tuesday.\n\n"
    "\"We will not back down until the port authority puts a real offer on the table,\" they said."
)


def test_they_after_a_listed_object_is_not_the_list() -> None:
    assert sorted(holders(report_of(_MET), "We will not back down")) != ["Dario Fenwick", "Marta Kovacs"]


_LETTER = (
    "Authors urge publisher to drop audiobook narration by software\n\n"
    "In an open letter published on Monday, novelists Harriet Quill and Jonas Ekwueme urged Brightleaf Press to "
    "stop using computer voices for its audiobooks.\n\n"
    "The letter warns that narrators who have worked with the publisher for decades could lose their income "
    "within a year.\n\n"
    "\"Readers deserve a human voice,\" they wrote.\n\n"
    "Brightleaf Press said it would respond to the authors privately."
)


def test_a_letter_two_people_signed_is_both_of_theirs_each_time() -> None:
    report = report_of(_LETTER)
    for words in ("stop using computer voices", "could lose their income", "Readers deserve a human voice"):
        assert sorted(holders(report, words)) == ["Harriet Quill", "Jonas Ekwueme"], words


_QUARRY = (
    "Residents vow to fight Calder Hill quarry expansion\n\n"
    "The Calder Hill Residents Association has vowed to fight plans to double the size of the quarry near the "
    "village of Tallbrook.\n\n"
    "A statement by the association on Thursday said the expansion would bring heavy trucks past two primary "
    "schools every few minutes.\n\n"
    "Rexmoor Aggregates, which owns the quarry, said the plans met every environmental standard.\n\n"
    "A release issued by Rexmoor Aggregates on Friday said the quarry had operated safely for sixty years."
)


def test_a_statement_by_a_body_is_the_bodys() -> None:
    report = report_of(_QUARRY)
    assert holders(report, "heavy trucks past two primary schools") == ["Calder Hill Residents Association"]
    assert holders(report, "operated safely for sixty years") == ["Rexmoor Aggregates"]


_BREAK = (
    "Singer Nola Brandt announces break from touring\n\n"
    "Singer Nola Brandt has told fans she is stepping away from touring for at least a year.\n\n"
    "\"This has been the hardest decision of my life,\" she began the post, which was shared on Sunday evening.\n\n"
    "\"I need time to rest and to be with my family,\" she wrote in the post."
)


def test_a_frame_whose_verb_takes_the_post_gives_the_quotation() -> None:
    report = report_of(_BREAK)
    assert holders(report, "hardest decision of my life") == ["Nola Brandt"]


_CREDIT = (
    "Pianist says he is well after airport photos\n\n"
    "Pieter Holm/Northlight Images for the Harrow Festival\n\n"
    "After photographs of Sir Anton Kessly in a wheelchair at Dunmore station spread online, the pianist "
    "answered them on Tuesday.\n\n"
    "\"I want to thank everyone who asked about my health after a few papers decided I looked frail,\" he said.\n\n"
    "\"The truth is I am in excellent health,\" he continued."
)


def test_a_credit_line_two_paragraphs_up_is_not_the_sentence_before_a_pronoun() -> None:
    report = report_of(_CREDIT)
    assert holders(report, "I want to thank everyone") == ["Anton Kessly"]
    assert holders(report, "in excellent health") == ["Anton Kessly"]


_FERRIES = (
    "Minister sets terms for wind mast talks\n\n"
    "Maritime Affairs Council Minister Ren Shu-lan yesterday set two conditions for talks on the removal of offshore "
    "wind masts, but said the time was not ripe.\n\n"
    "The crews' union said it would study the offer."
)


def test_a_number_counting_an_object_is_no_source_of_the_coordinated_cue() -> None:
    assert holders(report_of(_FERRIES), "the time was not ripe") == ["Ren Shu-lan"]


_INDEX = (
    "Retail sales edge higher in October\n\n"
    "Retail sales in Norvania rose slightly in October, the statistics office said on Friday.\n\n"
    "Chief economist Amara Lindholm stated that while the index shows a modest recovery in clothing sales, household "
    "spending on food remains weak."
)


def test_a_while_clause_opening_the_content_stays_inside_it() -> None:
    assert holders(report_of(_INDEX), "household spending on food remains weak") == ["Amara Lindholm"]


_BOARD = (
    "Port authority reports record tonnage\n\n"
    "Cargo through the port of Vessholm reached a record in the third quarter.\n\n"
    "\"Container volumes rose by a fifth on the year and bulk grain exports doubled, helped by the new deep-water "
    "berth,\" states a release of the Vessholm Port Authority.\n\n"
    "Harbour master Jens Okoro said the berth would be extended next year."
)


def test_a_release_of_a_body_closing_a_quotation_is_the_bodys() -> None:
    assert holders(report_of(_BOARD), "Container volumes rose by a fifth") == ["Vessholm Port Authority"]


_RELAYED = (
    "Dravia FM: talks with Osmark will go on\n\n"
    "Dravia keeps close contact with Osmark on trade and river shipping. The two sides differ on fishing quotas, but "
    "both want to keep talking, Dravian Foreign Minister Emil Sorokin said at a session of the parliamentary foreign "
    "affairs committee in Velsk, informs Baltica News Agency.\n\n"
    "Sorokin added that a new round of talks would open in June."
)


def test_said_at_a_meeting_then_an_agency_relaying_gives_the_fronted_words() -> None:
    report = report_of(_RELAYED)
    assert holders(report, "both want to keep talking") == ["Emil Sorokin"]
    assert holders(report, "session of the parliamentary foreign affairs committee") == []
    assert holders(report, "Baltica News Agency") == []  # the agency relays; Sorokin informed no one of it


_RULING = (
    "High court strikes down Vellmar voting map\n\n"
    "The Vellmar Supreme Court on Tuesday struck down the state's new congressional map in a 5-2 ruling, with Chief "
    "Justice Helena Marsh writing for the majority that the map diluted the votes of rural residents.\n\n"
    "Governor Paula Greer said she would ask lawmakers to draw a new map."
)


def test_a_judge_writing_for_the_majority_holds_the_opinion() -> None:
    assert holders(report_of(_RULING), "diluted the votes of rural residents") == ["Helena Marsh"]
