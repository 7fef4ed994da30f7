"""A Malay or Arab name joined to the father's by "binti" or "bin" ("Nur Aisyah binti Hashim"): the tagger stops
at the link, and the person is later called by her own name ("Nur Aisyah said"): one person, named in full, not
split nor merged with another Hashim (articles written for these tests)."""

from __future__ import annotations

from written import actors_of, report_of

FLOOD = (
    "Flood victims count losses in Kelantan\n\n"
    "KOTA BHARU: More than 20,000 people remain at relief centres in Kelantan.\n\n"
    "Meanwhile, Nur Aisyah binti Hashim, 51, a trader from Tumpat, said her stall had been under water for six days. "
    "\"We lost all our stock,\" Nur Aisyah said.\n\n"
    "The Malaysian Meteorological Department has warned of more rain. Its director-general, Ahmad Zaki Hashim, "
    "said the monsoon was stronger than usual."
)


def test_a_binti_name_is_one_person_called_by_her_own_name() -> None:
    actors = {a.name: [p.text for p in a.positions] for a in actors_of(report_of(FLOOD))}
    assert "Nur Aisyah binti Hashim" in actors, sorted(actors)
    assert "Nur Aisyah" not in actors, sorted(actors)
    said = " ".join(actors["Nur Aisyah binti Hashim"])
    assert "stall" in said and "stock" in said, said
    assert not any("stall" in t for t in actors.get("Ahmad Zaki Hashim", [])), actors
