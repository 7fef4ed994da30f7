"""A writer's ", as <subject> <past verb>" clause closing a reported clause, and ", but <subject> <past verb>"
after a cue in the past perfect, are no part of what was said (brief.actors.writer_clauses), on texts
written for these tests."""

from __future__ import annotations

from written import said_by


def test_a_writers_as_clause_in_the_narrative_past_ends_the_content() -> None:
    said = said_by("Quake toll rises\n\nThe Dravian health ministry said 40 people had died, "
                   "as rescuers searched the rubble in Korva for survivors.\n")
    assert said["Dravian health ministry"] == ["40 people had died"]


def test_a_but_clause_after_a_past_perfect_cue_is_the_writers() -> None:
    said = said_by("Transfer saga ends\n\nOrsolya Bentek had insisted the striker was not for sale, "
                   "but the Varna club accepted an improved offer on Sunday.\n")
    assert said["Orsolya Bentek"] == ["the striker was not for sale"]


def test_the_speakers_own_as_clause_and_a_plain_said_but_stay_whole() -> None:
    said = said_by("Prices climb\n\nFinance minister Ilario Vance said prices would keep rising, as demand is "
                   "outstripping supply.\n\nMayor Greta Holm said the bridge was safe, but the council closed it.\n")
    assert said["Ilario Vance"] == ["prices would keep rising, as demand is outstripping supply"]
    assert said["Greta Holm"] == ["the bridge was safe, but the council closed it"]


def test_the_time_from_another_event_and_the_reaction_drawn_are_the_writers() -> None:
    said = said_by("Market row\n\nTrade minister Odile Kamau said the market would be demolished, days after traders "
                   "protested the plan.\n\nCoach Bram Tuvalu said his side lacked belief, drawing boos from the "
                   "travelling fans.\n\nGovernor Ines Mbeki said the levy would go ahead, even as unions staged a walkout "
                   "in Korva.\n")
    assert said["Odile Kamau"] == ["the market would be demolished"]
    assert said["Bram Tuvalu"] == ["his side lacked belief"]
    assert said["Ines Mbeki"] == ["the levy would go ahead"]


def test_a_finite_clause_after_an_infinitives_content_is_the_writers() -> None:
    said = said_by("Reform pledges\n\nThe new governor, Ilse Varga, is promising to clean up hiring at state agencies, "
                   "but change may be slow to come.\n\nHarbor Games is aiming to build the biggest league in mobile "
                   "sport, though it has rivals on that front with two studios launching their own.\n")
    assert said["Ilse Varga"] == ["to clean up hiring at state agencies"]
    assert said["Harbor Games"] == ["to build the biggest league in mobile sport"]


def test_a_bare_verb_after_but_goes_on_with_the_infinitive() -> None:
    said = said_by("Pension fight\n\nUnion leader Mara Quist pledged to not only defend pensions, but use the issue "
                   "against the council ahead of the vote.\n")
    assert said["Mara Quist"] == ["to not only defend pensions, but use the issue against the council ahead of the vote"]
