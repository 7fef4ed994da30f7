"""Articles written for these tests: a body's voice named with "for" confirming a fact to an outlet."""

from __future__ import annotations

from written import said_by


def test_a_spokesperson_for_a_body_confirming_to_an_outlet_is_the_body_s_statement() -> None:
    text = ("Streamline is closing its audiobook app\n\n"
            "Streamline will shut down its audiobook app in May, the company said on Tuesday. "
            "A spokesperson for Streamline confirmed to 9to5Tech that buyers will keep their books until July.")
    said = said_by(text)["Streamline"]
    assert any(t.startswith("that buyers will keep their books") for t in said)


def test_a_surname_after_its_given_name_is_no_maker_before_a_number() -> None:
    from written import line_sentences  # noqa: PLC0415

    from brief.actors.article_mentions import article_mentions  # noqa: PLC0415
    from brief.model import Article  # noqa: PLC0415

    text = ("On Monday, Marla Quist earned 306 electoral votes to Dana Whitcomb's 232, but seven electors defected. "
            "Whitcomb's 232 was the lowest total since 1988. In Oregon, a state Whitcomb won by 16 points, the former "
            "governor received just five of the state's seven votes.")
    article = Article(1, "Electors cast their votes", "1.txt", text)
    won = text.index("Whitcomb won")
    kinds = {m.kind for m in article_mentions(article, line_sentences(text), lambda: set()) if m.start == won}
    assert kinds == {"person"}


def test_a_plan_in_a_named_speaker_s_frame_is_the_speaker_s_statement() -> None:
    text = ("Colombo seeks bailout\n\n"
            "Sri Lanka will seek an emergency loan from the International Monetary Fund, Finance Minister Ravi "
            "Pathirana said on Thursday. Tarsia plans to cut fuel taxes next month, Finance Minister Mira Sen told "
            "reporters.")
    said = said_by(text)
    assert any(t.startswith("Sri Lanka will seek an emergency loan") for t in said["Ravi Pathirana"])
    assert any(t.startswith("Tarsia plans to cut fuel taxes") for t in said["Mira Sen"])


def test_a_hope_in_a_named_speaker_s_frame_is_the_speaker_s_statement() -> None:
    text = ("Nairobi eyes the bloc\n\n"
            "Kenya hopes to join the trading bloc by 2027, President Daniel Omondi said on Friday. "
            "Talks with the bloc's members will start in March.")
    said = said_by(text)
    assert any(t.startswith("Kenya hopes to join the trading bloc") for t in said["Daniel Omondi"])
