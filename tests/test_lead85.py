"""What read wrong when the lead briefed a shuffled pile of wire stories at session 58's start, on articles written for
this test: a body described by a relative clause before the cue ("the Peruvian government, where ..., said it
regretted ...") lost its source, and the pronoun opening what was said ("said it regretted the reports") was taken for
a speaker described after the cue (brief.actors.relative_sources, brief.actors.framing); a person's initials written
together ("President B.J. Habibie") ended what was said at "B.J" (brief.actors.attribution.document); batsmen "were
all dismissed" and a bowler who "claimed two wickets" were listed as speaking (brief.actors.floated_passives,
brief.actors.scored_objects); a bare surname two sisters share went to the one named first though the other was named
again right before (brief.actors.namesakes)."""

from __future__ import annotations

from written import cues_by, said_by

_LEAD = ("Jailed\n\nPolice questioned the former minister Karl Venn on Monday. Venn told the court that he had been "
         "beaten in custody. His lawyers said he would appeal.\n\n")


def test_a_government_described_by_a_where_clause_speaks() -> None:
    said = said_by(_LEAD + "On Thursday, the Peruvian government, where police have been accused for years of "
                           "abusing prisoners, said it regretted the reports about the injuries.")
    assert said["Peru"] == ["it regretted the reports about the injuries"]
    assert said["Karl Venn"] == ["that he had been beaten in custody"]


def test_a_pronoun_after_the_cue_opens_what_was_said() -> None:
    said = said_by(_LEAD + "The Peruvian government, which has long denied any abuse, said it regretted the reports.")
    assert said["Peru"] == ["it regretted the reports"]


def test_a_document_described_by_a_clause_gives_no_speaker() -> None:
    said = said_by(_LEAD + "The ministry's report, which was released on Friday, said police had failed the prisoners.")
    assert "it" not in said and all("released on Friday" not in s for v in said.values() for s in v)


def test_initials_written_together_do_not_end_what_was_said() -> None:
    said = said_by(_LEAD + "Foreign Minister Ali Tan said the allegations placed in doubt a visit by President "
                           "R.K. Dalmo to the capital.")
    assert said["Ali Tan"] == ["the allegations placed in doubt a visit by President R.K. Dalmo to the capital"]


def test_a_place_s_initials_still_end_a_sentence() -> None:
    said = said_by(_LEAD + "Foreign Minister Ali Tan said the talks would be held in the U.S. Officials in the "
                           "capital declined to comment on Friday.")
    assert said["Ali Tan"] == ["the talks would be held in the U.S"]


_TEST = "Test report\n\nThe touring side lost the second test in Perth on Friday.\n\n"


def test_batsmen_all_dismissed_said_nothing() -> None:
    cues = cues_by(_TEST + "Openers Ravi Sehgal, Amit Dravan and Sunil Rao were all dismissed by a rejuvenated home "
                           "attack before lunch. Captain Amit Dravan later dismissed the criticism as unfair.")
    assert cues["Amit Dravan"] == [("later dismissed", "the criticism as unfair")]
    assert not cues.get("Ravi Sehgal") and not cues.get("Sunil Rao")


def test_claiming_wickets_is_no_claim() -> None:
    cues = cues_by(_TEST + "Fast bowler Shaun Tait returned to the side, where he claimed two wickets with his first "
                           "four balls. Tait claimed the pitch had been doctored.")
    assert cues["Shaun Tait"] == [("claimed", "the pitch had been doctored")]


def test_a_namesake_named_again_to_open_a_sentence_takes_the_bare_surname() -> None:
    said = said_by("Sisters through\n\nAda Marsh and Bea Marsh both reached the third round at the Open on Wednesday."
                   "\n\nAda Marsh beat a qualifier in straight sets and was pleased with her serve.\n\nDefending champion "
                   "Bea Marsh needed three sets to get past her opponent on the court where she won the title last "
                   "year.\n\n\"It definitely feels good to be back,\" Marsh said. \"I just thought about last year.\"")
    assert said["Bea Marsh"] == ['"It definitely feels good to be back … I just thought about last year."']
    assert not said.get("Ada Marsh")


def test_a_cue_that_ends_the_text_reads_without_error() -> None:
    assert said_by(_LEAD + "The Peruvian government, which denied any abuse, said") == said_by(_LEAD.rstrip())
