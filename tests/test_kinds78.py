"""Actors of the wrong kind, and the body a place's words name, on articles written for these tests: a format or a
product line typed a body ("the competing HoloView format", "Pemba players ... Pemba models"); a one-word name a
possessive "her" goes back to, opening a bulleted line ("- Zuleika is ... thanks to her daring outfits"); a full name
the tagger missed or glued to a nationality beside a bare surname ("the services of Travis Okoro" ... "Okoro said");
a common word capitalised before "officials" read as a body ("Election officials changed ..."); and a place's
authorities of one remit ("according to Palestinian health authorities")."""

from __future__ import annotations

from written import kinds_of, said_by, tagged_mentions

from brief.actors.full_name_writings import untagged_full_names
from brief.actors.mentions import Mention
from brief.actors.staff_modifiers import staff_modifiers_dropped
from brief.actors.surname_signs import surname_people
from brief.model import Sentence

_FORMATS = (
    "Studio backs VidaCore as the disc war turns\n\n"
    "Marlow Pictures said on Tuesday that it would release its films only on VidaCore, a blow to the competing "
    "HoloView format backed by Tanaka Electric.\n\n"
    "\"The VidaCore format gives viewers the sharpest picture at home,\" said Ella Brandt, president of Marlow "
    "Pictures.\n\n"
    "HoloView has the support of two smaller studios, while VidaCore is championed by Orlen Industries. Both "
    "VidaCore and HoloView have been locked in a long fight for the living room.\n\n"
    "Tanaka Electric said it still believed HoloView would win over buyers. \"We remain confident,\" said Kenji "
    "Arai, head of the company's home products unit."
)


def test_a_format_the_text_names_so_is_no_actor() -> None:
    kinds = kinds_of(_FORMATS)
    assert "VidaCore" not in kinds and "HoloView" not in kinds
    assert kinds["Marlow Pictures"] == "organization" and kinds["Tanaka Electric"] == "organization"
    assert kinds["Ella Brandt"] == "person"


_LINE = (
    "Makana to sell its Pemba music players in Brazil\n\n"
    "Makana said on Monday that it would bring Pemba players, Pemba software and the Pemba online store to Brazil "
    "in March.\n\n"
    "\"We are excited to offer Brazilians a new way to enjoy music,\" said Rui Salgado, who runs the Brazilian unit "
    "of Makana.\n\n"
    "Three Pemba models will be offered, in four colours. Pemba will compete with players from larger rivals, "
    "analysts said."
)


def test_a_product_line_written_before_two_nouns_of_devices_is_no_actor() -> None:
    kinds = kinds_of(_LINE)
    assert "Pemba" not in kinds
    assert kinds["Makana"] == "organization"


_STAR = (
    "Every outfit Zuleika wore on her film tour, ranked\n"
    "- Zuleika is widely seen as a style star thanks to her daring and playful outfits.\n"
    "- The actor wore a string of bold looks while promoting her new film.\n\n"
    "Zuleika is a style star.\n\n"
    "Zuleika promoted the film in Rome while wearing a green suit. The jacket looked sharp on Zuleika, and its long "
    "skirt made for a striking pair.\n\n"
    "Though Zuleika looked stunning, it was not the boldest look of the tour.\n\n"
    "Zuleika completed the look with silver heels."
)


def test_a_name_her_possessive_goes_back_to_is_a_person() -> None:
    assert kinds_of(_STAR)["Zuleika"] == "person"


def test_an_object_her_or_a_body_s_it_proves_no_person() -> None:
    text = "Acme hired her last year. Acme said it would grow."
    assert [m.kind for m in surname_people(text, tagged_mentions(text, {"Acme": "organization"}))] == ["organization"] * 2
    text = "Acme is seen as a leader thanks to her bold plan. Acme said it would grow."
    assert {m.kind for m in surname_people(text, tagged_mentions(text, {"Acme": "organization"}))} == {"organization"}


