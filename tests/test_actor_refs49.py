"""Reference shapes left open in session 48 and fixed by helper refs49, each on an article written for these
tests: a state's office written without a name ("the Veyland ambassador said", "Korrin's foreign minister said",
a lede's "the Dravania envoy to the United Nations told") is the one person the article names with that office
of that state, not the state; "the UN health agency said" is the health body named before; a man shown only by
the "he" of a clause after his name ("Corrick, 31, hinted ... when he told") is a man; "It" opening the sentence
after "the mayor's office issued a short statement." is that statement, the mayor's, not the body that spoke before."""

from __future__ import annotations

from written import holders, report_of, tagged_mentions

from brief.actors.gender import MALE, Genders

_FAMINE = (
    "Dravania envoy warns UN of famine in Kessel province\n\n"
    "By Tomas Rieke\n\n"
    "UNITED NATIONS (Reuters) - Millions of people in Kessel province face famine within weeks, the Dravania envoy "
    "to the United Nations told the General Assembly on Monday, urging donors to fund an airlift before the rains "
    "close the roads.\n\n"
    "Aid groups have struggled to reach the province since fighting resumed in the spring.\n\n"
    "Dravania Ambassador to the U.N. Ilse Brunner said the government had opened two new crossings for aid convoys "
    "last week.\n\n"
    "\"We cannot feed the province alone. We need the world to act now,\" she told the assembly."
)


def test_an_envoy_in_the_lede_is_the_ambassador_named_later() -> None:
    assert holders(report_of(_FAMINE), "face famine within weeks") == ["Ilse Brunner"]


_LAKE = (
    "Talks on Lake Ormen fishing rights stall again\n\n"
    "By Petra Solvang\n\n"
    "OSLAND, May 4 - Talks between Veyland and Korrin over fishing rights on Lake Ormen broke down again on "
    "Thursday, the third failure this year.\n\n"
    "The Veyland ambassador said his government would not accept any limit on the size of its fleet.\n\n"
    "Korrin's foreign minister said the lake's fish stocks were close to collapse and that a limit was the only "
    "way to save them.\n\n"
    "Veyland Ambassador Marek Dunst told reporters after the meeting that his country was ready to return to the "
    "table next month.\n\n"
    "Korrin Foreign Minister Alma Teskey said she hoped the next round would be the last."
)


def test_a_states_ambassador_is_the_one_named_with_that_office() -> None:
    """Only when someone holds that office: a fleet owner of that name leaves the words to the state."""
    assert holders(report_of(_LAKE), "any limit on the size") == ["Marek Dunst"]
    text = _LAKE.replace("Veyland Ambassador Marek Dunst told", "Fleet owner Marek Dunst told")
    assert holders(report_of(text), "any limit on the size") == ["Veyland"]
    text = _LAKE.replace("Veyland Ambassador Marek Dunst told", "Veyland Deputy Ambassador Marek Dunst told")
    assert holders(report_of(text), "any limit on the size") == ["Veyland"]  # a deputy is not the ambassador


def test_a_states_foreign_minister_is_the_one_named_with_that_office() -> None:
    """A defence minister named is no foreign minister: then the state keeps the words."""
    assert holders(report_of(_LAKE), "close to collapse") == ["Alma Teskey"]
    text = _LAKE.replace("Korrin Foreign Minister Alma Teskey", "Korrin Defence Minister Alma Teskey")
    assert holders(report_of(text), "close to collapse") == ["Korrin"]


_MEASLES = (
    "Measles outbreak in Ternia camps spreads, WHO warns\n\n"
    "Measles has spread to five of the seven camps for displaced families in eastern Ternia, the World Health "
    "Organization (WHO) said on Wednesday, and more than 300 children have fallen ill.\n\n"
    "WHO regional director Samuel Otieno said vaccination teams had reached fewer than half of the children under "
    "five in the camps.\n\n"
    "On Friday the UN health agency said it would send 200,000 doses of vaccine to the region within ten days.\n\n"
    "The UN refugee agency said new arrivals at the camps had doubled since March.\n\n"
    "Camp leader Joseph Amadi said families were sleeping in the open because there were not enough tents."
)


def test_the_un_health_agency_is_the_health_body_named_before() -> None:
    """No refugee body is named: "the UN refugee agency" stays with the United Nations."""
    report = report_of(_MEASLES)
    assert holders(report, "200,000 doses") == ["World Health Organization"]
    assert holders(report, "new arrivals at the camps") == ["United Nations"]


_SPLIT = (
    "Sorrel Payne and Rowan Corrick end engagement\n\n"
    "Sorrel Payne and Rowan Corrick have ended their engagement after four years.\n\n"
    "A rep for the actress confirmed the split to a magazine on Tuesday.\n\n"
    "Corrick, 31, hinted at the breakup last month when he told a radio show that he needed time alone.\n\n"
    "Payne hit back at the reports while she was on tour."
)


def test_a_clause_he_after_a_subject_name_shows_a_man() -> None:
    mentions = tagged_mentions(_SPLIT, {"Sorrel Payne": "person", "Rowan Corrick": "person", "Corrick": "person",
                                        "Payne": "person"})
    genders = Genders(_SPLIT, mentions)
    corrick = next(m for m in mentions if m.name == "Rowan Corrick")
    assert genders.of(corrick) == MALE
    assert genders.women([m for m in mentions if m.name in ("Sorrel Payne", "Rowan Corrick")])[0].name == "Sorrel Payne"


def test_a_clause_pronoun_after_another_persons_noun_shows_nothing() -> None:
    """ "Corrick met the woman when she ...": the pronoun may be hers; no gender for Corrick from it."""
    text = _SPLIT.replace("hinted at the breakup last month when he told", "met the woman last month when she told")
    mentions = tagged_mentions(text, {"Rowan Corrick": "person", "Corrick": "person"})
    assert Genders(text, mentions).of(mentions[0]) == ""
    assert Genders(_SPLIT, tagged_mentions(_SPLIT, {"Rowan Corrick": "person", "Corrick": "person"})).of(mentions[0]) == MALE


_CASTLE_STREET = (
    "High Court clears mayor's plan to close Castle Street to cars\n\n"
    "DUNMERE – The High Court ruled on Wednesday that Mayor Ines Falk acted lawfully when she closed Castle Street to "
    "cars last spring, dismissing a challenge brought by local traders.\n\n"
    "Judge Colm Brady wrote that the council had \"consulted widely and given clear reasons\" for the closure.\n\n"
    "The traders' association said it was disappointed and would study the judgment before deciding whether to "
    "appeal.\n\n"
    "Later, the mayor's office issued a short statement. It called the ruling \"a win for everyone who walks, cycles "
    "or breathes in the city centre\".\n\n"
    "Shop owner Pat Doyle said sales had fallen by a third since the street closed."
)


def test_it_after_an_issued_statement_is_the_statement_not_the_last_body() -> None:
    """ "The mayor's office issued a short statement. It called ...": the mayor's words, not the traders'."""
    assert holders(report_of(_CASTLE_STREET), "a win for everyone") == ["Ines Falk"]


def test_it_after_a_statement_from_an_unnamed_issuer_is_no_one() -> None:
    text = _CASTLE_STREET.replace("the mayor's office issued", "a campaign group issued")
    assert holders(report_of(text), "a win for everyone") == []
