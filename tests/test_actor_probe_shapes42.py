"""Shapes found by writing articles in styles the read pages under-represent (session 41, probes42), each on an
article written for this test: an unnamed relative set off by a relative clause ("The driver's son, who asked not
to be named, said ... “...,” he said"), whose quote is not the officer's named just before; a description opening
with a capitalised party or title before the name set off after it ("The Independent TD whose clinic was targeted, X, said"),
which the model read as what X said; Ireland's head of government by the title alone ("The Taoiseach has
ruled out ...") before the holder is named with it ("Taoiseach X said"), who is that holder, not a body called
"Taoiseach" nor a second person; a party whose leader's name opens with an accented capital ("Sinn Féin leader
Áine X"), a body as with any other leader's name, not a person; a body of members named after an irregular plural's "'s"
("the Women's Rowing Federation"), whole, not cut after the possessive; a church's or a faith's head titled of
the see ("the Patriarch of Antioch", "the Grand Mufti of X"), one person as an archbishop is, not a body; a
relative clause after a plural noun whose verb is the base form ("she turns away buyers that want ..."), which the
model took for all that was said; a second subject joined by "and" in a "with" clause ("with the Greens
demanding ... and the mayor's party warning ..."), whose words are not the first subject's."""

from __future__ import annotations

from written import actors_of, holders, report_of, said_by

_UNNAMED_KIN = (
    "Cyclist dies after collision on bypass\n\n"
    "A cyclist has died after a collision with a van on the Kilrush bypass on Thursday morning.\n\n"
    "Sergeant Maeve Hanlon said the road would stay closed while collision investigators examined the scene.\n\n"
    "The cyclist's daughter, who did not wish to be named, said her mother rode the route every day. "
    '"She knew every bend of that road and she always wore a helmet," she said.\n\n'
    "The van driver, a man in his forties, was not injured."
)


def test_an_unnamed_relative_behind_a_relative_clause_keeps_her_quote_from_the_officer() -> None:
    report = report_of(_UNNAMED_KIN)
    assert "Maeve Hanlon" not in holders(report, "every bend of that road")
    assert "Maeve Hanlon" in holders(report, "collision investigators")


_AGED_KIN = (
    "Tributes paid to farmer killed in quarry fall\n\n"
    "Inspector Colm Devaney said the death was being treated as a workplace accident.\n\n"
    "The farmer's brother, 61, said the family was in shock. "
    '"He had worked that land since he was a boy," he said.'
)


def test_an_unnamed_relative_with_an_age_keeps_his_quote_from_the_officer() -> None:
    assert "Colm Devaney" not in holders(report_of(_AGED_KIN), "worked that land")


_CAPITALISED_DESCRIPTION = (
    "Clinic attacked\n\n"
    "Gardaí in Co Laois are investigating after a clinic was set alight overnight.\n\n"
    "The Independent TD whose clinic was targeted, Nuala Brannock, said she would carry on as normal. "
    '"Nobody will frighten me," she said.'
)


def test_a_capitalised_description_before_a_set_off_name_is_not_what_she_said() -> None:
    said = said_by(_CAPITALISED_DESCRIPTION)["Nuala Brannock"]
    assert any("carry on as normal" in text for text in said)
    assert not any("whose clinic was targeted" in text for text in said)


_BARE_TITLE = (
    "Taoiseach rules out snap election\n\n"
    "The Taoiseach has ruled out calling a snap election, insisting the Coalition will serve its full term.\n\n"
    "Speaking in Cork on Friday, Taoiseach Brendan Culhane said the Government still had work to do on childcare. "
    "Fianna Fáil TD Orla Mulvey said the party was united behind him."
)


def test_a_bare_head_of_governments_title_is_the_holder_named_with_it() -> None:
    report = report_of(_BARE_TITLE)
    assert holders(report, "calling a snap election") == ["Brendan Culhane"]
    assert "Taoiseach" not in [a.name for a in actors_of(report)]


_ACCENTED_LEADER = (
    "Opposition demands rent freeze\n\n"
    "Sinn Féin has demanded an immediate rent freeze after new figures showed rents rising for a tenth quarter.\n\n"
    "Sinn Féin leader Éabha Ní Chonaill said the Government had run out of excuses."
)


def test_a_party_before_its_leaders_accented_name_is_a_body() -> None:
    kinds = {a.name: a.kind for a in actors_of(report_of(_ACCENTED_LEADER))}
    assert kinds.get("Sinn Féin") == "organization"


_IRREGULAR_PLURAL = (
    "Rowers threaten boycott over prize money\n\n"
    "The Women's Rowing Federation said it would boycott next month's regatta unless prize money was made equal."
)


def test_a_body_named_after_an_irregular_plurals_possessive_is_whole() -> None:
    names = [a.name for a in actors_of(report_of(_IRREGULAR_PLURAL))]
    assert "Women's Rowing Federation" in names
    assert "Rowing Federation" not in names


_PATRIARCH = (
    "Church head urges calm after clashes\n\n"
    "The Patriarch of Antioch said on Sunday that Christians in the region must not be drawn into the fighting. "
    "He called on all sides to protect places of worship."
)


def test_a_patriarch_titled_of_his_see_is_a_person() -> None:
    kinds = {a.name: a.kind for a in actors_of(report_of(_PATRIARCH))}
    assert kinds.get("Patriarch of Antioch") == "person"


_PLURAL_RELATIVE = (
    "The potter who turned down a fortune\n\n"
    "In a shed behind her house in Ludlow, Greta Lindholm throws bowls for restaurants across the country. "
    "Her studio now sells to twelve restaurants, and she says she turns away buyers that want the same bowl in a "
    "thousand copies."
)


def test_a_relative_clause_after_a_plural_noun_is_not_all_that_was_said() -> None:
    said = said_by(_PLURAL_RELATIVE)["Greta Lindholm"]
    assert any(text.startswith("she turns away buyers") for text in said)


_SECOND_WITH_SUBJECT = (
    "Council split over parking charges\n\n"
    "Harwell council was divided on Tuesday, with the Liberal Democrats demanding free parking "
    "and the Mayor's party warning against new charges.\n\n"
    "Mayor Ruth Penhale said a decision would be made in March."
)


def test_a_second_subject_of_a_with_clause_keeps_its_own_words() -> None:
    assert "Liberal Democrats" not in holders(report_of(_SECOND_WITH_SUBJECT), "new charges")