def _sentences(text: str) -> list[Sentence]:
    return [Sentence(1, 0, 0, len(text), text)]


def test_an_untagged_full_name_beside_its_bare_surname_names_the_person() -> None:
    text = ("The Lions want the services of Travis Okoro - the former national coach - for next season. "
            "Okoro currently coaches Harrowgate. \"We hope to finish the talks with Okoro,\" said the chief.")
    mentions = tagged_mentions(text, {"Okoro": "person"})[1:]  # the tagger missed the full name
    names = [m.name for m in untagged_full_names(1, text, _sentences(text), mentions)]
    assert names == ["Travis Okoro", "Okoro", "Okoro"]


def test_two_given_names_before_one_surname_are_two_people() -> None:
    text = "Jeb Bright and George Bright met on Friday. Bright said the talks went well."
    mentions = [Mention(1, 0, 44, 50, "Bright", "Bright", "person")]
    assert [m.name for m in untagged_full_names(1, text, _sentences(text), mentions)] == ["Bright"]


def test_a_nationality_glued_to_a_full_name_is_the_person() -> None:
    text = "Fifth-seeded Israeli Shahla Derin advanced on Sunday. \"I was lucky,\" Derin told reporters."
    mentions = [Mention(1, 0, 13, 33, "Israeli Shahla Derin", "Israeli Shahla Derin", "organization"),
                Mention(1, 0, 70, 75, "Derin", "Derin", "person")]
    out = untagged_full_names(1, text, _sentences(text), mentions)
    assert [(m.name, m.kind, text[m.start : m.end]) for m in out][0] == ("Shahla Derin", "person", "Shahla Derin")


def test_a_common_word_before_officials_is_no_body() -> None:
    text = ("Some voters found their polling places shut. Election officials moved six polling places in the county, "
            "a move the election board approved.")
    assert staff_modifiers_dropped(text, tagged_mentions(text, {"Election": "organization"})) == []
    text = "Labour officials said the vote was close. Labour won the seat, and the labour market cheered."
    assert len(staff_modifiers_dropped(text, tagged_mentions(text, {"Labour": "organization"}))) == 2


_GAZA = (
    "Aid agency staff cut after inquiry\n\n"
    "The agency fired six staff members last year after an inquiry found they may have joined the attack on the "
    "border town.\n\n"
    "The war that followed has killed more than 40,000 people, according to Palestinian health authorities.\n\n"
    "\"We acted as soon as we had the findings,\" said Maren Holt, the agency's spokeswoman."
)


def test_a_place_s_authorities_of_one_remit_speak_not_the_place() -> None:
    said = said_by(_GAZA)
    assert "Palestine" not in said
    assert any("40,000" in text for text in said["Palestinian health authorities"])
    assert kinds_of(_GAZA)["Palestinian health authorities"] == "organization"


_TOUR = (
    "Spinner may have used a local curse, not a slur\n\n"
    "The Kenyan spinner Daudi Ochieng may have used a local curse during his row with an opposing batsman, the "
    "Kenyan team's managers believe. The Kenyan captain, Peter Mwangi, backed his player on Friday.\n\n"
    "\"He did not say that. He is not a racist, but maybe he said something else,\" a Kenyan official admitted "
    "Friday.\n\n"
    "Senior Kenyan players are pushing to boycott the next series if the ban is not overturned."
)


def test_a_nationality_s_official_on_a_side_s_page_is_not_the_state() -> None:
    said = said_by(_TOUR)
    assert not any("not a racist" in text for text in said.get("Kenya", []))


_TALKS = (
    "Kenya and donors agree on aid plan\n\n"
    "Donors pledged new aid to Kenya on Monday after two days of talks in Nairobi.\n\n"
    "\"The plan protects the poorest families,\" a Kenyan official said after the meeting.\n\n"
    "The money will be paid over three years."
)


def test_a_nationality_s_official_elsewhere_speaks_for_the_state() -> None:
    assert any("poorest families" in text for text in said_by(_TALKS).get("Kenya", []))
