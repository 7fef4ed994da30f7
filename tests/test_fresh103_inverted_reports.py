"""Fresh 64's fixes: a clause, then a rarer reporting verb and its subject ("..., announced the Royal Household
Office.") is the subject's statement of the clause, never the clause's subject's of the body's name; a possessive
right after the cue of a person reached past an apposition stays in what they said ("said Norcom's decision ...");
a cue in a "that" clause complementing the sentence's opening noun stops at the sentence's main predicate."""

from __future__ import annotations

from brief.actors.attribution import Attribution
from brief.actors.inverted_reports import subject_after_verb
from brief.actors.mention_index import MentionIndex
from brief.model import Sentence
from tests.written import cues_by, mention_at

_DEATH = ("Princess Maren Halvorsen passed away at Rikshospital, announced the Royal Household Office. "
          "She was 84. Her family thanked the doctors.")


def test_a_body_after_a_reporting_verb_announces_the_clause_before_it() -> None:
    got = cues_by(_DEATH)
    assert got.get("Royal Household Office") == [("announced", "Princess Maren Halvorsen passed away at Rikshospital")]
    assert not got.get("Maren Halvorsen")


def test_an_object_that_names_no_one_stays_the_verbs_object() -> None:
    text = "The mayor of Kelso opened the old bridge on Monday, announced a new housing plan."
    sentence = Sentence(0, 0, 0, len(text), text)
    cue = text.index("announced")
    attribution = Attribution((cue, cue + len("announced")), (0, len("The mayor of Kelso")),
                              (cue + len("announced "), len(text) - 1), False, 0)
    index = MentionIndex([mention_at(text, "Kelso", "place")], text)
    assert subject_after_verb(text, attribution, index, sentence) == attribution


def test_an_aside_after_the_subject_is_no_reported_clause() -> None:
    text = "Ada Lenz, who joined the board in 2001, noted the Royal Household Office."
    sentence = Sentence(0, 0, 0, len(text), text)
    cue = text.index("noted")
    attribution = Attribution((cue, cue + len("noted")), (0, len("Ada Lenz")), (cue + len("noted "), len(text) - 1), False, 0)
    index = MentionIndex([mention_at(text, "Ada Lenz", "person"), mention_at(text, "Royal Household Office", "organization")], text)
    assert subject_after_verb(text, attribution, index, sentence) == attribution


_FIRM = ('Ann Berg, president of Mega Inc., the Las Vegas marketing firm behind "Pepsi Stuff," said Amazon\'s decision '
         "to sell MP3s meshed nicely with one of Pepsi's brand values: choice.")


def test_a_possessive_after_the_cue_stays_in_what_the_opening_person_said() -> None:
    got = cues_by(_FIRM)
    assert got.get("Ann Berg") == [("said", "Amazon's decision to sell MP3s meshed nicely with one of Pepsi's brand values: choice")]


def test_a_cue_in_a_subject_nouns_that_clause_stops_at_the_main_predicate() -> None:
    text = ('Persistent rumours, spread by Maria, that she feared a "plot" would be hatched, have been put down to her '
            "anxious state of mind.")
    assert cues_by(text).get("Maria") == [("feared", 'a "plot" would be hatched')]


def test_a_reported_clause_keeps_its_verb_after_an_aside() -> None:
    text = "Mary Holt said that she feared the plan, which was approved in May, is dead."
    assert cues_by(text).get("Mary Holt") == [("said", "that she feared the plan, which was approved in May, is dead")]
