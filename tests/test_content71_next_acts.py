"""Where a position's text ends when the sentence goes on past what was said (brief.actors.speaker_next_acts):
the speaker's next act after "but", the main clause after a fronted participle, the writer's clause after "told
reporters, while", on articles written for these tests."""

from __future__ import annotations

from written import cues_by

from brief.actors.attribution import Attribution
from brief.actors.speaker_next_acts import before_main_clause, before_next_act

HEAD = "Harbour dispute deepens\n\n"


def test_a_denial_after_but_is_the_speakers_next_act() -> None:
    cues = cues_by(HEAD + "Brennan, who met the board twice, said the harbour chief was received warmly but denied he "
                          "had been given special treatment.")
    texts = [text for cue, text in cues["Brennan"] if cue == "said"]
    assert texts == ["the harbour chief was received warmly"]


def test_a_present_tense_concession_ends_a_present_saying() -> None:
    cues = cues_by(HEAD + "Brennan, who met the board twice, says the harbour chief was received warmly but denies he "
                          "was given special treatment.")
    assert cues["Brennan"] == [("says", "the harbour chief was received warmly"), ("denies", "he was given special treatment")]


def test_a_coordinated_deed_of_the_contents_subject_stays() -> None:
    cues = cues_by(HEAD + "The Harbour Guard said it seized two boats and sank another near the pier.")
    assert ("said", "it seized two boats and sank another near the pier") in cues["Harbour Guard"]


def test_a_second_clause_after_but_that_stays_with_the_cue() -> None:
    cues = cues_by(HEAD + "Ada Brennan said the harbour would reopen soon but that the ferry would stay docked.")
    assert ("said", "the harbour would reopen soon but that the ferry would stay docked") in cues["Ada Brennan"]


def test_the_writers_clause_after_told_reporters_is_not_the_speakers() -> None:
    cues = cues_by(HEAD + "The talks went well, Ada Brennan told reporters, while the two unions claimed the offer "
                          "was too low.")
    assert cues["Ada Brennan"] == [("told", "The talks went well")]


def test_a_fronted_participles_content_ends_before_the_main_clause() -> None:
    text = "Aiming for a fourth title, Roger Vance had a night match scheduled against Tom Ashby."
    cue = (0, len("Aiming"))
    found = Attribution(cue=cue, source=None, content=(cue[1] + 1, len(text) - 1), quote=False, sentence=0)
    assert text[slice(*before_main_clause(text, found, 0).content)] == "for a fourth title"


def test_a_fronted_participle_with_a_relative_clause_keeps_it() -> None:
    text = "Hoping the council, which meets today, will agree, Ada Brennan stayed in town."
    cue = (0, len("Hoping"))
    found = Attribution(cue=cue, source=None, content=(cue[1] + 1, len(text) - 1), quote=False, sentence=0)
    assert text[slice(*before_main_clause(text, found, 0).content)] == "the council, which meets today, will agree"


def test_added_to_is_a_deed_of_the_contents_subject() -> None:
    text = "Brennan, who met the board twice, said fuel costs rose sharply and added to the deficit this year."
    found = _said(text)
    assert text[slice(*before_next_act(text, found).content)] == "fuel costs rose sharply and added to the deficit this year"


def test_a_refusal_after_but_ends_what_was_said() -> None:
    text = "Brennan, who met the board twice, said fuel costs rose sharply but refused to give figures."
    found = _said(text)
    assert text[slice(*before_next_act(text, found).content)] == "fuel costs rose sharply"


def _said(text: str) -> Attribution:
    cue = (text.index(" said ") + 1, text.index(" said ") + 5)
    return Attribution(cue=cue, source=(0, len("Brennan")), content=(cue[1] + 1, len(text) - 1), quote=False, sentence=0)
