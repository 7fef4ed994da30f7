"""The subject of a story that names it only where sentences open, and a company described as its
industry's "major": listed, as an organisation (session 25's subjects9). Every text is written here."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.name_words import industry_major
from brief.actors.opening_names import opening_names


def test_an_unfamiliar_name_opening_every_sentence_it_stands_in_is_the_subject() -> None:
    text = ("Kelvaro to pay $80m over cancelled flights\n\n"
            "Kelvaro will pay $80 million to settle a case brought by the consumer watchdog over tickets sold "
            "for flights it had already cancelled.\n\n"
            "The watchdog's chair Imogen Tarrow-Pike said the penalty sent a strong message to every airline. "
            "Customers had been let down, she said.\n\n"
            "Kelvaro chief executive Orrin Castell apologised. \"We got this wrong,\" Mr Castell said. "
            "Passenger group Fair Skies welcomed the deal, spokesman Dov Hallgren said. Hallgren said airlines "
            "had to be held to account.")
    actors = actors_of(report_of(text))
    assert ("Kelvaro", "organization") in [(a.name, a.kind) for a in actors[:3]]


def test_a_word_read_again_must_open_sentences_only_and_recur() -> None:
    texts = [["Kelvaro", "will", "pay", "."], ["Kelvaro", "chief", "executive", "Orrin", "Castell", "spoke", "."],
             ["Solvent", "prices", "rose", "."]]
    found: list[list[tuple[int, int, str]]] = [[], [(3, 5, "PER")], []]
    again = opening_names(texts, found, set())
    assert again[0] and again[0][0][:2] == (0, 1)
    assert again[1][0][:2] == (0, 1) and (3, 5, "PER") in again[1]
    assert again[2] == []  # written once: an unfamiliar common word as often as a name
    mid = [*texts, ["Shares", "of", "Kelvaro", "fell", "."]]
    assert opening_names(mid, [*found, []], set())[0] == []  # left untagged mid-sentence too: no name


def test_an_industry_major_is_a_company_not_an_officer() -> None:
    assert industry_major("major", ["Kestrava"])
    assert not industry_major("Major", ["Kestrava"])
    assert not industry_major("major", ["John", "Ellis"])
    text = ("Bengaluru: IT major Kestrava on Monday said it had signed a five-year deal worth $1 billion with a "
            "European client. Kestrava shares rose 2 per cent on the BSE. \"This deal reflects the trust our "
            "clients place in us,\" said Aditi Varkey, chief executive of Kestrava.")
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Kestrava") == "organization"
