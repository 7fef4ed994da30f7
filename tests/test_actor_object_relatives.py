"""A "that" after the object of a verb of doing describes the object ("offers several upgrades that owners
will notice"): no statement; a noun that takes a clause ("offered assurances that") or an addressee
("shared with reporters that") keeps one."""

from __future__ import annotations

from written import said_by

from brief.actors.object_relatives import object_relative


def test_an_upgrade_that_owners_notice_is_no_statement() -> None:
    said = said_by("""Review: the Zephyr 5 console

The Zephyr 5 from Kestrel Games offers several upgrades that owners of the first model will notice at once.
""")
    assert not any("owners of the first model" in t for texts in said.values() for t in texts)


def test_assurances_that_are_still_stated() -> None:
    said = said_by("""Console delayed

Kestrel Games offered assurances that the console would ship in May, despite the strike at its factory.
""")
    assert any("ship in May" in t for t in said.get("Kestrel Games", []))


def test_what_stands_before_the_that() -> None:
    assert object_relative("several upgrades", frozenset())
    assert not object_relative("", frozenset())  # "offered that ...": the verb's own clause
    assert not object_relative("with reporters", frozenset())
    assert not object_relative("and decided", frozenset())  # "met and decided that ...": the second verb's clause
    assert not object_relative("fresh evidence", frozenset())
    assert not object_relative("rumors", frozenset())  # "published rumors that ...": what the rumour says
    assert not object_relative("a statement", frozenset({"statement"}))
