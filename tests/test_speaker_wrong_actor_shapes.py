"""Statements that went to the wrong actor or to no one: a role word between a firm and an inverted
speaker's name, a possessive inside an apposition taken for the subject, a body's stance verb the cue
tagger missed after its long name, a voice for a body named by its trade or remit, "the prime
minister" when the latest subject holds another role, and two bodies joined by "and the"."""

from __future__ import annotations

from written import said_by, summaries_by


def test_role_between_firm_and_inverted_name() -> None:
    said = summaries_by("Markets slide on rate fears\n\nShares in Leeds fell sharply on Tuesday. The pound is "
                        "expected to weaken further, said Rondell strategist Petra Havlin.")
    assert said.get("Petra Havlin") == ["says the pound is expected to weaken further"]


def test_inverted_analyst_not_the_subject_before() -> None:
    said = summaries_by("Chip race tightens\n\nQuorvex's Lumen chip and Baltro's Vela remain strong rivals, said "
                        "Gartwell analyst Omar Benedek.")
    assert said.get("Omar Benedek") == ["says Quorvex's Lumen chip and Baltro's Vela remain strong rivals"]
    assert not said.get("Baltro")


def test_possessive_inside_apposition_is_not_the_subject() -> None:
    said = said_by("Actor thanks fans\n\nLena Varga won praise for her role in Red Harbour, Milos Danek's dark "
                   "comedy, and said she was grateful to her fans.")
    assert "she was grateful to her fans" in said.get("Lena Varga", [])
    assert not said.get("Milos Danek")


def test_titled_opening_subject_of_a_coordinated_cue() -> None:
    said = said_by("Minister visits plant\n\nTrade minister Ravi Menon toured the factory in Pune, Dorvan "
                   "Motors's largest plant, and said India would double its car exports.")
    assert "India would double its car exports" in said.get("Ravi Menon", [])


def test_long_body_name_welcomed() -> None:
    said = said_by("Doctors back levy\n\nThe Kenya Dental Practitioners Association welcomed the decision to raise "
                   "the health levy on Tuesday.\n\nSeparately, the Housing Council of Tasmania has welcomed the move "
                   "to cut stamp duty.")
    assert any("the decision to raise the health levy" in t for t in said.get("Kenya Dental Practitioners Association", []))
    assert any("the move to cut stamp duty" in t for t in said.get("Housing Council of Tasmania", []))


def test_spokeswoman_for_the_airline() -> None:
    said = said_by("Flights cancelled\n\nSkyvale has cancelled 40 flights from Perth after a fuel shortage. "
                   "Passengers were stranded for hours at the terminal.\n\nA spokeswoman for the airline said "
                   "affected customers would be rebooked at no cost.")
    assert "affected customers would be rebooked at no cost" in said.get("Skyvale", [])


def test_spokesman_for_the_watchdog() -> None:
    said = said_by("Bank fined\n\nThe Financial Markets Authority fined Orbank 20 million pounds on Monday. "
                   "Customers had been sold insurance they could not use.\n\nA spokesman for the watchdog said the "
                   "bank had failed its customers.")
    assert "the bank had failed its customers" in said.get("Financial Markets Authority", [])


def test_prime_minister_when_the_latest_subject_holds_another_role() -> None:
    said = said_by("Okoro under fire on housing\n\nDaniel Okoro has been accused of ignoring renters as prices soar.\n\nGreens "
                   "leader Mira Tessel said the government had done nothing. The prime minister said his plan would "
                   "build a million homes.")
    assert "his plan would build a million homes" in said.get("Daniel Okoro", [])
    assert "his plan would build a million homes" not in said.get("Mira Tessel", [])


def test_president_is_not_a_victim_the_story_names() -> None:
    said = said_by("Blast kills shopkeeper\n\nJoel Maranga was killed when a bomb exploded outside his shop on "
                   "Sunday.\n\nPolice commander Idris Halane said the attack bore the hallmarks of a militant group. "
                   "The president said the attackers would be hunted down.")
    assert not said.get("Joel Maranga")


def test_deputy_is_not_the_prime_minister() -> None:
    said = said_by("Cabinet row\n\nDeputy Prime Minister Sara Kell said the party must unite. The prime minister "
                   "said he had full confidence in his team.")
    assert "he had full confidence in his team" not in said.get("Sara Kell", [])


def test_bodies_joined_by_and_the_speak_together() -> None:
    said = said_by("Fraud ring\n\nNorthvale Police and the Eastmoor Transport Police said they had arrested six "
                   "people over the thefts.")
    words = "they had arrested six people over the thefts"
    assert words in said.get("Northvale Police", []) and words in said.get("Eastmoor Transport Police", [])


def test_object_before_and_is_not_the_subject() -> None:
    said = said_by("Final reached\n\nMila Korven beat Tessa Brandt, the defending champion, 6-4 6-3 and said she felt "
                   "relaxed on court.")
    assert "she felt relaxed on court" in said.get("Mila Korven", [])


def test_reports_before_its_source() -> None:
    said = summaries_by("Outbreak contained\n\nHealth officials in Varn province traced every contact within days. All "
                        "the clinics were also disinfected, reports Dana Whitcombe.")
    assert said.get("Dana Whitcombe") == ["reports all the clinics were also disinfected"]


def test_clause_source_before_a_coordinated_cue() -> None:
    said = said_by("Sentencing\n\nJudge Moira Quint sentenced Dale Horrow to six years and told him his actions had "
                   "devastated a family.")
    assert "his actions had devastated a family" in said.get("Moira Quint", [])  # whom she told it to left out
    assert not said.get("Dale Horrow")
