"""Broadcast transcripts (session 49, helper talk52), on transcripts written for these tests: a host or a reporter
relaying others inside their own labelled turn gives those words to the others, as running prose would."""

from __future__ import annotations

from written import said_by

_RADIO = (
    "Toll row on the Quarrick bridge\n\n"
    "NELL HARROWAY, HOST: You're listening to Evening Tide. I'm Nell Harroway.\n\n"
    "The Quarrick harbour board says the bridge toll will rise to six pounds in June. "
    "Our correspondent Bram Ostrowe has spent the week asking drivers about it.\n\n"
    "HARROWAY: Bram, what are drivers telling you?\n\n"
    "BRAM OSTROWE, BYLINE: Mostly anger, Nell. Delivery drivers told me the toll will eat their whole profit "
    "on a short run. A baker in the town, Wilma Trask, said she will close her second shop if it goes ahead.\n\n"
    "WILMA TRASK: I cannot ask my customers to pay for my toll on top of their bread.\n\n"
    "HARROWAY: Bram Ostrowe in Quarrick, thank you.\n\n"
    "OSTROWE: Thank you, Nell.\n"
)


def test_a_reporter_relaying_a_named_person_inside_his_byline_turn_gives_her_the_words() -> None:
    said = said_by(_RADIO)
    assert any("close her second shop" in t for t in said.get("Wilma Trask", []))
    assert any("eat their whole profit" in t for name, texts in said.items() if "drivers" in name.lower() for t in texts)


def test_a_host_relaying_a_body_keeps_only_her_own_words() -> None:
    said = said_by(_RADIO)
    host = said.get("Nell Harroway", [])
    assert host, "the host's own lines stay hers"
    assert not any("toll will rise" in t for t in host)
    assert any("toll will rise" in t for name, texts in said.items() if name != "Nell Harroway" for t in texts)


def test_a_host_quoting_herself_or_her_listener_keeps_the_words() -> None:
    text = (
        "Late trains on the Fenmoor line\n\n"
        "ODETTE BRAY, HOST: Good morning. I'm Odette Bray, and this is Rail Hour.\n\n"
        "The Fenmoor line's operator says its trains will run on time by winter. "
        "As I said last week, commuters have heard that promise three times now.\n\n"
        "BRAY: Let's hear from our guest, the commuter Ivo Salter.\n\n"
        "IVO SALTER: My train was late eleven times in March.\n\n"
        "BRAY: Ivo Salter, thank you.\n"
    )
    said = said_by(text)
    host = said.get("Odette Bray", [])
    assert any("heard that promise three times" in t for t in host)
    assert not any("run on time by winter" in t for t in host)


def test_a_label_in_capitals_with_an_accent_is_its_speakers_turn() -> None:
    text = (
        "Ski lifts in Valbrenne stay shut\n\n"
        "GRETA MOLLOY, HOST: This is Alpine Desk. I'm Greta Molloy.\n\n"
        "The resort of Valbrenne will keep its lifts shut until the snow returns. "
        "We spoke to the lift manager there, Jörg Haller.\n\n"
        "MOLLOY: Mr. Haller, how long can the resort wait?\n\n"
        "JÖRG HALLER: We can wait three more weeks. After that we will have to send the seasonal staff home.\n\n"
        "MOLLOY: Jörg Haller, thank you.\n"
    )
    said = said_by(text)
    assert any("send the seasonal staff home" in t for t in said.get("Jörg Haller", []))
    assert not any("send the seasonal staff home" in t for name, texts in said.items() if name != "Jörg Haller"
                   for t in texts)


def test_a_channels_anchor_relays_a_named_official() -> None:
    text = (
        "Flood barrier in Marlow Ferry\n\n"
        "LYRA BOSWORTH, WAVE NEWS ANCHOR: Good evening. The council in Marlow Ferry has voted to build a flood "
        "barrier along the river.\n\n"
        "The council leader, Osric Penhallow, said the barrier will protect four hundred homes by next winter.\n\n"
        "BOSWORTH: Our next story comes from the coast.\n\n"
        "ANSEL GRIMSHAW, WAVE NEWS CORRESPONDENT: The fishing fleet in Callow Bay stayed in port again today.\n"
    )
    said = said_by(text)
    assert any("protect four hundred homes" in t for t in said.get("Osric Penhallow", []))
    assert not any("protect four hundred homes" in t for t in said.get("Lyra Bosworth", []))


def test_a_reporters_later_turn_under_his_surname_is_his_and_relays_others() -> None:
    text = (
        "A quarry expansion divides the village of Tannock\n\n"
        "PERPETUA HOLLIS, HOST: Plans to double the size of a granite quarry have split a small village in the "
        "hills. Brennan Voss reports.\n\n"
        "BRENNAN VOSS, BYLINE: The quarry has employed people in Tannock for ninety years. Its owner, Granwick "
        "Stone, says the expansion will add forty jobs and keep the site open until 2060.\n\n"
        "LORNA WHITCOMBE: Every Tuesday at noon the windows rattle.\n\n"
        "VOSS: The county planning committee will vote on the plan next month. Its chair, Desmond Arkwright, said "
        "he expects a long meeting.\n\n"
        "DESMOND ARKWRIGHT: We have had more letters about this quarry than about anything else in ten years.\n"
    )
    said = said_by(text)
    assert any("expects a long meeting" in t for t in said.get("Desmond Arkwright", []))
    assert any("planning committee will vote" in t for t in said.get("Brennan Voss", []))
