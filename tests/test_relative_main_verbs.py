"""A name, a relative clause read as a cue ("which disputes ..."), then the sentence's own verb of saying: two
positions of the name's, the relative clause's ending at its closing comma and the main verb's a cue of its own
(brief.actors.relative_main_verbs); and "which ..., claims" makes the name a body's (brief.actors.body_signs).
On an article written for this test."""

from __future__ import annotations

from written import cues_by

from brief.actors.body_signs import which_after

_WIDGET = ("Quiz widget spreads adware\n\n"
           "A quiz widget on a social network prompts users to download the Vexla toolbar, security firm Norrow "
           "warned on Friday.\n\n"
           "Norrow claimed that one in twenty users of the network had installed the widget by the time it was "
           "removed.\n\n"
           "Vexla, which disputes the description of its toolbar as adware, claims these figures are far too high.\n\n"
           "It said the quiz had been placed by one of its advertising partners without its knowledge.\n")


def test_the_main_verb_after_a_relative_clause_is_a_cue_of_the_names() -> None:
    cues = cues_by(_WIDGET)["Vexla"]
    assert ("claims", "these figures are far too high") in cues
    assert ("disputes", "the description of its toolbar as adware") in cues


def test_a_verb_of_saying_spelt_as_a_plural_noun_after_which_is_the_names_verb() -> None:
    text = "Vexla, which disputes the description of its toolbar as adware, claims these figures are far too high."
    assert which_after(text, len("Vexla"))
    assert not which_after("Live Nation, which promoted the tour, shares rose.", len("Live Nation"))
