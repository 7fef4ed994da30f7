"""Deeds read as positions give none (brief.actors.scored_objects, brief.actors.thing_subjects,
brief.actors.bodily_senses, brief.actors.unveiled): a sum raised, a score posted or a win enjoyed; a lawsuit that
seeks, letters that suggest, a win that assures; a ball struck out of the ground, a symptom complained of, a crowd
clapping, a moon watched; a remote control unveiled.
The same verbs with a statement keep their positions. On articles written for these tests."""

from __future__ import annotations

from written import cues_by

HEAD = "Harbour town weekend\n\n"


def _texts(cues: dict[str, list[tuple[str, str]]], name: str) -> list[str]:
    return [text for _, text in cues.get(name, [])]


def _anyone(cues: dict[str, list[tuple[str, str]]], fragment: str) -> bool:
    return any(fragment in text for name in cues for text in _texts(cues, name))


def test_a_sum_raised_or_a_score_posted_is_a_deed() -> None:
    raised = cues_by(HEAD + "The Coastal Sculpture Trust commissioned the bronze gull for the pier. It raised private "
                            "funds to pay for the casting.")
    assert not _anyone(raised, "private funds")
    posted = cues_by(HEAD + "Opener Tane Whitcombe was in fine form. Along the way he posted the fastest half century "
                            "by a Harbour player, from 21 balls.")
    assert not _anyone(posted, "fastest half century")
    enjoyed = cues_by(HEAD + "Marla Devane, the local qualifier, enjoyed her maiden Open win on what is her debut at "
                             "the club.")
    assert not _anyone(enjoyed, "maiden Open win")


def test_raised_concerns_and_a_posted_statement_stay() -> None:
    cues = cues_by(HEAD + "Councillor Ruth Okafor raised concerns that the pier would cost too much. Mayor Dennis "
                          "Albright posted that the pier would reopen in June.")
    assert any("cost too much" in text for text in _texts(cues, "Ruth Okafor"))
    assert any("reopen in June" in text for text in _texts(cues, "Dennis Albright"))


def test_a_claim_that_seeks_is_no_ones_position() -> None:
    cues = cues_by(HEAD + "A patent application from Zentrix Devices seeks protection for the idea of a folding kayak.")
    assert not _anyone(cues, "folding kayak")
    sued = cues_by(HEAD + "Fisherman Colm Brady sued the harbour board in March over the collapse of the jetty. The "
                          "lawsuit seeks unspecified damages and payment of medical expenses.")
    assert not _anyone(sued, "unspecified damages")
    kept = cues_by(HEAD + "Fisherman Colm Brady seeks an apology from the harbour board over the collapse of the jetty.")
    assert any("an apology" in text for text in _texts(kept, "Colm Brady"))


def test_writings_that_suggest_are_the_writers_inference() -> None:
    cues = cues_by(HEAD + "Historians have long argued over the feud. At least some of Admiral Peter Lang's "
                          "correspondence with Greta Moll suggests affection, rather than rivalry.")
    assert not _anyone(cues, "affection, rather than rivalry")
    kept = cues_by(HEAD + "Harbour master Greta Moll suggests a new toll for visiting yachts.")
    assert any("new toll" in text for text in _texts(kept, "Greta Moll"))


def test_a_ball_struck_away_is_no_criticism() -> None:
    cues = cues_by(HEAD + "Harbour were all out for 88, and then Tane Whitcombe blasting the Rovers bowlers out of the "
                          "ground as the visitors reached their target in five overs.")
    assert not _anyone(cues, "Rovers bowlers")
    kept = cues_by(HEAD + "Coach Ivo Sander blasted the umpires for their decision to abandon the match.")
    assert any("the umpires" in text for text in _texts(kept, "Ivo Sander"))


def test_a_symptom_complained_of_is_no_complaint() -> None:
    cues = cues_by(HEAD + "Party leader Anita Rao was admitted to hospital after she complained of difficulty in "
                          "breathing.")
    assert not _anyone(cues, "difficulty in breathing")
    kept = cues_by(HEAD + "Party leader Anita Rao complained of unfair treatment by the election board.")
    assert any("unfair treatment" in text for text in _texts(kept, "Anita Rao"))


def test_a_remote_control_unveiled_is_a_product() -> None:
    cues = cues_by(HEAD + "At the trade show, Zentrix Devices unveiled the Lumo(R) Two advanced universal remote "
                          "control, marking a leap for its range of remotes.")
    assert not _anyone(cues, "universal remote")


def test_a_crowd_clapping_is_no_praise() -> None:
    cues = cues_by(HEAD + "The 3,000 or so away supporters applaud their side warmly from the pitch despite their "
                          "disappointment.")
    assert not _anyone(cues, "their side warmly")
    kept = cues_by(HEAD + "Fans applauded coach Ivo Sander for his courage in picking the young side.")
    assert any("for his courage" in text for name in kept for text in _texts(kept, name))


def test_a_watch_kept_is_no_remark() -> None:
    cues = cues_by(HEAD + "Researchers at the Lund Observatory observed Kallisto for 17 nights, from February 2016 "
                          "through May 2017.")
    assert not _anyone(cues, "for 17 nights")


def test_a_result_that_assures_is_no_promise() -> None:
    cues = cues_by(HEAD + "Hours after the Harbour win over Rovers assured them of a place in the final, Whitcombe "
                          "spoke to reporters.")
    assert not _anyone(cues, "a place in the final")

