"""A second speaker the writer sets against the first (", while X, a portfolio manager at Y, cautioned
that ..."): X speaks his own words, the first statement ends before "while", and the model's source cut to
the firm's name in X's apposition is X; a field's adjective stays in a title ("Chief financial officer");
a region's word the tagger left out is part of the force's name ("Greater Manchester Police"); "shadow" is
part of an office ("shadow treasurer"); "a claim X rejected" after a statement is X's answer, not the
speaker's words."""

from __future__ import annotations

from tests.written import actors_of, report_of, said_by

RESULTS = """Quillbyte shares jump after record quarter

Quillbyte reported record revenue on Thursday as orders for its data-centre chips doubled.

Analysts at Harlow Securities said the figures "settled the argument" about demand, while Priya Raman, a portfolio manager at Dunmere Capital Trust, cautioned that the shares already priced in years of growth.

Chief financial officer Tomas Brenner told analysts that supply would stay tight until the spring.
"""


def test_contrasted_speaker_keeps_his_words_and_the_first_statement_ends_before_while() -> None:
    said = said_by(RESULTS)
    assert said.get("Priya Raman") == ["that the shares already priced in years of growth"]
    first = [t for texts in said.values() for t in texts if t.startswith("the figures")]
    assert first == ['the figures "settled the argument" about demand']
    assert not any("Trust" in name and texts for name, texts in said.items())  # the model's source: "Trust"


def test_adjective_of_a_field_stays_in_the_title() -> None:
    roles = {a.name: a.role for a in actors_of(report_of(RESULTS))}
    assert roles.get("Tomas Brenner") == "Chief financial officer"
    assert roles.get("Priya Raman") == "portfolio manager at Dunmere Capital Trust"


def test_region_word_before_a_place_is_part_of_the_forces_name() -> None:
    text = """Man charged after city centre attack

Greater Manchester Police said officers were called to Market Street shortly before midnight.

A spokesman for Greater Dunmere Fire and Rescue Service said crews had left the scene by 2am.
"""
    names = {a.name for a in actors_of(report_of(text))}
    assert "Greater Manchester Police" in names
    assert "Manchester Police" not in names


def test_shadow_office_keeps_its_word() -> None:
    text = """Rates held again

But shadow treasurer Ben Ashford blamed the government's spending for keeping inflation high.
"""
    roles = {a.name: a.role for a in actors_of(report_of(text))}
    assert roles.get("Ben Ashford") == "shadow treasurer"


def test_anothers_answer_in_the_writers_words_ends_the_statement() -> None:
    text = """Minister promises end to blackouts

Energy Minister Tom Reyes said the grid would be stable by the end of the year, a claim the opposition's spokesperson on energy, Ada Quinn, dismissed as "wishful thinking".

Opposition leader Ben Ashford accused the government of being slow to respond, a claim Mr Reyes rejected.
"""
    said = said_by(text)
    assert said.get("Tom Reyes") == ["the grid would be stable by the end of the year"]
    assert said.get("Ben Ashford") == ["the government of being slow to respond"]
