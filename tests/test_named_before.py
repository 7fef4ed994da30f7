"""A first person's quotation set down with no cue right after a sentence that names its speaker
(brief/actors/named_before.py): that person's words; never a quotation about them, nor one after a
sentence that is itself someone's quotation. On articles written for these tests."""

from __future__ import annotations

from written import holders, report_of


def test_a_quotation_after_a_sentence_naming_its_speaker_is_theirs() -> None:
    """"..., but Ada Quinn is unfazed. “That is important to us ...”" in one paragraph, and a line
    "Donated by Gina McVey, Oak Grove, Calif." with the donor's account as the next paragraph."""
    unfazed = (
        "New tablet\n\n"
        "Velmora makes a tablet for artists. The company says it sells well in Europe.\n\n"
        "That is different from the approach of its rivals, but Ada Quinn is unfazed. “That is important "
        "to us, and it might not be important to them. Honestly, competition is great.”"
    )
    assert holders(report_of(unfazed), "Honestly, competition is great") == ["Ada Quinn"]
    donated = (
        "Relics donated\n\n"
        "The museum asked readers for objects from their families.\n\n"
        "Donated by Gina McVey, Oak Grove, Calif.\n\n"
        "“In 2010, I took my car to the dealership to get it fixed and a man sitting next to me told me "
        "about his grandmother.”"
    )
    assert holders(report_of(donated), "I took my car to the dealership") == ["Gina McVey"]


def test_a_quotation_about_the_person_named_is_not_theirs() -> None:
    """Words in the third person about the one named ("He was just one of ...") are someone else's,
    and a sentence that is a quotation itself names no speaker for the next."""
    about = (
        "A strange man\n\n"
        "No one knew that name in the park. People only saw a tall man who fed the pigeons, Orrin Vasquez.\n\n"
        "“He was just one of the strange people who make up a city.”"
    )
    assert holders(report_of(about), "strange people who make up a city") == []
    quoted = (
        "A strange man\n\n"
        "No one knew that name in the park. “People only saw a tall man, Orrin Vasquez.”\n\n"
        "“I saw him every day and we never spoke.”"
    )
    assert holders(report_of(quoted), "we never spoke") == []


def test_a_quotation_after_a_short_sentence_about_how_its_speaker_took_it_is_theirs() -> None:
    """ "Ferry captain Ivo Marten was having none of it. “They said ...”": a short sentence that opens
    its paragraph with its subject leads into the quotation, whatever person the words speak in; on
    its own line, or as the paragraph before the quotation."""
    same_line = (
        "Harbour fees rise\n\n"
        "The harbour board raised mooring fees by a third on Monday.\n\n"
        "Ferry captain Ivo Marten was having none of it. “They said the same thing last spring and the "
        "fees went up anyway.”"
    )
    assert holders(report_of(same_line), "fees went up anyway") == ["Ivo Marten"]
    next_paragraph = (
        "Harbour fees rise\n\n"
        "The harbour board raised mooring fees by a third on Monday.\n\n"
        "Shipping analyst Rosa Quell had a different view of the rise.\n\n"
        "“The board has kept fees flat for a decade and the quay needs repairs before the winter storms.”"
    )
    assert holders(report_of(next_paragraph), "kept fees flat for a decade") == ["Rosa Quell"]


def test_a_sentence_announcing_a_quote_from_someone_gives_them_the_quotation() -> None:
    closing = (
        "A letter to the team\n\n"
        "This year has been hard for everyone at the depot.\n\n"
        "I want to close with a quote from a favourite poet of mine, Anna Velde.\n\n"
        "“The tide does not ask the harbour for permission to come in.”"
    )
    assert holders(report_of(closing), "does not ask the harbour") == ["Anna Velde"]


def test_third_person_words_after_a_long_sentence_about_someone_stay_no_one_s() -> None:
    """A sentence that tells what the one named did, not how they took it, leads into nothing: the
    quotation after it may be a document's or another's words about them."""
    did = (
        "Captain charged\n\n"
        "The harbour board met on Monday to discuss the collision in the outer channel last winter.\n\n"
        "Ferry captain Ivo Marten was charged on Tuesday with steering his boat into the outer channel "
        "without a pilot on board during the storm last January.\n\n"
        "“The vessel left the harbour without clearance from the port authority.”"
    )
    assert holders(report_of(did), "without clearance from the port") == []


def test_a_quotation_after_a_pronoun_s_short_lead_in_is_the_person_named_before() -> None:
    """ "Parent Maria Lopez said ... | She didn't hold back. “...”": the "she" of a short lead-in goes back
    to the one person the sentence before names."""
    report = report_of(
        "Harbour fees rise\n\n"
        "The harbour board raised mooring fees by a third on Monday.\n\n"
        "Boat owner Maria Lopez, who has moored at Dunmere for thirty years, said the news came as a shock.\n\n"
        "She didn't hold back. “The board has treated boat owners with total contempt throughout this process.”\n"
    )
    assert holders(report, "treated boat owners with total contempt") == ["Maria Lopez"]


def test_a_quotation_right_after_a_sentence_ending_with_the_speaker_s_name_is_theirs() -> None:
    report = report_of(
        "Harbour fees scrapped\n\n"
        "The harbour board scrapped the new mooring fees on Thursday.\n\n"
        "The decision was welcomed by boat owner Maria Lopez. “This is a victory for common sense and for every "
        "family on the quay.”\n"
    )
    assert holders(report, "victory for common sense") == ["Maria Lopez"]
