"""A quotation signed with a dash and a name is that person's (brief.actors.signed), on
articles written for these tests."""

from __future__ import annotations

from written import actors_of, holders, report_of


def test_readers_quotations_signed_with_a_dash_are_theirs() -> None:
    report = report_of(
        "Readers Share Their Thoughts On The New Bridge\n\n"
        "We asked readers in Dunmere what they made of the plan to close the old bridge.\n\n"
        "“The new bridge is too far from the market. Everyone I know will drive an extra ten miles.” ― Ana Ortiz\n\n"
        "“I have crossed the old bridge every day for forty years and it has never failed me.”\u2015\u00a0Tomas Brandt.\n\n"
        "“Closing it will cut the east side off from the hospital for a whole winter.” — Helena K. Voss.\n\n"
        "The council will vote on the plan in March.\n"
    )
    assert holders(report, "extra ten miles") == ["Ana Ortiz"]
    assert holders(report, "never failed me") == ["Tomas Brandt"]
    assert holders(report, "off from the hospital") == ["Helena K. Voss"]


def test_a_quotation_signed_by_a_body_or_a_lone_word_is_no_person_s() -> None:
    report = report_of(
        "The Dunmere Herald printed its verdict on the bridge on Monday.\n\n"
        "“The bridge has served the town well and deserves a proper repair.” ― The Editors\n\n"
        "“Nobody asked the people who live by the river what they wanted.” ― Anonymous\n"
    )
    assert holders(report, "deserves a proper repair") == []
    assert holders(report, "people who live by the river") == []



def test_a_pull_quote_without_marks_in_the_first_person_is_the_signer_s() -> None:
    report = report_of(
        "Dunmere Opens Its Harbour To Small Boats\n\n"
        "The harbour board said on Monday that small boats may moor there free of charge from May.\n\n"
        "We have wanted to open the harbour for years, but needed the ferry trade to pay for the new quay first. - Ivo Marten\n\n"
        "The board will review the scheme after one summer.\n"
    )
    assert holders(report, "needed the ferry trade to pay") == ["Ivo Marten"]


def test_a_line_without_the_first_person_ending_in_a_name_signs_no_one_s_words() -> None:
    report = report_of(
        "The harbour board said on Monday that small boats may moor there free of charge from May.\n\n"
        "The quay was rebuilt last winter at a cost of two million pounds. - Ivo Marten\n\n"
        "The board will review the scheme after one summer.\n"
    )
    assert "Ivo Marten" not in holders(report, "rebuilt last winter")


def test_a_signed_quotation_keeps_its_signer_before_the_post_s_links() -> None:
    report = report_of(
        "Ana Ortiz Cheers On Dunmere At The Harbour Race\n\n"
        "The actress Ana Ortiz watched the Dunmere crew win the harbour race on Saturday.\n\n"
        "\"May the tide be ever in Dunmere's favour!\" – Ana Ortiz http://t.co/ab12Cd pic.twitter.com/xY34zz\n\n"
        "The crew will race again in June.\n"
    )
    assert holders(report, "tide be ever in Dunmere") == ["Ana Ortiz"]


def test_an_embedded_post_without_a_stop_is_its_author_s_words_whatever_its_own_verbs() -> None:
    report = report_of(
        "Tomas Brandt, a ferry captain in Dunmere, is the harbour board's loudest critic.\n\n"
        "@dunmereboard I am pretty sure the ferry people say the quay will never hold forty boats at once\n\n"
        "— Tomas Brandt (@tbrandt) June 7, 2016\n\n"
        "The board's chairman, Ivo Marten, answered him the same day.\n\n"
        "@tbrandt British people say words funny ¯\\_(ツ)_/¯\n\n"
        "— Ivo Marten (@ivomarten) June 7, 2016\n"
    )
    assert holders(report, "quay will never hold forty boats") == ["Tomas Brandt"]
    assert holders(report, "say words funny") == ["Ivo Marten"]  # not "British people"


def test_a_statement_in_a_post_is_listed_without_the_post_s_links() -> None:
    report = report_of(
        "Divers searched the harbour on Tuesday for the missing ferry.\n\n"
        "#Dunmere search: harbour master Ivo Marten says divers are checking the hull of the ferry "
        "http://t.co/ab12Cd pic.twitter.com/xY34zz\n\n"
        "\u2014 Dunmere Radio (@dunmereradio) December 31, 2014\n\n"
        "The search will go on through the night.\n"
    )
    texts = [p.text for a in actors_of(report) for p in a.positions]
    assert any("checking the hull" in t for t in texts)
    assert not any("t.co" in t or "pic.twitter.com" in t for t in texts)


def test_a_quotation_signed_with_a_described_name_is_the_named_person_s() -> None:
    """The signer's role before the name ("— harbour board spokesperson Ivo Marten") or after it
    ("— Rosa Quell, analyst at Velmora Shipping"): the person the signature names."""
    report = report_of(
        "Dunmere Harbour Fees Rise\n\n"
        "The harbour board raised mooring fees by a third on Monday.\n\n"
        "“The quay needs repairs before the winter storms.” — harbour board spokesperson Ivo Marten\n\n"
        "“Small boat owners will move to the next harbour along the coast.” — Rosa Quell, analyst at Velmora Shipping\n\n"
        "The fees take effect in May.\n"
    )
    assert holders(report, "needs repairs before the winter") == ["Ivo Marten"]
    assert holders(report, "move to the next harbour") == ["Rosa Quell"]


def test_a_clause_after_a_dash_is_no_signature() -> None:
    report = report_of(
        "Dunmere Harbour Fees Rise\n\n"
        "The harbour board raised mooring fees by a third on Monday.\n\n"
        "“The quay needs repairs before the winter storms.” — and the board, led by Ivo Marten, has no money for them.\n"
    )
    assert "Ivo Marten" not in holders(report, "needs repairs before the winter")


def test_a_picture_credit_after_a_dash_signs_no_one_s_words() -> None:
    report = report_of(
        "Dunmere Harbour Fees Rise\n\n"
        "The harbour board raised mooring fees by a third on Monday.\n\n"
        "“The quay needs repairs before the winter storms.” — Photo: Maria Lopez/Reuters\n"
    )
    assert "Maria Lopez" not in holders(report, "needs repairs before the winter")
