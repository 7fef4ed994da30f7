"""An outlet that saw a document is no company the story goes on to call "the company", and the document is no
name of its author (session 35); on articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of

_MEMO = (
    "Streaming firm cuts jobs\n\n"
    "Vireo, the video streaming service, is cutting about 1,200 jobs, according to an internal memo seen by The "
    "Ledger. In the memo, chief executive Sunita Rao said the cuts would fall mostly on marketing teams. "
    "The company declined to say which offices would be affected."
)


def test_the_company_is_not_the_outlet_that_saw_the_memo() -> None:
    assert holders(report_of(_MEMO), "which offices would be affected") == ["Vireo"]


def test_a_document_is_no_alias_of_its_author() -> None:
    actors = {a.name: a for a in actors_of(report_of(_MEMO))}
    assert not any("memo" in alias for alias in actors["Vireo"].aliases)


def test_a_bodys_spokesperson_declining_to_comment_is_the_bodys_refusal() -> None:
    text = (
        "PC makers cut jobs\n\n"
        "Dellmoor Technologies will cut 12,000 jobs. Harrow Systems has also cut jobs this year. "
        "A spokesperson for Harrow Systems declined to comment on whether further cuts were planned."
    )
    said = {a.name: [p.cue for p in a.positions] for a in actors_of(report_of(text))}
    assert "declined to comment" in said.get("Harrow Systems", [])


def test_a_statement_after_the_release_it_was_made_in_keeps_its_subject() -> None:
    text = (
        "Man admits threats\n\n"
        "A man admitted making threats against a senator. U.S. Attorney Ada Ruiz said in the release this case "
        "demonstrates that free speech does not protect threats."
    )
    said = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(text))}
    assert any(p.startswith("this case demonstrates") for p in said["Ada Ruiz"])
