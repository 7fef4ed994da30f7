"""Quotations under the right actor when another person stands near the quote (session 27,
speakers6), on articles written for these tests."""

from __future__ import annotations

from written import holders, report_of

from brief.actors.mention_index import MentionIndex
from brief.actors.mentions import Mention
from brief.actors.sentence_subjects import named_after_opening_description


def test_a_name_after_subject_and_verb_is_no_new_subject_for_she() -> None:
    # "Desai met Menon": Menon is met; "she" goes on with Desai, the last speaker and the subject
    report = report_of(
        "Shares of Orbit Pharma fell on Monday after regulators criticised its Pune plant.\n\n"
        "The company's managing director, Rajan Kapoor, said the findings were minor.\n\n"
        "Trade Minister Sunita Rao, speaking in Delhi, said the government would \"back the exporters\". "
        "Rao met Kapoor on Friday. \"Our inspectors are among the strictest anywhere,\" she said."
    )
    assert holders(report, "strictest anywhere") == ["Sunita Rao"]


def test_a_name_after_a_club_and_its_verb_is_no_new_subject_for_he() -> None:
    report = report_of(
        "Harbour United manager Colin Marsh spoke after the 2-0 defeat on Saturday.\n\n"
        "Marsh said the club would not sell its captain, Dean Foley. Marsh signed Foley in 2019 from a "
        "second-tier side. \"Nobody is leaving in January,\" he said."
    )
    assert holders(report, "Nobody is leaving in January") == ["Colin Marsh"]


def test_the_person_set_off_after_a_lawyer_for_someone_is_the_lawyer() -> None:
    # as "Ward's lawyer, Nina Patel, said": the lawyer speaks, not the client the phrase names
    report = report_of(
        "Property developer Alan Ward was charged with fraud on Tuesday. Ward did not appear in court.\n\n"
        "A lawyer for Ward, Nina Patel, said her client would plead not guilty. The brother of Ward, "
        "Simon Ward, said the family was \"shocked\"."
    )
    assert holders(report, "would plead not guilty") == ["Nina Patel"]
    assert holders(report, "family was") == ["Simon Ward"]


def test_a_name_in_commas_after_an_opening_description_is_the_subject() -> None:
    # with no source tagged for "defended", the principal was lost, and "She said" went back to the mother
    report = report_of(
        "A Perth mother has criticised a private college after her son was sent home over his haircut.\n\n"
        "Donna Reilly, 41, said her son Jack was taken out of class on Tuesday.\n\n"
        "Ms Reilly said the deputy head, Colin Grant, had been \"rude\".\n\n"
        "The college's principal, Fiona Burke, defended the decision in a letter to parents. She said the policy "
        "\"applies to every student equally\"."
    )
    assert holders(report, "applies to every student") == ["Fiona Burke"]


def _people(text: str, *names: str) -> MentionIndex:
    return MentionIndex([Mention(0, 0, text.index(n), text.index(n) + len(n), n, n, "person") for n in names], text)


def test_the_subject_named_after_an_opening_description_when_no_source_was_tagged() -> None:
    text = "Ms Reilly spoke first. The college's principal, Fiona Burke, defended the decision."
    cue = text.index("defended")
    found = named_after_opening_description(text, cue, _people(text, "Ms Reilly", "Fiona Burke"))
    assert found is not None and found.name == "Fiona Burke"
    text = "Ms Reilly spoke first. The row with Fiona Burke, a teacher, defended nothing."  # no name set off so
    assert named_after_opening_description(text, text.index("defended"), _people(text, "Fiona Burke")) is None


def test_a_name_before_of_is_the_head_of_an_inverted_source() -> None:
    # "said manager X of striker Y": what he said is about the striker, not the striker's
    report = report_of("\"He is the best player I have coached,\" said manager Ron Hale of striker Leo Vance.")
    assert holders(report, "best player I have coached") == ["Ron Hale"]


def test_he_goes_on_with_the_agent_a_passive_brings_in() -> None:
    report = report_of(
        "Health minister Alan Crewe said the new hospital wing would open in May.\n\n"
        "The announcement was welcomed by union organiser Bob Tanner. \"It is about time,\" he said."
    )
    assert holders(report, "It is about time") == ["Bob Tanner"]
    report = report_of(
        "Dock worker Sam Hale said the strike would go on.\n\n"
        "Hale was arrested by Sergeant Tom Price on Friday. \"I did nothing wrong,\" he said."
    )
    assert holders(report, "I did nothing wrong") == ["Sam Hale"]


def test_a_subject_with_a_whose_clause_speaks_what_follows_the_cue() -> None:
    # the model took "Name, whose ...," for what was said and "whose daughter" for the source
    report = report_of(
        "The council met on Monday to discuss the crash.\n\n"
        "Greg Olsen, whose daughter Mia was hurt in the crash, said the road was dangerous."
    )
    assert holders(report, "the road was dangerous") == ["Greg Olsen"]
    assert holders(report, "whose daughter Mia was hurt") == []


def test_a_description_and_the_name_set_off_after_it_is_no_statement() -> None:
    # the model took "The charity" for what Homefront said
    report = report_of(
        "The charity, Homefront, said rents had risen 9%. Its director, Ann Doyle, said: "
        "\"Families are at breaking point.\""
    )
    assert holders(report, "rents had risen 9%") == ["Homefront"]
