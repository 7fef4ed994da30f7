"""Someone described, not named, as a sentence's subject after a fronted phrase ("In an essay titled '...', a
student at Harlow College wrote ...") or with the body they are at ("A nurse at Kelby Hospital said ...") is
whom the next "he" goes on with, not the person named before (brief.actors.unnamed_subjects), on articles
written for these tests."""

from __future__ import annotations

from written import said_by


def test_a_described_subject_after_a_fronted_phrase_takes_the_next_he() -> None:
    said = said_by("Quiet voters on campus\n\n\"They feel like they're being silenced,\" said Marek Olsen, who chairs "
                   "the campus Green club.\n\nIn a newspaper essay titled \"Why I Voted Green,\" a student at Harlow "
                   "College, the small school in Dover, Delaware, wrote that he had studied the movement. They're not "
                   "\"angry at anyone,\" he explained; they just want a \"cleaner town.\"\n")
    assert not any("cleaner town" in text for text in said.get("Marek Olsen", []))


def test_a_described_subject_at_a_body_takes_the_next_he() -> None:
    said = said_by("Ward closures\n\n\"We cannot keep every ward open,\" said Ivo Marten, the hospital's director.\n\n"
                   "A porter at Kelby Hospital told the paper that two wards had shut. \"Nobody asked us,\" he said.\n")
    assert not any("Nobody asked us" in text for text in said.get("Ivo Marten", []))



def test_this_student_goes_on_with_the_described_student_not_a_man_named_since() -> None:
    said = said_by("Campus mood\n\nOne student at Harlow College in Dover, Delaware, said he settled his views in "
                   "high school. In one class, he was scolded for an essay on border walls.\n\nAt Harlow, he knew his "
                   "classmates were liberal, so he did not tell anyone he backed Ivo Marten.\n\nHe took that as a "
                   "warning that he would be shunned if he admitted his support for Marten. This student canceled a "
                   "second interview with a reporter because he was afraid for his safety. \"The mood here is getting "
                   "worse,\" he wrote in an email.\n")
    assert not any("getting worse" in text for text in said.get("Ivo Marten", []))


_FORUM = (
    "Mayor takes questions\n\n"
    "Mayor Dana Whitcombe says the city's budget has run out of room, and that she will not raise taxes.\n\n"
    "At a town hall in Eastfield on Monday, one questioner claimed that the city was wasting money on consultants.\n\n"
    "\u201cYou\u2019re right, we spend far too much on consultants and it has to stop,\u201d she said."
)


def test_one_questioner_after_a_fronted_phrase_leaves_the_answer_to_the_one_named() -> None:
    said = said_by(_FORUM)
    assert any("we spend far too much on consultants" in t for t in said["Dana Whitcombe"])
