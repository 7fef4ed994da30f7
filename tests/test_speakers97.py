"""The wrong person given a quote: a link's label after a paragraph's last sentence, a quoted term inside a fronted
clause, a namesake named mid-sentence after a role, and a role noun the cue tagger read into the cue."""

from __future__ import annotations

from tests.written import cues_by

_LINK_LABEL = """Rescue plan stalls

LIMA (Reuters) - Esteban Ruiz said on Monday that the handover had failed, and he accused Governor Marco Delgado of wrecking his plan.

"Delgado set out to ruin this mission," Ruiz said.

The army chief, General Luis Soto, denied patrols had delayed the exchange. Continued...
"""

_CUT_TEASER = """Rescue plan stalls

LIMA (Reuters) - Esteban Ruiz said on Monday that the handover had failed.

Other news: Governor Marco Delgado said the league would open its season in the north of the country and that the teams in the...
"""


def test_paragraph_ending_on_a_link_label_keeps_its_names() -> None:
    found = cues_by(_LINK_LABEL)
    assert ("denied", "patrols had delayed the exchange") in found["Luis Soto"]


def test_paragraph_cut_off_mid_sentence_is_still_a_teaser() -> None:
    found = cues_by(_CUT_TEASER)
    assert "Marco Delgado" not in found
    assert found["Esteban Ruiz"]


_FRONTED_QUOTED = """Former hockey player sentenced

TORONTO (CP) -- Tom Becker, a former hockey player, was sentenced on Friday by Justice Mark Holt for a crash that killed a friend.

While Holt called Becker an "exemplary citizen" who had done much for charity, he said the "serious crime" demanded a sentence that would deter others.

Becker's lawyer, Anne Roth, said her client would appeal the ruling.
"""


def test_quoted_term_inside_a_fronted_clause_leaves_its_subject_the_speaker() -> None:
    found = cues_by(_FRONTED_QUOTED)
    assert any("serious crime" in said for _, said in found["Mark Holt"])
    assert not any("serious crime" in said for _, said in found.get("Tom Becker", []))


def test_quotation_opened_after_a_fronted_clause_is_not_read_through() -> None:
    text = _FRONTED_QUOTED.replace('While Holt called Becker an "exemplary citizen" who had done much for charity, he said',
                                   'Becker thanked the court. "When Holt met me, I was a wreck," he said, and')
    assert not any("wreck" in said for _, said in cues_by(text).get("Mark Holt", []))


_NAMESAKE = """Tully reaches final

Mark Tully beat Ivan Roth 6-2 6-3 on Monday to reach the final of the Harbour Open.

The crowd cheered as the former champion Peter Tully, who retired last year, watched from the stands.

"I played my best tennis today," Tully said.
"""


def test_namesake_named_mid_sentence_after_a_role_does_not_take_the_surname() -> None:
    found = cues_by(_NAMESAKE)
    assert ("said", '"I played my best tennis today,"') in found["Mark Tully"]
    assert not found.get("Peter Tully")


def test_namesake_opening_a_sentence_with_its_role_still_takes_the_surname() -> None:
    text = _NAMESAKE.replace("The crowd cheered as the former champion Peter Tully, who retired last year, watched",
                             "Former champion Peter Tully, who retired last year, watched")
    assert ("said", '"I played my best tennis today,"') in cues_by(text)["Peter Tully"]


_ROLE_NOUN = """Defender out for season

In other league news, Harbour City veteran Stephen Laybutt has ruptured his Achilles tendon and will miss the rest of the season.

The former Socceroos defender was hoping to earn a new deal with the club next year.
"""


def test_role_noun_after_a_team_name_is_the_subject_not_the_cue() -> None:
    found = cues_by(_ROLE_NOUN)
    assert ("was hoping", "to earn a new deal with the club next year") in found["Stephen Laybutt"]
    assert not found.get("Socceroos")


_ADDED_REPORT = """Butler tells of gifts

Paul Vane, the family's former butler, told the inquest on Tuesday that the princess had been showered with presents.

Mr Vane said that a delivery van would regularly arrive at the house with gifts for the princess. Ivo Marten once sent the young princes a television and two game consoles, adding that the princess had given one of the consoles to Mr Vane's children.
"""


def test_adding_on_a_deed_after_anothers_report_goes_on_with_the_report() -> None:
    found = cues_by(_ADDED_REPORT)
    assert ("adding", "that the princess had given one of the consoles to Mr Vane's children") in found["Paul Vane"]
    assert not found.get("Ivo Marten")


def test_adding_of_a_subject_who_spoke_before_stays_his() -> None:
    text = _ADDED_REPORT.replace("the princess had been showered with presents.",
                                 "the princess had been showered with presents. Ivo Marten denied sending any.")
    found = cues_by(text)
    assert any(cue == "adding" for cue, _ in found["Ivo Marten"])
