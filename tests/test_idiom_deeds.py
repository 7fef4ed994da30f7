"""Verbs of saying in a fixed phrase of a deed give no position: a state of emergency declared, an election
called, kin phoned, a baby welcomed, what someone went on to do, signs of improvement shown, a product's
features supported, a squad revealed. The same verbs with a clause, a complement or a stance's object keep it."""

from __future__ import annotations

from brief.actors.attribution import Attribution
from brief.actors.idiom_deeds import failed_to_act, undecided
from tests.written import said_by

DEEDS = """Storm closes coastal roads as governor acts

Governor Halvard Pemberton declared a seven-day state of emergency on Thursday after the river burst its banks near Carrow.

Prime Minister Ilse Varnholt called the vote eight months early to end a long row over the budget.

The singer Tamsin Oduya and her husband Rafe Kettering welcomed a baby boy at St Brennan's Hospital on Friday.

When the result came through, Osric Delane called each of his three sisters, weeping on every call.

The Corvale Aster storage array supports either copper or fibre network connectivity. The Aster also supports backup and mirroring capabilities.

After her degree, Marisol Fenwick went on to run a bakery in Lisbury and later a small hotel.

Coach Brannagh Tolliver reveals her first national squad since taking the job.

"We are ready for the season," Tolliver said.
"""

CONTRASTS = """Opposition rejects early poll as unions plan action

Opposition leader Corrin Maddox called the vote a sham on Monday and said her party might boycott it. Maddox called her vote in favour of the old budget a mistake.

The finance minister, Teodor Halvik, welcomed the baby bonus as a fair reform.

Union leader Priya Castellane went on to say that the strike would go ahead.

The governor, Halvard Pemberton, declared that the roads were safe again.

The Farmers' League supports the bill and the new water rules.

Castellane also went on to criticise the minister for his silence. She then went on to contrast the union's offer with the minister's plan.

"This is no way to run a country," Maddox said.
"""


def test_fixed_phrases_of_deeds_give_no_position() -> None:
    said = said_by(DEEDS)
    for name in ("Halvard Pemberton", "Ilse Varnholt", "Rafe Kettering", "Tamsin Oduya", "Osric Delane",
                 "Corvale Aster", "Marisol Fenwick"):
        assert not said.get(name), name
    assert not any("squad" in text for texts in said.values() for text in texts)


def test_the_same_verbs_with_a_clause_or_a_stance_keep_it() -> None:
    """A guard beside the rule: these were positions before it and stay so."""
    said = said_by(CONTRASTS)
    assert any("sham" in text for text in said.get("Corrin Maddox", []))
    assert any("a mistake" in text for text in said.get("Corrin Maddox", []))
    assert any("baby bonus" in text for text in said.get("Teodor Halvik", []))
    assert any("strike would go ahead" in text for text in said.get("Priya Castellane", []))
    assert any("criticise the minister" in text for text in said.get("Priya Castellane", []))
    assert any("contrast the union's offer" in text for text in said.get("Priya Castellane", []))
    assert any("roads were safe" in text for text in said.get("Halvard Pemberton", []))
    assert any("the bill" in text for text in said.get("Farmers' League", []))


TERMS = """Judge lengthens singer's probation

Judge Evander Quill also extended her probation to four years, to begin after her stay at a clinic in Marlow.

Unfortunately, the bookmakers posted no odds on the baby of singer Lorna Vey and Tomas Brink, but we had some bets going on Nell Harte, courtesy of an online betting site.

"We will talk to anyone who wants to talk," the mayor, Ottilie Brask, said.
"""


def test_a_term_extended_and_odds_posted_give_no_position() -> None:
    said = said_by(TERMS)
    assert not said.get("Evander Quill")
    assert not said.get("bookmakers")
    assert said.get("Ottilie Brask") == ['"We will talk to anyone who wants to talk,"']


def _attribution(text: str, cue: str) -> Attribution:
    """The attribution the cue model gives such a sentence: its cue, the subject before it, the rest after it."""
    at = text.index(cue)
    return Attribution(cue=(at, at + len(cue)), source=(0, at - 1), content=(at + len(cue) + 1, len(text) - 1),
                       quote=False, sentence=0)


def test_a_thing_not_done_or_not_yet_decided_is_no_statement() -> None:
    failed = "They also failed to use the army's retreat from the valley."
    deciding = "The team was still deciding whether to release a statement."
    assert failed_to_act(failed, _attribution(failed, "also failed"))
    assert undecided(deciding, _attribution(deciding, "deciding"))
    unsaid = "Brask also failed to mention the cost of the new bridge."
    assert not failed_to_act(unsaid, _attribution(unsaid, "also failed"))
