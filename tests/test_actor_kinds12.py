"""Kinds and names of actors written for these tests: a body's name the tagger cut at a sentence's opening,
a firm's possessive name, a firm's analysts, and a brand with its trade's word."""

from __future__ import annotations

from written import actors_of, kinds_of, report_of


def test_a_bodys_first_word_at_a_sentence_opening_stays_in_its_name() -> None:
    text = ("Rights group condemns killings in Zamfara\n\n"
            "Amnesty International Nigeria said on Tuesday that at least 40 villagers were killed by gunmen in "
            "Zamfara state. The group urged the government to protect rural communities. Friends of Rivers EU "
            "said the dam project would harm fisheries.")
    kinds = kinds_of(text)
    assert kinds.get("Amnesty International Nigeria") == "organization"
    assert "International Nigeria" not in kinds
    assert kinds.get("Friends of Rivers EU") == "organization"


def test_a_word_describing_a_body_at_an_opening_is_not_its_name() -> None:
    text = ("Charity warns on famine\n\n"
            "Charity Save the Children said aid was blocked at the border. Activists Friends of the Earth said the "
            "plan would fail. Campaigners Friends of the Earth said the dam would harm fisheries.")
    kinds = kinds_of(text)
    assert "Save the Children" in kinds
    assert "Friends of the Earth" in kinds
    assert not any(name.startswith(("Charity", "Activists", "Campaigners")) for name in kinds)


def test_a_firm_named_in_the_possessive_keeps_its_s() -> None:
    text = ("Agency warns on debt\n\n"
            "Halverby's said on Friday it had cut its outlook on the country's debt to negative. Halverby's analysts "
            "said the downgrade reflected weak revenues. Trenmore's reported a rise in quarterly sales, and "
            "Trenmore's shares rose 3 percent.")
    kinds = kinds_of(text)
    assert kinds.get("Halverby's") == "organization"
    assert kinds.get("Trenmore's") == "organization"
    assert "Halverby" not in kinds and "Trenmore" not in kinds


def test_a_persons_possessive_is_still_folded() -> None:
    text = ("Writer remembered\n\n"
            "Tom Moody, the novelist, died on Friday at his home in Cork. Moody's wife said he had been ill for "
            "months. Apple's shares fell after Apple said iPhone sales slowed.")
    kinds = kinds_of(text)
    assert "Moody's" not in kinds
    assert "Apple's" not in kinds


def _speakers(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in actors_of(report_of(text)) if a.positions}


def test_a_houses_analysts_speak_for_the_house() -> None:
    text = ("Rupee slides as oil climbs\n\n"
            "The rupee fell to a record low on Monday as oil prices climbed. Tavernier economists said the "
            "currency could weaken further. Halsbury strategists said the central bank would step in. Goldman "
            "Sachs analysts said the dollar would weaken. Independent economists said growth would slow.")
    speakers = _speakers(text)
    assert speakers.get("Tavernier") == "organization"
    assert speakers.get("Halsbury") == "organization"
    assert speakers.get("Goldman Sachs") == "organization"
    assert "Tavernier economists" not in speakers and "Halsbury strategists" not in speakers
    assert "Independent" not in speakers


def test_initialled_house_before_its_analysts_is_no_person() -> None:
    text = ("Markets rally on rate hopes\n\n"
            "Stocks rose on Wednesday as investors bet on rate cuts. J.P. Morgan analysts said the central bank "
            "would cut rates in June.")
    kinds = kinds_of(text)
    assert kinds.get("J.P. Morgan", "organization") == "organization"


def test_a_brands_branch_or_trade_is_no_person() -> None:
    text = ("Network expands in the west\n\n"
            "Safaricom Telco said it would expand its network to 500 more villages this year. Vodacom Tanzania said "
            "it had cut data prices. Oxfam Africa said the drought had left millions hungry. Kathy Ireland said "
            "the brand would grow.")
    kinds = kinds_of(text)
    assert kinds.get("Safaricom Telco") == "organization"
    assert kinds.get("Vodacom Tanzania") == "organization"
    assert kinds.get("Oxfam Africa") == "organization"
    assert kinds.get("Kathy Ireland") == "person"


def test_a_national_force_named_in_capitals_is_its_own_body() -> None:
    text = ("Drone strike kills villagers\n\n"
            "The Nigerian Army admitted responsibility, saying the drone strike on the village was a mistake. "
            "Nigerian troops said they had been targeting militants. The Indian Navy said it had rescued 12 "
            "fishermen off the coast of Kerala.")
    said = {a.name: a.kind for a in actors_of(report_of(text)) if a.positions}
    assert said.get("Nigerian Army") == "organization"
    assert said.get("Indian Navy") == "organization"
    assert said.get("Nigeria") == "place"  # its troops, described, speak for the country still
