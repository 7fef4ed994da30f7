"""One definition each where rules kept twins: the legal forms a company is signed by, the shapes of a sentence's
stop, the prepositions that set a name as a place. Each test asserts what the shared definition must keep doing for
its readers, on sentences written for the test."""

from __future__ import annotations

import re

from written import actors_of, report_of, tagged_mentions

from brief.actors.bare_surname_genders import MALE, bare_surname_gender
from brief.actors.company_signs import signed_companies
from brief.actors.reported_speakers import within_dash_aside
from brief.text.sentence_stops import FULL_STOP_AT_LINE_END, STOP_AT_LINE_END, STOP_BEFORE_SPACE, STOP_OR_LINE_BREAK


def _kinds(text: str, names: dict[str, str]) -> dict[str, str]:
    return {m.name: m.kind for m in signed_companies(text, tagged_mentions(text, names))}


def test_a_one_word_name_before_any_legal_form_of_the_shared_list_is_a_company() -> None:
    """Norway's "ASA", Finland's "Oyj", Japan's "K.K." sign a company as "Inc." does."""
    for form in ("ASA", "Oyj", "K.K.", "Inc.", "S.A."):
        text = f"Brannvik {form} cut 300 jobs at its yard. Brannvik expects orders to recover next spring."
        assert _kinds(text, {"Brannvik": "person"}) == {"Brannvik": "organization"}, form


def test_the_forms_read_only_after_a_one_word_name_still_sign_a_company() -> None:
    """What the shared list leaves out as also a state's or a body's word signs a company right after the name."""
    for after in (" Corporation", ", SA", " NV", " Co", " Plc", ", Inc."):
        text = f"Shares in Coverant{after} rose on Monday. Coverant expects demand to grow."
        assert _kinds(text, {"Coverant": "person"}) == {"Coverant": "organization"}, after


def test_a_word_that_only_begins_like_a_legal_form_signs_nothing() -> None:
    text = "Lindqvist Coached the side for a decade. Lindqvist Income was modest, and Lindqvist AGM votes were few."
    assert _kinds(text, {"Lindqvist": "person"}) == {"Lindqvist": "person"}


def _stops(pattern: re.Pattern[str], text: str) -> list[int]:
    return [m.start() for m in pattern.finditer(text)]


def test_a_stop_before_space_ends_a_sentence_and_its_quote_but_no_abbreviation_nor_number() -> None:
    text = 'The U.S.-led talks cost 3.5 million. "We are done." He left.'
    assert [text[i:i + 2] for i in _stops(STOP_BEFORE_SPACE, text)] == ['. ', '."']
    assert not STOP_BEFORE_SPACE.search("The end.")  # at the text's end: no space after it


def test_a_line_break_ends_a_headline_written_without_a_stop() -> None:
    text = "Mill to close in Kemi\nThe owner said so. Workers wept"
    assert _stops(STOP_OR_LINE_BREAK, text) == [text.index("\n"), text.index(". ")]


def test_a_line_ends_as_prose_with_a_stop_closed_by_quotes_or_a_bracket() -> None:
    for line in ("The council voted to close the pool.", 'She said: "We will fight."', "Rain is due (see below).",
                 "Will it open?", "Read more..."):
        assert STOP_AT_LINE_END.search(line), line
    for line in ("Sports", "Contact us", "Posted at 12:03"):
        assert not STOP_AT_LINE_END.search(line), line


def test_a_line_cut_short_by_an_ellipsis_is_no_full_stop() -> None:
    for line in ("Read more...", "The mayor said the plan…", "Continue reading…."):
        assert not FULL_STOP_AT_LINE_END.search(line), line
    for line in ("The council voted to close the pool.", 'She said: "We will fight."', "Why now?"):
        assert FULL_STOP_AT_LINE_END.search(line), line


def test_an_aside_set_off_by_dashes_is_read_within_its_own_sentence() -> None:
    """reported_speakers reads its sentence's start and end by ``STOP_OR_LINE_BREAK``: a dash in the sentence
    before does not open an aside in this one."""
    text = "Rain fell - all day. Hodgson - his rival Sanchez said so - was calm."
    cue = text.index("said")
    assert within_dash_aside(text, cue, cue + 4)
    first = "Rain fell - all day - and stopped. Then Hodgson said no."
    cue = first.index("said")
    assert not within_dash_aside(first, cue, cue + 4)


def test_a_bare_surnames_gender_is_read_in_its_own_sentence_up_to_a_stop_or_a_line_break() -> None:
    """bare_surname_genders reads a pronoun only before its sentence's stop (``STOP_OR_LINE_BREAK``): after a closing
    quote, a stop and a space, or a headline's line break, the next "she" is another's."""
    own = "Lindqvist said his side would win. Lindqvist knew his plan. Lindqvist said he was sure."
    ends = [m.end() for m in re.finditer("Lindqvist", own)]
    assert bare_surname_gender(own, ends) == MALE
    past = 'Lindqvist said "we lost." She wept.\nLindqvist left\nShe stayed. Lindqvist won. Her team lost.'
    ends = [m.end() for m in re.finditer("Lindqvist", past)]
    assert bare_surname_gender(past, ends) == ""


def test_a_country_written_only_after_prepositions_of_place_ranks_after_who_acts() -> None:
    """setting_places reads the shared ``PLACE_PREPOSITIONS``: "throughout", "inside", "within" set a place as the
    story's setting as "in" does."""
    text = ("Wildfires close roads\n\n"
            "Fires burned throughout Valdoria on Friday as crews fought to reach villages inside Valdoria, officials "
            "said.\n\nFire chief Mara Olsen said the blaze was growing. \"We need more crews,\" Olsen said. Smoke spread "
            "within Valdoria and across the border.\n")
    names = [a.name for a in sorted(actors_of(report_of(text)), key=lambda a: a.salience)]
    assert names.index("Valdoria") > names.index("Mara Olsen"), names
