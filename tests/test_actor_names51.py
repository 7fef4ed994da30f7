"""Names cut or mistyped on real pages (session 49, helper names51), on articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of, summaries_by

from brief.actors.attribution.initial_pronouns import initial_offsets


def test_an_initial_that_spells_the_pronoun_i_opens_a_name() -> None:
    """ "According to I. Kovalchuk, ..." after "Ihor Kovalchuk": the "I" is the given name's initial, not the
    pronoun, so the source is the mayor and what he said starts at "the council", not at ". Kovalchuk"."""
    text = (
        "Mayor sees no need for a new bridge tender\n\n"
        "The mayor of Zelenovo, Ihor Kovalchuk, believes the city does not need a fresh tender for the river "
        "bridge, because the existing contract can be amended.\n\n"
        "According to I. Kovalchuk, the council can vote on the amendment next week.\n\n"
        '"The bridge will open before the winter," said I. Kovalchuk.\n'
    )
    lines = summaries_by(text)["Ihor Kovalchuk"]
    assert any(line.startswith("says the council can vote") for line in lines), lines
    assert not any(". Kovalchuk" in line for line in lines), lines
    assert holders(report_of(text), "before the winter") == ["Ihor Kovalchuk"]


def test_the_pronoun_i_ending_a_sentence_stays_a_pronoun() -> None:
    """ "... than I. But ..." and "I. The" end a comparison: the word after is a closed-class opener, never a
    surname, so the "I" is not read as an initial."""
    assert initial_offsets("He knew it better than I. But the vote went ahead.") == set()
    assert initial_offsets("Nobody was readier than I. The count began.") == set()
    assert initial_offsets("said I. Kovalchuk.") == {5}


def test_a_party_and_seat_letters_before_a_name_tagged_a_person_leave_the_person() -> None:
    """ "Sinn Féin TD Orla Ní Dhúill said", tagged one person by the tagger though no list holds "Orla": the party
    and the seat's letters are her role, and "Deputy Ní Dhúill" later is the same woman, not a second actor."""
    text = (
        "Minister asked to publish ferry subsidy figures\n\n"
        "The Minister for Transport has been asked to publish the subsidy paid to island ferry operators after a "
        "row in the Dáil on Wednesday.\n\n"
        "Speaking in the Dáil, Sinn Féin TD Orla Ní Dhúill said the islands had lost two sailings a week since "
        "March.\n\n"
        '"People on Inishcarra are paying more and getting less," Deputy Ní Dhúill said.\n'
    )
    report = report_of(text)
    assert holders(report, "two sailings") == ["Orla Ní Dhúill"]
    assert holders(report, "paying more") == ["Orla Ní Dhúill"]


def test_a_given_name_alone_joins_the_person_the_headline_names_in_full() -> None:
    """The text calls her "Delacroix" and, as friends do, "Marisa"; only the headline gives "Marisa Delacroix".
    Once she is listed by the headline's full name, her given name written alone is hers too, not a body's."""
    text = (
        "Marisa Delacroix and Bastian Kroll Split After 'A Difficult Year'\n\n"
        "A friend of the couple tells STARWATCH that Kroll, 41, and Delacroix, 36, called off their June wedding "
        '"after a very difficult year."\n\n'
        '"Bastian and Marisa both wanted this to work, but they have grown apart," the friend says.\n\n'
        "Delacroix was seen at a charity gala in Milan on Sunday night, wearing a dress from her own label.\n\n"
        '"Marisa is staying strong," the friend says.\n'
    )
    names = {a.name: a.kind for a in actors_of(report_of(text))}
    assert names.get("Marisa Delacroix") == "person", names
    assert "Marisa" not in names, names


def test_a_verb_in_capitals_after_a_modal_is_no_body() -> None:
    """ "We can't VERIFY that.": a fact-check's verdict stresses its verb in capitals; read as a body's initials it
    took the port authority's next statement. The port authority is not named, so nobody is listed for it."""
    text = (
        "CHECK: Did the harbour master's plan really cut berth fees?\n\n"
        "Harbour master Ingrid Solheim told the port board on Tuesday that her plan had cut berth fees for fishing "
        "boats by a fifth.\n\n"
        '"Every skipper in this harbour now pays a fifth less than last year," Solheim said.\n\n'
        "We can't VERIFY that. The port authority said the new fee tables are still being printed.\n"
    )
    names = [a.name for a in actors_of(report_of(text))]
    assert "VERIFY" not in names, names
    assert holders(report_of(text), "fee tables") in ([], ["port authority"]), names
