"""Kinds of actors on 2023-2026 pages, on articles written for these tests: a city the tagger reads as a
person ("toward Des Moines"); a caption's opening word read as a body ("Pictured right, is ..."); a people's
informal or own-language plural read as a body ("We Brits love ...", "his fellow Basotho"); a company named for
its site read as the place ("Etlaq, the company behind the spaceport, ... from Etlaq"); a word of a person's full
name read alone as a body ("Amina Salum ... Amina says", "Dan Evans ... seed Evans"); a buying guide's words read
as bodies ("PFC-free", "the Best Tents"); a region named by its land's plural read as a body ("across the
southern Plains"); a court filing's party label read as a body ("Plaintiff's yard"); and a family's plural read as
a body ("The Okonkwos settled ...")."""

from __future__ import annotations

from written import kinds_of, said_by

from brief.actors.caption_openers import captions_dropped
from brief.actors.city_people import cities_typed_people
from brief.actors.gazetteer import demonym_country
from brief.actors.guide_words import guide_words_dropped
from brief.actors.mentions import Mention
from brief.actors.name_part_people import name_part_people

_STORMS = (
    "Storm chasers head for Iowa as warnings spread\n\n"
    "Forecasters expect storms to form near Lincoln on Saturday afternoon and drift east toward Des Moines "
    "before weakening overnight.\n\n"
    "The Storm Prediction Center has outlined a moderate risk from Des Moines south to the Texas border, the "
    "agency said in a statement.\n\n"
    "\"We are watching the whole corridor closely,\" said Harlan Voss, a meteorologist at the center."
)


def test_a_city_the_tagger_read_as_a_person_is_a_place() -> None:
    kinds = kinds_of(_STORMS)
    assert kinds["Des Moines"] == "place"
    assert kinds["Harlan Voss"] == "person"


def _person(name: str, start: int, after: str = "", role: str = "") -> Mention:
    return Mention(1, 0, start, start + len(name), name, name, "person", role=role, after=after)


def test_a_city_name_shown_a_person_stays_one() -> None:
    text = "Singer Whitney Houston flew in. Houston sang twice. Later Orlando said he was tired in Orlando."
    mentions = [_person("Whitney Houston", 7), _person("Houston", 32, after="in"), _person("Orlando", 58),
                _person("Orlando", 86, after="in")]
    assert [m.kind for m in cities_typed_people(text, mentions)] == ["person"] * 4  # a surname; "he"
    text = "Ana Salinas Ruiz met Tere. They went into Salinas' home."  # a double surname's first half
    mentions = [_person("Ana Salinas Ruiz", 0), _person("Salinas", 36, after="into")]
    assert [m.kind for m in cities_typed_people(text, mentions)] == ["person", "person"]
    text = "Storms drift toward Des Moines."
    assert cities_typed_people(text, [_person("Des Moines", 20, after="toward")])[0].kind == "place"
    assert cities_typed_people(text, [_person("Des Moines", 20, after="toward", role="Mayor")])[0].kind == "person"


_BOOK_FAIR = (
    "Romance readers pack town hall for book fair\n\n"
    "Readers and writers filled the Elmsworth town hall on Saturday for the first regional romance book fair.\n\n"
    "Pictured right, is reader Mavis Ogunde, from Elmsworth, with her daughter.\n\n"
    "Pictured: Councillor Ruth Abernathy at the opening of the fair on Saturday.\n\n"
    "Seen from left, are organisers Dineo Vale and Pieter Kloof.\n\n"
    "\"We sold out of tickets in a week,\" Vale said."
)


def test_a_captions_opening_word_is_no_actor() -> None:
    kinds = kinds_of(_BOOK_FAIR)
    assert "Pictured" not in kinds and "Seen" not in kinds
    assert kinds["Dineo Vale"] == "person"


def test_a_caption_word_that_is_a_name_elsewhere_is_kept() -> None:
    text = "Shown: a wall. The painter Ada Shown said so. Pictured, with his dog. Snapped by a fan."

    def at(name: str, kind: str, nth: int = 0) -> Mention:
        start = text.index(name, text.index(name) + 1) if nth else text.index(name)
        return Mention(1, 0, start, start + len(name), name, name, kind)

    shown, named, pictured = at("Shown", "organization"), at("Ada Shown", "person"), at("Pictured", "organization")
    snapped = at("Snapped", "organization")  # no colon, comma nor place after it: a sentence's verb
    assert captions_dropped(text, [shown, named, pictured, snapped]) == [shown, named, snapped]


_HOLIDAYS = (
    "Holidaymakers told to book early for summer breaks\n\n"
    "We Brits love a cheap week in the sun, and travel firms say demand is higher than ever this year.\n\n"
    "Texans who plan a trip to the coast should check the forecast first, officials said."
)


def test_an_informal_plural_of_a_people_is_no_body() -> None:
    kinds = kinds_of(_HOLIDAYS)
    assert "Brits" not in kinds
    assert "Brits" not in said_by(_HOLIDAYS)
    assert demonym_country("Brits") == "United Kingdom" and demonym_country("Aussies") == "Australia"
    assert demonym_country("Brit") is None  # "the Brit Awards": the singular opens names


def test_a_people_named_in_its_own_language_is_its_countrys() -> None:
    assert demonym_country("Basotho") == "Lesotho" and demonym_country("Mosotho") == "Lesotho"


