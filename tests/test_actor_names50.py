"""Roles news writes before a name that were lost (session 48 round 2, names50), on articles written for these
tests: a calling whose head is a job only after its field ("Music producer X", "Fashion designer X", "Pop star X")
or a band's singer ("Frontman X"), and a title after a body's bracketed short form with no comma ("the Harbour
Affairs Council (HAC) Minister X"); and names typed wrong: an athlete's nation code in brackets ("Almaz TEFERRA
(ETH)") or a pet ("his dog Pepper") read as a body, and one of a couple living apart or whose marriage is named read as a body."""

from __future__ import annotations

from written import actors_of, kinds_of, report_of

from brief.actors.person_signs import coupled

_RECORD = (
    "Harbourtown singer returns with first record in six years\n\n"
    "By Tess Marlow\n\n"
    "Music producer Kellan Drove, who worked on the sessions in a converted barn outside Lisset, said the songs "
    "had been written over a single winter. "
    "Fashion designer Orla Petrie, who made the stage clothes for the tour, said the look was meant to be plain. "
    "Frontman Jory Haddock of the band Glass Orchard called the record brave. "
    "Pop star Nessa Quill said on social media that she had played it twice in a row."
)


def _roles(text: str) -> dict[str, str]:
    return {a.name: a.role for a in actors_of(report_of(text))}


def test_a_calling_after_its_field_is_the_role() -> None:
    roles = _roles(_RECORD)
    assert roles["Kellan Drove"] == "Music producer"
    assert roles["Orla Petrie"] == "Fashion designer"
    assert roles["Nessa Quill"] == "Pop star"


def test_a_bands_frontman_is_the_role() -> None:
    assert _roles(_RECORD)["Jory Haddock"] == "Frontman"


def test_a_producing_firm_stays_a_body() -> None:
    text = (
        "Output cut\n\n"
        "Oil producer Norvane Petroleum said on Monday it would cut output by a tenth. "
        "Norvane Petroleum blamed low prices."
    )
    assert kinds_of(text).get("Norvane Petroleum") == "organization"


_PORT = (
    "Port council backs dredging plan\n\n"
    "By Ruth Calder\n\n"
    "Harbour Affairs Council (HAC) Minister Lin Baoshan said on Tuesday that the dredging of the eastern channel "
    "would begin in spring. "
    "Speaking later, the Bank of Norland (BoN) Governor Henrik Aalto said the port's trade was central to the "
    "currency's strength."
)


def test_a_title_after_a_bracketed_short_form_keeps_its_body() -> None:
    roles = _roles(_PORT)
    assert roles["Lin Baoshan"] == "Harbour Affairs Council (HAC) Minister"
    assert roles["Henrik Aalto"] == "Bank of Norland (BoN) Governor"


_MIXED_ZONE = (
    "AT: TEFERRA (ETH) - gold in women's 1500m\n\n"
    "VELMORA - Remarks from Almaz TEFERRA (ETH) after she took the gold medal in the women's 1500m in 3:58.12 at "
    "the Arena Velmora on Saturday.\n\n"
    "Almaz TEFERRA (ETH) - gold\n\n"
    "On the last bend:\n\n"
    '"I felt them coming but my legs still had something left. I just kept my arms moving."\n\n'
    "On the crowd:\n\n"
    '"It was so loud I could not hear my own breathing."\n\n'
    "Maren ODEGAARD (NOR) - silver\n\n"
    "On her finish:\n\n"
    '"Silver is fine. Almaz was simply stronger today."\n\n'
    "VNS kt"
)


def test_an_athletes_bracketed_nation_code_is_no_actor() -> None:
    names = [a.name for a in actors_of(report_of(_MIXED_ZONE))]
    assert "Almaz TEFERRA" in names
    assert "ETH" not in names


_GOSSIP = (
    "{headline}\n\n"
    "02/19/2026 at 07:55 AM EST\n\n"
    "Well before they went public with their split in January, Ilse Marrow and Dario Quell {together}.\n\n"
    "In this week's issue, a handful of friends tell SPARKLE that the couple, who wed nine years ago, had spent much "
    "of the last year in different cities.\n\n"
    '"They drifted into separate lives a long while back," says a Marrow insider.\n\n'
    'A close friend of the 36-year-old actress adds: "She kept going for the sake of the children. It had stopped '
    'working."\n\n'
    'The Velvet Harbour guitarist, 43, "would rather be on a stage than at home," says another friend. "She wants a '
    'quiet life."\n\n'
    "For more on this story, pick up this week's SPARKLE, on newsstands Friday."
)


def test_a_pair_whose_marriage_or_divorce_is_named_are_a_couple() -> None:
    text = ("Ilse Marrow and Dario Quell's Marriage 'Had Run Its Course,' Insider Claims. "
            "Friends of the pair said Noor Sallis and Bram Ettrick’s divorce would be settled in March.")
    assert all(coupled(text, name) for name in ("Ilse Marrow", "Dario Quell", "Noor Sallis", "Bram Ettrick"))


def test_two_firms_owning_a_merger_are_no_couple() -> None:
    assert not coupled("Talvo Foods and Brennick Dairy's merger was approved on Monday.", "Brennick Dairy")


def test_a_pair_living_apart_are_people() -> None:
    text = _GOSSIP.format(headline="Ilse Marrow and Dario Quell Split 'Had Run Its Course,' Insider Claims",
                          together="were quietly living apart")
    assert kinds_of(text).get("Dario Quell") == "person"


_TRIBUTE = (
    "Stars pay tribute to late theatre director Odo Varga\n\n"
    "By Lena Crisp\n\n"
    "Actors and singers paid tribute on Sunday to the theatre director Odo Varga, who died on Friday aged 81. "
    "Actress Mirela Stoyan said Varga had given her her first role. "
    '"He saw something in me that nobody else did," she said. '
    "Varga's partner, Ines Vold, said he died at home in Lisset with his dog Pepper at his side. Pepper, a "
    "twelve-year-old spaniel, had gone with him to every rehearsal for a decade."
)


def test_a_pet_named_after_its_owners_word_is_no_actor() -> None:
    kinds = kinds_of(_TRIBUTE)
    assert "Ines Vold" in kinds
    assert "Pepper" not in kinds


def test_a_person_sharing_a_pets_name_stays() -> None:
    text = _TRIBUTE + " The funeral will be led by the Rev. Anna Pepper, a friend of the family, who said Varga was kind."
    assert "Anna Pepper" in kinds_of(text)


def test_a_question_glued_to_a_name_is_no_couple() -> None:
    text = "Related article: Could Lissa and Aron Pike's marriage survive the summer?"
    assert coupled(text, "Aron Pike")
    assert not coupled(text, "Could Lissa")
