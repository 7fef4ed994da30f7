"""A one-word name the tagger typed a place or a body that the text gives something of her own ("Adele thanked
her fans", "Rihanna cancelled her concert"): a person (session 28's kinds3). Every text is written here."""

from __future__ import annotations

from written import actors_of, report_of

from brief.actors.person_signs import her_own


def test_her_own_is_a_noun_after_a_verb_and_her() -> None:
    assert her_own("Zelvana thanked her fans on Monday.", "Zelvana")
    assert her_own("Zelvana cancelled her own show.", "Zelvana")
    # "her" an object: a preposition, a verb of giving, or no noun after it
    assert not her_own("Orvino sent her flowers.", "Orvino")
    assert not her_own("Orvino sued her for damages.", "Orvino")
    assert not her_own("Orvino fired her last week.", "Orvino")
    assert not her_own("Orvino cancelled its concert.", "Orvino")


def test_a_singer_tagged_a_place_who_cancels_her_concert_is_a_person() -> None:
    text = ("Velmora calls off Porto show\n\n"
            "Velmora cancelled her concert in Porto on Friday, hours before the doors were due to open. "
            "Fans who had queued all afternoon were sent home by stewards.\n\n"
            "In a post online, Velmora said she was \"devastated\" and promised new dates. "
            "The promoter, Brightside Live, said tickets would be refunded.")
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Velmora") == "person"


def test_a_singer_tagged_a_body_who_thanks_her_fans_is_a_person() -> None:
    text = ("Awards nominations announced\n\n"
            "Tarisa leads the nominations for this year's music awards with five, ahead of the band Glass Harbour.\n\n"
            "Tarisa thanked her fans online, saying she was \"overwhelmed\". Glass Harbour said they were delighted.")
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Tarisa") == "person"


def test_a_kin_word_before_a_name_tagged_a_place_makes_a_person() -> None:
    text = ("Family of crushed miner demand answers\n\n"
            "Mr Phiri's son, Chisomo, said the mine had ignored warnings for months. The company said it "
            "was cooperating with inspectors.")
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Chisomo") == "person"


def test_her_is_another_woman_s_where_she_is_named_before_in_the_paragraph() -> None:
    text = ("Founder sues her old employer\n\n"
            "Priya Ramanathan, 34, says Zentrix fired her team without notice. Zentrix denied her claims on "
            "Tuesday, and Zentrix said it would fight the case.\n\n"
            "Ramanathan said she had worked at the firm for six years.")
    kinds = {a.name: a.kind for a in actors_of(report_of(text))}
    assert kinds.get("Zentrix") == "organization"
    assert not her_own(text, "Zentrix", [(text.index("Priya"), text.index(", 34"))])