_SPACEPORT = (
    "Small spaceport bets on a busy year\n\n"
    "Dana Ruhl, the sales chief at Qarvan, the company behind the desert spaceport, looked nervous on Friday.\n\n"
    "Dozens of guests had travelled to Qarvan for the launch, the second in its short history. The rocket was to "
    "lift off from Qarvan at dawn.\n\n"
    "Qarvan sits close to the equator, which saves fuel. Visitors camped near Qarvan overnight, and the winds in "
    "Qarvan grew stronger.\n\n"
    "\"We are ready for paying customers,\" Ruhl said."
)


def test_a_company_named_for_its_site_is_the_company() -> None:
    kinds = kinds_of(_SPACEPORT)
    assert kinds["Qarvan"] == "organization"
    assert kinds["Dana Ruhl"] == "person"


_LAMPS = (
    "Solar lamps keep market stalls open after dark\n\n"
    "According to Zawadi Mrema, 31, small traders' businesses started growing after the lamps arrived in Mtwara.\n\n"
    "Counting her fingers, Zawadi says now she can make a profit of 12,000/- a day.\n\n"
    "According to the UN, half of humanity, including Zawadi and Rehema, lives in towns today."
)


def test_a_given_name_alone_is_the_person_named_in_full() -> None:
    kinds = kinds_of(_LAMPS)
    assert "Zawadi" not in kinds
    assert kinds["Zawadi Mrema"] == "person"


def test_a_surname_alone_is_the_person_unless_a_company() -> None:
    text = "Dan Holt and Henry Ford won. Seed Holt recorded a win. Ford shares fell as Ford cut jobs."

    def at(name: str, kind: str, nth: int = 0) -> Mention:
        start = text.index(name, text.index(name) + 1) if nth else text.index(name)
        return Mention(1, 0, start, start + len(name), name, name, kind)

    mentions = [at("Dan Holt", "person"), at("Henry Ford", "person"), at("Holt", "organization", 1),
                at("Ford", "organization", 1)]
    assert [m.kind for m in name_part_people(text, mentions)] == ["person", "person", "person", "organization"]


def test_a_name_word_shared_or_modifying_stays_as_typed() -> None:
    text = "Blake Curtis met Blake Snyder. Blake won. Ana Kell spoke. Kell supporters cheered."

    def at(name: str, kind: str, start: int) -> Mention:
        return Mention(1, 0, start, start + len(name), name, name, kind)

    mentions = [at("Blake Curtis", "person", 0), at("Blake Snyder", "person", 17),
                at("Blake", "organization", text.index("Blake won")), at("Ana Kell", "person", text.index("Ana")),
                at("Kell", "organization", text.index("Kell supporters"))]
    # whose "Blake"? and "Kell supporters" are other people, the name their modifier
    assert [m.kind for m in name_part_people(text, mentions)][2:] == ["organization", "person", "organization"]


_JACKETS = (
    "The 6 Best Rain Jackets for Wet Hikes\n\n"
    "We walked through three storms in the Pennines to test these shells, and most kept us dry.\n\n"
    "The Tarnfell Ridge shell uses a PFC-free coating on a light nylon face. PFC-free means the coating holds no "
    "fluorinated chemicals, and we recommend only PFC-free jackets.\n\n"
    "The Morrow Lite is pet-friendly, packs small and costs less than most rivals.\n\n"
    "Be sure to read our other outdoor guides, including the Best Hiking Boots, Best Tents and our camp cooking "
    "guide."
)


def test_a_property_compound_is_no_actor() -> None:
    assert "PFC-free" not in kinds_of(_JACKETS)


def test_a_guides_title_is_no_actor_but_a_firm_named_best_is() -> None:
    text = "Read our Best Tents guide. Best Buy cut prices. Best Western opened a hotel. Shop at Best Buys."

    def at(name: str) -> Mention:
        start = text.index(name)
        return Mention(1, 0, start, start + len(name), name, name, "organization")

    mentions = [at("Best Tents"), at("Best Buy"), at("Best Western")]
    assert guide_words_dropped(text, mentions) == mentions[1:]


_HAIL = (
    "Hail and tornadoes threaten farm country this weekend\n\n"
    "A strong low will push out of Colorado and onto the Plains on Saturday, forecasters said.\n\n"
    "Storms are likely across parts of the central and southern Plains by the afternoon, with hail the size of "
    "golf balls.\n\n"
    "More storms could form over the Plains next week, though they should be weaker."
)


def test_a_region_named_by_its_lands_plural_is_a_place() -> None:
    assert kinds_of(_HAIL)["Plains"] == "place"


_CAMERA = (
    "Former councillor sues neighbour over hidden camera\n\n"
    "Former Elmbridge councillor Gavin Torley has sued his neighbour, accusing him of spying on his family.\n\n"
    "\"Defendant John Roe installed a motion-activated camera on a tree in Plaintiff's yard to capture photos of "
    "Plaintiff without Plaintiff's consent,\" the complaint says.\n\n"
    "Torley believes the camera was meant to embarrass him before the election, his lawyer said."
)


def test_a_filings_party_label_is_no_actor() -> None:
    kinds = kinds_of(_CAMERA)
    assert "Plaintiff" not in kinds
    assert kinds["Gavin Torley"] == "person"


_CHILDHOOD = (
    "What we know about the senator's childhood in Halifax\n\n"
    "The Okonkwos settled into the top floor of an old brick house in Halifax in 1970, when Ada was seven.\n\n"
    "Her mother, Ngozi Okonkwo, worked nights as a nurse, and the Okonkwos spent summers at a lake cabin.\n\n"
    "\"We never had much money, but we had books,\" Ada Okonkwo said in a 2019 interview."
)


def test_a_familys_plural_is_a_group_not_a_body() -> None:
    kinds = kinds_of(_CHILDHOOD)
    assert kinds["Okonkwos"] == "group"
    assert kinds["Ada Okonkwo"] == "person"
