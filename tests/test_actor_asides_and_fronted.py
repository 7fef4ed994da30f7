"""Shapes found by probing articles written in new styles (a city's transport, a league's growth,
a health agency under pressure), each on text written for these tests:
- a cue set off in a pair of dashes between a clause's subject and its verb ("The network — according
  to the council — will need ...": clause_spans.subject_before_set_off_cue), whose content keeps its subject;
- a body named before the figures it compiled ("according to Varden Partners estimates",
  "the Harbour Authority's own figures": compiled_figures), which holds what they say and is no news outlet;
- "it" after a fronted concessive clause ("Though the union has said ..., it has also warned"):
  the clause's subject, or no one named, not the last body of the sentence before (concessive_subjects);
- a frame that closes an aside set off in dashes ("Costs have grown — they will reach X, according to Y —
  and ..."): what Y says is the aside alone, not the writer's clause before it (dashed_asides), nor the
  clause after the closing dash (attribution.content);
- a list closed by a serial comma ("the NHL, MLB, and NBA") is not cut before its last item
  (attribution.content._serial_and), though ", and" before a clause still ends what was said.
"""

from __future__ import annotations

from written import actors_of, holders, report_of, said_by

_LEAD = "Trams and buses\n\nKessel's transport board met on Tuesday to set next year's budget.\n\n"


def test_a_cue_between_dashes_keeps_the_subject_before_it() -> None:
    said = said_by(_LEAD + "The city's bus network — according to the Kessel Transit Authority — will need another "
                   "40 million euros a year to keep running.\n")
    assert said.get("Kessel Transit Authority") == [
        "The city's bus network will need another 40 million euros a year to keep running"]


def test_a_body_before_its_estimates_holds_them() -> None:
    report = report_of(_LEAD + "Fares will rise by 9 percent next year, according to Varden Partners estimates.\n\n"
                       "Ridership fell by a fifth last year, according to Varden Partners estimates.\n")
    assert holders(report, "Fares will rise by 9 percent") == ["Varden Partners"]
    roles = {a.name: a.role for a in actors_of(report)}
    assert roles.get("Varden Partners") == ""


def test_it_after_a_concessive_clause_goes_on_with_its_subject() -> None:
    report = report_of("Lakeside league grows\n\nThe Lakeside Hockey League will add two teams next season, "
                       "commissioner Ada Brandt said on Tuesday.\n\nBrandt said the league could one day outdraw "
                       "the Northern League and the Coastal Conference.\n\nThough the players' association has said "
                       "it supports the expansion, it has also warned that travel schedules are already too "
                       "demanding.\n")
    # the association, named by its members' possessive since session 40 (possessed_bodies), not the league
    assert holders(report, "travel schedules") == ["Players' Association"]


def test_it_after_a_concessive_clause_with_a_named_subject() -> None:
    report = report_of("Outbreak eases\n\nThe Dunmere Health Agency reported fewer cases this week.\n\nMinister Ola "
                       "Brenn praised the Northern Clinics Network for its work.\n\nThough the Dunmere Health Agency "
                       "has said the outbreak is under control, it has also acknowledged that testing in rural "
                       "districts remains limited.\n")
    assert holders(report, "testing in rural districts") == ["Dunmere Health Agency"]


def test_a_serial_comma_list_keeps_its_last_item() -> None:
    said = said_by("Esports audiences grow\n\nRivet Games chief executive Dana Morrow believes the company's titles "
                   "can draw audiences that surpass the NHL, MLB, and NBA.\n\nMorrow said the studio would hire "
                   "writers, artists, and engineers.\n")
    assert said.get("Dana Morrow") == [
        "the company's titles can draw audiences that surpass the NHL, MLB, and NBA",
        "the studio would hire writers, artists, and engineers"]


def test_a_frame_closing_a_dashed_aside_gives_the_aside() -> None:
    report = report_of(_LEAD + "The network's costs have grown quickly — they will reach 90 million euros by 2030, "
                       "according to the Kessel Transit Authority — and drivers are scarce.\n\nFuel is dearer — "
                       "diesel alone will cost 8 million euros more, the Harbour Union said — and owners are worried.\n")
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report)}
    assert said.get("Kessel Transit Authority") == ["they will reach 90 million euros by 2030"]
    assert said.get("Harbour Union") == ["diesel alone will cost 8 million euros more"]
